//! A list to choose from (`<select>`) that always shows the state's choice. A browser stops
//! following the `selected` attribute of a list's options once a person has picked one, so a
//! change made elsewhere (a key that moves the slides, a file loaded into a form) would leave the
//! list showing an old choice; this one sets the list's value after every render.

use yew::prelude::*;

/// One option: its value, its label, and the language of the label where it is not the page's
/// (a language's own name).
#[derive(Clone, PartialEq)]
pub struct ChoiceOption {
    pub value: AttrValue,
    pub label: AttrValue,
    pub lang: Option<AttrValue>,
}

impl ChoiceOption {
    pub fn new(value: impl Into<AttrValue>, label: impl Into<AttrValue>) -> ChoiceOption {
        ChoiceOption {
            value: value.into(),
            label: label.into(),
            lang: None,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub id: AttrValue,
    pub options: Vec<ChoiceOption>,
    /// The value chosen now.
    pub value: AttrValue,
    pub onchange: Callback<String>,
}

#[component]
pub fn Choice(props: &ChoiceProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        let value = props.value.clone();
        use_effect(move || {
            if let Some(select) = node.cast::<web_sys::HtmlSelectElement>() {
                if select.value() != *value {
                    select.set_value(&value);
                }
            }
        });
    }
    let onchange = {
        let on = props.onchange.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            on.emit(select.value());
        })
    };
    html! {
        <select id={props.id.clone()} ref={node} {onchange}>
            { for props.options.iter().map(|o| html! {
                <option value={o.value.clone()} lang={o.lang.clone()} selected={o.value == props.value}>{ o.label.clone() }</option>
            }) }
        </select>
    }
}
