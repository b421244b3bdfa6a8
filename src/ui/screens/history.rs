//! My history: trends drawn in SVG, what changed in words, deletion after a confirmation that names
//! what will go, export and import. What it shows comes from [`crate::present::history`]; what it
//! writes is decided by [`crate::storage::policy`] and carried out by the device layer.

use yew::prelude::*;

use crate::assessment::Length;
use crate::content::fill;
use crate::present::history::{
    between, change_sentences, confirm_delete_all, confirm_delete_one, day_strip, export_file_name,
    import_done, import_preview, saved_rows, table_row, trends, UNREADABLE_FILE_NAME,
};
use crate::present::messages::{
    change_refused, import_not_written, import_refused, unreadable_notice,
};
use crate::storage::history::{self, History, HistoryError, ImportPreview, OnDevice};
use crate::storage::policy::{Change, WriteError};
use crate::ui::device;
use crate::ui::state::Action;
use crate::ui::store::{use_launch, use_store};
use crate::ui::widgets::chrome::NewTabLink;
use crate::ui::widgets::trend_chart::{DayStrip, TrendChart};

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
    Refused(HistoryError),
    Unopened,
    NotWritten(WriteError),
    Nothing,
    /// How many check-ins were added, and whether the file's plan was kept.
    /// Check-ins added, a plan taken, daily checks and Right now moments added.
    Done(usize, bool, usize),
}

