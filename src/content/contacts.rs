//! The built-in crisis and support lines shown by "Get help now" and the support panel: the data
//! file of every line Full Cup ships, with the countries each answers, its number, and the source
//! it was checked against and when. Names and numbers are the same in every language; how each
//! line is described (its region and who it is for) lives in each language's locale, keyed by
//! `id`. Which lines a copy shows, and which country comes first, are settings
//! ([`crate::settings::Settings`]). A number that could not be confirmed from a reliable source
//! is left out: a wrong crisis number is worse than none.

/// A line a person can call or text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// Keys the line's description in each locale.
    pub id: &'static str,
    /// The countries it answers, as ISO 3166-1 alpha-2 codes.
    pub countries: &'static [&'static str],
    pub name: &'static str,
    /// The number as people write it locally.
    pub number: &'static str,
    /// The number for a `tel:` link (digits and a leading `+` only).
    pub dial: &'static str,
    /// True when the same number also takes text messages.
    pub text: bool,
    /// The page the number and its details were checked against (kept in the data file and the
    /// tests, not in the app's download).
    #[cfg(not(target_arch = "wasm32"))]
    pub source: &'static str,
    /// When they were last checked (YYYY-MM-DD).
    #[cfg(not(target_arch = "wasm32"))]
    pub checked: &'static str,
}

impl Line {
    pub fn answers(&self, country: &str) -> bool {
        self.countries
            .iter()
            .any(|c| c.eq_ignore_ascii_case(country))
    }
}

