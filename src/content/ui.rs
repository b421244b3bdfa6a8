//! Interface strings and messages. One struct, so a language that lacks a string does not compile.

use super::Plural;
use crate::assessment::right_now::{Colour, Moment, Tool};

/// Every interface string of one language. `{name}` marks a value filled in by [`super::fill`];
/// a [`Plural`] is filled by [`super::Locale::count`], with `{n}` for the count.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Ui {
    /// The page's description for search engines and link previews.
    // Written into the page at build time only (scripts/postbuild.py), never by the app.
    #[cfg(not(target_arch = "wasm32"))]
    pub meta_description: &'static str,
    /// Shown when the browser runs no script.
    // Written into the page at build time only (scripts/postbuild.py), never by the app.
    #[cfg(not(target_arch = "wasm32"))]
    pub needs_script: &'static str,
    /// Before the app has loaded, after a press it will carry out once ready.
    // Written into the page at build time only (scripts/postbuild.py), never by the app.
    #[cfg(not(target_arch = "wasm32"))]
    pub early_loading: &'static str,
    /// In a citation, where the source names no author.
    pub author_not_named: &'static str,
    /// A new version is installed and waiting.
    pub new_version_ready: &'static str,
    pub new_version_reload: &'static str,
    /// The service worker could not keep a new version: the device is short of space.
    pub new_version_no_space: &'static str,
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub exit: &'static str,
    pub exit_hint: &'static str,
    pub skip_to_main: &'static str,
    pub get_help: &'static str,
    pub about_research: &'static str,
    pub for_trainers: &'static str,
    pub your_privacy: &'static str,
    pub language: &'static str,
    pub footer_privacy: &'static str,
    pub main_nav: &'static str,
    /// Shown when Full Cup runs inside a frame (a course page).
    pub open_new_tab: &'static str,
    /// Shown in plain HTML (before any script, so written into `index.html` too; a test keeps the
    /// two the same) when the app cannot start inside a frame.
    // Written into the page at build time only (scripts/postbuild.py), never by the app.
    #[cfg(not(target_arch = "wasm32"))]
    pub frame_fallback: &'static str,
    /// Beside the address, in a frame sandboxed so that the app can never start.
    // Written into the page at build time only (scripts/postbuild.py), never by the app.
    #[cfg(not(target_arch = "wasm32"))]
    pub frame_blocked: &'static str,
    /// Before the exact sandbox words a course page needs (shown as code, untranslated).
    // Written into the page at build time only (scripts/postbuild.py), never by the app.
    #[cfg(not(target_arch = "wasm32"))]
    pub frame_sandbox_words: &'static str,
    /// Another language's build could not be reached: `{language}` is its name.
    pub language_unreached: &'static str,
    /// The heading while My history or a trainers' page loads, the first time on a device.
    pub whole_opening: &'static str,
    /// The heading when it could not be loaded.
    pub whole_unreached_title: &'static str,
    /// Why, and that the rest of Full Cup works.
    pub whole_unreached: &'static str,
    /// The copy's page for an address it does not have (404.html, on hosts that serve one).
    // Written into the page at build time only (scripts/postbuild.py), never by the app.
    #[cfg(not(target_arch = "wasm32"))]
    pub not_found: &'static str,
    /// Near print and download, inside a frame.
    pub framed_print: &'static str,
    /// The browser tab's title on the welcome screen: `{app}`, `{tagline}`.
    pub title_welcome: &'static str,
    /// The tab's title on every other screen: `{page}`, `{app}`.
    pub title_page: &'static str,
    /// A question page's tab title: `{part}` ("Part 2 of 9"). It names no theme, so the tab and
    /// the browser's history say as little as possible while a person answers.
    pub title_part: &'static str,
    /// A theme with its band, as in the priorities: `{theme}`, `{band}`.
    pub theme_band: &'static str,
    /// Between the items of a list written in a sentence (names, values).
    pub names_sep: &'static str,
    /// Between short facts on one line (a date, a length, a level).
    pub list_sep: &'static str,
    /// Between the numbers added up in the cup's explanation.
    pub plus: &'static str,
    /// Shown in a table cell that has no number.
    pub no_value: &'static str,

    pub welcome_title: &'static str,
    pub welcome_lead: &'static str,
    pub privacy_sentence: &'static str,
    pub privacy_more: &'static str,
    pub not_diagnosis: &'static str,
    pub choose_heading: &'static str,
    pub full_title: &'static str,
    pub full_desc: &'static str,
    pub pulse_title: &'static str,
    pub pulse_desc: &'static str,
    pub start_full: &'static str,
    pub start_pulse: &'static str,
    pub resume_notice: &'static str,
    pub resume: &'static str,
    pub start_over: &'static str,

    pub part_of: &'static str,
    pub time_frame: &'static str,
    pub scale: [&'static str; 5],
    pub prefer_not: &'static str,
    pub skip_ok: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub see_results: &'static str,
    pub pulse_page_title: &'static str,
    pub pulse_page_intro: &'static str,
    pub safety_page_title: &'static str,
    pub safety_page_intro: &'static str,
    /// Beside a safety answer about distress that raises support, before the lines.
    pub inline_support: &'static str,
    /// The same beside an answer about one's own recovery.
    pub inline_support_relapse: &'static str,

    pub results_title: &'static str,
    pub cup_caption: &'static str,
    pub cup_label: &'static str,
    pub cup_not_enough: &'static str,
    /// Under the cup while distress is raised: the levels are not how the person feels.
    pub cup_distress_note: &'static str,
    pub levels_heading: &'static str,
    pub level_of: &'static str,
    pub not_enough_answers: &'static str,
    pub strengths_heading: &'static str,
    pub strengths_none: &'static str,
    /// Instead of strengths when no part has a level.
    pub strengths_no_levels: &'static str,
    /// One strength: `{theme}` (shown in bold) and `{text}`.
    pub strength_item: &'static str,
    pub priorities_heading: &'static str,
    pub priorities_none: &'static str,
    /// Instead of `priorities_none` under a distress signal: never reassurance.
    pub priorities_none_distress: &'static str,
    /// Instead of priorities when no part has a level.
    pub priorities_no_levels: &'static str,
    /// The other themes below steady, not ranked: `{themes}`.
    pub also_watching: &'static str,
    /// Counted by the answers named.
    pub standing_out_heading: Plural,
    pub standing_out_intro: &'static str,
    /// One answer that stands out: `{question}`, `{answer}`.
    pub standing_out_item: &'static str,
    pub start_here_heading: &'static str,
    /// Counted by the ideas shown.
    pub start_here_intro: Plural,
    /// When no idea could be chosen.
    pub start_here_none: &'static str,
    /// `{answer}`: the answer as on the scale; `{question}`: the question's words.
    pub because_answer: &'static str,
    pub because_priority: &'static str,
    /// A cross-theme pattern: `{first}` and `{second}`, the titles of the two parts it joins (both
    /// among the person's lowest, so the reason is always true for the answers given).
    pub because_pattern: &'static str,
    /// A start-here idea chosen for relapse risk or distress built up over several answers.
    pub because_relapse: &'static str,
    pub because_distress: &'static str,
    pub keep_steady: &'static str,
    pub all_suggestions_heading: &'static str,
    pub all_suggestions_intro: &'static str,
    pub why: &'static str,
    pub source: &'static str,
    pub add_to_plan: &'static str,
    pub in_plan: &'static str,
    pub plan_full: Plural,
    pub how_heading: &'static str,
    pub how_theme: &'static str,
    pub how_cup: Plural,
    pub how_bands: &'static str,
    pub how_pulse: &'static str,
    pub results_not_diagnosis: &'static str,
    pub go_to_plan: &'static str,
    pub new_checkin: &'static str,
    pub pulse_results_note: &'static str,

    pub support_title: &'static str,
    /// Leads the distress message when the person said they had thoughts of not wanting to be
    /// alive: it names what they said.
    pub support_alive: &'static str,
    pub support_distress: &'static str,
    /// After the distress message when relapse risk is raised too.
    pub support_distress_use: &'static str,
    pub support_relapse: &'static str,
    /// Leads the return-to-use path on the results, for a person who said they drank or used again.
    pub support_used_again: &'static str,
    /// The return-to-use path, on the results and on Get help now.
    pub used_again_intro: &'static str,
    pub used_again_steps: [&'static str; 6],
    /// The return-to-use path's heading on Get help now.
    pub used_again_heading: &'static str,
    /// Support offered without a signal ([`crate::assessment::Outcome::offer_support_gently`]).
    pub support_gentle_title: &'static str,
    pub support_gentle: &'static str,
    pub support_contacts: &'static str,
    pub emergency_note: &'static str,
    /// The choice of country for the crisis lines.
    pub country_label: &'static str,
    pub country_other: &'static str,
    /// The chosen country's emergency number: `{number}` (shown as a link to call).
    pub emergency_call: &'static str,
    /// The disclosure that holds other countries' lines.
    pub other_countries: &'static str,
    /// Where no line is known for the country chosen, before the directory's link.
    pub no_line_known: &'static str,
    /// A crisis line a trainer added: `{organisation}`.
    pub added_by: &'static str,
    /// The same, when the copy names no organisation.
    pub added_by_copy: &'static str,

    pub plan_title: &'static str,
    pub plan_count: &'static str,
    pub plan_empty: &'static str,
    pub plan_choose_heading: &'static str,
    /// One theme's ideas to choose from in My plan, closed until opened: `{part}` is the theme
    /// and its band ("Carrying the weight – Worth watching"), `{n}` how many ideas.
    pub plan_group: Plural,
    pub note_label: &'static str,
    pub note_hint: &'static str,
    pub print: &'static str,
    pub reminder_heading: &'static str,
    pub reminder_days: &'static str,
    pub reminder_option: Plural,
    pub download_ics: &'static str,
    pub ics_summary: &'static str,
    pub ics_description: &'static str,
    pub plan_made_on: &'static str,
    pub back_to_results: &'static str,
    pub remove: &'static str,
    /// A remove button's name for screen readers: `{action}`.
    pub remove_label: &'static str,

    pub help_title: &'static str,
    pub help_intro: &'static str,

    pub research_title: &'static str,
    pub research_intro: &'static str,
    pub research_themes_heading: &'static str,
    pub research_studies_heading: &'static str,
    pub research_bands: &'static str,
    /// How safety support is raised, and that the check-in is not a validated measure.
    pub research_signals: &'static str,
    pub research_original: &'static str,
    /// How much weight each source can bear: the two Williams papers very likely share one set of
    /// interviews; two sources are not peer-reviewed.
    pub research_weight: &'static str,
    /// Full Cup is not a validated measure; a validated one, credited: `{link}` is its address.
    pub research_validated: &'static str,
    /// A study on the research page: `{authors}`, `{year}` (from [`Ui::citation_year`] or empty),
    /// `{title}` (shown as a title), `{venue}`.
    pub citation: &'static str,
    /// `{year}`.
    pub citation_year: &'static str,
    /// The words before a study's DOI.
    pub citation_doi: &'static str,
    /// How a suggestion names its source: `{who}` and `{year}`.
    pub citation_short: &'static str,

    pub text_us: &'static str,
    pub privacy_intro: &'static str,
    /// Each point: what is stored where, for how long, and how to delete it.
    pub privacy_points: &'static [&'static str],
    pub link_ignored: &'static str,
    pub progress_unreadable: &'static str,
    /// Said once when this tab cannot keep the check-in in progress.
    pub progress_not_kept: &'static str,
    /// Said on My history after another tab or window changed it.
    pub history_changed_elsewhere: &'static str,

    pub history_nav: &'static str,
    pub save_heading: &'static str,
    pub save_intro: &'static str,
    pub save_button: &'static str,
    pub saved_note: &'static str,
    pub see_history: &'static str,
    pub storage_unavailable: &'static str,
    /// A save the browser refused.
    pub storage_full: &'static str,
    /// A save when the history is already as long as it can be: `{max}`.
    pub save_full: &'static str,
    /// Any change while stored history cannot be read (it is never written over).
    pub history_blocked: &'static str,
    /// A deletion the browser refused.
    pub change_refused: &'static str,
    /// An import that would go past the limit: `{max}`.
    pub import_full: &'static str,
    /// An import the browser refused to store.
    pub import_not_stored: &'static str,
    pub history_unreadable: &'static str,
    pub keep: &'static str,
    /// Ends every message about a file or stored data that was refused.
    pub nothing_changed: &'static str,
    /// The trainers' screens' titles (their other texts are in [`Training`]).
    pub guide_title: &'static str,
    pub paper_title: &'static str,
    pub class_title: &'static str,
    pub pack_title: &'static str,
    pub crosswalk_title: &'static str,
    /// Shown at the foot of every page when this copy's settings could not be read.
    pub config_quiet_line: &'static str,
    pub history_errors: HistoryErrorText,
    /// My plan's sections, its pages for other people, and keeping it.
    pub plan: PlanWords,
    /// Right now and the daily check.
    pub now: NowWords,
    pub problems: ProblemText,
}

