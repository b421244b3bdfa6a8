//! My history: the opt-in save on the results, and the History screen with trends drawn in SVG,
//! what changed in words, deletion after a confirmation that names what will go, and export/import.

use yew::prelude::*;

use super::app::use_store;
use super::dom;
use super::results::{band_key, number};
use super::state::{Action, Screen};
use crate::assessment::{Band, Length, Theme};
use crate::content::{fill, Catalog};
use crate::storage::history::{
    self, changes, CheckIn, History, HistoryError, ImportPreview, Stored,
};

/// Reads what this device holds. Unreadable data is copied aside (once) and the main key freed,
/// so that it is never written over; if it cannot be copied, the main key is left untouched and
/// saving stays off.
pub fn load() -> (Stored, Option<String>, bool) {
    if !dom::local_available() {
        return (Stored::Nothing, None, false);
    }
    let Ok(main) = dom::local_get(history::KEY) else {
        return (Stored::Nothing, None, false);
    };
    let mut set_aside = dom::local_get(history::SET_ASIDE_KEY).ok().flatten();
    let stored = match history::read_stored(main.as_deref()) {
        Stored::Unreadable { text, error } => {
            let copied = match &set_aside {
                Some(existing) if *existing == text => true,
                Some(_) => false,
                None => dom::local_set(history::SET_ASIDE_KEY, &text).is_ok(),
            };
            if copied && dom::local_remove(history::KEY).is_ok() {
                set_aside = Some(text);
                Stored::Nothing
            } else {
                Stored::Unreadable { text, error }
            }
        }
        other => other,
    };
    (stored, set_aside, true)
}

/// Writes the history (or removes the key when it is empty). Never called while the main key
/// holds unreadable data.
fn write(history: &History) -> Result<(), ()> {
    if history.is_empty() {
        dom::local_remove(history::KEY)
    } else {
        dom::local_set(history::KEY, &history.to_json(dom::today()))
    }
}

fn length_name(cat: &Catalog, length: Length) -> &'static str {
    match length {
        Length::Full => cat.ui.length_full,
        Length::Pulse => cat.ui.length_pulse,
    }
}

fn cup_text(cat: &Catalog, cup: Option<u8>) -> String {
    match cup {
        Some(c) => fill(cat.ui.cup_short, &[("cup", &c.to_string())]),
        None => cat.ui.no_level.to_owned(),
    }
}

fn reason(error: &HistoryError) -> String {
    error.message().replace(" Nothing was changed.", "")
}

