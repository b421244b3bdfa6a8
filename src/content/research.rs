//! The studies behind Full Cup: citations (language-independent facts) for the About page.

use crate::assessment::Source;

/// A reference as it is cited on the "About the research" page.
#[derive(Debug)]
pub struct Citation {
    pub source: Source,
    pub authors: &'static str,
    /// The publication year, when the source states it.
    pub year: Option<u16>,
    pub title: &'static str,
    /// Journal or publisher.
    pub venue: &'static str,
    pub doi: Option<&'static str>,
}

pub static CITATIONS: &[Citation] = &[];

pub fn citation(source: Source) -> Option<&'static Citation> {
    CITATIONS.iter().find(|c| c.source == source)
}