/// The texts of My history, a screen of the whole app only: a static of their own, reached only
/// through [`super::Lang::history_words`], so that the build a visit starts with leaves them out
/// (ARCHITECTURE.md, "Two builds per language").
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct HistoryWords {
    /// On My history, inside a frame.
    pub framed_storage: &'static str,
    pub history_intro: &'static str,
    pub history_empty: &'static str,
    pub download_unreadable: &'static str,
    pub delete_unreadable: &'static str,
    pub confirm_delete_unreadable: &'static str,
    pub changes_heading: &'static str,
    pub change_cup: &'static str,
    pub change_cup_same: &'static str,
    pub change_up: &'static str,
    pub change_down: &'static str,
    /// `{step}`: the smallest change in points that is named.
    pub change_none: &'static str,
    pub changes_need_two: &'static str,
    pub trends_heading: &'static str,
    pub trend_cup: &'static str,
    pub trend_label: Plural,
    pub trend_table: &'static str,
    pub date_col: &'static str,
    pub list_heading: &'static str,
    pub length_full: &'static str,
    pub length_pulse: &'static str,
    pub cup_short: &'static str,
    pub no_level: &'static str,
    pub delete: &'static str,
    /// A delete button's name for screen readers: `{date}`, `{length}`.
    pub delete_label: &'static str,
    pub delete_confirm_one: &'static str,
    pub delete_all: &'static str,
    pub delete_confirm_all: Plural,
    pub confirm_delete: &'static str,
    pub deleted: &'static str,
    pub export_heading: &'static str,
    pub export_intro: &'static str,
    pub export_button: &'static str,
    pub import_label: &'static str,
    pub import_reading: &'static str,
    /// Counted by the check-ins in the file; `{new}`, `{dup}`.
    pub import_preview: Plural,
    pub import_migrated: &'static str,
    /// Entries that repeat a check-in already listed in the same file.
    pub import_repeated: Plural,
    pub import_confirm: &'static str,
    pub import_cancel: &'static str,
    pub import_nothing: &'static str,
    pub import_done: Plural,
    pub import_unreadable_file: &'static str,
    // Between check-ins: the daily checks and Right now kept in the history.
    // On My history.
    pub between_heading: &'static str,
    pub between_intro: &'static str,
    /// `{date}`, `{colour}`.
    pub history_day: &'static str,
    /// `{n}` days.
    pub history_days_off: Plural,
    pub history_days_support: Plural,
    /// `{date}`, `{moment}`.
    pub history_now: &'static str,
    /// `{before}`, `{after}`; a missing rating is [`Ui::no_value`].
    pub history_ratings: &'static str,
    /// An import's preview: `{n}` daily checks and Right now moments not here yet.
    pub import_between: Plural,
    /// After an import: `{n}` of them added.
    pub between_added: Plural,
    /// Delete all, when the history holds daily checks or Right now moments.
    pub delete_confirm_between: &'static str,
    // The plan kept in the history.
    /// Before an import: the file's plan is newer than the one kept here, and takes its place.
    pub import_plan: &'static str,
    /// After an import that brought a plan.
    pub plan_imported: &'static str,
    /// On My history, while a plan is kept: it stays when check-ins are deleted.
    pub history_plan_kept: &'static str,
}

