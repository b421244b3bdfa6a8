//! Browser tests of Full Cup's components, run by wasm-bindgen-test in headless Chromium:
//! the cup drawing, question pages as native radio groups, the plan picker and inline support.
#![cfg(target_arch = "wasm32")]

use full_cup::assessment::{self, Length, Level, Theme};
use full_cup::ui::app::App;
use full_cup::ui::widgets::cup::{surface_y, CupGauge, CupProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A fresh element to render into, and a clean tab session.
fn fresh_root() -> Element {
    if let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        s.clear().expect("session storage clears");
    }
    let root = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    root
}

/// The check-in in progress as the app saved it for this tab.
fn session_progress() -> Option<String> {
    web_sys::window()?
        .session_storage()
        .ok()??
        .get_item("fullcup.progress")
        .ok()?
}

/// Resolves after the browser has had a chance to run yew's scheduled renders.
async fn tick() {
    gloo_timers::future::TimeoutFuture::new(5).await;
}

/// Waits until `cond` holds (checked after each render tick), failing with `what` after ~2 s.
async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..400 {
        if cond() {
            return;
        }
        tick().await;
    }
    panic!("timed out waiting for: {what}");
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn one(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).expect("valid selector")
}

fn click(el: &Element) {
    el.dyn_ref::<HtmlElement>()
        .expect("an HTML element")
        .click();
}

/// Renders the whole app into a fresh root and presses the welcome button `start`.
async fn start_app(start: &str) -> Element {
    let root = fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    until("the welcome screen", || one(&root, start).is_some()).await;
    click(&one(&root, start).expect("a start button"));
    root
}

#[wasm_bindgen_test]
async fn cup_gauge_fills_to_its_level_and_names_it() {
    let root = fresh_root();
    let level = Level::new(75.0).expect("level");
    let props = CupProps {
        level: Some(level),
        label: "Your cup is 75 out of 100 full: Steady.".into(),
    };
    yew::Renderer::<CupGauge>::with_root_and_props(root.clone(), props).render();
    until("the cup is drawn", || one(&root, "svg.cup").is_some()).await;
    let svg = one(&root, "svg.cup").expect("svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("Your cup is 75 out of 100 full: Steady.")
    );
    assert!(svg.class_list().contains("steady"));
    let fill = one(&root, "rect.cup-fill").expect("fill");
    assert_eq!(
        fill.get_attribute("y"),
        Some(format!("{:.1}", surface_y(level)))
    );
    assert_eq!(
        fill.get_attribute("y").as_deref(),
        Some("47.0"),
        "three quarters up the 100-unit cup from 122"
    );
    assert_eq!(
        one(&root, "text.cup-number")
            .and_then(|t| t.text_content())
            .as_deref(),
        Some("75")
    );
}

#[wasm_bindgen_test]
async fn an_empty_cup_is_dashed_and_shows_no_number() {
    let root = fresh_root();
    let props = CupProps {
        level: None,
        label: "Not enough answers".into(),
    };
    yew::Renderer::<CupGauge>::with_root_and_props(root.clone(), props).render();
    until("the cup is drawn", || one(&root, "svg.cup").is_some()).await;
    assert!(one(&root, "svg.cup")
        .expect("svg")
        .class_list()
        .contains("empty"));
    assert!(one(&root, "text.cup-number").is_none());
    assert_eq!(
        one(&root, "rect.cup-fill")
            .and_then(|r| r.get_attribute("y"))
            .as_deref(),
        Some("122.0")
    );
}

#[wasm_bindgen_test]
async fn a_low_cup_is_drawn_in_the_needs_care_colour() {
    let root = fresh_root();
    let props = CupProps {
        level: Level::new(30.0),
        label: "low".into(),
    };
    yew::Renderer::<CupGauge>::with_root_and_props(root.clone(), props).render();
    until("the cup is drawn", || one(&root, "svg.cup").is_some()).await;
    assert!(one(&root, "svg.cup")
        .expect("svg")
        .class_list()
        .contains("needs-care"));
    assert_eq!(
        one(&root, "rect.cup-fill")
            .and_then(|r| r.get_attribute("y"))
            .as_deref(),
        Some("92.0")
    );
}

