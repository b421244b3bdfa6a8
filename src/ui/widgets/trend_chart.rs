//! A trend drawn in SVG: a line with a marker and its number at every point, readable without
//! colour, with dashed lines at the band thresholds.

use yew::prelude::*;

use super::band_class;
use crate::assessment::scoring::thresholds::{STEADY_FROM, WATCH_FROM};
use crate::assessment::Band;
use crate::present::text::tenths;

#[derive(Properties, PartialEq)]
pub struct TrendProps {
    pub title: AttrValue,
    /// What a screen reader hears: the title and every value.
    pub label: AttrValue,
    /// One point per check-in, oldest first; `None` where there was no level.
    pub points: Vec<Option<u8>>,
    /// Right to left: time runs from right to left, as the language reads, and the scale's
    /// labels stand on the right.
    #[prop_or_default]
    pub rtl: bool,
}

#[component]
pub fn TrendChart(props: &TrendProps) -> Html {
    // The drawing's box; the same numbers are written as literals in the SVG below, so that no
    // float is ever formatted without a fixed precision (that formatter alone is ~6 KB of wasm).
    let (w, left, top, bottom) = (320.0, 26.0, 16.0, 112.0);
    let n = props.points.len().max(1);
    let x = |i: usize| {
        if n == 1 {
            (left + w) / 2.0
        } else {
            left + 12.0 + (w - left - 24.0) * i as f64 / (n - 1) as f64
        }
    };
    let y = |v: u8| bottom - (bottom - top) * f64::from(v) / 100.0;
    let rtl = props.rtl;
    // Mirrors a horizontal position for right-to-left languages.
    let fx = move |v: f64| if rtl { w - v } else { v };
    let x = move |i: usize| fx(x(i));
    let (axis_from, axis_to) = (tenths(fx(left)), tenths(fx(w)));
    // "start" is the text's right edge in a right-to-left page, its left edge otherwise.
    let label_x = if rtl { "320" } else { "0" };
    let line: Vec<String> = props
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| format!("{},{}", tenths(x(i)), tenths(y(v)))))
        .collect();
    let guides = [(STEADY_FROM, Band::Steady), (WATCH_FROM, Band::Watch)];
    html! {
        <figure class="trend">
            <figcaption>{ props.title.clone() }</figcaption>
            <svg viewBox="0 0 320 130" role="img" aria-label={props.label.clone()} focusable="false">
                <line class="axis" x1={axis_from.clone()} x2={axis_to.clone()} y1="112" y2="112" />
                { for guides.iter().map(|(t, b)| html! {
                    <>
                        <line class={classes!("guide", band_class(Some(*b)))} x1={axis_from.clone()} x2={axis_to.clone()}
                            y1={tenths(y(*t))} y2={tenths(y(*t))} />
                        <text class="guide-label" x={label_x} text-anchor="start" y={tenths(y(*t) + 4.0)}>{ t }</text>
                    </>
                }) }
                <polyline class="trend-line" points={line.join(" ")} />
                { for props.points.iter().enumerate().filter_map(|(i, v)| v.map(|v| html! {
                    <>
                        <circle class={classes!("trend-point", band_class(Some(Band::of_shown(v))))}
                            cx={tenths(x(i))} cy={tenths(y(v))} r="4.5" />
                        <text class="trend-value" x={tenths(x(i))} y={tenths(y(v) - 8.0)} text-anchor="middle">{ v }</text>
                    </>
                })) }
            </svg>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
pub struct DayStripProps {
    pub title: AttrValue,
    /// Every date with its colour's name.
    pub label: AttrValue,
    /// The daily checks drawn, oldest first.
    pub colours: Vec<crate::assessment::right_now::Colour>,
    #[prop_or_default]
    pub rtl: bool,
}

/// The daily checks as a strip of dots, one per check, oldest first: each in its colour and at
/// its own height (green highest, red lowest), so that it reads without colour too.
#[component]
pub fn DayStrip(props: &DayStripProps) -> Html {
    use crate::assessment::right_now::Colour;
    let n = props.colours.len().max(1);
    let step = 300.0 / n as f64;
    let rtl = props.rtl;
    let x = move |i: usize| {
        let v = 10.0 + step * (i as f64 + 0.5);
        if rtl {
            320.0 - v
        } else {
            v
        }
    };
    let y = |c: Colour| match c {
        Colour::Green => "12",
        Colour::Yellow => "26",
        Colour::Orange => "40",
        Colour::Red => "54",
    };
    html! {
        <figure class="trend day-strip">
            <figcaption>{ props.title.clone() }</figcaption>
            <svg viewBox="0 0 320 66" role="img" aria-label={props.label.clone()} focusable="false">
                { for props.colours.iter().enumerate().map(|(i, c)| html! {
                    <circle class={classes!("day-dot", c.key())} cx={tenths(x(i))} cy={y(*c)} r="5" />
                }) }
            </svg>
        </figure>
    }
}
