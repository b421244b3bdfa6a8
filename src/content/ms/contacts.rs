//! Malay descriptions of the built-in support lines.

use crate::content::ContactText;

pub static CONTACTS: &[ContactText] = &[
    ContactText {
        id: "us_988",
        region: "Amerika Syarikat",
        note: "Telefon atau hantar SMS, bila-bila masa, untuk apa jua krisis emosi.",
    },
    ContactText {
        id: "us_samhsa",
        region: "Amerika Syarikat",
        note: "Percuma dan sulit, bila-bila masa, tentang penggunaan dadah dan alkohol serta kesihatan mental, dalam bahasa Inggeris dan bahasa Sepanyol.",
    },
    ContactText {
        id: "ca_988",
        region: "Kanada",
        note: "Telefon atau hantar SMS, bila-bila masa.",
    },
    ContactText {
        id: "uk_samaritans",
        region: "United Kingdom dan Ireland",
        note: "Panggilan percuma, bila-bila masa, apa pun yang sedang anda hadapi.",
    },
    ContactText {
        id: "au_lifeline",
        region: "Australia",
        note: "Sokongan krisis, bila-bila masa.",
    },
    ContactText {
        id: "nz_1737",
        region: "New Zealand",
        note: "Telefon atau hantar SMS untuk bercakap dengan kaunselor terlatih, bila-bila masa.",
    },
    ContactText {
        id: "es_024",
        region: "Sepanyol",
        note: "Percuma dan sulit, bila-bila masa, untuk sesiapa yang terfikir untuk membunuh diri dan orang yang rapat dengan mereka.",
    },
    ContactText {
        id: "mx_linea_vida",
        region: "Mexico",
        note: "Talian percuma Kementerian Kesihatan Mexico untuk kesihatan mental dan penggunaan dadah atau alkohol, dibuka siang dan malam.",
    },
    ContactText {
        id: "my_heal",
        region: "Malaysia",
        note: "Talian krisis kesihatan mental Kementerian Kesihatan Malaysia. Caj panggilan biasa mungkin dikenakan.",
    },
    ContactText {
        id: "eg_16023",
        region: "Mesir",
        note: "Bantuan percuma dan sulit tentang penggunaan dadah atau alkohol, daripada tabung rawatan ketagihan kebangsaan.",
    },
    ContactText {
        id: "lb_1564",
        region: "Lubnan",
        note: "Talian percuma untuk sokongan emosi dan pencegahan bunuh diri, dikendalikan oleh badan amal Embrace.",
    },
    ContactText {
        id: "qa_16000",
        region: "Qatar",
        note: "Talian percuma perkhidmatan kesihatan kerajaan: pilih menu kesihatan mental (Talian Bantuan Kesihatan Mental Kebangsaan). Waktu siang sahaja, dan bukan setiap hari; pada waktu lain, pergi ke mana-mana jabatan kecemasan.",
    },
];
