//! The form on For trainers that makes a `config.json` without any build tools: every setting a
//! copy reads, with rows of contacts and crisis lines to add and remove, checked as it is typed
//! (`present::trainers::form_check`: the file the form writes, read by the same reader as the
//! copy's own), downloaded as a file, and a `config.json` loaded back into the form to edit.
//! Nothing typed leaves the device.

use yew::prelude::*;

use crate::assessment::Length;
use crate::content::{fill, Lang};
use crate::present::trainers::{form_check, problem_line};
use crate::storage::config::{parse, too_large, CompleteAt};
use crate::storage::config_draft::{Draft, DraftContact, DraftLine, MAX_ROWS};
use crate::ui::device;
use crate::ui::store::{use_form_keep, use_store};
use crate::ui::widgets::choice::{Choice, ChoiceOption};

/// A change to the form: what a field's new text does to the draft.
type Edit = Box<dyn Fn(&mut Draft, String)>;

/// What became of the last file loaded into the form.
#[derive(Clone, PartialEq)]
enum Loaded {
    Not,
    Done,
    /// Refused: its problems, in words.
    Refused(Vec<String>),
}

/// One text field of the form: its id, label, value, and what a change does to the draft.
fn text_field(
    id: String,
    label: &'static str,
    value: &str,
    kind: &'static str,
    on: Callback<String>,
) -> Html {
    let oninput = Callback::from(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        on.emit(input.value());
    });
    html! {
        <>
            <label for={id.clone()}>{ label }</label>
            <input id={id} type={kind} value={value.to_owned()} {oninput} autocomplete="off" />
        </>
    }
}

