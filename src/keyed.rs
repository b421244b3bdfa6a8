//! Closed sets with a stable key each (themes, lengths, frequencies, bands, safety signals, the
//! app's screens, the point of completion in an LMS): the key is written once, beside its variant, and is the only spelling used in files, URLs, CSS
//! classes and content look-ups, by `key()`, `from_key()` and serde alike.

/// Declares an enum whose variants each carry a key, with `ALL` (in the order declared), `key()`,
/// `from_key()`, and serde impls that read and write exactly those keys.
macro_rules! keyed {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $key:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in the order declared.
            pub const ALL: [$name; [$($key),+].len()] = [$($name::$variant),+];

            /// The stable key used in files, URLs, CSS classes and content look-ups.
            pub fn key(self) -> &'static str {
                match self {
                    $( $name::$variant => $key, )+
                }
            }

            /// The value with exactly this key.
            pub fn from_key(key: &str) -> Option<$name> {
                Self::ALL.into_iter().find(|v| v.key() == key)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.key())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let key = String::deserialize(d)?;
                $name::from_key(&key)
                    .ok_or_else(|| serde::de::Error::unknown_variant(&key, &[$($key),+]))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::assessment::{Band, Frequency, Length, SafetySignal, Theme};

    fn round_trips<T>(all: &[T], key: impl Fn(&T) -> &'static str, from: impl Fn(&str) -> Option<T>)
    where
        T: Copy + PartialEq + std::fmt::Debug + serde::Serialize + serde::de::DeserializeOwned,
    {
        for v in all {
            assert_eq!(from(key(v)), Some(*v));
            let json = serde_json::to_string(v).expect("writes");
            assert_eq!(json, format!("\"{}\"", key(v)), "serde writes the key");
            assert_eq!(serde_json::from_str::<T>(&json).expect("reads"), *v);
        }
        assert_eq!(from("no such key"), None);
        assert!(serde_json::from_str::<T>("\"no such key\"").is_err());
    }

    #[test]
    fn every_keyed_set_reads_and_writes_only_its_keys() {
        round_trips(&Theme::ALL, |t| t.key(), Theme::from_key);
        round_trips(&Length::ALL, |t| t.key(), Length::from_key);
        round_trips(&Frequency::ALL, |t| t.key(), Frequency::from_key);
        round_trips(&Band::ALL, |t| t.key(), Band::from_key);
        round_trips(&SafetySignal::ALL, |t| t.key(), SafetySignal::from_key);
    }

    #[test]
    fn keys_are_the_ones_files_already_use() {
        assert_eq!(Theme::Intensity.key(), "intensity");
        assert_eq!(Length::Pulse.key(), "pulse");
        assert_eq!(Frequency::Sometimes.key(), "sometimes");
        assert_eq!(Band::NeedsCare.key(), "needs-care");
        assert_eq!(SafetySignal::AcuteDistress.key(), "acute_distress");
        assert_eq!(
            Length::from_key("quick"),
            None,
            "the URL's alias is not a file key"
        );
    }
}