/// The texts of the trainers' screens (For trainers, the guide, the paper version, class mode,
/// the class pack, the crosswalk, the config.json form and check, the SCORM package). They are a
/// static of their own, reached only through [`super::Lang::training`] from the whole app's
/// screens, so that the build a visit starts with leaves them out (ARCHITECTURE.md, "Two builds
/// per language"). Their screens' titles stay in [`Ui`], for the tab while the whole app loads.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Training {
    pub trainers: TrainersText,
    /// Class mode, and the QR code of this copy for a room.
    pub class: ClassWords,
    /// The form on For trainers that makes a `config.json`.
    pub form: FormWords,
    /// The SCORM package made on the device.
    pub package: PackageWords,
    /// The crosswalk for course plans, with its timing sheets.
    pub crosswalk: CrosswalkWords,
    pub paper: PaperText,
    pub guide: GuideText,
    pub config_problems: ConfigProblemText,
    /// What a trainer uses for each part of the cup: a question for a group, a circle's aim and
    /// practice, and the class pack's card.
    #[cfg_attr(not(target_arch = "wasm32"), serde(skip))]
    pub themes: &'static [super::ThemeTraining],
}

/// One row of a crosswalk: a framework's element, and why the parts of the cup beside it touch it
/// (the parts themselves are data: `present::crosswalk`).
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct RowWords {
    pub element: &'static str,
    pub why: &'static str,
}

