//! The answer scale (how often, over the last four weeks) and a person's answers by question id.

use serde::{Deserialize, Serialize};

use super::small_map::SmallMap;

keyed! {
    /// How often something happened in the last four weeks.
    pub enum Frequency {
        Never = "never",
        Rarely = "rarely",
        Sometimes = "sometimes",
        Often = "often",
        Always = "always",
    }
}

impl Frequency {
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
}

/// One answer: how often, or "Prefer not to answer" (always offered, never scored).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Response {
    Given(Frequency),
    Skip,
}

impl Response {
    /// The key of "Prefer not to answer", beside the frequencies' keys.
    pub const SKIP_KEY: &'static str = "skip";

    /// Every response in the order a person sees them: the scale, then "Prefer not to answer".
    pub const ALL: [Response; 6] = [
        Response::Given(Frequency::Never),
        Response::Given(Frequency::Rarely),
        Response::Given(Frequency::Sometimes),
        Response::Given(Frequency::Often),
        Response::Given(Frequency::Always),
        Response::Skip,
    ];

    pub fn frequency(self) -> Option<Frequency> {
        match self {
            Response::Given(f) => Some(f),
            Response::Skip => None,
        }
    }

    pub fn key(self) -> &'static str {
        self.frequency().map_or(Self::SKIP_KEY, Frequency::key)
    }

    pub fn from_key(key: &str) -> Option<Response> {
        match key {
            Self::SKIP_KEY => Some(Response::Skip),
            other => Frequency::from_key(other).map(Response::Given),
        }
    }
}

impl From<Frequency> for Response {
    fn from(f: Frequency) -> Self {
        Response::Given(f)
    }
}

impl Serialize for Response {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.key())
    }
}

impl<'de> Deserialize<'de> for Response {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let key = String::deserialize(d)?;
        Response::from_key(&key).ok_or_else(|| {
            serde::de::Error::unknown_variant(
                &key,
                &["never", "rarely", "sometimes", "often", "always", "skip"],
            )
        })
    }
}

/// A person's answers so far, keyed by question id. Order of answering never matters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(SmallMap<String, Response>);

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
        assert_eq!(
            Response::Given(Frequency::Often).frequency(),
            Some(Frequency::Often)
        );
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
        a.set("q", Response::Given(Frequency::Never));
        a.set("q", Response::Given(Frequency::Always));
        assert_eq!(a.get("q"), Some(Response::Given(Frequency::Always)));
        assert_eq!(a.len(), 1);
    }

    #[test]
    fn answers_serialise_as_a_plain_map() {
        let a: Answers = [("int_drained", Response::Given(Frequency::Often))]
            .into_iter()
            .collect();
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            r#"{"int_drained":"often"}"#
        );
    }
}
