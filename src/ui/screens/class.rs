//! Class mode: the facilitator guide as slides for a projector or a shared screen (the ground
//! rules with this copy's QR code, one circle per part of the cup, a close with the support
//! lines), moved by the arrow keys or the buttons, with a breakout timer the space bar starts and
//! pauses. What a slide shows and what each key does come from `present::class`; nothing here
//! reads an answer, a plan or a history, and class mode keeps no history (`?class=1`).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::content::Lang;
use crate::present::class::{
    clock_face, command, moved, slide_name, slide_of, slide_view, slides, Breakout, Command,
    SlideView, TimerState, BREAKOUT_MINUTES,
};
use crate::present::qr::room_address;
use crate::ui::device::{self, Ticker};

use crate::ui::state::Action;
use crate::ui::store::{use_settings, use_store};
use crate::ui::widgets::choice::{Choice, ChoiceOption};
use crate::ui::widgets::qr_code::QrImage;
use crate::ui::widgets::support::PrintedContacts;

fn now() -> u64 {
    device::now_ms().max(0.0) as u64
}

/// Where the room is: the slide (of how many), and the timer.
#[derive(Clone, Copy, PartialEq)]
struct Room {
    at: usize,
    total: usize,
    breakout: Breakout,
}

enum RoomAction {
    /// A key or a button, at a moment.
    Do(Command, u64),
    Minutes(u32),
    Reset,
}

impl Reducible for Room {
    type Action = RoomAction;

    fn reduce(self: Rc<Self>, action: RoomAction) -> Rc<Self> {
        let total = self.total;
        let mut next = *self;
        match action {
            RoomAction::Do(Command::Timer, at) => next.breakout = self.breakout.toggled(at),
            RoomAction::Do(c, _) => next.at = moved(self.at, total, c),
            RoomAction::Minutes(m) => next.breakout = Breakout::with_minutes(m),
            RoomAction::Reset => next.breakout = Breakout::with_minutes(self.breakout.minutes),
        }
        Rc::new(next)
    }
}