/// One framework of the crosswalk: its name, a line on what it is and how far the mapping goes,
/// and its rows (exactly as many as `present::crosswalk::Framework::rows`; a content test checks).
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct FrameworkWords {
    pub name: &'static str,
    pub about: &'static str,
    pub rows: &'static [RowWords],
}

/// The crosswalk for course plans: Full Cup's parts beside four frameworks, each with its source,
/// and timing sheets for a 10- and a 30-minute module.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct CrosswalkWords {
    pub link: &'static str,
    pub intro: &'static str,
    pub element_col: &'static str,
    pub parts_col: &'static str,
    pub why_col: &'static str,
    /// Before a framework's sources.
    pub sources: &'static str,
    /// `{date}`: when a source was last checked.
    pub checked: &'static str,
    /// In the order of `present::crosswalk::Framework::ALL`.
    pub frameworks: [FrameworkWords; 4],
    pub timing_heading: &'static str,
    pub timing_note: &'static str,
    pub ten_heading: &'static str,
    pub ten_steps: &'static [&'static str],
    pub thirty_heading: &'static str,
    pub thirty_steps: &'static [&'static str],
}

/// The form on For trainers that makes a `config.json` (`storage::config_draft`), checked live by
/// the same reader and in the same words as this copy's own file.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct FormWords {
    pub heading: &'static str,
    pub intro: &'static str,
    /// The file input that loads a config.json into the form.
    pub load: &'static str,
    pub load_done: &'static str,
    /// A file that could not be loaded; its problems follow.
    pub load_refused: &'static str,
    pub about_heading: &'static str,
    pub organisation: &'static str,
    pub organisation_line: &'static str,
    pub contacts_heading: &'static str,
    pub contacts_intro: &'static str,
    /// `{n}`: which contact.
    pub contact_n: &'static str,
    pub lines_heading: &'static str,
    pub lines_intro: &'static str,
    /// `{n}`: which line.
    pub line_n: &'static str,
    pub name: &'static str,
    pub phone: &'static str,
    pub text: &'static str,
    pub web: &'static str,
    pub hours: &'static str,
    pub about: &'static str,
    pub line_country: &'static str,
    pub region: &'static str,
    pub add_contact: &'static str,
    pub add_line: &'static str,
    pub remove: &'static str,
    pub country: &'static str,
    pub built_in: &'static str,
    pub app_heading: &'static str,
    /// The parts of the app that are on, as checkboxes.
    pub modules_legend: &'static str,
    pub on_history: &'static str,
    pub on_pulse: &'static str,
    pub on_plan: &'static str,
    /// No language in the file: each browser's.
    pub language_any: &'static str,
    /// No check-in length in the file: Full Cup's default.
    pub length_any: &'static str,
    pub exit_url: &'static str,
    pub lms_heading: &'static str,
    pub complete_at: &'static str,
    pub complete_questions: &'static str,
    pub complete_results: &'static str,
    pub complete_plan: &'static str,
    pub frame_height: &'static str,
    pub check_heading: &'static str,
    pub ready: &'static str,
    pub not_ready: &'static str,
    pub download: &'static str,
}

