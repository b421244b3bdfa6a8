//! A page reached from the header or footer: a heading that takes focus, and a way back.

use yew::prelude::*;

use crate::ui::state::Action;
use crate::ui::store::use_store;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub title: &'static str,
    pub children: Html,
}

#[component]
pub fn Page(props: &PageProps) -> Html {
    let store = use_store();
    let ui = store.lang.locale().ui;
    let on_back = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::Close))
    };
    html! {
        <div class="screen page">
            <h1 id="page-title" tabindex="-1">{ props.title }</h1>
            { props.children.clone() }
            <div class="actions">
                <button type="button" onclick={on_back}>{ ui.back }</button>
            </div>
        </div>
    }
}