#[component]
pub fn ClassScreen() -> Html {
    let store = use_store();
    let settings = use_settings();
    let locale = store.lang.locale();
    let ui = locale.ui;
    let c = &locale.training().class;
    let g = &locale.training().guide;
    let room = {
        let total = slides(&settings).len();
        use_reducer(move || Room {
            at: 0,
            total,
            breakout: Breakout::default(),
        })
    };
    let clock_now = use_state(now);
    let ticker: Rc<RefCell<Option<Ticker>>> = use_mut_ref(|| None);
    let all = slides(&settings);
    let at = room.at.min(all.len() - 1);
    let state = room.breakout.state(*clock_now);

    {
        // The keys work wherever focus is on the page, except where they type or press.
        let room = room.dispatcher();
        let clock_now = clock_now.setter();
        let direction = locale.dir;
        use_effect_with(direction, move |direction| {
            let direction = *direction;
            let listener =
                device::on_page_keys(move |key, repeat| match command(key, direction, repeat) {
                    Some(c) => {
                        let t = now();
                        room.dispatch(RoomAction::Do(c, t));
                        clock_now.set(t);
                        true
                    }
                    None => false,
                });
            move || drop(listener)
        });
    }
    {
        // One ticker while the timer runs; none once paused, done or gone.
        let ticker = ticker.clone();
        let clock_now = clock_now.setter();
        use_effect_with(state == TimerState::Running, move |on| {
            *ticker.borrow_mut() = if *on {
                Ticker::every_second(move || clock_now.set(now()))
            } else {
                None
            };
            let ticker = ticker.clone();
            move || {
                ticker.borrow_mut().take();
            }
        });
    }
    let press = |c: Command| {
        let room = room.clone();
        let clock_now = clock_now.clone();
        Callback::from(move |_| {
            let t = now();
            room.dispatch(RoomAction::Do(c, t));
            clock_now.set(t);
        })
    };
    let on_minutes = {
        let room = room.clone();
        Callback::from(move |value: String| {
            if let Ok(m) = value.parse::<u32>() {
                room.dispatch(RoomAction::Minutes(m));
            }
        })
    };
    let on_reset = {
        let room = room.clone();
        Callback::from(move |_| room.dispatch(RoomAction::Reset))
    };
    let on_back = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::Close))
    };

    let slide = match slide_view(all[at], locale, &settings, store.country.as_deref()) {
        SlideView::Opening {
            heading,
            rules,
            note,
        } => html! {
            <>
                <h2 class="slide-heading">{ heading }</h2>
                <ul class="slide-rules">{ for rules.iter().map(|r| html! { <li>{ *r }</li> }) }</ul>
                <p class="slide-note">{ note }</p>
            </>
        },
        SlideView::Circle {
            title,
            prompt,
            aim,
            practice,
        } => html! {
            <>
                <h2 class="slide-heading">{ title }</h2>
                <p class="slide-label">{ g.prompt }</p>
                <p class="slide-prompt">{ prompt }</p>
                <dl class="slide-more">
                    <dt>{ g.aim }</dt><dd>{ aim }</dd>
                    <dt>{ g.practice }</dt><dd>{ practice }</dd>
                </dl>
            </>
        },
        SlideView::Later { heading, text } => {
            // `slides` offers this slide only where there is an address to hold.
            let address = room_address(&device::app_address(), Lang::BUILT, store.lang, &settings);
            html! {
                <>
                    <h2 class="slide-heading">{ heading }</h2>
                    <div class="slide-scan">
                        if let Some(address) = address { <QrImage address={address} /> }
                        <p>{ text }</p>
                    </div>
                </>
            }
        }
        SlideView::Closing {
            heading,
            text,
            lines,
            elsewhere,
            stay,
        } => html! {
            <>
                <h2 class="slide-heading">{ heading }</h2>
                <p class="slide-text">{ text }</p>
                <PrintedContacts lines={*lines} />
                <p>{ elsewhere }</p>
                <p>{ stay }</p>
            </>
        },
    };
    let on_go = {
        let room = room.clone();
        Callback::from(move |value: String| {
            if let Ok(i) = value.parse::<usize>() {
                room.dispatch(RoomAction::Do(Command::To(i), now()));
            }
        })
    };
    let toggle_label = match state {
        TimerState::Running => c.pause,
        TimerState::Paused => c.carry_on,
        TimerState::Ready | TimerState::Done => c.start,
    };
    let said = match state {
        TimerState::Done => c.time_up,
        TimerState::Paused => c.timer_paused,
        _ => "",
    };
    html! {
        <div class="screen class-mode">
            <h1 id="page-title" tabindex="-1">{ ui.class_title }</h1>
            <p class="collected">{ c.collected }</p>
            <div class="class-stage">
            <div class="class-main">
            <section class="slide" aria-labelledby="slide-of">
                <p class="slide-of" id="slide-of" role="status">{ slide_of(locale, at, all.len()) }</p>
                { slide }
            </section>
            <nav class="slide-nav" aria-label={c.slides_label}>
                <button type="button" id="slide-previous" onclick={press(Command::Previous)}>{ c.previous }</button>
                <button type="button" id="slide-next" class="primary" onclick={press(Command::Next)}>{ c.next }</button>
                <label for="slide-go">{ c.go_to }</label>
                <Choice id="slide-go" onchange={on_go} value={at.to_string()}
                    options={all.iter().enumerate().map(|(i, s)| ChoiceOption::new(i.to_string(), slide_name(*s, locale))).collect::<Vec<_>>()} />
            </nav>
            </div>
            <section class={classes!("breakout", (state == TimerState::Done).then_some("done"))} aria-labelledby="timer-heading">
                <h2 id="timer-heading">{ c.timer_heading }</h2>
                <div class="fields">
                    <label for="timer-length">{ c.timer_length }</label>
                    <Choice id="timer-length" onchange={on_minutes} value={room.breakout.minutes.to_string()}
                        options={BREAKOUT_MINUTES.iter().map(|m| ChoiceOption::new(m.to_string(), locale.count(&c.timer_minutes, *m as usize, &[]))).collect::<Vec<_>>()} />
                </div>
                <p class="timer-face" role="timer" aria-label={c.time_left} dir="ltr">{ clock_face(room.breakout.seconds_left(*clock_now)) }</p>
                <div class="actions">
                    <button type="button" id="timer-toggle" class="primary" onclick={press(Command::Timer)}>{ toggle_label }</button>
                    <button type="button" id="timer-reset" onclick={on_reset}>{ c.reset }</button>
                </div>
                <p class="timer-said" role="status">{ said }</p>
            </section>
            </div>
            <p class="keys">{ c.keys }</p>
            <div class="actions">
                <button type="button" onclick={on_back}>{ ui.back }</button>
            </div>
        </div>
    }
}