/// The SCORM package of this copy, made on the device on For trainers (`storage::package`).
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct PackageWords {
    pub heading: &'static str,
    pub intro: &'static str,
    /// Names the choice of config.json.
    pub config_legend: &'static str,
    pub config_copy: &'static str,
    pub config_form: &'static str,
    pub button: &'static str,
    /// While it is made (said once to a screen reader).
    pub working: &'static str,
    /// Names the progress bar.
    pub progress: &'static str,
    /// `{file}`, `{count}` files, `{size}` in MB.
    pub done: &'static str,
    /// After `done`, when the browser could not compress.
    pub stored: &'static str,
    pub form_not_ready: &'static str,
    pub no_list: &'static str,
    /// `{file}`: a name in the list that cannot go in a package (a list edited by hand).
    pub bad_list: &'static str,
    /// `{file}`: the file the host would not give.
    pub missing: &'static str,
    /// `{file}`: a web page (or other wrong file) in place of it.
    pub wrong: &'static str,
    pub changed: &'static str,
    /// `{file}`: what could not be fetched.
    pub offline: &'static str,
    pub not_offered: &'static str,
}

/// Class mode (a presenter view of the guide's circles for a projector or a shared screen, with a
/// breakout timer) and the QR code of this copy for a room (on For trainers and the opening slide).
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct ClassWords {
    /// The link on For trainers.
    pub link: &'static str,
    /// At the top of every slide.
    pub collected: &'static str,
    /// How to move, under the slide.
    pub keys: &'static str,
    /// `{n}` of `{total}` slides.
    pub slide_of: &'static str,
    /// Names the group of slides for a screen reader.
    pub slides_label: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub opening_heading: &'static str,
    /// Under the ground rules: what the session touches, and where support is.
    pub opening_note: &'static str,
    /// The slide with the QR code, just before the close.
    pub later_heading: &'static str,
    /// Beside the QR code.
    pub later_text: &'static str,
    pub closing_heading: &'static str,
    pub closing_text: &'static str,
    /// For someone on a call from another country.
    pub closing_elsewhere: &'static str,
    /// The facilitator stays afterwards.
    pub closing_stay: &'static str,
    /// The list of slides to jump to.
    pub go_to: &'static str,
    pub timer_heading: &'static str,
    /// The legend of the timer's lengths.
    pub timer_length: &'static str,
    /// One length: `{n}` minutes.
    pub timer_minutes: Plural,
    pub start: &'static str,
    pub pause: &'static str,
    pub carry_on: &'static str,
    pub reset: &'static str,
    /// Names the clock for a screen reader.
    pub time_left: &'static str,
    /// Said once when the timer ends.
    pub time_up: &'static str,
    /// Said when the timer is paused.
    pub timer_paused: &'static str,
    pub qr_heading: &'static str,
    pub qr_intro: &'static str,
    pub qr_lang: &'static str,
    /// No language in the address: each phone's own.
    pub qr_lang_any: &'static str,
    pub qr_pulse: &'static str,
    pub qr_embed: &'static str,
    /// The code's name for a screen reader: `{address}`.
    pub qr_label: &'static str,
    pub qr_download: &'static str,
    /// An address too long for a code.
    pub qr_too_long: &'static str,
    pub pack_link: &'static str,
    pub pack_intro: &'static str,
    pub read_aloud_heading: &'static str,
    /// The statement a trainer reads aloud: nothing anyone answers is collected.
    pub read_aloud: &'static str,
    pub cards_heading: &'static str,
    /// How the cards are used: groups of three, about someone not in the room, passing is fine.
    pub cards_intro: &'static str,
    /// Printed on every card (cards are cut apart): passing, no names, where to turn.
    pub card_footer: &'static str,
    /// The dot poster's steps as the pack prints them, with its own poster.
    pub pack_dot_steps: &'static [&'static str],
    /// Before the paper version in the pack: for later, in private, never collected.
    pub paper_note: &'static str,
}

/// What one moment of Right now is called, with a line under it.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct MomentWords {
    pub label: &'static str,
    pub hint: &'static str,
    /// Its name inside a sentence and in My history ("after a loss").
    pub short: &'static str,
}

/// One tool of Right now: its name, what it is, its steps (exactly as many as
/// [`crate::assessment::right_now::Tool::steps`]; a content test checks) and, for the About page,
/// what its sources found, in our words.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct ToolWords {
    pub name: &'static str,
    pub about: &'static str,
    pub steps: &'static [&'static str],
    pub evidence: &'static str,
}

/// The daily check's colour: its name and its one line.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct ColourWords {
    pub name: &'static str,
    pub line: &'static str,
}

