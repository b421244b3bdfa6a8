//! The SCORM package made on For trainers, in Malay.

use crate::content::ui::PackageWords;

pub const PACKAGE: PackageWords = PackageWords {
    heading: "Muat turun pakej SCORM salinan ini",
    intro: "Pakej ini dibuat di sini, pada peranti ini, daripada fail salinan ini sendiri, dan mengandungi semua bahasa. Ia sama dengan pakej yang dibuat oleh scripts/scorm.sh, tetapi tanpa sebarang alat binaan. Muat naik fail zip itu ke LMS anda sebagai aktiviti SCORM 1.2. Tiada apa-apa dihantar ke mana-mana semasa pakej dibuat.",
    config_legend: "config.json yang dimasukkan ke dalam pakej",
    config_copy: "config.json salinan ini sendiri",
    config_form: "config.json yang dibuat dengan borang di atas",
    button: "Muat turun pakej SCORM",
    working: "Pakej sedang dibuat…",
    progress: "Pembuatan pakej",
    done: "{file} sudah dimuat turun: {count} fail, {size} MB. Muat naik fail ini ke LMS anda sebagai aktiviti SCORM 1.2.",
    stored: "Pelayar ini tidak dapat memampatkan fail, jadi pakej ini lebih besar daripada biasa. Ia tetap berfungsi dengan cara yang sama.",
    form_not_ready: "Borang di atas ada masalah, jadi config.json daripadanya belum boleh digunakan. Betulkan masalah itu dahulu, atau pilih config.json salinan ini sendiri.",
    no_list: "Salinan ini tidak mempunyai senarai failnya (scorm-files.json), jadi pakejnya tidak dapat dibuat di sini. Sesiapa yang menguruskan salinan anda boleh memuat naik binaan baharu Full Cup ke hos web, atau membuat pakej itu dengan scripts/scorm.sh.",
    bad_list: "Senarai fail salinan ini (scorm-files.json) mengandungi {file}, yang tidak boleh dimasukkan ke dalam pakej, jadi pakej tidak dibuat. Sesiapa yang menguruskan salinan anda boleh memuat naik binaan baharu Full Cup ke hos web, atau membuat pakej itu dengan scripts/scorm.sh.",
    missing: "Hos web salinan ini tidak menghantar {file}, jadi pakej tidak dibuat kerana ia akan kekurangan satu bahagian. Sesiapa yang menguruskan salinan anda perlu memastikan setiap fail binaan ada di hos web.",
    wrong: "Hos web salinan ini menghantar sesuatu yang lain sebagai ganti {file}, jadi pakej tidak dibuat kerana ia tidak akan berfungsi. Sesiapa yang menguruskan salinan anda perlu memastikan setiap fail binaan ada di hos web.",
    changed: "Fail salinan ini sedang berubah di hos webnya pada masa ini (mungkin versi baharu sedang dimuat naik), jadi pakej tidak dibuat. Cuba lagi dalam beberapa minit.",
    offline: "{file} tidak dapat dimuat turun. Periksa sambungan internet anda dan cuba lagi.",
    not_offered: "Pakej sudah dibuat, tetapi pelayar ini tidak membenarkannya dimuat turun. Cuba pelayar lain, atau gunakan scripts/scorm.sh.",
};