/// The opt-in save on the results screen. The default is not to save.
#[component]
pub fn SaveBox() -> Html {
    let store = use_store();
    let ui = store.lang.catalog().ui;
    let error = use_state(|| false);
    let body = if !store.storage_available {
        html! { <p>{ ui.storage_unavailable }</p> }
    } else if let Stored::Unreadable { error, .. } = &store.history {
        html! { <p>{ fill(ui.history_unreadable, &[("reason", &reason(error))]) }</p> }
    } else if store.saved_at.is_some() {
        let store2 = store.clone();
        let open = Callback::from(move |_| store2.dispatch(Action::Open(Screen::History)));
        html! {
            <p role="status">{ ui.saved_note }{ " " }<button type="button" class="link" onclick={open}>{ ui.see_history }</button></p>
        }
    } else {
        let onclick = {
            let store = store.clone();
            let error = error.clone();
            Callback::from(move |_| {
                let at = dom::now_ms().max(0.0) as u64;
                let record =
                    CheckIn::record(at, dom::today(), store.length, &store.answers, &store.plan);
                let mut h = store.saved_history();
                let ok = h.add(record).is_ok() && write(&h).is_ok();
                error.set(!ok);
                if ok {
                    store.dispatch(Action::HistoryWritten(h));
                    store.dispatch(Action::Saved(at));
                }
            })
        };
        html! {
            <>
                <p>{ ui.save_intro }</p>
                if *error { <p class="notice" role="alert">{ ui.storage_full }</p> }
                <button type="button" id="save-check-in" {onclick}>{ ui.save_button }</button>
            </>
        }
    };
    html! {
        <section class="save-box" aria-labelledby="save-heading">
            <h2 id="save-heading">{ ui.save_heading }</h2>
            { body }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct TrendProps {
    pub title: AttrValue,
    /// One point per check-in, oldest first; `None` where there was no level.
    pub points: Vec<(String, Option<u8>)>,
}

/// A trend as an SVG line with a marker and its number at every point, readable without colour,
/// with dashed lines at the band thresholds.
#[component]
pub fn TrendChart(props: &TrendProps) -> Html {
    let store = use_store();
    let cat = store.lang.catalog();
    let (w, h, left, top, bottom) = (320.0, 130.0, 26.0, 16.0, 112.0);
    let n = props.points.len().max(1);
    let x = |i: usize| {
        if n == 1 {
            (left + w) / 2.0
        } else {
            left + 12.0 + (w - left - 24.0) * i as f64 / (n - 1) as f64
        }
    };
    let y = |v: u8| bottom - (bottom - top) * f64::from(v) / 100.0;
    let line: Vec<String> = props
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, (_, v))| v.map(|v| format!("{:.1},{:.1}", x(i), y(v))))
        .collect();
    let values: Vec<String> = props
        .points
        .iter()
        .map(|(_, v)| v.map_or_else(|| cat.ui.no_level.to_owned(), |v| v.to_string()))
        .collect();
    let label = fill(
        cat.ui.trend_label,
        &[
            ("title", &props.title),
            ("n", &props.points.len().to_string()),
            ("values", &values.join(", ")),
        ],
    );
    let guides = [
        (
            crate::assessment::scoring::thresholds::STEADY_FROM,
            Band::Steady,
        ),
        (
            crate::assessment::scoring::thresholds::WATCH_FROM,
            Band::Watch,
        ),
    ];
    html! {
        <figure class="trend">
            <figcaption>{ props.title.clone() }</figcaption>
            <svg viewBox={format!("0 0 {w} {h}")} role="img" aria-label={label} focusable="false">
                <line class="axis" x1={left.to_string()} x2={w.to_string()} y1={bottom.to_string()} y2={bottom.to_string()} />
                { for guides.iter().map(|(t, b)| html! {
                    <>
                        <line class={classes!("guide", band_key(*b))} x1={left.to_string()} x2={w.to_string()}
                            y1={format!("{:.1}", y(*t))} y2={format!("{:.1}", y(*t))} />
                        <text class="guide-label" x="0" y={format!("{:.1}", y(*t) + 4.0)}>{ t }</text>
                    </>
                }) }
                <polyline class="trend-line" points={line.join(" ")} />
                { for props.points.iter().enumerate().filter_map(|(i, (_, v))| v.map(|v| html! {
                    <>
                        <circle class={classes!("trend-point", band_key(Band::of_shown(v)))}
                            cx={format!("{:.1}", x(i))} cy={format!("{:.1}", y(v))} r="4.5" />
                        <text class="trend-value" x={format!("{:.1}", x(i))} y={format!("{:.1}", y(v) - 8.0)} text-anchor="middle">{ v }</text>
                    </>
                })) }
            </svg>
        </figure>
    }
}

/// Which deletion is waiting for confirmation.
#[derive(Clone, PartialEq)]
enum Confirm {
    None,
    One(u64, Length),
    All,
    SetAside,
}

/// What the import panel is showing.
#[derive(Clone, PartialEq)]
enum Import {
    Idle,
    Reading,
    Preview(ImportPreview),
    Error(String),
    Done(String),
}