/// Right now (a moment, a rating, one short tool, a rating again, what next) and the ten-second
/// daily check. Moments, tools and colours are in the order of their `ALL`
/// ([`crate::assessment::right_now`]).
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct NowWords {
    /// The screen's title, the header's link and the install shortcut.
    pub title: &'static str,
    pub intro: &'static str,
    /// On the welcome, under the check-ins.
    pub welcome_now: &'static str,
    pub welcome_day: &'static str,
    pub moment_legend: &'static str,
    pub moments: [MomentWords; Moment::ALL.len()],
    /// A button below the moments.
    pub not_alive: &'static str,
    /// Above the lines when the person chose [`NowWords::not_alive`].
    pub not_alive_support: &'static str,
    /// Above the lines after a rating of 9 or 10.
    pub heavy_support: &'static str,
    pub rate_before: &'static str,
    pub rate_after: &'static str,
    /// Under the scale: what 0 and 10 mean.
    pub rate_scale: &'static str,
    pub rate_go_on: &'static str,
    pub rate_skip: &'static str,
    pub tools: [ToolWords; Tool::ALL.len()],
    /// `{n}` minutes.
    pub about_minutes: Plural,
    pub checklist_pace: &'static str,
    pub start: &'static str,
    pub pause: &'static str,
    pub resume: &'static str,
    pub paused: &'static str,
    pub stop: &'static str,
    pub finished_tool: &'static str,
    pub checklist_done: &'static str,
    /// `{n}` of `{total}`.
    pub step_of: &'static str,
    /// `{time}` as minutes and seconds.
    pub time_left: &'static str,
    pub breathe_in: &'static str,
    pub breathe_out: &'static str,
    /// `{before}`, `{after}`.
    pub change_lower: &'static str,
    pub change_same: &'static str,
    pub change_higher: &'static str,
    pub change_unrated: &'static str,
    /// After a craving, whatever the numbers.
    pub craving_counts: &'static str,
    /// A link to Get help now's part for using again, on the craving path.
    pub used_again: &'static str,
    /// After the tools for a loss: where to turn if it does not ease.
    pub loss_after: &'static str,
    pub next_heading: &'static str,
    /// `{tool}`.
    pub another: &'static str,
    pub my_plan: &'static str,
    pub finish: &'static str,
    pub finished: &'static str,
    pub keep: &'static str,
    pub keep_hint: &'static str,
    pub kept: &'static str,
    pub keep_refused: &'static str,
    pub again: &'static str,
    /// The About page's section on the tools' sources.
    pub sources_heading: &'static str,
    pub sources_intro: &'static str,
    // The daily check.
    pub day_title: &'static str,
    pub day_intro: &'static str,
    pub colour_legend: &'static str,
    pub colours: [ColourWords; Colour::ALL.len()],
    pub days_off: &'static str,
    pub days_support: &'static str,
    pub days_hint: &'static str,
    pub days_invalid: &'static str,
    pub day_support: &'static str,
    pub day_plan: &'static str,
    pub long_without_day_off: &'static str,
    pub long_without_support: &'static str,
    pub day_keep: &'static str,
    pub day_kept: &'static str,
    /// A file's or the stored data's daily check or Right now moment cannot be read.
    pub bad_between: &'static str,
}

impl NowWords {
    /// The words of one moment (the array is in the order of `Moment::ALL`, one per moment).
    pub fn moment(&self, m: Moment) -> &MomentWords {
        &self.moments[m as usize]
    }

    pub fn tool(&self, t: Tool) -> &ToolWords {
        &self.tools[t as usize]
    }

    pub fn colour(&self, c: Colour) -> &ColourWords {
        &self.colours[c as usize]
    }
}

