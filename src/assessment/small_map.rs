//! A map for the short keyed lists Full Cup keeps: a person's answers (at most one per question,
//! under 60) and a saved check-in's levels (at most eight). A vector kept in key order does it in a
//! few lines. The standard `BTreeMap` is built for large maps, and each kind of key and value it
//! holds adds its own copy of the tree's code to the WebAssembly, along with a sort for `collect`.
//!
//! It reads and writes as a JSON object, key by key in key order, exactly as `BTreeMap` does, so
//! the files and records written before are read the same. A key given twice keeps its last value.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The most entries a map read from JSON may hold (a check-in has one answer per question).
pub const MAX_ENTRIES: usize = 4096;

/// Key–value pairs kept in key order, each key once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmallMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SmallMap<K, V> {
    fn default() -> Self {
        SmallMap(Vec::new())
    }
}

impl<K: Ord, V> SmallMap<K, V> {
    /// Sets the value for `key`, replacing any value it had. A key after every other (as when
    /// reading a file, whose keys come in order) is added at the end at once.
    pub fn insert(&mut self, key: K, value: V) {
        if self.0.last().is_none_or(|(last, _)| *last < key) {
            self.0.push((key, value));
            return;
        }
        match self.0.binary_search_by(|(k, _)| k.cmp(&key)) {
            Ok(i) => self.0[i].1 = value,
            Err(i) => self.0.insert(i, (key, value)),
        }
    }

    /// The value for a key, looked up by anything the key can be borrowed as (a `&str` for a
    /// `String` key). A scan, comparing lengths before bytes: over the 48 question ids it took
    /// 17 ns a lookup against the tree's 15, where a binary search of the same keys took 54.
    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: std::borrow::Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.0
            .iter()
            .find(|(k, _)| k.borrow() == key)
            .map(|(_, v)| v)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Every pair, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// Every value, in key order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&K, &V) -> bool) {
        self.0.retain(|(k, v)| keep(k, v));
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SmallMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = SmallMap::default();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}

impl<K: Serialize, V: Serialize> Serialize for SmallMap<K, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de, K: Ord + Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for SmallMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Pairs<K, V>(PhantomData<(K, V)>);
        impl<'de, K: Ord + Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for Pairs<K, V> {
            type Value = SmallMap<K, V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut pairs: A) -> Result<Self::Value, A::Error> {
                let mut map = SmallMap::default();
                while let Some((k, v)) = pairs.next_entry()? {
                    // Far more than any check-in holds: an edited file cannot make reading it
                    // slow by the square of its size.
                    if map.len() == MAX_ENTRIES {
                        return Err(serde::de::Error::invalid_length(
                            MAX_ENTRIES + 1,
                            &"at most 4096 entries",
                        ));
                    }
                    map.insert(k, v);
                }
                Ok(map)
            }
        }
        d.deserialize_map(Pairs(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::small_sort::permutations;
    use std::collections::BTreeMap;

    #[test]
    fn behaves_as_the_standard_map_for_every_order_of_inserts_with_repeated_keys() {
        // Keys repeat, so a later insert must replace an earlier one as BTreeMap's does.
        let mut pairs: Vec<(u8, u8)> = [3u8, 1, 3, 0, 2, 1, 3].iter().copied().zip(0..).collect();
        let mut all = Vec::new();
        permutations(&mut pairs, 7, &mut all);
        for order in all {
            let ours: SmallMap<u8, u8> = order.iter().copied().collect();
            let std: BTreeMap<u8, u8> = order.iter().copied().collect();
            assert_eq!(ours.len(), std.len());
            assert!(ours.iter().eq(std.iter()), "{order:?}");
            for k in 0..5 {
                assert_eq!(ours.get(&k), std.get(&k));
            }
        }
    }

    #[test]
    fn retain_and_clear_keep_the_order() {
        let mut map: SmallMap<String, u8> = [("b", 2), ("a", 1), ("c", 3)]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        map.retain(|k, _| k != "b");
        assert_eq!(
            map.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
            ["a", "c"]
        );
        assert_eq!(map.get("c"), Some(&3));
        assert_eq!(map.get("b"), None);
        map.clear();
        assert!(map.is_empty());
    }

    #[test]
    fn reads_and_writes_json_exactly_as_the_standard_map() {
        for text in [
            r#"{}"#,
            r#"{"b":2,"a":1}"#,
            r#"{"a":1,"a":5,"c":0}"#,
            r#"{"z":255,"m":7,"b":0,"y":1}"#,
        ] {
            let ours: SmallMap<String, u8> = serde_json::from_str(text).unwrap();
            let std: BTreeMap<String, u8> = serde_json::from_str(text).unwrap();
            assert_eq!(
                serde_json::to_string(&ours).unwrap(),
                serde_json::to_string(&std).unwrap(),
                "{text}"
            );
        }
        let many = |n: usize| {
            let pairs: Vec<String> = (0..n).rev().map(|i| format!("\"k{i:05}\":1")).collect();
            format!("{{{}}}", pairs.join(","))
        };
        let most: SmallMap<String, u8> = serde_json::from_str(&many(MAX_ENTRIES)).unwrap();
        assert_eq!(most.len(), MAX_ENTRIES);
        assert!(most.iter().map(|(k, _)| k).is_sorted());
        assert!(serde_json::from_str::<SmallMap<String, u8>>(&many(MAX_ENTRIES + 1)).is_err());
        for bad in [
            r#"[]"#,
            r#"{"a":"x"}"#,
            r#"{"a":256}"#,
            r#"null"#,
            r#"{"a":1"#,
        ] {
            assert!(
                serde_json::from_str::<SmallMap<String, u8>>(bad).is_err(),
                "{bad}"
            );
            assert!(
                serde_json::from_str::<BTreeMap<String, u8>>(bad).is_err(),
                "{bad}"
            );
        }
    }
}