#[component]
pub fn ConfigForm() -> Html {
    let store = use_store();
    let locale = store.lang.locale();
    let f = &locale.training().form;
    let t = &locale.training().trainers;
    // Kept for the tab (`store::FormKeep`): back from the guide or the pack, nothing is lost.
    let keep = use_form_keep();
    let draft = {
        let keep = keep.clone();
        use_state(move || keep.0.borrow().clone())
    };
    {
        let keep = keep.clone();
        use_effect_with((*draft).clone(), move |d| {
            *keep.0.borrow_mut() = d.clone();
        });
    }
    let loaded = use_state(|| Loaded::Not);
    let (ready, headline, lines) = form_check(locale, &draft);

    // Every change goes through one place: a copy of the draft, changed, set.
    let change = {
        let draft = draft.clone();
        let loaded = loaded.clone();
        move |f: Edit| {
            let draft = draft.clone();
            let loaded = loaded.clone();
            Callback::from(move |value: String| {
                let mut next = (*draft).clone();
                f(&mut next, value);
                draft.set(next);
                loaded.set(Loaded::Not);
            })
        }
    };
    let toggle = |f: fn(&mut Draft, bool)| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = (*draft).clone();
            f(&mut next, input.checked());
            draft.set(next);
        })
    };
    let choose = |f: fn(&mut Draft, &str)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            f(&mut next, &value);
            draft.set(next);
        })
    };
    let edit = |f: fn(&mut Draft)| {
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*draft).clone();
            f(&mut next);
            draft.set(next);
        })
    };

    // A contact's six fields, for a local contact (`line: None`) or a crisis line's contact.
    let contact_fields = |prefix: String, c: &DraftContact, line: Option<usize>, i: usize| {
        let field = |name: &'static str, label: &'static str, value: &str, kind: &'static str| {
            let set = move |d: &mut Draft, v: String| {
                let contact = match line {
                    Some(_) => d.crisis_lines.get_mut(i).map(|l| &mut l.contact),
                    None => d.contacts.get_mut(i),
                };
                if let Some(c) = contact {
                    match name {
                        "name" => c.name = v,
                        "phone" => c.phone = v,
                        "text" => c.text = v,
                        "web" => c.web = v,
                        "hours" => c.hours = v,
                        _ => c.about = v,
                    }
                }
            };
            text_field(
                format!("{prefix}-{name}"),
                label,
                value,
                kind,
                change(Box::new(set)),
            )
        };
        html! {
            <>
                { field("name", f.name, &c.name, "text") }
                { field("phone", f.phone, &c.phone, "tel") }
                { field("text", f.text, &c.text, "tel") }
                { field("web", f.web, &c.web, "url") }
                { field("hours", f.hours, &c.hours, "text") }
                { field("about", f.about, &c.about, "text") }
            </>
        }
    };

    let on_download = {
        let draft = draft.clone();
        Callback::from(move |_| {
            device::download("config.json", "application/json", &draft.to_json());
        })
    };
    let on_load = {
        let draft = draft.clone();
        let locale = store.lang.locale();
        let loaded = loaded.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let draft = draft.clone();
            let loaded = loaded.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // Too large is refused by its size alone, before a byte is read.
                let read = match too_large(file.size() as usize) {
                    Some(problems) => Err(problems),
                    None => {
                        let text = wasm_bindgen_futures::JsFuture::from(file.text())
                            .await
                            .ok()
                            .and_then(|v| v.as_string());
                        let Some(text) = text else {
                            return;
                        };
                        parse(&text)
                    }
                };
                match read {
                    Ok(config) => {
                        draft.set(Draft::from_config(&config));
                        loaded.set(Loaded::Done);
                    }
                    Err(problems) => loaded.set(Loaded::Refused(
                        problems.iter().map(|p| problem_line(locale, p)).collect(),
                    )),
                }
            });
        })
    };

    let rows_contacts = draft.contacts.iter().enumerate().map(|(i, c)| {
        let remove = {
            let draft = draft.clone();
            Callback::from(move |_: MouseEvent| {
                let mut next = (*draft).clone();
                if i < next.contacts.len() {
                    next.contacts.remove(i);
                }
                draft.set(next);
            })
        };
        html! {
            <fieldset class="form-row">
                <legend>{ fill(f.contact_n, &[("n", &(i + 1).to_string())]) }</legend>
                <div class="fields">{ contact_fields(format!("contact-{i}"), c, None, i) }</div>
                <button type="button" class="link" onclick={remove}>{ f.remove }</button>
            </fieldset>
        }
    });
    let rows_lines = draft.crisis_lines.iter().enumerate().map(|(i, l)| {
        let remove = {
            let draft = draft.clone();
            Callback::from(move |_: MouseEvent| {
                let mut next = (*draft).clone();
                if i < next.crisis_lines.len() {
                    next.crisis_lines.remove(i);
                }
                draft.set(next);
            })
        };
        let on_country = change(Box::new(move |d: &mut Draft, v: String| {
            if let Some(l) = d.crisis_lines.get_mut(i) {
                l.country = v;
            }
        }));
        let on_region = change(Box::new(move |d: &mut Draft, v: String| {
            if let Some(l) = d.crisis_lines.get_mut(i) {
                l.region = v;
            }
        }));
        html! {
            <fieldset class="form-row">
                <legend>{ fill(f.line_n, &[("n", &(i + 1).to_string())]) }</legend>
                <div class="fields">
                    { text_field(format!("line-{i}-country"), f.line_country, &l.country, "text", on_country) }
                    { text_field(format!("line-{i}-region"), f.region, &l.region, "text", on_region) }
                    { contact_fields(format!("line-{i}"), &l.contact, Some(i), i) }
                </div>
                <button type="button" class="link" onclick={remove}>{ f.remove }</button>
            </fieldset>
        }
    });
    let d = &*draft;
    let mut language_options = vec![ChoiceOption::new("", f.language_any)];
    language_options.extend(Lang::ALL.iter().map(|l| ChoiceOption {
        lang: Some(l.tag().into()),
        ..ChoiceOption::new(l.tag(), l.name())
    }));
    let mut length_options = vec![ChoiceOption::new("", f.length_any)];
    length_options.extend(Length::ALL.iter().map(|l| {
        ChoiceOption::new(
            l.key(),
            match l {
                Length::Full => t.embed_length_full,
                Length::Pulse => t.embed_length_pulse,
            },
        )
    }));
    let complete_options: Vec<ChoiceOption> = CompleteAt::ALL
        .iter()
        .map(|c| {
            ChoiceOption::new(
                c.key(),
                match c {
                    CompleteAt::Questions => f.complete_questions,
                    CompleteAt::Results => f.complete_results,
                    CompleteAt::Plan => f.complete_plan,
                },
            )
        })
        .collect();
    html! {
        <section class="config-form" aria-labelledby="form-heading">
            <h3 id="form-heading">{ f.heading }</h3>
            <p>{ f.intro }</p>
            <label class="file-label" for="form-load">{ f.load }</label>
            <input id="form-load" type="file" accept=".json,application/json" onchange={on_load} />
            <div class="status" role="status">
                { match &*loaded {
                    Loaded::Not => html! {},
                    Loaded::Done => html! { <p>{ f.load_done }</p> },
                    Loaded::Refused(problems) => html! {
                        <>
                            <p>{ f.load_refused }</p>
                            <ul>{ for problems.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                        </>
                    },
                } }
            </div>

            <h4>{ f.about_heading }</h4>
            <div class="fields">
                { text_field("form-organisation".into(), f.organisation, &d.organisation, "text",
                    change(Box::new(|d: &mut Draft, v| d.organisation = v))) }
                { text_field("form-organisation-line".into(), f.organisation_line, &d.organisation_line, "text",
                    change(Box::new(|d: &mut Draft, v| d.organisation_line = v))) }
            </div>

            <h4>{ f.contacts_heading }</h4>
            <p>{ f.contacts_intro }</p>
            { for rows_contacts }
            if d.contacts.len() < MAX_ROWS {
                <button type="button" id="form-add-contact" onclick={edit(|d| d.contacts.push(DraftContact::default()))}>{ f.add_contact }</button>
            }

            <h4>{ f.lines_heading }</h4>
            <p>{ f.lines_intro }</p>
            { for rows_lines }
            if d.crisis_lines.len() < MAX_ROWS {
                <button type="button" id="form-add-line" onclick={edit(|d| d.crisis_lines.push(DraftLine::default()))}>{ f.add_line }</button>
            }
            <div class="fields">
                { text_field("form-country".into(), f.country, &d.country, "text",
                    change(Box::new(|d: &mut Draft, v| d.country = v))) }
            </div>
            <p class="check">
                <input id="form-built-in" type="checkbox" checked={d.built_in_lines} onchange={toggle(|d, on| d.built_in_lines = on)} />
                <label for="form-built-in">{ f.built_in }</label>
            </p>

            <h4>{ f.app_heading }</h4>
            <div class="fields">
                <label for="form-language">{ t.embed_lang }</label>
                <Choice id="form-language" onchange={choose(|d, v| d.language = Lang::from_tag(v))}
                    value={d.language.map_or("", |l| l.tag())} options={language_options.clone()} />
                <label for="form-length">{ t.embed_length }</label>
                <Choice id="form-length" onchange={choose(|d, v| d.length = Length::from_key(v))}
                    value={d.length.map_or("", |l| l.key())} options={length_options} />
                { text_field("form-exit".into(), f.exit_url, &d.exit_url, "url",
                    change(Box::new(|d: &mut Draft, v| d.exit_url = v))) }
            </div>
            <fieldset class="form-modules">
                <legend>{ f.modules_legend }</legend>
                <p class="check">
                    <input id="form-history" type="checkbox" checked={d.modules.history} onchange={toggle(|d, on| d.modules.history = on)} />
                    <label for="form-history">{ f.on_history }</label>
                </p>
                <p class="check">
                    <input id="form-pulse" type="checkbox" checked={d.modules.pulse} onchange={toggle(|d, on| d.modules.pulse = on)} />
                    <label for="form-pulse">{ f.on_pulse }</label>
                </p>
                <p class="check">
                    <input id="form-plan" type="checkbox" checked={d.modules.plan} onchange={toggle(|d, on| d.modules.plan = on)} />
                    <label for="form-plan">{ f.on_plan }</label>
                </p>
            </fieldset>

            <h4>{ f.lms_heading }</h4>
            <div class="fields">
                <label for="form-complete">{ f.complete_at }</label>
                <Choice id="form-complete" onchange={choose(|d, v| if let Some(c) = CompleteAt::from_key(v) { d.lms_complete_at = c })}
                    value={d.lms_complete_at.key()} options={complete_options} />
            </div>
            <p class="check">
                <input id="form-frame" type="checkbox" checked={d.frame_height} onchange={toggle(|d, on| d.frame_height = on)} />
                <label for="form-frame">{ f.frame_height }</label>
            </p>

            <section class={classes!("notice", (!ready).then_some("error"))} aria-labelledby="form-check-heading" id="form-check">
                <h4 id="form-check-heading">{ f.check_heading }</h4>
                <p>{ headline }</p>
                if !lines.is_empty() {
                    <ul>{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                }
            </section>
            <div class="actions">
                <button type="button" id="form-download" class="primary" onclick={on_download}>{ f.download }</button>
            </div>
        </section>
    }
}
