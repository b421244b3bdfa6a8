//! The answer scale (how often, over the last four weeks) and a person's answers by question id.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// How often something happened in the last four weeks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Frequency {
    Never,
    Rarely,
    Sometimes,
    Often,
    Always,
}

impl Frequency {
    pub const ALL: [Frequency; 5] = [
        Frequency::Never,
        Frequency::Rarely,
        Frequency::Sometimes,
        Frequency::Often,
        Frequency::Always,
    ];

    /// Points on the 0/25/50/75/100 scale, before any reverse keying.
    pub fn points(self) -> u8 {
        match self {
            Frequency::Never => 0,
            Frequency::Rarely => 25,
            Frequency::Sometimes => 50,
            Frequency::Often => 75,
            Frequency::Always => 100,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Frequency::Never => "never",
            Frequency::Rarely => "rarely",
            Frequency::Sometimes => "sometimes",
            Frequency::Often => "often",
            Frequency::Always => "always",
        }
    }
}

/// One answer: a frequency, or a choice not to answer (always available, never scored).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Response {
    Never,
    Rarely,
    Sometimes,
    Often,
    Always,
    /// "Prefer not to answer".
    Skip,
}

impl Response {
    pub fn frequency(self) -> Option<Frequency> {
        match self {
            Response::Never => Some(Frequency::Never),
            Response::Rarely => Some(Frequency::Rarely),
            Response::Sometimes => Some(Frequency::Sometimes),
            Response::Often => Some(Frequency::Often),
            Response::Always => Some(Frequency::Always),
            Response::Skip => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self.frequency() {
            Some(f) => f.key(),
            None => "skip",
        }
    }

    pub fn from_key(key: &str) -> Option<Response> {
        Response::ALL.into_iter().find(|r| r.key() == key)
    }

    /// Every response in the order a person sees them.
    pub const ALL: [Response; 6] = [
        Response::Never,
        Response::Rarely,
        Response::Sometimes,
        Response::Often,
        Response::Always,
        Response::Skip,
    ];
}

impl From<Frequency> for Response {
    fn from(f: Frequency) -> Self {
        match f {
            Frequency::Never => Response::Never,
            Frequency::Rarely => Response::Rarely,
            Frequency::Sometimes => Response::Sometimes,
            Frequency::Often => Response::Often,
            Frequency::Always => Response::Always,
        }
    }
}

/// A person's answers so far, keyed by question id. Order of answering never matters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<String, Response>);

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set(&mut self, question_id: &str, response: Response) {
        self.0.insert(question_id.to_owned(), response);
    }

    pub fn get(&self, question_id: &str) -> Option<Response> {
        self.0.get(question_id).copied()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, Response)> {
        self.0.iter().map(|(k, v)| (k.as_str(), *v))
    }

    /// Keeps only answers to ids that `known` accepts (drops answers from edited or old files).
    pub fn retain_known(&mut self, known: impl Fn(&str) -> bool) {
        self.0.retain(|k, _| known(k));
    }
}

impl<S: AsRef<str>> FromIterator<(S, Response)> for Answers {
    fn from_iter<I: IntoIterator<Item = (S, Response)>>(iter: I) -> Self {
        Answers(
            iter.into_iter()
                .map(|(k, v)| (k.as_ref().to_owned(), v))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_step_by_25() {
        let points: Vec<u8> = Frequency::ALL.iter().map(|f| f.points()).collect();
        assert_eq!(points, vec![0, 25, 50, 75, 100]);
    }

    #[test]
    fn skip_has_no_frequency() {
        assert_eq!(Response::Skip.frequency(), None);
        assert_eq!(Response::Often.frequency(), Some(Frequency::Often));
    }

    #[test]
    fn response_keys_round_trip() {
        for r in Response::ALL {
            assert_eq!(Response::from_key(r.key()), Some(r));
        }
        assert_eq!(Response::from_key("sometimes "), None);
    }

    #[test]
    fn later_answer_replaces_earlier() {
        let mut a = Answers::new();
        a.set("q", Response::Never);
        a.set("q", Response::Always);
        assert_eq!(a.get("q"), Some(Response::Always));
        assert_eq!(a.len(), 1);
    }

    #[test]
    fn answers_serialise_as_a_plain_map() {
        let a: Answers = [("int_drained", Response::Often)].into_iter().collect();
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            r#"{"int_drained":"often"}"#
        );
    }
}
