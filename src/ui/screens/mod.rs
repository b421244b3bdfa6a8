//! One component per screen. A screen lays out what `present` computes and dispatches actions; it
//! may use widgets, never another screen.

mod class;
mod crosswalk;
mod day;
mod history;
mod now;
mod pack;
mod pages;
mod plan;
mod questions;
mod results;
mod welcome;

pub use class::ClassScreen;
pub use crosswalk::CrosswalkScreen;
pub use day::DayScreen;
pub use history::HistoryScreen;
pub use now::NowScreen;
pub use pack::ClassPackScreen;
pub use pages::{
    GuideScreen, HelpScreen, PaperScreen, PrivacyScreen, ResearchScreen, TrainersScreen,
};
pub use plan::PlanScreen;
pub use questions::QuestionPage;
pub use results::ResultsScreen;
pub use welcome::WelcomeScreen;
