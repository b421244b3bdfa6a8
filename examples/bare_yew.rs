//! A bare yew app, for `scripts/bench.sh` only: a heading, a Start button and one question, with
//! nothing of Full Cup in it. It shows what any yew app of this toolchain costs before it does
//! anything, so that Full Cup's own weight can be told apart from the framework's.

#[cfg(target_arch = "wasm32")]
mod bare {
    use yew::prelude::*;

    const SCALE: [&str; 6] = [
        "Never",
        "Rarely",
        "Sometimes",
        "Often",
        "Always",
        "Prefer not to answer",
    ];

    #[component]
    fn Bare() -> Html {
        let started = use_state(|| false);
        let answer = use_state(|| None::<usize>);
        if !*started {
            let start = {
                let started = started.clone();
                Callback::from(move |_| started.set(true))
            };
            return html! {
                <main>
                    <h1 id="page-title">{ "How full is your cup?" }</h1>
                    <button type="button" id="start-full" onclick={start}>{ "Start" }</button>
                </main>
            };
        }
        html! {
            <main>
                <h1 id="page-title">{ "Part 1 of 1" }</h1>
                <fieldset class="question">
                    <legend>{ "I finished work feeling empty." }</legend>
                    { for SCALE.iter().enumerate().map(|(i, words)| {
                        let answer = answer.clone();
                        html! {
                            <label>
                                <input type="radio" name="q" checked={*answer == Some(i)}
                                    onchange={Callback::from(move |_| answer.set(Some(i)))} />
                                { *words }
                            </label>
                        }
                    }) }
                </fieldset>
            </main>
        }
    }

    pub fn run() {
        yew::Renderer::<Bare>::new().render();
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    bare::run();
}
