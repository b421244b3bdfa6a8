use proptest::prelude::*;

use super::*;
use crate::storage::config::{parse, CrisisLine, Located, Problem};

const EXAMPLE: &str = include_str!("../../../static/config.example.json");

#[test]
fn the_example_loaded_into_the_form_and_written_again_reads_the_same() {
    let config = parse(EXAMPLE).expect("the example is valid");
    let draft = Draft::from_config(&config);
    assert_eq!(parse(&draft.to_json()), Ok(config));
    // Written twice, the same bytes.
    assert_eq!(
        Draft::from_config(&parse(&draft.to_json()).unwrap()).to_json(),
        draft.to_json()
    );
}

#[test]
fn an_empty_form_writes_a_file_of_defaults_only() {
    let json = Draft::default().to_json();
    assert_eq!(json, "{\n  \"$schema\": \"./config.schema.json\"\n}\n");
    assert_eq!(parse(&json), Ok(Config::default()));
}

#[test]
fn what_is_typed_is_written_as_typed_so_the_reader_finds_each_mistake_where_it_is() {
    let mut draft = Draft::default();
    draft.contacts.push(DraftContact {
        name: "Warmline".into(),
        phone: "call me".into(),
        ..DraftContact::default()
    });
    // A row added and left empty.
    draft.contacts.push(DraftContact::default());
    draft.crisis_lines.push(DraftLine {
        country: "Malaysia".into(),
        contact: DraftContact {
            name: "Line".into(),
            web: "javascript:alert(1)".into(),
            ..DraftContact::default()
        },
        ..DraftLine::default()
    });
    draft.exit_url = "ftp://example.org".into();
    draft.country = "usa".into();
    let found: Vec<(String, Problem)> = parse(&draft.to_json())
        .expect_err("refused")
        .into_iter()
        .map(|Located { path, problem }| (path, problem))
        .collect();
    for expected in [
        ("contacts[0].phone", Problem::BadNumber),
        ("contacts[1].name", Problem::Empty),
        ("contacts[1]", Problem::NoWayToReach),
        ("crisis_lines[0].country", Problem::BadCountry),
        ("crisis_lines[0].web", Problem::NotAWebAddress),
        ("exit_url", Problem::NotAWebAddress),
        ("country", Problem::BadCountry),
    ] {
        assert!(
            found.contains(&(expected.0.to_owned(), expected.1.clone())),
            "{expected:?} in {found:?}"
        );
    }
    // Text needing escapes stays one valid JSON string.
    let quoting = Draft {
        organisation: "Café \"Río\" \\ <b>".into(),
        ..Draft::default()
    };
    let config = parse(&quoting.to_json()).expect("valid");
    assert_eq!(config.organisation.as_deref(), Some("Café \"Río\" \\ <b>"));
}

#[test]
fn turning_off_the_built_in_lines_without_lines_of_ones_own_is_refused() {
    let draft = Draft {
        built_in_lines: false,
        ..Draft::default()
    };
    let problems = parse(&draft.to_json()).expect_err("refused");
    assert!(problems
        .iter()
        .any(|l| l.path == "built_in_lines" && l.problem == Problem::NoLinesLeft));
}

fn text() -> impl Strategy<Value = String> {
    "[A-Za-z0-9 .,'!?&<>\"\\\\éíñ؟ا-ي]{1,40}".prop_map(|s| {
        let t = s.trim().to_owned();
        if t.is_empty() {
            "x".into()
        } else {
            t
        }
    })
}

fn maybe(s: impl Strategy<Value = String>) -> impl Strategy<Value = Option<String>> {
    proptest::option::of(s)
}

fn number() -> impl Strategy<Value = String> {
    "\\+?[0-9]{1,3}( [0-9]{2,4}){1,3}"
}

fn contact() -> impl Strategy<Value = LocalContact> {
    (
        text(),
        maybe(number()),
        maybe(number()),
        maybe("https://example\\.org/[a-z]{0,8}"),
        maybe(text()),
        maybe(text()),
    )
        .prop_map(|(name, phone, text, web, hours, about)| {
            let phone = if phone.is_none() && text.is_none() && web.is_none() {
                Some("+1 202 555 0100".into())
            } else {
                phone
            };
            LocalContact {
                name,
                phone,
                text,
                web,
                hours,
                about,
            }
        })
}

fn real_country() -> impl Strategy<Value = String> {
    proptest::sample::select(vec!["US", "MY", "GB", "MX", "EG", "ES", "AU"]).prop_map(String::from)
}

fn config() -> impl Strategy<Value = Config> {
    (
        (maybe(text()), maybe(text())),
        proptest::collection::vec(contact(), 0..4),
        proptest::collection::vec(
            (real_country(), maybe(text()), contact()).prop_map(|(country, region, contact)| {
                CrisisLine {
                    country,
                    region,
                    contact,
                }
            }),
            0..3,
        ),
        (
            proptest::option::of(proptest::sample::select(Lang::ALL.to_vec())),
            proptest::option::of(proptest::sample::select(Length::ALL.to_vec())),
            any::<(bool, bool, bool)>(),
            maybe("https://[a-z]{1,10}\\.org/".prop_map(String::from)),
            proptest::sample::select(CompleteAt::ALL.to_vec()),
            any::<(bool, bool)>(),
            proptest::option::of(real_country()),
        ),
    )
        .prop_map(
            |(
                (organisation, organisation_line),
                contacts,
                crisis_lines,
                (
                    language,
                    length,
                    (history, pulse, plan),
                    exit_url,
                    complete,
                    (frame, built_in),
                    country,
                ),
            )| {
                Config {
                    organisation,
                    organisation_line,
                    built_in_lines: built_in || crisis_lines.is_empty(),
                    contacts,
                    crisis_lines,
                    language,
                    length,
                    modules: Modules {
                        history,
                        pulse,
                        plan,
                    },
                    exit_url,
                    lms_complete_at: complete,
                    country,
                    frame_height: frame,
                }
            },
        )
}

proptest! {
    #[test]
    fn any_valid_file_goes_into_the_form_and_comes_out_the_same(config in config()) {
        let json = Draft::from_config(&config).to_json();
        prop_assert_eq!(parse(&json), Ok(config), "{}", json);
    }
}