#[component]
pub fn HistoryScreen() -> Html {
    let store = use_store();
    let cat = store.lang.catalog();
    let ui = cat.ui;
    let confirm = use_state(|| Confirm::None);
    let import = use_state(|| Import::Idle);
    let notice = use_state(|| None::<&'static str>);
    let history = store.saved_history();
    let check_ins = history.check_ins();
    let blocked = matches!(store.history, Stored::Unreadable { .. }) || !store.storage_available;

    let persist = {
        let store = store.clone();
        let notice = notice.clone();
        move |next: History, done: &'static str| {
            if write(&next).is_ok() {
                store.dispatch(Action::HistoryWritten(next));
                notice.set(Some(done));
            } else {
                notice.set(Some(store.lang.catalog().ui.storage_full));
            }
        }
    };

    let unreadable = match (&store.history, &store.set_aside) {
        (Stored::Unreadable { text, error }, _) => Some((text.clone(), reason(error))),
        (_, Some(text)) => Some((
            text.clone(),
            match history::read_stored(Some(text)) {
                Stored::Unreadable { error, .. } => reason(&error),
                _ => String::new(),
            },
        )),
        _ => None,
    };
    let unreadable_panel = unreadable.map(|(text, why)| {
        let download = {
            let text = text.clone();
            Callback::from(move |_| {
                dom::download("full-cup-unreadable-data.txt", "text/plain", &text);
            })
        };
        let ask = {
            let confirm = confirm.clone();
            Callback::from(move |_| confirm.set(Confirm::SetAside))
        };
        html! {
            <div class="notice" role="status" id="unreadable-notice">
                <p>{ fill(ui.history_unreadable, &[("reason", &why)]) }</p>
                <div class="actions">
                    <button type="button" onclick={download}>{ ui.download_unreadable }</button>
                    <button type="button" onclick={ask}>{ ui.delete_unreadable }</button>
                </div>
            </div>
        }
    });

    let confirm_box = |text: String, on_yes: Callback<MouseEvent>| {
        let confirm = confirm.clone();
        html! {
            <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
                <p id="confirm-text">{ text }</p>
                <div class="actions">
                    <button type="button" class="danger" id="confirm-yes" onclick={on_yes}>{ ui.confirm_delete }</button>
                    <button type="button" onclick={Callback::from(move |_| confirm.set(Confirm::None))}>{ ui.keep }</button>
                </div>
            </div>
        }
    };
    let pending = match (*confirm).clone() {
        Confirm::None => None,
        Confirm::One(at, length) => check_ins
            .iter()
            .find(|c| c.at == at && c.length == length)
            .map(|c| {
                let text = fill(
                    ui.delete_confirm_one,
                    &[
                        ("date", &c.date),
                        ("length", length_name(cat, length)),
                        ("cup", &cup_text(cat, c.cup)),
                    ],
                );
                let yes = {
                    let persist = persist.clone();
                    let confirm = confirm.clone();
                    let history = history.clone();
                    Callback::from(move |_| {
                        let mut next = history.clone();
                        next.remove(at, length);
                        persist(next.clone(), ui.deleted);
                        confirm.set(Confirm::None);
                    })
                };
                confirm_box(text, yes)
            }),
        Confirm::All => {
            let text = fill(
                ui.delete_confirm_all,
                &[("n", &check_ins.len().to_string())],
            );
            let yes = {
                let persist = persist.clone();
                let confirm = confirm.clone();
                Callback::from(move |_| {
                    persist(History::default(), ui.deleted);
                    confirm.set(Confirm::None);
                })
            };
            Some(confirm_box(text, yes))
        }
        Confirm::SetAside => {
            let yes = {
                let store = store.clone();
                let confirm = confirm.clone();
                Callback::from(move |_| {
                    let key = if matches!(store.history, Stored::Unreadable { .. }) {
                        history::KEY
                    } else {
                        history::SET_ASIDE_KEY
                    };
                    if dom::local_remove(key).is_ok() {
                        let (stored, set_aside, available) = load();
                        store.dispatch(Action::HistoryFound(stored, set_aside, available));
                        store.dispatch(Action::SetAsideDeleted);
                    }
                    confirm.set(Confirm::None);
                })
            };
            Some(confirm_box(ui.confirm_delete_unreadable.to_owned(), yes))
        }
    };

    let changes_view = if check_ins.len() < 2 {
        html! { <p>{ ui.changes_need_two }</p> }
    } else {
        let items: Vec<String> = changes(&history, 10)
            .into_iter()
            .map(|c| {
                let vals = [
                    ("before", c.before.to_string()),
                    ("after", c.after.to_string()),
                ];
                let with = |t: &str, theme: &str| {
                    fill(
                        t,
                        &[
                            ("theme", theme),
                            ("before", &vals[0].1),
                            ("after", &vals[1].1),
                        ],
                    )
                };
                match c.theme {
                    None if c.before == c.after => with(ui.change_cup_same, ""),
                    None => with(ui.change_cup, ""),
                    Some(t) if c.after >= c.before => with(ui.change_up, cat.theme(t).title),
                    Some(t) => with(ui.change_down, cat.theme(t).title),
                }
            })
            .collect();
        let only_cup = items.len() <= 1;
        html! {
            <ul class="changes">
                { for items.iter().map(|i| html! { <li>{ i }</li> }) }
                if only_cup { <li>{ ui.change_none }</li> }
            </ul>
        }
    };

    let trends = (!check_ins.is_empty()).then(|| {
        let series = |f: &dyn Fn(&CheckIn) -> Option<u8>| -> Vec<(String, Option<u8>)> {
            check_ins.iter().map(|c| (c.date.clone(), f(c))).collect()
        };
        html! {
            <section aria-labelledby="trends-heading">
                <h2 id="trends-heading">{ ui.trends_heading }</h2>
                <div class="trends">
                    <TrendChart title={ui.trend_cup} points={series(&|c| c.cup)} />
                    { for Theme::PAGE_ORDER.iter().map(|&t| html! {
                        <TrendChart title={cat.theme(t).title} points={series(&|c| c.levels.get(&t).copied())} />
                    }) }
                </div>
                <details class="trend-table">
                    <summary>{ ui.trend_table }</summary>
                    <div class="table-wrap">
                        <table>
                            <thead><tr>
                                <th scope="col">{ ui.date_col }</th>
                                <th scope="col">{ ui.trend_cup }</th>
                                { for Theme::PAGE_ORDER.iter().map(|&t| html! { <th scope="col">{ cat.theme(t).title }</th> }) }
                            </tr></thead>
                            <tbody>
                                { for check_ins.iter().map(|c| html! {
                                    <tr>
                                        <th scope="row">{ &c.date }</th>
                                        <td>{ c.cup.map_or_else(|| "–".to_owned(), |v| v.to_string()) }</td>
                                        { for Theme::PAGE_ORDER.iter().map(|t| html! {
                                            <td>{ c.levels.get(t).map_or_else(|| "–".to_owned(), |v| number(f64::from(*v))) }</td>
                                        }) }
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                </details>
            </section>
        }
    });

    let list = check_ins.iter().rev().map(|c| {
        let (at, length) = (c.at, c.length);
        let ask = {
            let confirm = confirm.clone();
            Callback::from(move |_| confirm.set(Confirm::One(at, length)))
        };
        let picks: Vec<&str> = c.plan.picks.iter().filter_map(|id| cat.suggestion(id)).map(|s| s.action).collect();
        html! {
            <li class="saved">
                <span class="saved-date">{ &c.date }</span>
                <span>{ length_name(cat, c.length) }{ " · " }{ cup_text(cat, c.cup) }</span>
                if !picks.is_empty() { <span class="saved-plan">{ picks.join(" · ") }</span> }
                <button type="button" class="small" onclick={ask}
                    aria-label={format!("{}: {} {}", ui.delete, c.date, length_name(cat, c.length))}>{ ui.delete }</button>
            </li>
        }
    });

    let on_export = {
        let history = history.clone();
        Callback::from(move |_| {
            let today = dom::today();
            dom::download(
                &format!("full-cup-history-{}.json", today.iso()),
                "application/json",
                &history.to_json(today),
            );
        })
    };
    let on_file = {
        let import = import.clone();
        let store = store.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let ui = store.lang.catalog().ui;
            if file.size() > history::MAX_FILE_BYTES as f64 {
                let bytes = file.size() as usize;
                import.set(Import::Error(HistoryError::TooLarge { bytes }.message()));
                return;
            }
            import.set(Import::Reading);
            let import = import.clone();
            let mine = store.saved_history();
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|v| v.as_string());
                let Some(text) = text else {
                    import.set(Import::Error(ui.import_unreadable_file.to_owned()));
                    return;
                };
                let result = History::parse(&text)
                    .and_then(|(incoming, from)| mine.preview(&incoming, from));
                import.set(match result {
                    Ok(p) if p.new.is_empty() => Import::Done(ui.import_nothing.to_owned()),
                    Ok(p) => Import::Preview(p),
                    Err(e) => Import::Error(e.message()),
                });
            });
        })
    };
    let import_view = match (*import).clone() {
        Import::Idle => Html::default(),
        Import::Reading => html! { <p role="status">{ ui.import_reading }</p> },
        Import::Error(msg) => {
            html! { <p class="notice error" role="alert" id="import-message">{ msg }</p> }
        }
        Import::Done(msg) => {
            html! { <p class="notice" role="status" id="import-message">{ msg }</p> }
        }
        Import::Preview(p) => {
            let total = p.new.len() + p.already_here;
            let summary = fill(
                ui.import_preview,
                &[
                    ("total", &total.to_string()),
                    ("new", &p.new.len().to_string()),
                    ("dup", &p.already_here.to_string()),
                ],
            );
            let on_add = {
                let import = import.clone();
                let store = store.clone();
                let p = p.clone();
                Callback::from(move |_| {
                    let mut next = store.saved_history();
                    let ui = store.lang.catalog().ui;
                    match next.merge(&p) {
                        Ok(()) if write(&next).is_ok() => {
                            store.dispatch(Action::HistoryWritten(next));
                            import.set(Import::Done(fill(
                                ui.import_done,
                                &[("n", &p.new.len().to_string())],
                            )));
                        }
                        Ok(()) => import.set(Import::Error(ui.storage_full.to_owned())),
                        Err(e) => import.set(Import::Error(e.message())),
                    }
                })
            };
            let on_cancel = {
                let import = import.clone();
                Callback::from(move |_| import.set(Import::Idle))
            };
            html! {
                <div class="notice" role="status" id="import-preview">
                    <p>{ summary }</p>
                    if p.migrated_from.is_some() { <p>{ ui.import_migrated }</p> }
                    <ul class="preview-list">
                        { for p.new.iter().map(|c| html! { <li>{ &c.date }{ " · " }{ length_name(cat, c.length) }{ " · " }{ cup_text(cat, c.cup) }</li> }) }
                    </ul>
                    <div class="actions">
                        <button type="button" class="primary" id="import-confirm" onclick={on_add}>{ ui.import_confirm }</button>
                        <button type="button" onclick={on_cancel}>{ ui.import_cancel }</button>
                    </div>
                </div>
            }
        }
    };
    let on_back = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::Close))
    };
    let ask_all = {
        let confirm = confirm.clone();
        Callback::from(move |_| confirm.set(Confirm::All))
    };

    html! {
        <div class="screen history">
            <h1 id="page-title" tabindex="-1">{ ui.history_nav }</h1>
            <p class="lead">{ ui.history_intro }</p>
            if !store.storage_available { <p class="notice" role="status">{ ui.storage_unavailable }</p> }
            { for unreadable_panel }
            if let Some(n) = *notice { <p class="notice" role="status" id="history-notice">{ n }</p> }
            { for pending }
            if check_ins.is_empty() {
                <p id="history-empty">{ ui.history_empty }</p>
            } else {
                <section aria-labelledby="changes-heading">
                    <h2 id="changes-heading">{ ui.changes_heading }</h2>
                    { changes_view }
                </section>
                { for trends }
                <section aria-labelledby="list-heading">
                    <h2 id="list-heading">{ ui.list_heading }</h2>
                    <ul class="saved-list">{ for list }</ul>
                    <button type="button" class="danger" id="delete-all" onclick={ask_all}>{ ui.delete_all }</button>
                </section>
            }
            <section aria-labelledby="export-heading">
                <h2 id="export-heading">{ ui.export_heading }</h2>
                <p>{ ui.export_intro }</p>
                <div class="actions">
                    <button type="button" id="export" onclick={on_export} disabled={check_ins.is_empty()}>{ ui.export_button }</button>
                </div>
                <label class="file-label" for="import-file">{ ui.import_label }</label>
                <input type="file" id="import-file" accept=".json,application/json" onchange={on_file} disabled={blocked} />
                { import_view }
            </section>
            <div class="actions">
                <button type="button" onclick={on_back}>{ ui.back }</button>
            </div>
        </div>
    }
}
