//! English descriptions of the built-in support lines.

use crate::content::ContactText;

pub static CONTACTS: &[ContactText] = &[
    ContactText {
        id: "us_988",
        region: "United States",
        note: "Call or text, any time, for any kind of emotional crisis.",
    },
    ContactText {
        id: "us_samhsa",
        region: "United States",
        note: "Free, confidential information and referral to treatment for substance use and mental health, any time, in English and Spanish. Not a crisis line.",
    },
    ContactText {
        id: "ca_988",
        region: "Canada",
        note: "Call or text, any time.",
    },
    ContactText {
        id: "uk_samaritans",
        region: "United Kingdom and Ireland",
        note: "Free to call, any time, whatever you are going through.",
    },
    ContactText {
        id: "au_lifeline",
        region: "Australia",
        note: "Crisis support, any time.",
    },
    ContactText {
        id: "nz_1737",
        region: "New Zealand",
        note: "Call or text to talk with a trained counsellor, any time.",
    },
    ContactText {
        id: "es_024",
        region: "Spain",
        note: "Free and confidential, any time, for anyone thinking about suicide and for the people close to them.",
    },
    ContactText {
        id: "mx_linea_vida",
        region: "Mexico",
        note: "The Ministry of Health's free line for mental health and for drug or alcohol use, open day and night.",
    },
    ContactText {
        id: "my_heal",
        region: "Malaysia",
        note: "The Ministry of Health's mental health crisis line, open from 8 am to midnight. Normal call charges may apply.",
    },
    ContactText {
        id: "eg_16023",
        region: "Egypt",
        note: "Free help with drug or alcohol use, from the national addiction treatment fund.",
    },
    ContactText {
        id: "lb_1564",
        region: "Lebanon",
        note: "A free line for emotional support and suicide prevention, run by the charity Embrace.",
    },
    ContactText {
        id: "qa_16000",
        region: "Qatar",
        note: "The state health service's free line: choose the mental health option (the National Mental Health Helpline). Daytime only, and not every day; at other times, go to any emergency department.",
    },
    ContactText {
        id: "in_tele_manas",
        region: "India",
        note: "The government's free mental health line, any time, in many Indian languages.",
    },
    ContactText {
        id: "ph_ncmh",
        region: "Philippines",
        note: "The National Center for Mental Health's free crisis line, any time.",
    },
    ContactText {
        id: "ph_ncmh_mobile",
        region: "Philippines",
        note: "The same crisis line, from a mobile phone.",
    },
    ContactText {
        id: "za_substance",
        region: "South Africa",
        note: "The Department of Social Development's free line for drug and alcohol use, any time.",
    },
    ContactText {
        id: "sg_mindline",
        region: "Singapore",
        note: "The national mental health line, free, any time.",
    },
    ContactText {
        id: "sg_sos",
        region: "Singapore",
        note: "Free support for anyone thinking about suicide, any time.",
    },
    ContactText {
        id: "ar_salud_mental",
        region: "Argentina",
        note: "The national Ministry of Health's free mental health line, any time.",
    },
    ContactText {
        id: "ar_sedronar",
        region: "Argentina",
        note: "Free, anonymous help with drug or alcohol use, any time.",
    },
    ContactText {
        id: "cl_4141",
        region: "Chile",
        note: "The Ministry of Health's free suicide prevention line, any time, from a mobile phone. Dial it yourself.",
    },
    ContactText {
        id: "cl_senda",
        region: "Chile",
        note: "Free, confidential help with drugs and alcohol, any time.",
    },
    ContactText {
        id: "pe_113",
        region: "Peru",
        note: "The Ministry of Health's free line, any time: choose option 5 for mental health.",
    },
    ContactText {
        id: "bn_harapan",
        region: "Brunei",
        note: "The Ministry of Health's free mental health line, any time.",
    },
    ContactText {
        id: "eg_16328",
        region: "Egypt",
        note: "The Ministry of Health's free line for mental health and addiction, any time.",
    },
    ContactText {
        id: "ae_ehs",
        region: "United Arab Emirates",
        note: "A free line for emotional support, 9 am to 9 pm every day.",
    },
];

/// Country names for the choice of crisis lines.
pub static COUNTRIES: &[(&str, &str)] = &[
    ("US", "United States"),
    ("CA", "Canada"),
    ("GB", "United Kingdom"),
    ("IE", "Ireland"),
    ("AU", "Australia"),
    ("NZ", "New Zealand"),
    ("IN", "India"),
    ("PH", "Philippines"),
    ("ZA", "South Africa"),
    ("NG", "Nigeria"),
    ("SG", "Singapore"),
    ("ES", "Spain"),
    ("MX", "Mexico"),
    ("AR", "Argentina"),
    ("CO", "Colombia"),
    ("CL", "Chile"),
    ("PE", "Peru"),
    ("MY", "Malaysia"),
    ("BN", "Brunei"),
    ("EG", "Egypt"),
    ("LB", "Lebanon"),
    ("QA", "Qatar"),
    ("SA", "Saudi Arabia"),
    ("AE", "United Arab Emirates"),
    ("JO", "Jordan"),
    ("MA", "Morocco"),
    ("IQ", "Iraq"),
];
