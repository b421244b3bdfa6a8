//! A `config.json` being made with the form on For trainers: every field as the trainer typed it,
//! written out as the file (`Draft::to_json`, read back by [`super::config::parse`] with the same
//! problems and places as any file), and a valid file loaded back into the form
//! (`Draft::from_config`). Empty fields are left out, so they keep Full Cup's defaults; what is
//! typed is written as typed, so a mistake is found by the one reader, where it is.

use crate::assessment::Length;
use crate::content::Lang;

use super::config::{CompleteAt, Config, LocalContact, Modules, MAX_CONTACTS};

/// One contact as typed: a local contact, or the contact of a crisis line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DraftContact {
    pub name: String,
    pub phone: String,
    pub text: String,
    pub web: String,
    pub hours: String,
    pub about: String,
}

/// A crisis line as typed: its country, where it answers, and its contact.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DraftLine {
    pub country: String,
    pub region: String,
    pub contact: DraftContact,
}

/// The whole form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub organisation: String,
    pub organisation_line: String,
    pub contacts: Vec<DraftContact>,
    pub crisis_lines: Vec<DraftLine>,
    pub country: String,
    pub built_in_lines: bool,
    pub language: Option<Lang>,
    pub length: Option<Length>,
    pub modules: Modules,
    pub exit_url: String,
    pub lms_complete_at: CompleteAt,
    pub frame_height: bool,
}

impl Default for Draft {
    fn default() -> Self {
        Draft::from_config(&Config::default())
    }
}

/// The most contacts (and crisis lines) the form offers rows for: as many as a file may list.
pub const MAX_ROWS: usize = MAX_CONTACTS;

fn typed(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

impl DraftContact {
    fn from_contact(c: &LocalContact) -> DraftContact {
        DraftContact {
            name: c.name.clone(),
            phone: typed(&c.phone),
            text: typed(&c.text),
            web: typed(&c.web),
            hours: typed(&c.hours),
            about: typed(&c.about),
        }
    }

    fn fields(&self) -> [(&'static str, &str); 6] {
        [
            ("name", &self.name),
            ("phone", &self.phone),
            ("text", &self.text),
            ("web", &self.web),
            ("hours", &self.hours),
            ("about", &self.about),
        ]
    }
}

impl Draft {
    /// A valid file, loaded back into the form.
    pub fn from_config(config: &Config) -> Draft {
        Draft {
            organisation: typed(&config.organisation),
            organisation_line: typed(&config.organisation_line),
            contacts: config
                .contacts
                .iter()
                .map(DraftContact::from_contact)
                .collect(),
            crisis_lines: config
                .crisis_lines
                .iter()
                .map(|l| DraftLine {
                    country: l.country.clone(),
                    region: typed(&l.region),
                    contact: DraftContact::from_contact(&l.contact),
                })
                .collect(),
            country: typed(&config.country),
            built_in_lines: config.built_in_lines,
            language: config.language,
            length: config.length,
            modules: config.modules,
            exit_url: typed(&config.exit_url),
            lms_complete_at: config.lms_complete_at,
            frame_height: config.frame_height,
        }
    }

    /// The file, laid out as `config.example.json` is (two-space indents, its order of keys),
    /// with every field left empty in the form left out.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\n  \"$schema\": \"./config.schema.json\"");
        let mut field = |key: &str, value: String| {
            out.push_str(&format!(",\n  {}: {value}", quoted(key)));
        };
        let text = |s: &str| (!s.is_empty()).then(|| quoted(s));
        if let Some(v) = text(&self.organisation) {
            field("organisation", v);
        }
        if let Some(v) = text(&self.organisation_line) {
            field("organisation_line", v);
        }
        if !self.contacts.is_empty() {
            let items: Vec<String> = self.contacts.iter().map(|c| object(c.fields())).collect();
            field("contacts", list(&items));
        }
        if !self.crisis_lines.is_empty() {
            let items: Vec<String> = self
                .crisis_lines
                .iter()
                .map(|l| {
                    let mut fields = vec![("country", l.country.as_str())];
                    fields.push(("region", l.region.as_str()));
                    fields.extend(l.contact.fields());
                    object(fields)
                })
                .collect();
            field("crisis_lines", list(&items));
        }
        if let Some(v) = text(&self.country) {
            field("country", v);
        }
        if !self.built_in_lines {
            field("built_in_lines", "false".into());
        }
        if let Some(lang) = self.language {
            field("language", quoted(lang.tag()));
        }
        if let Some(length) = self.length {
            field("length", quoted(length.key()));
        }
        if self.modules != Modules::default() {
            let m = self.modules;
            field(
                "modules",
                format!(
                    "{{ \"history\": {}, \"pulse\": {}, \"plan\": {} }}",
                    m.history, m.pulse, m.plan
                ),
            );
        }
        if let Some(v) = text(&self.exit_url) {
            field("exit_url", v);
        }
        if self.lms_complete_at != CompleteAt::default() {
            field("lms_complete_at", quoted(self.lms_complete_at.key()));
        }
        if self.frame_height {
            field("frame_height", "true".into());
        }
        out.push_str("\n}\n");
        out
    }
}

/// A JSON string: quoted, with what JSON needs escaped (serde_json's own escaping).
fn quoted(s: &str) -> String {
    serde_json::Value::String(s.to_owned()).to_string()
}

/// An object of the fields that are not empty, one field per line inside a list.
fn object<'a>(fields: impl IntoIterator<Item = (&'static str, &'a str)>) -> String {
    let inner: Vec<String> = fields
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("      {}: {}", quoted(k), quoted(v)))
        .collect();
    if inner.is_empty() {
        "{}".into()
    } else {
        format!("{{\n{}\n    }}", inner.join(",\n"))
    }
}

fn list(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|i| format!("    {i}")).collect();
    format!("[\n{}\n  ]", inner.join(",\n"))
}

// Native only: the property test's generator (`proptest`) is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