/// My plan's sections, the pages made from it for a supervisor and for the person's people, and
/// keeping it on the device. Ready choices are `(id, words)` pairs, holding every id of
/// [`crate::assessment::plan_chips`] (a content test checks).
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct PlanWords {
    /// Under the title: the plan starts from the answers, and is theirs to change.
    pub intro: &'static str,
    /// A closed section's count of what it holds: `{n}`.
    pub filled: Plural,
    pub full_cup: &'static str,
    pub full_cup_hint: &'static str,
    pub signs: &'static str,
    pub signs_hint: &'static str,
    pub signs_own: &'static str,
    pub helps: &'static str,
    pub helps_hint: &'static str,
    pub ideas_chosen: &'static str,
    pub helps_daily: &'static str,
    pub helps_signs: &'static str,
    pub helps_hard: &'static str,
    pub not_helping: &'static str,
    pub not_helping_hint: &'static str,
    pub supports: &'static str,
    pub supports_hint: &'static str,
    pub supports_own: &'static str,
    pub people: &'static str,
    pub people_hint: &'static str,
    /// No one named yet: a nudge, never a reproach.
    pub people_none: &'static str,
    pub person_name: &'static str,
    pub person_reach: &'static str,
    pub person_ask: &'static str,
    pub add_person: &'static str,
    /// `{name}`, or [`PlanWords::this_person`].
    pub remove_person: &'static str,
    pub this_person: &'static str,
    /// A tap to call: `{name}`.
    pub call: &'static str,
    /// A tap to send a text message: `{name}`.
    pub text: &'static str,
    pub asks: &'static str,
    pub asks_hint: &'static str,
    pub asks_own: &'static str,
    pub hard_now: &'static str,
    pub hard_now_hint: &'static str,
    pub loss: &'static str,
    pub loss_hint: &'static str,
    pub loss_own: &'static str,
    pub loss_tell: &'static str,
    pub crisis: &'static str,
    pub crisis_intro: &'static str,
    /// A pointer to a real safety plan; this page is not one.
    pub crisis_safety_plan: &'static str,
    pub review: &'static str,
    pub review_on: &'static str,
    /// `{date}`, `{n}` days from today.
    pub review_suggested: Plural,
    pub review_use: &'static str,
    /// `{date}`.
    pub reviewed_on: &'static str,
    pub reviewed_never: &'static str,
    pub reviewed_today: &'static str,
    pub review_ics: &'static str,
    /// The calendar event's title and text: no word of the plan goes into the file.
    pub review_ics_summary: &'static str,
    pub review_ics_description: &'static str,
    pub keep_heading: &'static str,
    pub keep_intro: &'static str,
    pub keep_button: &'static str,
    pub kept: &'static str,
    pub forget_button: &'static str,
    pub forgotten: &'static str,
    pub keep_refused: &'static str,
    /// Where keeping is off (a trainer turned history off, or inside an LMS package).
    pub keep_off: &'static str,
    /// Beside a ready choice a new check-in points to that a kept plan does not hold yet.
    pub new_from_check_in: &'static str,
    /// At a review: the label of what has changed since the plan was made.
    pub changed: &'static str,
    pub changed_elsewhere: &'static str,
    /// On the welcome screen, when a plan is kept.
    pub open_kept: &'static str,
    pub share_heading: &'static str,
    pub share_intro: &'static str,
    pub print_mine: &'static str,
    pub print_supervisor: &'static str,
    pub print_people: &'static str,
    pub copy_mine: &'static str,
    pub copy_supervisor: &'static str,
    pub copy_people: &'static str,
    pub copied: &'static str,
    pub not_copied: &'static str,
    /// What each page shows and leaves out: on the screen, beside the buttons. Only the whole
    /// plan prints its own; the pages for others name nothing they leave out.
    pub shows_mine: &'static str,
    pub shows_supervisor: &'static str,
    pub shows_people: &'static str,
    pub supervisor_title: &'static str,
    pub letter_toggle: &'static str,
    pub letter_open: &'static str,
    pub letter_asks: &'static str,
    pub letter_hard: &'static str,
    pub letter_close: &'static str,
    pub people_title: &'static str,
    pub people_would_like: &'static str,
    pub people_signs: &'static str,
    /// On the page for the person's people: where to turn if they are worried.
    pub people_safety: &'static str,
    /// At the foot of the whole plan.
    pub mine_footer: &'static str,
    /// On Get help now, above the person's own people.
    pub help_people: &'static str,
    /// On Your privacy: what keeping a plan keeps.
    pub privacy: &'static str,
    /// A history file's (or the device's) plan could not be read.
    pub bad_plan: &'static str,
    pub signs_chips: &'static [(&'static str, &'static str)],
    pub supports_chips: &'static [(&'static str, &'static str)],
    pub asks_chips: &'static [(&'static str, &'static str)],
    pub loss_chips: &'static [(&'static str, &'static str)],
}

/// Why a history file or stored history could not be used, and what to do. A message is the
/// reason, then [`Ui::nothing_changed`] when it answers an import, then the advice if any.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct HistoryErrorText {
    /// `{mb}`: the file's size in megabytes.
    pub too_large: &'static str,
    pub too_large_advice: &'static str,
    pub not_json: &'static str,
    pub not_full_cup: &'static str,
    /// `{version}`: the file's; `{supported}`: the newest this build reads.
    pub newer_version: &'static str,
    pub newer_version_advice: &'static str,
    pub bad_version: &'static str,
    /// `{position}`: which check-in; `{problem}`: one of [`ProblemText`].
    pub bad_check_in: &'static str,
    pub bad_check_in_advice: &'static str,
    /// `{count}`: how many there would be; `{max}`: how many Full Cup keeps.
    pub too_many: &'static str,
    pub too_many_advice: &'static str,
}