#[wasm_bindgen_test]
async fn each_question_is_a_radio_group_with_a_legend_and_a_way_to_skip() {
    let root = start_app("#start-full").await;
    until("the first question page", || {
        one(&root, "fieldset.question").is_some()
    })
    .await;
    let fieldsets = all(&root, "fieldset.question");
    assert_eq!(
        fieldsets.len(),
        assessment::questions_for(Theme::Intensity, Length::Full).count()
    );
    for fs in fieldsets {
        let legend = one(&fs, "legend")
            .and_then(|l| l.text_content())
            .unwrap_or_default();
        assert!(
            !legend.trim().is_empty(),
            "every group has a visible legend"
        );
        let radios = all(&fs, "input[type=radio]");
        assert_eq!(radios.len(), 6, "five frequencies and Prefer not to answer");
        let name = radios[0].get_attribute("name");
        assert!(
            radios.iter().all(|r| r.get_attribute("name") == name),
            "one group per question"
        );
        assert!(one(&fs, "input[value=skip]").is_some());
    }
    assert_eq!(
        one(&root, ".part")
            .and_then(|p| p.text_content())
            .as_deref(),
        Some("Part 1 of 9")
    );
}

#[wasm_bindgen_test]
async fn a_safety_answer_shows_support_at_once() {
    let root = start_app("#start-pulse").await;
    until("the pulse page", || {
        one(&root, "button[type=submit]").is_some()
    })
    .await;
    click(&one(&root, "button[type=submit]").expect("next"));
    until("the safety page", || {
        one(&root, "input[name=saf_alive]").is_some()
    })
    .await;
    assert!(
        one(&root, ".inline-support .support").is_none(),
        "no support before any answer"
    );
    click(&one(&root, "input[name=saf_alive][value=never]").expect("never"));
    // The app saves progress in an effect after rendering, so once "never" is saved the page
    // has been drawn with that answer.
    until("the answer is rendered and saved", || {
        session_progress().is_some_and(|p| p.contains("\"saf_alive\":\"never\""))
    })
    .await;
    assert!(
        one(&root, ".inline-support .support").is_none(),
        "Never raises nothing"
    );
    click(&one(&root, "input[name=saf_alive][value=rarely]").expect("rarely"));
    until("inline support", || {
        one(&root, ".inline-support .support").is_some()
    })
    .await;
    let text = one(&root, ".inline-support .support")
        .and_then(|s| s.text_content())
        .unwrap_or_default();
    assert!(text.contains("988"), "crisis contacts are listed: {text}");
}

#[wasm_bindgen_test]
async fn the_plan_holds_three_and_says_so_when_full() {
    let root = start_app("#start-pulse").await;
    until("the pulse page", || {
        one(&root, "input[value=often]").is_some()
    })
    .await;
    for radio in all(&root, "input[value=often]") {
        click(&radio);
    }
    click(&one(&root, "button[type=submit]").expect("next"));
    until("the safety page", || {
        one(&root, "input[name=saf_alive]").is_some()
    })
    .await;
    click(&one(&root, "button[type=submit]").expect("see results"));
    until("the results", || one(&root, ".theme-ideas").is_some()).await;
    let cards = all(&root, ".theme-ideas li.suggestion");
    assert!(cards.len() >= 4, "enough ideas to overfill a plan");
    for card in cards.iter().take(4) {
        click(&one(card, "button.plan-toggle").expect("toggle"));
        tick().await;
    }
    until("the plan-full notice", || {
        one(&root, ".start-here [role=alert]").is_some()
    })
    .await;
    let picked: std::collections::BTreeSet<String> =
        all(&root, ".theme-ideas li.suggestion.picked")
            .iter()
            .filter_map(|e| e.get_attribute("data-suggestion"))
            .collect();
    assert_eq!(picked.len(), 3);
    assert!(
        !cards[3].class_list().contains("picked"),
        "the fourth was refused"
    );
    click(&one(&cards[0], "button.plan-toggle").expect("toggle"));
    until("the first pick removed", || {
        !cards[0].class_list().contains("picked")
    })
    .await;
    assert!(
        one(&root, ".start-here [role=alert]").is_none(),
        "the notice clears on the next change"
    );
}

