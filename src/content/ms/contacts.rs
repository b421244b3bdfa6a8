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
        note: "Maklumat dan rujukan rawatan tentang penggunaan dadah dan alkohol serta kesihatan mental, percuma dan sulit, bila-bila masa, dalam bahasa Inggeris dan bahasa Sepanyol. Bukan talian krisis.",
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
        note: "Talian krisis kesihatan mental Kementerian Kesihatan Malaysia, dibuka dari 8 pagi hingga 12 tengah malam. Caj panggilan biasa mungkin dikenakan.",
    },
    ContactText {
        id: "eg_16023",
        region: "Mesir",
        note: "Bantuan percuma tentang penggunaan dadah atau alkohol, daripada tabung rawatan ketagihan kebangsaan.",
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
    ContactText {
        id: "in_tele_manas",
        region: "India",
        note: "Talian kesihatan mental percuma kerajaan, bila-bila masa, dalam banyak bahasa India.",
    },
    ContactText {
        id: "ph_ncmh",
        region: "Filipina",
        note: "Talian krisis percuma Pusat Kesihatan Mental Kebangsaan, bila-bila masa.",
    },
    ContactText {
        id: "ph_ncmh_mobile",
        region: "Filipina",
        note: "Talian krisis yang sama, dari telefon bimbit.",
    },
    ContactText {
        id: "za_substance",
        region: "Afrika Selatan",
        note: "Talian percuma Jabatan Pembangunan Sosial tentang penggunaan dadah dan alkohol, bila-bila masa.",
    },
    ContactText {
        id: "sg_mindline",
        region: "Singapura",
        note: "Talian kesihatan mental kebangsaan, percuma, bila-bila masa.",
    },
    ContactText {
        id: "sg_sos",
        region: "Singapura",
        note: "Sokongan percuma untuk sesiapa yang terfikir tentang bunuh diri, bila-bila masa.",
    },
    ContactText {
        id: "ar_salud_mental",
        region: "Argentina",
        note: "Talian kesihatan mental percuma Kementerian Kesihatan negara, bila-bila masa.",
    },
    ContactText {
        id: "ar_sedronar",
        region: "Argentina",
        note: "Bantuan percuma tanpa nama tentang penggunaan dadah atau alkohol, bila-bila masa.",
    },
    ContactText {
        id: "cl_4141",
        region: "Chile",
        note: "Talian pencegahan bunuh diri percuma Kementerian Kesihatan, bila-bila masa, dari telefon bimbit. Dail sendiri.",
    },
    ContactText {
        id: "cl_senda",
        region: "Chile",
        note: "Bantuan percuma dan sulit tentang dadah dan alkohol, bila-bila masa.",
    },
    ContactText {
        id: "pe_113",
        region: "Peru",
        note: "Talian percuma Kementerian Kesihatan, bila-bila masa: pilih opsyen 5 untuk kesihatan mental.",
    },
    ContactText {
        id: "bn_harapan",
        region: "Brunei",
        note: "Talian kesihatan mental percuma Kementerian Kesihatan, bila-bila masa.",
    },
    ContactText {
        id: "eg_16328",
        region: "Mesir",
        note: "Talian percuma Kementerian Kesihatan untuk kesihatan mental dan ketagihan, bila-bila masa.",
    },
    ContactText {
        id: "ae_ehs",
        region: "Emiriah Arab Bersatu",
        note: "Talian sokongan emosi percuma, 9 pagi hingga 9 malam setiap hari.",
    },
];

/// Country names for the choice of crisis lines.
pub static COUNTRIES: &[(&str, &str)] = &[
    ("US", "Amerika Syarikat"),
    ("CA", "Kanada"),
    ("GB", "United Kingdom"),
    ("IE", "Ireland"),
    ("AU", "Australia"),
    ("NZ", "New Zealand"),
    ("IN", "India"),
    ("PH", "Filipina"),
    ("ZA", "Afrika Selatan"),
    ("NG", "Nigeria"),
    ("SG", "Singapura"),
    ("ES", "Sepanyol"),
    ("MX", "Mexico"),
    ("AR", "Argentina"),
    ("CO", "Colombia"),
    ("CL", "Chile"),
    ("PE", "Peru"),
    ("MY", "Malaysia"),
    ("BN", "Brunei"),
    ("EG", "Mesir"),
    ("LB", "Lubnan"),
    ("QA", "Qatar"),
    ("SA", "Arab Saudi"),
    ("AE", "Emiriah Arab Bersatu"),
    ("JO", "Jordan"),
    ("MA", "Maghribi"),
    ("IQ", "Iraq"),
];
