//! The built-in crisis and support lines shown by "Get help now" and the support panel: the data
//! file of every line Full Cup ships, with the countries each answers, its number, and the source
//! it was checked against and when. Names and numbers are the same in every language; how each
//! line is described (its region and who it is for) lives in each language's locale, keyed by
//! `id`. Which lines a copy shows, and which country comes first, are settings
//! ([`crate::settings::Settings`]). A number that could not be confirmed from a reliable source
//! is left out: a wrong crisis number is worse than none.

/// What a line is for. For each country, the lines for a crisis or for mental health come before
/// those for drug and alcohol use and those that refer people on: for thoughts of not wanting to be
/// alive, the first line shown must be one that is there for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum LineKind {
    /// A crisis, suicide-prevention or mental-health line.
    Crisis,
    /// Help with drug or alcohol use.
    Substance,
    /// Information and referral to treatment (not a crisis or counselling line).
    Referral,
}

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
    /// The number for a `tel:` link: digits, with a `+` and the country code wherever the national
    /// number could reach someone else from another country (a toll-free number, say); `None`
    /// when a phone link cannot dial it (a code with `*`), so it is shown to dial by hand.
    pub dial: Option<&'static str>,
    /// True when the same number also takes text messages.
    pub text: bool,
    pub kind: LineKind,
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
        dial: Some("988"),
        kind: LineKind::Crisis,
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
        dial: Some("+18006624357"),
        kind: LineKind::Referral,
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
        dial: Some("988"),
        kind: LineKind::Crisis,
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
        dial: Some("116123"),
        kind: LineKind::Crisis,
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
        dial: Some("131114"),
        kind: LineKind::Crisis,
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
        dial: Some("1737"),
        kind: LineKind::Crisis,
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
        dial: Some("024"),
        kind: LineKind::Crisis,
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
        dial: Some("+528009112000"),
        kind: LineKind::Crisis,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-11-24",
    },
    // Malaysia's Ministry of Health mental-health crisis line. Checked against the Health
    // Minister's figures for it reported on 2026-01-06, and Bernama's report of the ministry's
    // answer in Parliament (2024); the ministry's own page was not reachable. Its hours, 8 am to
    // midnight every day, are the Director-General of Health's (Media Madani, 2023-09-10:
    // https://mediamadani.com/2023/09/10/talian-heal-15555-terima-34346-panggilan-hingga-ogos-kp-kesihatan),
    // the newest statement found; calls are charged at normal rates (the Deputy Health Minister in
    // Parliament, 2024).
    Line {
        id: "my_heal",
        countries: &["MY"],
        name: "Talian HEAL",
        number: "15555",
        dial: Some("15555"),
        kind: LineKind::Crisis,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.kosmo.com.my/2026/01/06/talian-bantuan-kesihatan-mental-terima-163709-panggilan-sejak-2022",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-11-23",
    },
    // The hotline of the Ministry of Health's General Secretariat of Mental Health and Addiction
    // Treatment (El Nabaa: 16328, free, 24 hours, for psychological consultations; Mohajer, 2023,
    // the same number and secretariat). One later report calls it a line for addiction questions,
    // so its note names both.
    Line {
        id: "eg_16328",
        countries: &["EG"],
        name: "الخط الساخن للصحة النفسية",
        number: "16328",
        dial: Some("16328"),
        kind: LineKind::Crisis,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://elnabaa.net/947913/%d8%a7%d9%84%d8%b5%d8%ad%d8%a9-%d8%aa%d8%b6%d8%b9-%d8%b1%d9%82%d9%85-%d8%b3%d8%a7%d8%ae%d9%86-%d9%84%d9%85%d9%86-%d9%8a%d9%88%d8%a7%d8%ac%d9%87-%d8%b6%d8%ba%d9%88%d8%b7-%d9%86%d9%81%d8%b3%d9%8a%d8%a9-%d9%88%d8%ad%d9%8a%d8%a7%d8%aa%d9%8a%d8%a9",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    // Egypt's national addiction-treatment line, of the Fund for Drug Control and Treatment of
    // Addiction (Ministry of Social Solidarity). Checked against Ahram Online's report of the
    // ministry's figures; the same number is reported by the ministry every year since 2017.
    Line {
        id: "eg_16023",
        countries: &["EG"],
        name: "صندوق مكافحة وعلاج الإدمان والتعاطي",
        number: "16023",
        dial: Some("16023"),
        kind: LineKind::Substance,
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
        dial: Some("1564"),
        kind: LineKind::Crisis,
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
        dial: Some("16000"),
        kind: LineKind::Crisis,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://qatarday.com/mental-health-support-included-in-urgent-care-services/54112/0",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-11-24",
    },
    // India's national tele-mental health line (Ministry of Health and Family Welfare). Checked
    // against The Shillong Times (2025-02-07: the toll-free number 14416, launched in 2022) and The
    // Indian Awaaz (2023: a 24 x 7 service on 14416). The second number, 1-800-891-4416, could not
    // be confirmed and is left out.
    Line {
        id: "in_tele_manas",
        countries: &["IN"],
        name: "Tele MANAS",
        number: "14416",
        dial: Some("14416"),
        kind: LineKind::Crisis,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://theshillongtimes.com/2025/02/07/tele-manas-mental-health-helpline-handles-over-18-1-lakh-calls-centre/",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    // The National Center for Mental Health's crisis hotline (Department of Health). Checked
    // against the Manila Standard (about 2020: 1553, its toll-free landline, and 0917-899-8727).
    // A 2026 report of the Philippine News Agency was seen giving both numbers, but its page
    // could not be found again, so the date rests on the 2020 source. Its other mobile numbers
    // have changed over the years and are left out.
    Line {
        id: "ph_ncmh",
        countries: &["PH"],
        name: "NCMH Crisis Hotline",
        number: "1553",
        dial: Some("1553"),
        kind: LineKind::Crisis,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://manilastandard.net/news/national/353499/pinoys-seeking-psychological-first-aid-triples-amid-pandemic-.html",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    // The same hotline's mobile number, from the Department of Health's release at its launch
    // (2019: 0917 899 8727, operated 24/7), still given in 2026 reports.
    Line {
        id: "ph_ncmh_mobile",
        countries: &["PH"],
        name: "NCMH Crisis Hotline",
        number: "0917 899 8727",
        dial: Some("+639178998727"),
        kind: LineKind::Crisis,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://doh.gov.ph/press-release/launch-of-the-ncmh-crisis-hotline/",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    // The Department of Social Development's 24-hour Substance Abuse Helpline, run with SADAG (The
    // Citizen, 2024-06-28). SADAG's suicide crisis line (0800 567 567) was found only in a 2019
    // newspaper copy and is left out until a current source confirms it.
    Line {
        id: "za_substance",
        countries: &["ZA"],
        name: "Substance Abuse Helpline",
        number: "0800 12 13 14",
        dial: Some("+27800121314"),
        kind: LineKind::Substance,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://citizen.co.za/alberton-record/news-headlines/local-news/2024/06/28/sadag-highlights-battle-against-addiction/amp",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    // Singapore's national mental health line, from the Ministry of Health's release (2025-06-18:
    // call 1771, round the clock).
    Line {
        id: "sg_mindline",
        countries: &["SG"],
        name: "national mindline 1771",
        number: "1771",
        dial: Some("1771"),
        kind: LineKind::Crisis,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.moh.gov.sg/newsroom/national-mindline-1771-to-provide--round-the-clock-support-for-mental-health",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    // Samaritans of Singapore, from CNA (2022-09: call 1767, or text 9151 1767); a 2025 CNA report
    // with the same numbers was seen only in a copy on another site.
    Line {
        id: "sg_sos",
        countries: &["SG"],
        name: "Samaritans of Singapore",
        number: "1767",
        dial: Some("1767"),
        kind: LineKind::Crisis,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.channelnewsasia.com/singapore/suicide-whatsapp-service-caretext-samaritans-singapore-help-2929241?cid=cna_flip_070214",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    // The national Ministry of Health's line for mental health emergencies, run by the Hospital
    // Nacional Laura Bonaparte (Morón Digital, 2022-09-11: 0800-999-0091, at all hours, every day;
    // Cba24n the same). No 2026 report was found.
    Line {
        id: "ar_salud_mental",
        countries: &["AR"],
        name: "Línea de salud mental",
        number: "0800 999 0091",
        dial: Some("+548009990091"),
        kind: LineKind::Crisis,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://morondigital.com.ar/2022/09/11/nueva-linea-de-orientacion-y-apoyo-en-la-urgencia-de-salud-mental/",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    // SEDRONAR's line for drug and alcohol use (Télam, 2022-02: Línea 141, anonymous and free, 24
    // hours every day).
    Line {
        id: "ar_sedronar",
        countries: &["AR"],
        name: "Línea 141 SEDRONAR",
        number: "141",
        dial: Some("141"),
        kind: LineKind::Substance,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.telam.com.ar/notas/202202/583415-gabriela-torres-titular-sedronar-consumo-problematico-estigmatizacion.html",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    // The Ministry of Health's suicide prevention line (La Tercera, 2025-10-28: *4141, free and
    // confidential, 24/7 since 2023, from mobile phones). A phone link cannot dial the *, so it is
    // shown to dial by hand.
    Line {
        id: "cl_4141",
        countries: &["CL"],
        name: "Línea *4141",
        number: "*4141",
        dial: None,
        kind: LineKind::Crisis,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.latercera.com/nacional/noticia/fono-4141-de-prevencion-del-suicidio-mas-de-227000-llamadas-atendidas-en-tres-anos/",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    // SENDA's line for drugs and alcohol (Ovejero Noticias, 2025-08-11: 1412, free, confidential,
    // 24 hours).
    Line {
        id: "cl_senda",
        countries: &["CL"],
        name: "Fono Drogas y Alcohol SENDA",
        number: "1412",
        dial: Some("1412"),
        kind: LineKind::Substance,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.ovejeronoticias.cl/2025/08/senda-magallanes-se-sumo-a-despliegue-nocturno-para-prevenir-riesgos-en-contextos-de-diversion/",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    // The Ministry of Health's line 113, option 5 for mental health (Panamericana, 2026-03-02;
    // Infobae, 2025-08-16: free, 24 hours, every day).
    Line {
        id: "pe_113",
        countries: &["PE"],
        name: "Línea 113",
        number: "113",
        dial: Some("113"),
        kind: LineKind::Crisis,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://panamericana.pe/salud/466160-minsa-refuerza-lineas-gratuitas-atencion-salud-mental-nivel-nacional",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    // Brunei's national mental health line, of the Ministry of Health (Borneo Bulletin, about 2024:
    // Talian Harapan 145, now around the clock; free since its launch in 2019).
    Line {
        id: "bn_harapan",
        countries: &["BN"],
        name: "Talian Harapan",
        number: "145",
        dial: Some("145"),
        kind: LineKind::Crisis,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://borneobulletin.com.bn/increased-callers-to-talian-harapan-following-24-hour-expansion",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    // Emirates Health Services' free line for emotional support (Al Etihad, 2026-03-05: 8008877,
    // every day, 9 am to 9 pm). Abu Dhabi's 800-SAKINA was reopened in 2026 but no source gives its
    // digits, so it is left out.
    Line {
        id: "ae_ehs",
        countries: &["AE"],
        name: "Emirates Health Services",
        number: "8008877",
        dial: Some("8008877"),
        kind: LineKind::Crisis,
        text: false,
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.aletihad.ae/news/%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA/4649310/10-%D8%A2%D9%84%D8%A7%D9%81-%D9%85%D8%B3%D8%AA%D9%81%D9%8A%D8%AF-%D9%85%D9%86-%D9%85%D8%A8%D8%A7%D8%AF%D8%B1%D8%A9--%D8%AA%D8%AD%D8%AF%D8%AB-%D9%84%D9%86%D8%B3%D9%85%D8%B9%D9%83--%D9%84%D9%84%D8%B5%D8%AD%D8%A9-%D8%A7%D9%84%D9%86%D9%81%D8%B3%D9%8A%D8%A9",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
];

/// A country's emergency number (ambulance, or the one number for every emergency), shown first
/// with its lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Emergency {
    /// ISO 3166-1 alpha-2.
    pub country: &'static str,
    /// The number as people write it.
    pub number: &'static str,
    /// The page it was checked against, and when (kept in the data file and the tests).
    #[cfg(not(target_arch = "wasm32"))]
    pub source: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub checked: &'static str,
}

/// Emergency numbers, one a country (the general one, or the ambulance's where there is no single
/// number), each checked against a reliable source like the lines above.
// Each number was read in its source on the date given. Where a country has more than one number,
// the one for every emergency is kept, else the ambulance's: Egypt 123 (ambulance; 122 is the
// police), Lebanon 140 (the Red Cross ambulance), Saudi Arabia 997 (the Red Crescent ambulance;
// 911 answers only in some regions), Chile 131 (SAMU), Peru 106 (SAMU), Brunei 991 (ambulance),
// Singapore 995 (the civil defence ambulance), the UAE 999 (the police, who dispatch help; the
// ambulance's 998 could not be confirmed). Left out: Argentina (numbers differ by province),
// Morocco and Nigeria (no source good enough). South Africa's 112 answers from any mobile phone;
// 10177 may be retired. The US page is the FCC's own, read over http and linked here as https.
pub static EMERGENCY: &[Emergency] = &[
    Emergency {
        country: "US",
        number: "911",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.fcc.gov/encyclopedia/9-1-1-and-e9-1-1-services",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "CA",
        number: "911",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.gnb.ca/en/topic/laws-safety/community-safety/911.html",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "GB",
        number: "999",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.swast.nhs.uk/when-to-call-999",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "IE",
        number: "112",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www2.hse.ie/emergencies/when-to-call-112-or-999/",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "AU",
        number: "000",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.police.nsw.gov.au/?a=6943",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "NZ",
        number: "111",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/111-emergency-service/",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "IN",
        number: "112",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.ndtv.com/india-news/112-india-all-in-one-emergency-helpline-number-to-be-launched-today-1995582",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "PH",
        number: "911",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://mb.com.ph/article/10883568/philippines/national/span-stylefont-weight-400-text-align-start-white-space-normal-color-rgb34-34-34-font-family-dilg-nationwide-unified-emergency-hotline-911-rollout-starts-on-sept-11-span",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "ZA",
        number: "112",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.citizen.co.za/news/tshwane-107-emergency-number-ems-weather-warning/",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "SG",
        number: "995",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.scdf.gov.sg/home/about-us/information/scdf-emergency-medical-service-and-1777",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "ES",
        number: "112",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.boe.es/buscar/doc.php?id=BOE-A-1997-14058&lang=es",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "MX",
        number: "911",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado?idiom=es",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "CO",
        number: "123",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://wradio.com.co/2023/08/25/numero-para-llamar-a-emergencias-es-el-mismo-en-toda-colombia/?outputType=amp",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "CL",
        number: "131",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.radiopolar.com/samu-magallanes-refuerza-llamado-prevencion-responsable-131-ano",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "PE",
        number: "106",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.infobae.com/peru/2026/01/06/linea-106-del-samu-atendio-casi-10-mil-llamadas-de-emergencia-en-navidad-2025-y-ano-nuevo-2026/",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "MY",
        number: "999",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://web11.bernama.com/en/general/news.php?id=2493946",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "BN",
        number: "991",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.bruneitribune.com/sms-for-individuals-who-have-been-confirmed-positive-the-public-is-advised-not-to-misuse-the-991-ambulance-line-2-directive-violations-issued-with-compound-fines/",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "EG",
        number: "123",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.elmhata.com/archives/4548",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "LB",
        number: "140",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://thisisbeirut.com.lb/articles/1315295/from-war-zones-to-wards-how-lrc-keeps-lebanon-alive",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "QA",
        number: "999",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://wgoqatar.com/180195",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "SA",
        number: "997",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.zawya.com/en/life/makkah-red-crescent-heightens-readiness-level-amid-heavy-rain-vym08nl5",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "AE",
        number: "999",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://khaleejtimes.com/uae/dubai-dial-999-only-for-emergencies-residents-urged-after-hotline-gets-over-71000-calls-during-ei?amp=1",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "JO",
        number: "911",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://www.alalam.ir/news/4812726/%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86-314-%D8%A3%D9%84%D9%81-%D8%A8%D9%84%D8%A7%D8%BA-%D8%B9%D9%84%D9%89-%D8%B1%D9%82%D9%85-%D8%A7%D9%84%D8%B7%D9%88%D8%A7%D8%B1%D8%A6-%D8%AE%D9%84%D8%A7%D9%84-24-%D8%B3%D8%A7%D8%B9%D8%A9",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
    Emergency {
        country: "IQ",
        number: "911",
        #[cfg(not(target_arch = "wasm32"))]
        source: "https://ultrairaq.ultrasawt.com/%D8%A7%D9%84%D8%AF%D8%A7%D8%AE%D9%84%D9%8A%D8%A9-%D9%85%D8%B1%D9%83%D8%B2-%D8%A7%D9%84%D8%B7%D9%88%D8%A7%D8%B1%D8%A6-%D8%A7%D9%84%D9%85%D9%88%D8%AD%D8%AF-911-%D9%8A%D8%B3%D8%AA%D9%82%D8%A8%D9%84-%D8%A7%D9%84%D8%A7%D8%AA%D8%B5%D8%A7%D9%84%D8%A7%D8%AA-%D8%A8%D8%AE%D9%85%D8%B3-%D9%84%D8%BA%D8%A7%D8%AA/%D8%A7%D9%84%D8%AA%D8%B1%D8%A7-%D8%B9%D8%B1%D8%A7%D9%82/%D9%85%D8%AC%D8%AA%D9%85%D8%B9",
        #[cfg(not(target_arch = "wasm32"))]
        checked: "2026-12-06",
    },
];

/// The emergency number of `country`, if Full Cup knows it.
pub fn emergency(country: &str) -> Option<&'static Emergency> {
    EMERGENCY
        .iter()
        .find(|e| e.country.eq_ignore_ascii_case(country))
}

/// A directory of free helplines in most countries, offered where Full Cup knows no line for the
/// country chosen. A plain link: nothing is requested from it until the person opens it.
pub const DIRECTORY: &str = "https://findahelpline.com";

/// Where a wrong country code could send a person, in numbers: a national number of this many
/// digits or more is dialled with its country code, so that from another country it can only reach
/// the line itself (or nothing), never a stranger.
pub const INTERNATIONAL_FROM_DIGITS: usize = 8;

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(s: &str) -> String {
        s.chars().filter(char::is_ascii_digit).collect()
    }

    #[test]
    fn dial_strings_are_only_digits_and_match_the_shown_number() {
        for c in BUILT_IN {
            match c.dial {
                Some(dial) => {
                    assert!(
                        dial.strip_prefix('+')
                            .unwrap_or(dial)
                            .chars()
                            .all(|ch| ch.is_ascii_digit()),
                        "{}",
                        c.name
                    );
                    // With a country code, the shown number (less its trunk 0) ends the string.
                    let shown = digits(c.number);
                    let national = shown.strip_prefix('0').unwrap_or(&shown);
                    if dial.starts_with('+') {
                        assert!(dial.ends_with(national), "{}: {dial}", c.name);
                    } else {
                        assert_eq!(shown, dial, "{}", c.name);
                    }
                }
                None => assert!(
                    c.number.contains('*'),
                    "{}: only a number a phone link cannot dial goes without one",
                    c.name
                ),
            }
        }
    }

    #[test]
    fn a_long_national_number_is_dialled_with_its_country_code() {
        for c in BUILT_IN {
            if let Some(dial) = c.dial {
                if digits(dial).len() >= INTERNATIONAL_FROM_DIGITS {
                    assert!(dial.starts_with('+'), "{}: {dial}", c.name);
                }
            }
        }
        let mexico = BUILT_IN.iter().find(|c| c.id == "mx_linea_vida");
        assert_eq!(mexico.and_then(|c| c.dial), Some("+528009112000"));
    }

    #[test]
    fn for_every_country_a_crisis_line_comes_before_any_other() {
        for c in BUILT_IN {
            for &country in c.countries {
                let kinds: Vec<LineKind> = BUILT_IN
                    .iter()
                    .filter(|l| l.answers(country))
                    .map(|l| l.kind)
                    .collect();
                let mut sorted = kinds.clone();
                sorted.sort();
                assert_eq!(kinds, sorted, "{country}");
            }
        }
    }

    #[test]
    fn emergency_numbers_are_short_digits_once_per_country() {
        for e in EMERGENCY {
            assert!(
                e.number.len() <= 4 && e.number.chars().all(|c| c.is_ascii_digit()),
                "{}: {}",
                e.country,
                e.number
            );
            assert_eq!(
                EMERGENCY.iter().filter(|x| x.country == e.country).count(),
                1,
                "{}",
                e.country
            );
        }
        assert_eq!(emergency("us").map(|e| e.number), Some("911"));
        assert_eq!(emergency("ZZ"), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn assert_sourced(what: &str, source: &str, checked: &str) {
        assert!(
            source.starts_with("https://") && source.len() > "https://".len() + 3,
            "{what}: no source"
        );
        let date: Vec<&str> = checked.split('-').collect();
        assert!(
            date.len() == 3
                && date[0].len() == 4
                && date[1].len() == 2
                && date[2].len() == 2
                && date.iter().all(|p| p.chars().all(|ch| ch.is_ascii_digit()))
                && ("01".."13").contains(&date[1])
                && ("01".."32").contains(&date[2]),
            "{what}: no date it was checked ({checked})"
        );
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
            assert_sourced(c.id, c.source, c.checked);
        }
        for e in EMERGENCY {
            assert_sourced(e.country, e.source, e.checked);
        }
        let mut ids: Vec<&str> = BUILT_IN.iter().map(|c| c.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), BUILT_IN.len(), "ids are unique");
    }

    #[test]
    fn the_us_988_line_and_samhsa_are_present() {
        assert!(BUILT_IN
            .iter()
            .any(|c| c.dial == Some("988") && c.id == "us_988"));
        assert!(BUILT_IN.iter().any(|c| c.dial == Some("+18006624357")));
    }
}