#[component]
pub fn HistoryScreen() -> Html {
    let store = use_store();
    let launch = use_launch();
    let locale = store.lang.locale();
    let words = locale.history_words();
    let ui = locale.ui;
    let confirm = use_state(|| Confirm::None);
    // The question takes focus when it opens, so a screen reader reads what would be deleted;
    // once answered, focus returns to the top of the screen, where the outcome is announced.
    {
        let open = *confirm != Confirm::None;
        let was_open = use_mut_ref(|| false);
        use_effect_with(open, move |open| {
            if *open {
                device::focus("confirm-text");
            } else if std::mem::replace(&mut *was_open.borrow_mut(), false) {
                device::focus("page-title");
            }
            if *open {
                *was_open.borrow_mut() = true;
            }
        });
    }
    let import = use_state(|| Import::Idle);
    let notice = use_state(|| None::<String>);
    let history = store.saved_history();
    let check_ins = history.check_ins();
    let blocked = matches!(store.history, OnDevice::Unreadable { .. }) || !store.storage_available;

    // Every change is applied to what is stored now, never by writing this tab's copy back.
    let persist = {
        let store = store.clone();
        let notice = notice.clone();
        move |change: Change| {
            let locale = store.lang.locale();
            match device::change_history(change) {
                Ok(done) => {
                    store.dispatch(Action::HistoryWritten(done.history));
                    notice.set(Some(words.deleted.to_owned()));
                }
                Err(e) => notice.set(Some(change_refused(locale, &e))),
            }
        }
    };

    // Data a newer version of Full Cup wrote is not this tab's to delete: it says to update, and
    // offers only a copy (a tab of an older build left open beside a newer one finds it so).
    let newer = |e: &HistoryError| matches!(e, HistoryError::NewerVersion { .. });
    let unreadable = match (&store.history, &store.set_aside) {
        (OnDevice::Unreadable { text, error }, _) => {
            Some((text.clone(), unreadable_notice(locale, error), newer(error)))
        }
        (_, Some(text)) => Some(match history::read_stored(Some(text)) {
            OnDevice::Unreadable { error, .. } => (
                text.clone(),
                unreadable_notice(locale, &error),
                newer(&error),
            ),
            _ => (
                text.clone(),
                fill(ui.history_unreadable, &[("reason", "")]),
                false,
            ),
        }),
        _ => None,
    };
    let unreadable_panel = unreadable.map(|(text, why, newer)| {
        let download = Callback::from(move |_| {
            device::download(UNREADABLE_FILE_NAME, "text/plain", &text);
        });
        let ask = {
            let confirm = confirm.clone();
            Callback::from(move |_| confirm.set(Confirm::SetAside))
        };
        html! {
            <div class="notice" role="status" id="unreadable-notice">
                <p>{ why }</p>
                <div class="actions">
                    <button type="button" onclick={download}>{ words.download_unreadable }</button>
                    if !newer { <button type="button" onclick={ask}>{ words.delete_unreadable }</button> }
                </div>
            </div>
        }
    });

    let confirm_box = |text: String, on_yes: Callback<MouseEvent>| {
        let confirm = confirm.clone();
        html! {
            <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
                <p id="confirm-text" tabindex="-1">{ text }</p>
                <div class="actions">
                    <button type="button" class="danger" id="confirm-yes" onclick={on_yes}>{ words.confirm_delete }</button>
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
                let yes = {
                    let persist = persist.clone();
                    let confirm = confirm.clone();
                    Callback::from(move |_| {
                        persist(Change::Delete { at, length });
                        confirm.set(Confirm::None);
                    })
                };
                confirm_box(confirm_delete_one(locale, c), yes)
            }),
        Confirm::All => {
            let yes = {
                let persist = persist.clone();
                let confirm = confirm.clone();
                Callback::from(move |_| {
                    persist(Change::DeleteAll);
                    confirm.set(Confirm::None);
                })
            };
            Some(confirm_box(confirm_delete_all(locale, &history), yes))
        }
        Confirm::SetAside => {
            let yes = {
                let store = store.clone();
                let confirm = confirm.clone();
                let notice = notice.clone();
                let text = match (&store.history, &store.set_aside) {
                    (OnDevice::Unreadable { text, .. }, _) | (_, Some(text)) => text.clone(),
                    _ => String::new(),
                };
                Callback::from(move |_| {
                    match device::delete_unreadable(&text) {
                        Ok(loaded) => store.dispatch(Action::HistoryFound(loaded)),
                        Err(_) => notice.set(Some(change_refused(
                            store.lang.locale(),
                            &WriteError::Refused,
                        ))),
                    }
                    confirm.set(Confirm::None);
                })
            };
            Some(confirm_box(words.confirm_delete_unreadable.to_owned(), yes))
        }
    };

    let between_lines = between(locale, &history);
    let strip = day_strip(locale, &history);
    let changes_view = match change_sentences(locale, &history) {
        lines if lines.is_empty() => html! { <p>{ words.changes_need_two }</p> },
        lines => html! {
            <ul class="changes">
                { for lines.iter().map(|i| html! { <li>{ i }</li> }) }
            </ul>
        },
    };

    let trends_view = (!check_ins.is_empty()).then(|| {
        html! {
            <section aria-labelledby="trends-heading">
                <h2 id="trends-heading">{ words.trends_heading }</h2>
                <div class="trends">
                    { for trends(locale, &history).into_iter().map(|t| html! {
                        <TrendChart title={t.title} label={t.label} points={t.points}
                            rtl={locale.dir == crate::content::Direction::RightToLeft} />
                    }) }
                </div>
                <details class="trend-table">
                    <summary>{ words.trend_table }</summary>
                    <div class="table-wrap">
                        <table>
                            <thead><tr>
                                <th scope="col">{ words.date_col }</th>
                                <th scope="col">{ words.trend_cup }</th>
                                { for crate::assessment::Theme::PAGE_ORDER.iter().map(|&t| html! { <th scope="col">{ locale.theme(t).title }</th> }) }
                            </tr></thead>
                            <tbody>
                                { for check_ins.iter().map(|c| {
                                    let (date, cells) = table_row(locale, c);
                                    html! {
                                        <tr>
                                            <th scope="row">{ date }</th>
                                            { for cells.into_iter().map(|v| html! { <td>{ v }</td> }) }
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                    </div>
                </details>
            </section>
        }
    });

    let list = saved_rows(locale, &history).into_iter().map(|row| {
        let (at, length) = (row.at, row.length);
        let ask = {
            let confirm = confirm.clone();
            Callback::from(move |_| confirm.set(Confirm::One(at, length)))
        };
        html! {
            <li class="saved">
                <span class="saved-date">{ row.date }</span>
                <span>{ row.summary }</span>
                if let Some(plan) = row.plan { <span class="saved-plan">{ plan }</span> }
                <button type="button" class="small" onclick={ask}
                    aria-label={row.delete_label}>{ words.delete }</button>
            </li>
        }
    });

    let on_export = {
        let history = history.clone();
        Callback::from(move |_| {
            let today = device::today();
            device::download(
                &export_file_name(today),
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
            if file.size() > history::MAX_FILE_BYTES as f64 {
                let bytes = file.size() as usize;
                import.set(Import::Refused(HistoryError::TooLarge { bytes }));
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
                    import.set(Import::Unopened);
                    return;
                };
                let result = History::parse_file(&text).and_then(|file| {
                    let preview = mine.preview(&file.history, file.migrated_from)?;
                    Ok(ImportPreview {
                        repeated: file.repeated,
                        ..preview
                    })
                });
                import.set(match result {
                    Ok(p)
                        if p.new.is_empty()
                            && p.plan.is_none()
                            && p.days.is_empty()
                            && p.moments.is_empty() =>
                    {
                        Import::Nothing
                    }
                    Ok(p) => Import::Preview(p),
                    Err(e) => Import::Refused(e),
                });
            });
        })
    };
    // Said inside live regions that are there from the start (so that screen readers hear what
    // appears in them): problems in an alert, everything else in a status.
    let message = |class: Option<&'static str>, text: String| {
        html! { <p class={classes!("notice", class)} id="import-message">{ text }</p> }
    };
    let (import_alert, import_view) = match (*import).clone() {
        Import::Idle => (Html::default(), Html::default()),
        Import::Reading => (Html::default(), html! { <p>{ words.import_reading }</p> }),
        Import::Refused(e) => (
            message(Some("error"), import_refused(locale, &e)),
            Html::default(),
        ),
        Import::Unopened => (
            message(Some("error"), words.import_unreadable_file.to_owned()),
            Html::default(),
        ),
        Import::NotWritten(e) => (
            message(Some("error"), import_not_written(locale, &e)),
            Html::default(),
        ),
        Import::Nothing => (
            Html::default(),
            message(None, words.import_nothing.to_owned()),
        ),
        Import::Done(n, plan, between) => (
            Html::default(),
            message(None, import_done(locale, n, plan, between)),
        ),
        Import::Preview(p) => {
            let view = import_preview(locale, &p);
            let on_add = {
                let import = import.clone();
                let store = store.clone();
                Callback::from(move |_| {
                    match device::change_history(Change::Import(Box::new(p.clone()))) {
                        Ok(done) => {
                            store.dispatch(Action::HistoryWritten(done.history));
                            import.set(Import::Done(
                                done.added,
                                p.plan.is_some(),
                                p.days.len() + p.moments.len(),
                            ));
                        }
                        Err(e) => import.set(Import::NotWritten(e)),
                    }
                })
            };
            let on_cancel = {
                let import = import.clone();
                Callback::from(move |_| import.set(Import::Idle))
            };
            (
                Html::default(),
                html! {
                    <div class="notice" id="import-preview">
                        <p>{ view.summary }</p>
                        if let Some(m) = view.migrated { <p>{ m }</p> }
                        if let Some(m) = view.plan { <p>{ m }</p> }
                        if let Some(r) = view.repeated { <p>{ r }</p> }
                        if let Some(b) = view.between { <p>{ b }</p> }
                        <ul class="preview-list">
                            { for view.new.into_iter().map(|line| html! { <li>{ line }</li> }) }
                        </ul>
                        <div class="actions">
                            <button type="button" class="primary" id="import-confirm" onclick={on_add}>{ words.import_confirm }</button>
                            <button type="button" onclick={on_cancel}>{ words.import_cancel }</button>
                        </div>
                    </div>
                },
            )
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
            <p class="lead">{ words.history_intro }</p>
            if !store.storage_available { <p class="notice" role="status">{ ui.storage_unavailable }</p> }
            // There from the start, so that screen readers hear what appears in it.
            <div class="live" role="status">
                if store.history_changed_elsewhere {
                    <p class="notice" id="changed-elsewhere">{ ui.history_changed_elsewhere }</p>
                }
                if let Some(n) = &*notice { <p class="notice" id="history-notice">{ n }</p> }
            </div>
            { for unreadable_panel }
            { for pending }
            if history.plan().is_some() {
                <p id="history-plan-kept">{ words.history_plan_kept }</p>
            }
            if !between_lines.is_empty() {
                <section aria-labelledby="between-heading" id="between">
                    <h2 id="between-heading">{ words.between_heading }</h2>
                    <p>{ words.between_intro }</p>
                    if !history.days().is_empty() {
                        <DayStrip title={ui.now.day_title} label={strip.0.clone()} colours={strip.1.clone()}
                            rtl={locale.dir == crate::content::Direction::RightToLeft} />
                    }
                    <ul class="between-list">
                        { for between_lines.iter().map(|l| html! {
                            <li>
                                if let Some(c) = l.colour { <span class={classes!("swatch", c)} aria-hidden="true"></span> }
                                { l.text.clone() }
                            </li>
                        }) }
                    </ul>
                </section>
            }
            if check_ins.is_empty() {
                <p id="history-empty">{ words.history_empty }</p>
            } else {
                <section aria-labelledby="changes-heading">
                    <h2 id="changes-heading">{ words.changes_heading }</h2>
                    { changes_view }
                </section>
                { for trends_view }
                <section aria-labelledby="list-heading">
                    <h2 id="list-heading">{ words.list_heading }</h2>
                    <ul class="saved-list">{ for list }</ul>
                    <button type="button" class="danger" id="delete-all" onclick={ask_all.clone()}>{ words.delete_all }</button>
                </section>
            }
            // Daily checks and Right now moments alone can be deleted too.
            if check_ins.is_empty() && !between_lines.is_empty() {
                <button type="button" class="danger" id="delete-all" onclick={ask_all}>{ words.delete_all }</button>
            }
            <section aria-labelledby="export-heading">
                <h2 id="export-heading">{ words.export_heading }</h2>
                <p>{ words.export_intro }</p>
                if launch.framed {
                    <p class="notice" id="framed-storage">{ words.framed_storage }{ " " }<NewTabLink /></p>
                }
                <div class="actions">
                    <button type="button" id="export" onclick={on_export} disabled={history.holds_nothing()}>{ words.export_button }</button>
                </div>
                <label class="file-label" for="import-file">{ words.import_label }</label>
                <input type="file" id="import-file" accept=".json,application/json" onchange={on_file} disabled={blocked} />
                <div class="live" role="alert">{ import_alert }</div>
                <div class="live" role="status">{ import_view }</div>
            </section>
            <div class="actions">
                <button type="button" onclick={on_back}>{ ui.back }</button>
            </div>
        </div>
    }
}