pub static BUILT_IN: &[Line] = &[
    Line {
        id: "us_988",
        countries: &["US"],
        name: "988 Suicide & Crisis Lifeline",
        number: "988",
        dial: "988",
        text: true,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://988lifeline.org/get-help/what-to-expect/",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-11-23",
    },
    Line {
        id: "us_samhsa",
        countries: &["US"],
        name: "SAMHSA National Helpline",
        number: "1-800-662-4357",
        dial: "18006624357",
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.samhsa.gov/find-help/national-helpline",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-11-23",
    },
    Line {
        id: "ca_988",
        countries: &["CA"],
        name: "9-8-8 Suicide Crisis Helpline",
        number: "988",
        dial: "988",
        text: true,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-11-23",
    },
    Line {
        id: "uk_samaritans",
        countries: &["GB", "IE"],
        name: "Samaritans",
        number: "116 123",
        dial: "116123",
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-11-23",
    },
    Line {
        id: "au_lifeline",
        countries: &["AU"],
        name: "Lifeline",
        number: "13 11 14",
        dial: "131114",
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.lifeline.org.au/resources/news-and-media-releases/media-releases/",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-11-23",
    },
    Line {
        id: "nz_1737",
        countries: &["NZ"],
        name: "Need to talk?",
        number: "1737",
        dial: "1737",
        text: true,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-11-23",
    },
    // Spain's national suicide-prevention line, run for the Ministry of Health. No page of the
    // ministry was reachable to check against; the source is the report of its launch by RTVE,
    // Spain's public broadcaster, and many reports since agree on the number and on its being
    // free, confidential and open at all hours.
    Line {
        id: "es_024",
        countries: &["ES"],
        name: "Línea 024",
        number: "024",
        dial: "024",
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-11-23",
    },
    // Mexico's national line for mental health and substance use, a programme of the Ministry of
    // Health run by its mental-health and addictions commission (CONASAMA). No page of the
    // ministry was reachable to check against; the source is El Universal's report of the
    // commission's 2025 figures ("800-911-2000 y no tiene costo", open "las 24 horas del día, los
    // 365 días del año"); Proceso's report of the ministry's release of 2025-10-11 gives the
    // same number.
    Line {
        id: "mx_linea_vida",
        countries: &["MX"],
        name: "Línea de la Vida",
        number: "800 911 2000",
        dial: "8009112000",
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-11-24",
    },
    // Malaysia's Ministry of Health mental-health crisis line. Checked against the Health
    // Minister's figures for it reported on 2026-01-06, and Bernama's report of the ministry's
    // answer in Parliament (2024); the ministry's own page was not reachable. Its hours are not
    // given: the only ones reported (8 am to midnight) date from its launch in 2022.
    Line {
        id: "my_heal",
        countries: &["MY"],
        name: "Talian HEAL",
        number: "15555",
        dial: "15555",
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.kosmo.com.my/2026/01/06/talian-bantuan-kesihatan-mental-terima-163709-panggilan-sejak-2022",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-11-23",
    },
    // Egypt's national addiction-treatment line, of the Fund for Drug Control and Treatment of
    // Addiction (Ministry of Social Solidarity). Checked against Ahram Online's report of the
    // ministry's figures; the same number is reported by the ministry every year since 2017.
    Line {
        id: "eg_16023",
        countries: &["EG"],
        name: "صندوق مكافحة وعلاج الإدمان والتعاطي",
        number: "16023",
        dial: "16023",
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://english.ahram.org.eg/NewsContent/1/1236/498821/Egypt/Health/Egypt;s-antiaddiction-hotline-receives-,-calls-dur.aspx",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-11-23",
    },
    // Lebanon's national emotional support and suicide prevention line, run by the charity
    // Embrace with the Ministry of Public Health's mental health programme. Checked against
    // franceinfo's report from the line in 2021 ("Le numéro 1564 est l'unique ligne d'écoute de
    // prévention au suicide au Liban"; AFP in 2021: a free number, «numéro vert»); franceinfo
    // reported the line still answering, open at all hours, in October 2024. Its hours have
    // changed over the years (21 hours a day in 2021), so none are given.
    Line {
        id: "lb_1564",
        countries: &["LB"],
        name: "Embrace Lifeline",
        number: "1564",
        dial: "1564",
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.francetvinfo.fr/monde/proche-orient/liban/reportage-au-liban-la-ligne-de-prevention-du-suicide-croule-sous-les-demandes-on-recoit-des-appels-d-enfants_4829413.html",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-11-24",
    },
    // Qatar's National Mental Health Helpline, run by Hamad Medical Corporation (the state health
    // service) with the Ministry of Public Health, reached through the corporation's free line
    // 16000 and its menu. Checked against Qatar Day's report of the Ministry's and HMC's campaign
    // (2024-01-24: call 16000, choose the language and press 4; Saturday to Thursday, 8 am to
    // 6 pm; outside those hours, any emergency department) and HMC's own report of the helpline
    // on 2024-05-13. The menu and hours have changed since 2020, so the note says "daytime only,
    // and not every day" and "the mental health option" rather than an hour, a day or a key.
    Line {
        id: "qa_16000",
        countries: &["QA"],
        name: "Hamad Medical Corporation",
        number: "16000",
        dial: "16000",
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://qatarday.com/mental-health-support-included-in-urgent-care-services/54112/0",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-11-24",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dial_strings_are_only_digits_and_match_the_shown_number() {
        for c in BUILT_IN {
            assert!(
                c.dial.chars().all(|ch| ch.is_ascii_digit() || ch == '+'),
                "{}",
                c.name
            );
            let shown: String = c.number.chars().filter(char::is_ascii_digit).collect();
            assert_eq!(shown, c.dial, "{}", c.name);
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_line_names_its_countries_its_source_and_when_it_was_checked() {
        for c in BUILT_IN {
            assert!(!c.countries.is_empty(), "{}", c.id);
            for country in c.countries {
                assert!(
                    country.len() == 2 && country.chars().all(|ch| ch.is_ascii_uppercase()),
                    "{}: {country}",
                    c.id
                );
            }
            assert!(
                c.source.starts_with("https://") && c.source.len() > "https://".len() + 3,
                "{}: a line without a source",
                c.id
            );
            let date: Vec<&str> = c.checked.split('-').collect();
            assert!(
                date.len() == 3
                    && date[0].len() == 4
                    && date[1].len() == 2
                    && date[2].len() == 2
                    && date.iter().all(|p| p.chars().all(|ch| ch.is_ascii_digit()))
                    && ("01".."13").contains(&date[1])
                    && ("01".."32").contains(&date[2]),
                "{}: a line without a date it was checked ({})",
                c.id,
                c.checked
            );
        }
        let mut ids: Vec<&str> = BUILT_IN.iter().map(|c| c.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), BUILT_IN.len(), "ids are unique");
    }

    #[test]
    fn the_us_988_line_and_samhsa_are_present() {
        assert!(BUILT_IN.iter().any(|c| c.dial == "988" && c.id == "us_988"));
        assert!(BUILT_IN.iter().any(|c| c.dial == "18006624357"));
    }
}
