//! A rating from 0 to 10 for Right now: radio buttons (arrow keys move between them, and a screen
//! reader hears "3, 4 of 11"), with what 0 and 10 mean, a way on with the rating and one without.

use yew::prelude::*;

use crate::assessment::right_now::Heaviness;
use crate::ui::store::use_store;

#[derive(Properties, PartialEq)]
pub struct RatingProps {
    pub legend: &'static str,
    pub on_rate: Callback<Option<Heaviness>>,
}

#[component]
pub fn Rating(props: &RatingProps) -> Html {
    let store = use_store();
    let w = &store.lang.locale().ui.now;
    let chosen = use_state(|| None::<Heaviness>);
    let go_on = {
        let chosen = chosen.clone();
        let on_rate = props.on_rate.clone();
        Callback::from(move |_| on_rate.emit(*chosen))
    };
    let skip = {
        let on_rate = props.on_rate.clone();
        Callback::from(move |_| on_rate.emit(None))
    };
    html! {
        <div class="rating">
            <fieldset aria-describedby="rating-scale">
                <legend id="now-step" tabindex="-1">{ props.legend }</legend>
                <p class="hint" id="rating-scale">{ w.rate_scale }</p>
                <div class="scale">
                    { for Heaviness::all().map(|h| {
                        let is_chosen = *chosen == Some(h);
                        let chosen = chosen.clone();
                        let onchange = Callback::from(move |_| chosen.set(Some(h)));
                        html! {
                            <label class="rate">
                                <input type="radio" name="rating" value={h.get().to_string()}
                                    checked={is_chosen} {onchange} />
                                <span>{ h.get() }</span>
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
            <div class="actions">
                <button type="button" class="primary" id="rate-go-on" onclick={go_on}>{ w.rate_go_on }</button>
                <button type="button" id="rate-skip" onclick={skip}>{ w.rate_skip }</button>
            </div>
        </div>
    }
}