/// While a language the person chose is being checked, the first-visit build does not hand the
/// page to the whole app (the choice would be lost with it); once the choice cannot be carried
/// out, the screen waiting for the whole app is told to try again, and the page can hand over
/// (`ui::device::whole::hold_take_over`).
#[wasm_bindgen_test]
fn languages_being_chosen_hold_the_whole_app_back_until_none_can_be_moved_to() {
    use full_cup::ui::device;
    use std::cell::Cell;
    use std::rc::Rc;
    let asked = Rc::new(Cell::new(0u32));
    let count = asked.clone();
    device::offer_take_over(
        move || {
            count.set(count.get() + 1);
            None
        },
        || {},
    );
    let tried_again = Rc::new(Cell::new(false));
    let again = tried_again.clone();
    device::wait_for_take_over(Some(Rc::new(move || again.set(true))));
    let take_over =
        wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| {});
    let take_over: &js_sys::Function = take_over.as_ref().unchecked_ref();
    // Two choices, the second made while the first is checked.
    device::hold_take_over();
    device::hold_take_over();
    assert_eq!(
        device::hand_over(take_over),
        device::HandOver::NotNow,
        "held: nothing handed over"
    );
    assert_eq!(asked.get(), 0, "held: nothing asked of the app");
    device::release_take_over();
    assert!(
        !tried_again.get(),
        "the first choice failed: still held by the second"
    );
    assert_eq!(
        device::hand_over(take_over),
        device::HandOver::NotNow,
        "still held: nothing handed over"
    );
    assert_eq!(asked.get(), 0, "still held: nothing asked of the app");
    device::release_take_over();
    assert!(
        tried_again.get(),
        "released: the waiting screen tries again"
    );
    assert_eq!(
        device::hand_over(take_over),
        device::HandOver::NotNow,
        "the app has nothing to give here"
    );
    assert_eq!(
        asked.get(),
        1,
        "released: the page asks the app what to hand over"
    );
    device::wait_for_take_over(None);
    assert!(!device::retired(), "the page goes on as it was");
}

/// The first-visit build never hands the page to the whole app while it is leaving (Exit, a move
/// to another language's build): a whole app that arrives then would bring the person's answers
/// back onto a page they chose to leave (`ui::device::whole::hand_over`).
#[wasm_bindgen_test]
fn a_page_on_its_way_out_never_hands_over_to_the_whole_app() {
    use full_cup::ui::device;
    use std::cell::Cell;
    use std::rc::Rc;
    let given = Rc::new(Cell::new(false));
    let asked = given.clone();
    device::offer_take_over(
        move || {
            asked.set(true);
            None
        },
        || {},
    );
    let called = Rc::new(Cell::new(false));
    let seen = called.clone();
    let take_over =
        wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| {
            seen.set(true)
        });
    let take_over: &js_sys::Function = take_over.as_ref().unchecked_ref();
    device::leave_for_language();
    let handed = device::hand_over(take_over);
    device::stay_in_language();
    assert_eq!(
        handed,
        device::HandOver::NotNow,
        "a page leaving hands nothing over"
    );
    assert!(!given.get(), "nothing was asked of the app");
    assert!(!called.get(), "the whole app was not started");
    assert!(!device::retired(), "the page goes on as it was");
}

/// A whole app that fails as it takes over leaves this page as it was, still offering to hand
/// over, and says it failed, so that the loading screen says so too rather than "Opening…" for good
/// (`ui::device::whole::hand_over`, `ui::widgets::whole::OpeningWhole`).
#[wasm_bindgen_test]
fn a_whole_app_that_fails_as_it_takes_over_leaves_the_page_as_it_was() {
    use full_cup::ui::device;
    use std::cell::Cell;
    use std::rc::Rc;
    let let_go = Rc::new(Cell::new(false));
    let gone = let_go.clone();
    device::offer_take_over(
        || {
            Some(device::Carried {
                handover: String::new(),
                progress: None,
                notices: String::new(),
                config: None,
            })
        },
        move || gone.set(true),
    );
    let failing = js_sys::Function::new_no_args("throw new Error('the whole app failed')");
    assert_eq!(device::hand_over(&failing), device::HandOver::Failed);
    assert!(!let_go.get(), "this build's app stays on the page");
    assert!(!device::retired(), "the page goes on as it was");
    // Still offered (a page that had let go would have nothing to hand over: NotNow). A whole
    // app that worked would retire this test page, which the other tests share.
    assert_eq!(device::hand_over(&failing), device::HandOver::Failed);
    assert!(!let_go.get() && !device::retired());
}
