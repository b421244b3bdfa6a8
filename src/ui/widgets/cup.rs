//! The cup gauge: a cup drawn in SVG, filled to the cup level, with its level in words for screen
//! readers.

use yew::prelude::*;

use super::band_class;
use crate::assessment::Level;
use crate::present::text::tenths;

/// The cup's inside spans these y-coordinates in the drawing.
const TOP: f64 = 22.0;
const BOTTOM: f64 = 122.0;

/// Where the liquid's surface sits for `level`: the brim at 100, the floor at 0.
pub fn surface_y(level: Level) -> f64 {
    BOTTOM - (BOTTOM - TOP) * level.value() / 100.0
}

#[derive(Properties, PartialEq)]
pub struct CupProps {
    /// `None` draws an empty cup with a dashed outline ("not enough answers").
    pub level: Option<Level>,
    /// What a screen reader hears, for example "Your cup is 62 out of 100 full: Worth watching".
    pub label: AttrValue,
}

#[component]
pub fn CupGauge(props: &CupProps) -> Html {
    let band_class = props.level.map(|l| band_class(Some(l.band())));
    let y = props.level.map(surface_y).unwrap_or(BOTTOM);
    let height = BOTTOM - y;
    html! {
        <svg class={classes!("cup", band_class, props.level.is_none().then_some("empty"))}
            viewBox="0 0 160 140" role="img" aria-label={props.label.clone()} focusable="false">
            <defs>
                <clipPath id="cup-inside">
                    <path d="M30 22 L130 22 L118 122 Q80 130 42 122 Z" />
                </clipPath>
            </defs>
            <g clip-path="url(#cup-inside)">
                <rect class="cup-fill" x="20" y={tenths(y)} width="120" height={tenths(height + 10.0)} />
                <line class="cup-surface" x1="20" x2="140" y1={tenths(y)} y2={tenths(y)} />
            </g>
            <path class="cup-outline" d="M30 22 L130 22 L118 122 Q80 130 42 122 Z" />
            <path class="cup-handle" d="M127 45 Q152 48 148 72 Q144 92 121 96" />
            if let Some(level) = props.level {
                <text class="cup-number" x="80" y="80" text-anchor="middle" aria-hidden="true">{ level.rounded() }</text>
            }
        </svg>
    }
}