/// The For trainers page, and how a copy's `config.json` is reported.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct TrainersText {
    pub intro: &'static str,
    pub not_heading: &'static str,
    pub not_text: &'static str,
    pub course_heading: &'static str,
    pub course_points: &'static [&'static str],
    pub prompts_heading: &'static str,
    pub prompts_intro: &'static str,
    pub config_heading: &'static str,
    pub config_intro: &'static str,
    pub config_check_heading: &'static str,
    /// No `config.json` read at the copy's own address (none there, a redirect, or no answer in
    /// time): the defaults.
    pub config_none: &'static str,
    /// `{organisation}`, or [`TrainersText::config_no_organisation`].
    pub config_read: &'static str,
    pub config_no_organisation: &'static str,
    /// How many local contacts: `{n}`.
    pub config_contacts: Plural,
    pub config_no_contacts: &'static str,
    /// How many crisis lines of its own: `{n}`.
    pub config_lines: Plural,
    /// `{country}`: the code of the country whose lines come first.
    pub config_country: &'static str,
    pub config_built_in_off: &'static str,
    /// The file still holds the example's made-up numbers.
    pub config_example_numbers: &'static str,
    /// `{modules}`: the parts turned off, or [`TrainersText::config_all_on`].
    pub config_modules_off: &'static str,
    pub config_all_on: &'static str,
    pub module_history: &'static str,
    pub module_pulse: &'static str,
    pub module_plan: &'static str,
    pub config_bad: &'static str,
    /// One problem: `{path}`, `{problem}`.
    pub config_problem_at: &'static str,
    /// The whole file, where there is no path.
    pub config_whole_file: &'static str,
    pub links_heading: &'static str,
    pub links_text: &'static str,
    pub embed_heading: &'static str,
    pub embed_intro: &'static str,
    pub embed_lang: &'static str,
    /// The language: none chosen in the link.
    pub embed_lang_any: &'static str,
    pub embed_length: &'static str,
    pub embed_length_any: &'static str,
    pub embed_length_full: &'static str,
    pub embed_length_pulse: &'static str,
    pub embed_history_off: &'static str,
    pub embed_sandbox: &'static str,
    pub embed_sandbox_hint: &'static str,
    pub embed_height: &'static str,
    pub embed_code: &'static str,
    pub embed_copy: &'static str,
    pub embed_copied: &'static str,
    pub embed_copy_failed: &'static str,
    /// The frame's `title`, read by screen readers in the course page.
    pub embed_frame_title: &'static str,
    pub embed_headers: &'static str,
    pub lms_heading: &'static str,
    /// Download the package below (For trainers, not inside a package, where it is hidden).
    pub lms_download: &'static str,
    pub lms_text: &'static str,
    pub hosting_heading: &'static str,
    pub hosting_text: &'static str,
}

/// The facilitator guide.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct GuideText {
    pub link: &'static str,
    pub intro: &'static str,
    pub rules_heading: &'static str,
    pub rules: &'static [&'static str],
    pub distress_heading: &'static str,
    pub distress_text: &'static str,
    pub circles_heading: &'static str,
    pub circles_intro: &'static str,
    pub aim: &'static str,
    pub prompt: &'static str,
    pub practice: &'static str,
    pub poster_heading: &'static str,
    pub dot_heading: &'static str,
    pub dot_steps: &'static [&'static str],
}

/// The paper version: the check-in to print, and its self-scoring key.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct PaperText {
    pub link: &'static str,
    pub intro: &'static str,
    pub how_to: &'static str,
    pub number_col: &'static str,
    pub question_col: &'static str,
    pub safety_heading: &'static str,
    pub safety_intro: &'static str,
    pub key_heading: &'static str,
    pub key_intro: &'static str,
    pub step_points: &'static str,
    pub step_average: &'static str,
    /// `{steady}`, `{watch}`, `{care}`, `{steady_from}`, `{watch_from}`, `{watch_to}`.
    pub step_bands: &'static str,
    pub step_cup: &'static str,
    /// Under each theme's key: `{n}`, how many answers a level needs.
    pub needs: &'static str,
    pub level_line: &'static str,
}

/// What can be wrong in a `config.json`, in plain words.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct ConfigProblemText {
    /// `{kb}`: its size in kilobytes; `{max}`: the largest read.
    pub too_large: &'static str,
    /// `{line}`, `{column}`.
    pub not_json: &'static str,
    pub not_an_object: &'static str,
    pub unknown_key: &'static str,
    pub not_text: &'static str,
    pub not_true_false: &'static str,
    pub not_a_list: &'static str,
    pub not_an_object_here: &'static str,
    /// `{chars}`, `{max}`.
    pub too_long: &'static str,
    pub control_characters: &'static str,
    pub empty: &'static str,
    /// `{count}`, `{max}`.
    pub too_many_contacts: &'static str,
    pub no_way_to_reach: &'static str,
    pub bad_number: &'static str,
    pub not_a_web_address: &'static str,
    /// `{languages}`: the tags Full Cup speaks.
    pub unknown_language: &'static str,
    pub unknown_length: &'static str,
    pub unknown_completion_point: &'static str,
    pub bad_country: &'static str,
    pub no_lines_left: &'static str,
}

/// What each field of a saved check-in should hold, in plain words.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct FieldWords {
    pub at: &'static str,
    pub date: &'static str,
    pub length: &'static str,
    pub answers: &'static str,
    pub levels: &'static str,
    pub cup: &'static str,
    pub plan: &'static str,
}

/// What is wrong with one check-in in a file, in plain words.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct ProblemText {
    /// `{field}`: the field's name in the file.
    pub missing: &'static str,
    /// `{field}`, and `{expected}`: what it should hold, from [`FieldWords`].
    pub invalid: &'static str,
    pub expected: FieldWords,
    pub some_value: &'static str,
    /// `{date}`: the date as written in the file.
    pub date: &'static str,
    /// `{id}`: the unknown question's id as written in the file.
    pub unknown_question: &'static str,
    pub level_over_100: &'static str,
    /// `{max}`: the most ideas a plan holds.
    pub plan_ideas: &'static str,
    pub note_too_long: &'static str,
    pub length: &'static str,
    pub answers: &'static str,
    pub not_a_record: &'static str,
}
