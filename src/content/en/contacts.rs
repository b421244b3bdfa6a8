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
        note: "Free and confidential, any time, about substance use and mental health, in English and Spanish.",
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
        note: "The Ministry of Health's mental health crisis line. Normal call charges may apply.",
    },
    ContactText {
        id: "eg_16023",
        region: "Egypt",
        note: "Free and confidential help with drug or alcohol use, from the national addiction treatment fund.",
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
];
