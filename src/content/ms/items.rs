//! Malay wording of themes, questions, safety questions, suggestions, bands and research.
//!
//! Terms follow docs/i18n/glossary-ms.md. Questions are first-person statements ("saya") answered
//! on the scale Tidak pernah to Sentiasa; the page says once that they are about the last 4 weeks.

use crate::assessment::{Band, Source, Theme};
use crate::content::{item, sug, BandText, Card, ResearchText, ThemeText, ThemeTraining};
use crate::content::{ItemText, SuggestionText};

pub static THEMES: &[ThemeText] = &[
    ThemeText {
        theme: Theme::Intensity,
        title: "Memikul beban",
        intro: "Sejauh mana sisi sukar kerja ini masih terbawa-bawa dalam diri anda.",
        covers: "Keletihan, kesakitan orang lain yang anda serap, rasa duka atas kematian, sistem yang mengecewakan orang, kerja yang membangkitkan kenangan lama anda, dan menceritakan kisah anda sendiri.",
        strength: "Anda sedang menemui cara untuk memikul bahagian kerja yang sukar.",
    },
    ThemeText {
        theme: Theme::Recovery,
        title: "Kepulihan diri saya",
        intro: "Sejauh mana kepulihan anda sendiri dijaga, di luar kerja anda.",
        covers: "Perjumpaan kumpulan sokongan, sponsor (pembimbing program 12 langkah), terapi atau amalan lain untuk kepulihan anda sendiri, terus hadir ke perjumpaan anda walaupun orang yang anda sokong turut hadir, dan memisahkan kerja membantu orang daripada kepulihan anda sendiri.",
        strength: "Anda sedang mendahulukan kepulihan anda sendiri.",
    },
    ThemeText {
        theme: Theme::Outcomes,
        title: "Berlapang dada tentang hasil",
        intro: "Bagaimana anda menghadapi turun naik orang yang anda sokong.",
        covers: "Menganggap relaps atau kematian sebagai hal peribadi, rasa bertanggungjawab atas kepulihan orang lain, dan menerima orang di tahap mereka berada.",
        strength: "Anda melakukan bahagian anda, dan membiarkan kepulihan orang lain menjadi milik mereka.",
    },
    ThemeText {
        theme: Theme::Awareness,
        title: "Mengenali tanda-tanda diri",
        intro: "Sejauh mana anda perasan apa yang berlaku dalam diri anda.",
        covers: "Mengenal pasti pencetus anda sendiri dan tanda awal keletihan melampau (burnout), jujur dengan diri sendiri, dan berundur apabila perlu.",
        strength: "Anda perasan tanda-tanda diri anda dan bertindak atasnya.",
    },
    ThemeText {
        theme: Theme::Boundaries,
        title: "Batasan dan waktu di luar kerja",
        intro: "Sejauh mana kerja telah masuk ke dalam bahagian lain hidup anda.",
        covers: "Telefon yang tidak pernah dimatikan, kerja yang melimpah ke waktu malam dan masa bersama keluarga, tidur di celah-celah syif dan panggilan lewat malam, terserempak dengan orang yang anda sokong di sekitar tempat tinggal anda, dan berkata tidak.",
        strength: "Anda menjaga waktu di luar kerja untuk diri anda sendiri.",
    },
    ThemeText {
        theme: Theme::Support,
        title: "Sokongan di sekeliling saya",
        intro: "Siapa yang ada bersama anda dalam kerja ini.",
        covers: "Rakan sekerja yang bertanya khabar, penyeliaan yang memahami peranan pembimbing rakan sebaya, rangkaian kepulihan anda, peluang bercakap selepas kejadian sukar, dan pembimbing rakan sebaya berpengalaman yang boleh memberi tunjuk ajar.",
        strength: "Anda ada orang di sekeliling yang membantu anda memikul kerja ini.",
    },
    ThemeText {
        theme: Theme::Meaning,
        title: "Makna dan pegangan",
        intro: "Apa yang membuat anda terus bertahan dan kekal teguh.",
        covers: "Rasa ada tujuan, gembira melihat kemajuan orang lain, kejayaan kecil, kenangan baik, dan amalan yang menenangkan serta meneguhkan anda, apa pun amalan itu.",
        strength: "Anda menemui makna dalam kerja anda dan perkara yang membuat anda kekal teguh.",
    },
    ThemeText {
        theme: Theme::Workplace,
        title: "Peranan dan tempat kerja",
        intro: "Bagaimana pekerjaan dan pasukan anda melayan peranan anda.",
        covers: "Peranan yang jelas, penghormatan daripada kakitangan yang bukan pembimbing rakan sebaya, hanya diminta melakukan tugas yang sesuai dengan peranan dan latihan anda, rasa selamat, gaji yang cukup untuk hidup, dan ruang untuk berkembang.",
        strength: "Tempat kerja anda menyokong anda dalam peranan anda.",
    },
];

/// What a trainer uses for each part of the cup (`content::Training::themes`), apart from
/// [`THEMES`] so that the build a visit starts with leaves it out.
pub static THEME_TRAINING: &[ThemeTraining] = &[
    ThemeTraining {
        theme: Theme::Intensity,
        prompt: "Apakah perkara kecil yang boleh dilakukan oleh pembimbing rakan sebaya untuk meletakkan beban hari yang sukar sebelum pulang ke rumah?",
        aim: "Namakan apa yang kerja ini minta kita pikul, dan kongsi cara untuk meletakkannya.",
        practice: "Setiap orang menulis secara senyap satu perkara yang dibawanya pulang bulan ini, kemudian satu cara kecil untuk meletakkan beban. Kongsi yang kedua sahaja, jika mahu.",
        card: Card {
            situation: "Seorang pembimbing rakan sebaya menghabiskan waktu petang bersama seseorang yang menceritakan kisah yang pedih. Malam itu di rumah, kisah itu terus bermain di fikirannya.",
            questions: [
                "Apakah yang mungkin terbawa-bawa pulang oleh pembimbing itu, dan bagaimana kesannya mungkin kelihatan?",
                "Apakah yang boleh dilakukannya sebelum meninggalkan tempat kerja, atau dalam perjalanan pulang, untuk meletakkan sebahagian daripada beban itu, atau dengan siapa dia boleh bercakap tentangnya?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Recovery,
        prompt: "Membantu orang lain sepanjang hari boleh terasa seperti kerja kepulihan. Apakah bezanya dengan menjaga kepulihan anda sendiri?",
        aim: "Saling mengingatkan bahawa kepulihan kita sendiri didahulukan, sebelum kerja.",
        practice: "Setiap orang menulis satu tabiat kepulihan yang mahu dijaganya minggu ini, melipat kertas itu dan menyimpannya. Tiada siapa perlu berkongsi.",
        card: Card {
            situation: "Seorang pembimbing rakan sebaya begitu sibuk sehingga sudah sebulan dia tidak sempat mendapatkan sokongan untuk kepulihannya sendiri. Dia berkata kepada diri sendiri bahawa membantu orang lain sepanjang hari pun sudah dikira sebagai kepulihan.",
            questions: [
                "Bagi seorang pembimbing rakan sebaya, apakah persamaan dan perbezaan antara membantu orang lain sepanjang hari dengan menjaga kepulihannya sendiri?",
                "Apakah yang boleh membantu dia kembali mendapatkan sokongan untuk kepulihannya sendiri, dan apakah yang boleh dilakukan oleh pasukan atau penyelianya untuk memberi ruang bagi sokongan itu?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Outcomes,
        prompt: "Apakah maksud \"menanam benih\" dalam kerja sokongan rakan sebaya, dan bagaimana idea ini boleh membantu selepas kemunduran?",
        aim: "Membezakan apa yang menjadi tugas kita daripada apa yang menjadi milik orang yang kita sokong.",
        practice: "Lukis dua bulatan, satu untuk \"bahagian saya\" dan satu untuk \"bukan bahagian saya\". Secara peribadi, masukkan tiga kebimbangan baru-baru ini ke dalamnya.",
        card: Card {
            situation: "Seseorang yang disokong oleh seorang pembimbing rakan sebaya selama berbulan-bulan telah kembali menggunakan dadah, dan masih mahu berjumpa dengannya. Pembimbing itu asyik terfikir-fikir tentang apa yang mungkin terlepas daripada perhatiannya.",
            questions: [
                "Apakah yang terletak di tangan pembimbing itu, dan apakah yang tidak?",
                "Apakah yang boleh dikatakan oleh rakan sekerja untuk membantunya, dan apa yang mungkin tidak membantu?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Awareness,
        prompt: "Apakah tanda awal bahawa cawan seorang pembimbing rakan sebaya semakin surut, dan siapa yang mungkin perasan dahulu?",
        aim: "Mengenali tanda amaran awal diri kita, dan siapa yang boleh perasan.",
        practice: "Setiap orang menyenaraikan tiga tanda bahawa cawannya semakin surut, dan seorang yang boleh diberitahunya. Simpan senarai itu di tempat yang anda akan nampak.",
        card: Card {
            situation: "Kawan-kawan dan rakan sekerja seorang pembimbing rakan sebaya perasan bahawa dia cepat marah, letih dan kerap tidak makan. Pembimbing itu berkata dia tidak apa-apa, cuma sibuk.",
            questions: [
                "Tanda mana yang mungkin dia perasan dahulu pada dirinya, dan tanda mana yang mungkin orang lain nampak dahulu?",
                "Bagaimana seseorang boleh menyentuh hal ini dengan lembut, dan apa yang mungkin membuatkan pembimbing itu lebih mudah mendengarnya, atau berundur buat seketika?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Boundaries,
        prompt: "Apakah kata-kata yang baik yang boleh digunakan oleh pembimbing rakan sebaya untuk berkata \"bukan sekarang\" kepada orang yang disokongnya?",
        aim: "Berlatih cara yang baik untuk melindungi waktu di luar kerja.",
        practice: "Secara berpasangan, bergilir-gilir menyebut satu ayat \"bukan sekarang\" yang baik dengan kuat, sehingga ia mula terasa biasa.",
        card: Card {
            situation: "Seseorang yang disokong oleh seorang pembimbing rakan sebaya menghantar mesej pada lewat malam. Pembimbing itu sentiasa membalasnya, dan kini dia rasa tidak boleh berhenti.",
            questions: [
                "Jika pembimbing itu menunggu sehingga pagi untuk membalas, apa yang mungkin dibimbanginya akan berlaku?",
                "Apa yang boleh dia katakan, dan apa aturan yang boleh diwujudkan oleh pasukannya, seperti nombor telefon selepas waktu pejabat yang boleh diberikan kepada orang yang disokong, supaya ada orang yang menjawab pada waktu malam dan waktu selepas kerja pembimbing itu kembali menjadi miliknya sendiri?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Support,
        prompt: "Apakah yang menjadikan penyeliaan atau sesi bertanya khabar dalam pasukan benar-benar membantu seorang pembimbing rakan sebaya?",
        aim: "Menyedari sokongan yang kita ada, dan meminta apa yang masih kurang.",
        practice: "Setiap orang memikirkan seorang yang boleh dihubungi selepas hari yang sukar, dan satu jenis sokongan yang akan dimintanya. Tiada apa perlu disebut dengan kuat melainkan dia mahu.",
        card: Card {
            situation: "Selepas satu panggilan telefon yang sukar dengan seseorang yang disokongnya, seorang pembimbing rakan sebaya ingin bercakap tentang panggilan itu. Semua orang dalam pasukannya kelihatan sibuk, jadi dia tidak berkata apa-apa.",
            questions: [
                "Dalam kerja sokongan rakan sebaya, apakah yang menyukarkan seseorang untuk meminta sokongan?",
                "Apakah yang boleh memudahkan pembimbing itu, dan juga pasukannya, untuk meminta sokongan?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Meaning,
        prompt: "Pada hari apabila semuanya seolah-olah tidak menjadi, apa yang boleh membantu pembimbing rakan sebaya mengingati mengapa kerja ini penting?",
        aim: "Kembali berhubung dengan sebab kerja ini penting bagi kita.",
        practice: "Setiap orang mengingati satu saat yang baik bersama orang yang disokongnya. Kongsi jika mahu, tanpa menyebut nama.",
        card: Card {
            situation: "Selepas seminggu yang penuh dengan kemunduran, seorang pembimbing rakan sebaya tertanya-tanya sama ada kerjanya benar-benar membawa apa-apa perubahan.",
            questions: [
                "Apakah yang membantu pembimbing rakan sebaya kembali menemui makna pada minggu-minggu seperti ini?",
                "Apakah satu perkara kecil yang boleh membantu pembimbing itu melihat perubahan yang dibawanya, dan dengan siapa dia boleh bercakap jika keraguan itu berlarutan?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Workplace,
        prompt: "Apakah yang boleh dilakukan oleh sesebuah pasukan supaya semua orang memahami dan menghargai peranan pembimbing rakan sebaya?",
        aim: "Berbincang tentang peranan dan tempat kerja, dan apa yang boleh diubah oleh pasukan.",
        practice: "Sebagai kumpulan, senaraikan dua perkara yang boleh dilakukan secara berbeza oleh pasukan atau organisasi, dan serahkan senarai itu, tanpa nama, kepada seseorang yang boleh bertindak.",
        card: Card {
            situation: "Dalam mesyuarat pasukannya, pendapat seorang pembimbing rakan sebaya diminta paling akhir, dan kadang-kadang tidak diminta langsung. Dia sudah mula berdiam diri.",
            questions: [
                "Bagaimana hal ini mungkin memberi kesan kepada pembimbing itu, dan kepada orang yang disokongnya?",
                "Apakah yang boleh dilakukan oleh pasukan atau organisasi supaya peranan pembimbing rakan sebaya difahami dan dihargai?",
            ],
        },
    },
];

pub static QUESTIONS: &[ItemText] = &[
    // Memikul beban: "Sentiasa" bermaksud lebih tertekan, kecuali yang ditanda terbalik dalam bank.
    item("int_drained", "Selepas kerja, saya rasa kosong dan tiada apa lagi yang tinggal untuk diri sendiri."),
    item("int_pain", "Kesakitan orang yang saya sokong masih terbawa-bawa dalam diri saya selepas kerja."),
    item("int_grief", "Rasa duka atas seseorang yang pernah saya sokong, yang terlebih dos atau meninggal dunia, membebani saya."),
    item(
        "int_systems",
        "Semangat saya terhakis apabila orang yang saya sokong tidak dapat tempat di pusat rawatan, tempat tinggal atau rawatan yang mereka perlukan.",
    ),
    item(
        "int_past",
        "Sebahagian daripada kerja saya, seperti berada dekat orang yang menggunakan dadah, mendengar kisah yang serupa dengan kisah saya, atau pergi ke penjara atau mahkamah, membangkitkan kenangan lama saya.",
    ),
    item(
        "int_story",
        "Berkongsi kisah hidup saya sendiri di tempat kerja memakan lebih banyak tenaga dan emosi saya daripada yang saya rela berikan.",
    ),
    // Kepulihan diri saya: "Sentiasa" bermaksud lebih terlindung, kecuali yang ditanda terbalik.
    item(
        "rec_practice",
        "Saya meluangkan masa untuk kepulihan diri saya, seperti perjumpaan, sponsor (pembimbing program 12 langkah) saya, terapi atau amalan lain.",
    ),
    item("rec_first", "Kepulihan diri saya tetap didahulukan, walaupun pada minggu yang sibuk."),
    item("rec_work_as_recovery", "Saya berkata kepada diri sendiri bahawa membantu orang lain di tempat kerja sudah cukup untuk kepulihan saya."),
    item("rec_slide", "Saya membiarkan kepulihan diri saya terabai kerana sibuk membantu orang lain."),
    item(
        "rec_front",
        "Saya rasa perlu kelihatan benar-benar baik di depan orang yang saya sokong, walaupun ketika saya sedang bergelut.",
    ),
    item(
        "rec_meetings",
        "Saya tidak hadir ke perjumpaan atau kumpulan kepulihan saya sendiri kerana orang yang saya sokong mungkin ada di sana.",
    ),
    // Berlapang dada tentang hasil.
    item("out_responsible", "Saya rasa sama ada orang yang saya sokong kekal dalam kepulihan atau tidak, bergantung pada saya."),
    item("out_blame", "Saya menyalahkan diri sendiri apabila orang yang saya sokong kembali menggunakan dadah."),
    item("out_replay", "Selepas relaps atau kematian, saya berulang kali memikirkan apa yang sepatutnya saya lakukan."),
    item("out_pace", "Saya menerima orang di tahap mereka berada dan membiarkan mereka bergerak mengikut rentak sendiri."),
    item("out_seeds", "Saya percaya saya sedang menanam benih, walaupun belum nampak apa-apa perubahan."),
    // Mengenali tanda-tanda diri.
    item("awa_notice", "Saya cepat perasan apabila tenaga dan semangat saya mula susut."),
    item("awa_triggers", "Saya tahu bahagian kerja saya yang boleh menjadi pencetus bagi saya."),
    item("awa_honest", "Saya jujur dengan diri sendiri tentang keadaan sebenar saya."),
    item("awa_step_back", "Saya membenarkan diri berundur apabila keadaan menjadi terlalu berat."),
    item("awa_late", "Tekanan terkumpul lama sebelum saya menyedarinya."),
    // Batasan dan waktu di luar kerja.
    item("bou_spill", "Kerja melimpah ke waktu malam, hari cuti atau masa bersama keluarga saya."),
    item("bou_phone", "Saya menjawab panggilan atau mesej kerja di luar waktu kerja saya."),
    item("bou_town", "Orang yang saya sokong bercakap tentang hal kerja dengan saya di perjumpaan kepulihan saya sendiri atau ketika terserempak di luar."),
    item("bou_yes", "Saya berkata ya di tempat kerja walaupun saya mahu berkata tidak."),
    item("bou_switch_off", "Saya dapat melupakan kerja apabila berada di luar waktu kerja."),
    item(
        "bou_sleep",
        "Panggilan lewat malam, syif malam atau tugas atas panggilan (on-call) mengganggu tidur saya.",
    ),
    // Sokongan di sekeliling saya.
    item("sup_talk", "Saya ada orang untuk diajak bercakap tentang bahagian sukar kerja saya."),
    item("sup_checkin", "Saya dan rakan sekerja saling bertanya khabar."),
    item("sup_supervision", "Saya mendapat penyeliaan daripada seseorang yang memahami peranan pembimbing rakan sebaya."),
    item("sup_debrief", "Selepas kejadian sukar di tempat kerja, saya dapat bercakap tentangnya dengan seseorang."),
    item("sup_alone", "Saya rasa keseorangan menghadapi bahagian sukar kerja ini."),
    item(
        "sup_learning",
        "Saya mempelajari kerja ini secara cuba jaya, tanpa pembimbing rakan sebaya yang berpengalaman untuk memberi tunjuk ajar kepada saya.",
    ),
    // Makna dan pegangan.
    item("mea_purpose", "Kerja saya memberi saya rasa ada tujuan."),
    item("mea_progress", "Saya rasa gembira apabila orang yang saya sokong melangkah ke depan, walau sekecil mana pun."),
    item("mea_good_times", "Saya mengenang saat-saat baik bersama orang yang saya sokong, seperti ketawa bersama."),
    item(
        "mea_grounding",
        "Saya meluangkan masa untuk sesuatu yang menenangkan dan meneguhkan saya, seperti doa, masa yang tenang, alam semula jadi atau muzik.",
    ),
    item("mea_doubt", "Saya tertanya-tanya sama ada kerja saya membawa apa-apa perubahan."),
    item("mea_healing", "Membantu orang lain terasa seperti sebahagian daripada penyembuhan diri saya."),
    // Peranan dan tempat kerja.
    item("wor_looked_down", "Kakitangan yang bukan pembimbing rakan sebaya memandang rendah peranan saya atau pengalaman hidup saya sendiri."),
    item("wor_unclear", "Saya tidak pasti apa yang termasuk dan apa yang tidak termasuk dalam tugas saya."),
    item(
        "wor_beyond",
        "Saya diminta menguruskan perkara yang saya tidak bersedia untuknya, kerana peranan atau latihan saya tidak meliputinya.",
    ),
    item(
        "wor_unsafe",
        "Saya rasa tidak selamat di tempat kerja, contohnya ketika menghantar seseorang dengan kereta atau bersama seseorang yang dalam krisis.",
    ),
    item(
        "wor_money",
        "Kerisauan tentang wang membebani saya kerana gaji saya tidak cukup untuk menampung hidup.",
    ),
    item(
        "wor_ladder",
        "Saya rasa tersekat, tanpa peluang untuk berkembang atau naik pangkat dalam kerja ini.",
    ),
];

pub static SAFETY_QUESTIONS: &[ItemText] = &[
    item("saf_urges", "Saya ada keinginan kuat untuk minum alkohol atau menggunakan dadah."),
    item("saf_used", "Saya kembali minum alkohol atau menggunakan dadah (tidak termasuk ubat yang diambil mengikut preskripsi)."),
    item("saf_withdraw", "Saya menjauhkan diri daripada sokongan kepulihan saya sendiri, seperti perjumpaan, sponsor, kaunselor, klinik atau ubat saya."),
    item(
        "saf_hopeless",
        "Saya rasa putus harapan tentang hidup atau masa depan saya.",
    ),
    item("saf_alive", "Saya ada fikiran bahawa saya tidak mahu hidup lagi."),
];

pub static SUGGESTIONS: &[SuggestionText] = &[
    // Memikul beban.
    sug(
        "int_reset",
        "Ambil lima minit untuk bertenang selepas saat sukar",
        "Selepas panggilan atau lawatan yang sukar, keluar sebentar, bernafas perlahan-lahan atau regangkan badan sebelum memulakan tugas seterusnya.",
        "Seorang pembimbing menasihatkan supaya mengambil rehat mental yang singkat untuk menghadapi peranan yang memerlukan begitu banyak tenaga.",
    ),
    sug(
        "int_close_day",
        "Tandakan tamatnya setiap hari bekerja",
        "Dalam perjalanan pulang, lakukan perkara kecil yang sama setiap hari, seperti mendengar sebuah lagu, berjalan kaki atau menarik nafas perlahan beberapa kali, sebagai tanda kerja sudah selesai.",
        "Para pembimbing berkata kerja ini boleh terbawa-bawa ke kehidupan di rumah sehingga mereka tiada tenaga lagi untuk keluarga, jika mereka tidak menetapkan batasan yang tegas.",
    ),
    sug(
        "int_system_gap",
        "Akui bahagian sistem, bukan salah anda",
        "Apabila tempat di pusat rawatan, insurans atau tempat tinggal tidak menjadi, sebut atau tulis bahawa ini kelompangan dalam sistem, bukan kegagalan anda.",
        "Dua orang pembimbing berasa pedih melihat orang tidak mendapat rawatan, dan sistem yang gagal membuat mereka kecewa.",
    ),
    sug(
        "int_load",
        "Minta penyelia melihat beban kerja anda",
        "Minta satu perbincangan singkat tentang beban kes anda, kes paling sukar dan sebarang bantuan pengganti yang anda perlukan untuk beberapa minggu akan datang.",
        "Kajian memberi amaran bahawa penjagaan diri sahaja tidak dapat membetulkan kerja yang meminta terlalu banyak, jadi tempat kerja juga ada peranannya.",
    ),
    sug(
        "int_grieve",
        "Beri ruang untuk berduka atas kehilangan",
        "Jika seseorang yang pernah anda sokong meninggal dunia, kenanglah pemergiannya dengan cara yang sesuai dengan anda, seperti menulis catatan, berdoa atau bersiar-siar dengan tenang.",
        "Dua orang pembimbing berkata kehilangan seseorang akibat terlebih dos tetap menyakitkan, walaupun mereka tahu ia boleh berlaku dalam kerja ini.",
    ),
    sug(
        "int_story_share",
        "Tentukan sejauh mana anda mahu berkongsi kisah anda",
        "Tulis versi ringkas kisah anda yang anda selesa ceritakan di tempat kerja, dan tentukan bahagian mana yang disimpan untuk diri sendiri, keluarga atau sponsor anda.",
        "Seorang pembimbing berkata dia memberitahu orang bahawa dia sudah berkahwin dan mempunyai anak tetapi tidak menyebut tempat tinggalnya, dan seorang lagi menyimpan sebahagian dirinya untuk keluarganya.",
    ),
    sug(
        "int_way_back",
        "Rancang cara kembali ke saat ini",
        "Sebelum melakukan kerja yang membangkitkan kenangan lama anda, seperti lawatan ke penjara atau ke lorong tempat orang menggunakan dadah, rancang cara kembali ke saat ini, contohnya berjalan-jalan atau membuat panggilan, dan beritahu rakan kepulihan anda jika perasaan itu berlarutan.",
        "Pembimbing rakan sebaya dalam kajian di Israel mempunyai sejarah trauma dan pernah dipenjarakan, sebahagian daripada mereka bekerja di penjara, dan satu ringkasan blog tentang kajian itu menyenaraikan trauma orang lain sebagai satu tekanan.",
    ),
    sug(
        "int_keep",
        "Teruskan tabiat yang meringankan beban",
        "Tulis apa yang membantu anda memikul bahagian sukar bulan ini, dan teruskan melakukannya ketika kerja tenang.",
        "Para pembimbing menggambarkan penjagaan diri sebagai cara mencegah keletihan melampau sebelum ia berlaku.",
    ),
    // Kepulihan diri saya.
    sug(
        "rec_protect",
        "Tetapkan masa kepulihan anda dahulu",
        "Masukkan satu perjumpaan, panggilan kepada sponsor, sesi terapi atau amalan lain ke dalam kalendar anda, dan anggap ia seperti syif yang tidak boleh ditinggalkan.",
        "Para pembimbing berkata mendahulukan kepulihan sendiri itulah yang membolehkan mereka terus melakukan kerja ini.",
    ),
    sug(
        "rec_today",
        "Lakukan satu perkara untuk kepulihan anda hari ini",
        "Sebelum hari ini berakhir, pergi ke perjumpaan, hubungi sponsor, kaunselor atau klinik anda atau seseorang dalam kepulihan, ambil ubat anda mengikut preskripsi, atau lakukan amalan yang menenangkan anda.",
        "Para pembimbing berkata kepulihan mereka sendiri mesti didahulukan, jika tidak, tiada apa lagi yang tinggal untuk diberi.",
    ),
    sug(
        "rec_unwind",
        "Rancang masa untuk berehat selepas kerja",
        "Pilih satu masa tetap selepas kerja atau pada hari cuti untuk berehat dan melepaskan minggu itu sebelum melakukan apa-apa lagi.",
        "Seorang pembimbing berkata dia memerlukan beberapa hari untuk melepaskan minggu yang sukar, jadi masa itu wajar dirancang.",
    ),
    sug(
        "rec_tell",
        "Ceritakan hal kerja kepada rakan kepulihan anda",
        "Beritahu sponsor anda atau kawan dalam kepulihan bagaimana keadaan kerja kebelakangan ini, yang baik dan yang sukar.",
        "Para pembimbing di Malaysia mengukuhkan kepulihan mereka dengan kekal rapat dengan orang lain dalam kepulihan.",
    ),
    sug(
        "rec_not_work",
        "Lakukan satu perkara kepulihan yang bukan kerja",
        "Minggu ini, pilih satu perkara untuk kepulihan anda sendiri yang tidak melibatkan anda membantu orang lain, seperti perjumpaan, panggilan, sesi atau menulis.",
        "Membantu orang lain boleh menyokong kepulihan anda, tetapi kajian mengatakan ia tidak boleh menggantikannya.",
    ),
    sug(
        "rec_own_meeting",
        "Pastikan ada satu perjumpaan untuk anda",
        "Minggu ini, cari perjumpaan atau kumpulan yang kurang dihadiri oleh orang yang anda sokong, atau rancang bersama rakan kepulihan anda cara untuk terus berada di situ sebagai ahli, bukan sebagai pekerja.",
        "Kajian itu menyatakan bahawa ramai pembimbing menghadiri perjumpaan kepulihan dalam komuniti yang sama dengan tempat mereka bekerja, jadi mereka mungkin bertemu orang yang mereka sokong di situ.",
    ),
    sug(
        "rec_keep",
        "Kekalkan kepulihan anda dalam kalendar",
        "Kekalkan tabiat kepulihan yang berkesan untuk anda dalam minggu anda, walaupun ketika keadaan terasa tenang atau baik.",
        "Para pembimbing mengingatkan bahawa menjadi orang yang membantu boleh membuat anda mudah leka tentang kepulihan sendiri.",
    ),
    sug(
        "rec_return",
        "Hubungi rawatan dan sokongan anda sendiri hari ini",
        "Hubungi perkhidmatan rawatan anda, doktor yang memberi preskripsi ubat anda, kaunselor, sponsor atau seseorang yang menyokong kepulihan anda dan beritahu mereka bahawa anda kembali minum alkohol atau menggunakan dadah, atau hubungi talian di “Dapatkan bantuan sekarang” jika tidak dapat menghubungi sesiapa hari ini.",
        "Penyelidikan terdahulu yang dipetik dalam kajian ini menimbulkan kebimbangan bahawa pembimbing rakan sebaya mungkin relaps dan perlu kembali menjalani rawatan untuk diri mereka sendiri.",
    ),
    sug(
        "rec_lifelong",
        "Tulis apa yang kepulihan anda perlukan sekarang",
        "Luangkan sepuluh minit untuk menulis apa yang kepulihan anda perlukan pada tahap hidup anda sekarang, bukan hanya apa yang diperlukannya pada permulaan.",
        "Para pembimbing di Malaysia menggambarkan kepulihan sebagai sepanjang hayat: sesuatu yang sentiasa perlu dijaga.",
    ),
    // Berlapang dada tentang hasil.
    sug(
        "out_my_part",
        "Asingkan bahagian anda daripada yang bukan",
        "Selepas kemunduran, buat dua senarai pendek: apa yang anda lakukan, dan apa yang memang di luar kawalan anda.",
        "Kajian menunjukkan pembimbing rakan sebaya lebih cenderung daripada kakitangan lain untuk menganggap kejayaan dan kegagalan orang yang mereka sokong sebagai hal peribadi.",
    ),
    sug(
        "out_seeds",
        "Ingatkan diri bahawa anda menanam benih",
        "Tulis satu ayat pendek untuk dibaca selepas hari yang sukar, seperti \"Saya menerima orang di tahap mereka dan menanam benih.\"",
        "Para pembimbing berkata hasil bukan di bawah kawalan mereka: bahagian mereka ialah memberi harapan dan membiarkan orang melakukan usaha mereka sendiri.",
    ),
    sug(
        "out_small_goal",
        "Tetapkan satu matlamat kecil untuk bahagian anda",
        "Bagi setiap orang, namakan satu perkara yang boleh anda beri minggu ini, seperti satu panggilan atau kata-kata harapan, dan kira itu sebagai kejayaan.",
        "Sesetengah pembimbing mengukur kejayaan dengan saat harapan yang diberi, bukan dengan kepulihan sepenuhnya.",
    ),
    sug(
        "out_pace",
        "Biarkan orang menentukan rentak sendiri",
        "Apabila seseorang bergerak lebih perlahan daripada yang anda harapkan, akui dalam hati langkah yang telah diambilnya, dan biarkan rentak itu miliknya.",
        "Seorang pembimbing berkata kerja ini kekal sangat sukar selagi anda belum menerima bahawa setiap orang berada di peringkat perubahan mereka sendiri.",
    ),
    sug(
        "out_kind_voice",
        "Bercakap dengan diri seperti rakan sekerja yang prihatin",
        "Apabila anda menyalahkan diri atas sesuatu relaps, tanya apa yang akan anda katakan kepada sesama pembimbing rakan sebaya di tempat anda, dan katakan itu kepada diri sendiri.",
        "Setiap pembimbing berpesan kepada pembimbing yang lebih baharu supaya tidak menganggap hasil sebagai hal peribadi, kerana mereka pernah melihat sikap itu membawa tekanan kepada orang lain.",
    ),
    sug(
        "out_keep",
        "Terus namakan bahagian anda setiap hari",
        "Selepas hari yang sukar, terus catat apa yang anda beri dan apa yang di luar kawalan anda.",
        "Pembimbing yang berpengalaman menggesa orang lain supaya tidak menganggap hasil sebagai hal peribadi, jadi tabiat ini wajar diteruskan.",
    ),
    // Mengenali tanda-tanda diri.
    sug(
        "awa_signs",
        "Tulis tanda-tanda amaran anda sendiri",
        "Senaraikan tiga tanda bahawa tenaga anda semakin susut, seperti tidur tidak lena, cepat marah atau ponteng perjumpaan, dan simpan senarai itu di tempat yang anda akan nampak.",
        "Seorang pembimbing berkata dia tidak selalu dapat menilai sejauh mana keadaannya baik, dan seorang lagi menggesa supaya jujur dengan diri sendiri.",
    ),
    sug(
        "awa_daily",
        "Buat semakan diri dua minit setiap hari",
        "Pada waktu yang sama setiap hari, tanya diri anda sepenuh manakah cawan anda dan apa yang anda perlukan.",
        "Para pembimbing berkata keprihatinan mereka terhadap orang lain menjadi kering apabila tenaga mereka sendiri kering, jadi semakan ringkas setiap hari pada tahap diri sendiri perlu didahulukan.",
    ),
    sug(
        "awa_trigger_plan",
        "Rancang awal untuk satu pencetus yang anda tahu",
        "Pilih satu bahagian kerja yang membangkitkan kenangan lama anda, dan putuskan sekarang apa yang akan anda lakukan apabila ia berlaku.",
        "Seorang pembimbing berkata berada dekat orang yang masih menggunakan dadah ialah cabaran berterusan, jadi penting untuk mengenali pencetus anda sendiri.",
    ),
    sug(
        "awa_step_back",
        "Beri diri anda izin untuk berundur",
        "Jika terlalu berat, bincang dengan seseorang yang anda percayai tentang cuti, waktu kerja yang lebih pendek atau pertukaran peranan.",
        "Seorang pembimbing berkata tidak mengapa untuk berundur apabila peranan ini menjadi terlalu berat atau keletihan melampau mula melanda.",
    ),
    sug(
        "awa_ask",
        "Tanya orang yang anda percayai bagaimana keadaan anda kelihatan",
        "Tanya kawan, sponsor atau rakan sekerja sama ada mereka perasan apa-apa perubahan pada anda kebelakangan ini.",
        "Seorang pembimbing berkata bahawa sikap jujur dengan diri sendiri dan hubungan rapat dengan rakan sekerja yang melakukan kerja yang sama membolehkan anda saling memerhatikan keadaan masing-masing.",
    ),
    sug(
        "awa_permission",
        "Rancang satu rehat sebenar minggu ini",
        "Pilih satu rehat singkat dan lindungi masa itu sebaik mungkin, seperti makan tanpa urusan kerja atau satu malam dengan telefon dimatikan.",
        "Seorang pembimbing berkata tidak mengapa untuk berundur apabila peranan ini menjadi terlalu berat, dan rehat yang dirancang ialah cara kecil untuk menghormati had itu.",
    ),
    sug(
        "awa_after_setback",
        "Semak diri selepas kemunduran",
        "Pada hari berlakunya relaps atau kehilangan di tempat kerja, ambil beberapa minit untuk bertanya bagaimana ia memberi kesan kepada anda dan apa yang anda perlukan.",
        "Dua orang pembimbing berkata kematian akibat terlebih dos tetap menyakitkan walaupun dijangka, dan sebab itulah penjagaan diri penting.",
    ),
    sug(
        "awa_keep",
        "Terus menyemak diri",
        "Tetapkan peringatan untuk membuat semakan diri ini sekali lagi dalam beberapa minggu, dan perhatikan apa yang telah berubah.",
        "Kajian itu menggambarkan kesedaran diri sebagai sesuatu yang terus dibina oleh pembimbing rakan sebaya dari semasa ke semasa, bukan penyelesaian sekali sahaja.",
    ),
    // Batasan dan waktu di luar kerja.
    sug(
        "bou_phone_hours",
        "Tetapkan waktu untuk telefon kerja anda",
        "Pilih bila telefon kerja anda dimatikan, beritahu orang yang anda sokong, dan beri mereka nombor talian bantuan krisis untuk selepas waktu kerja.",
        "Seorang pembimbing berkata bahawa sentiasa bertugas tanpa pernah berehat tidak akan berkesan, malah berakhir dengan keletihan melampau atau pertimbangan yang lemah.",
    ),
    sug(
        "bou_cover",
        "Tanya siapa mengambil alih apabila anda tidak bertugas",
        "Minta pengurus anda bersetuju siapa yang menjawab panggilan selepas waktu kerja, supaya orang yang anda sokong ada tempat untuk meminta bantuan ketika anda berehat.",
        "Boleh dihubungi siang dan malam tidak boleh bertahan lama, dan kajian memberi amaran bahawa tempat kerja perlu memikul sebahagian beban itu.",
    ),
    sug(
        "bou_home",
        "Buat rutin melupakan kerja di rumah",
        "Apabila sampai di rumah, simpan telefon kerja dan lakukan satu perkara untuk diri sendiri atau keluarga, seperti berjalan kaki atau makan bersama.",
        "Para pembimbing berkata mereka memerlukan masa sebenar di rumah, jauh daripada kerja, supaya masih ada sesuatu untuk diberikan kepada orang yang mereka sayangi.",
    ),
    sug(
        "bou_town_line",
        "Sediakan ayat yang baik untuk luar waktu kerja",
        "Sediakan satu ayat mesra untuk digunakan apabila orang yang anda sokong membangkitkan hal kerja dalam perjumpaan kepulihan anda sendiri atau di tempat awam, seperti \"Saya dah habis kerja sekarang, telefon saya di tempat kerja esok, ya.\"",
        "Pembimbing mungkin bertemu orang yang mereka sokong dalam komuniti sendiri, dan seorang daripada mereka menyediakan jawapan yang sopan apabila hal kerja dibangkitkan di luar waktu kerja.",
    ),
    sug(
        "bou_no",
        "Berlatih satu penolakan yang baik minggu ini",
        "Pilih satu permintaan yang biasanya anda setujui kerana rasa bersalah, dan tolak dengan baik.",
        "Seorang pembimbing berkata bahawa \"tidak\" ialah jawapan yang lengkap, dan tanpanya orang boleh mengambil kesempatan ke atas anda.",
    ),
    sug(
        "bou_sleep",
        "Jaga waktu tidur anda walaupun bekerja syif",
        "Pilih satu perubahan untuk minggu ini: waktu tetap untuk menyenyapkan telefon anda, masa bertenang selepas syif lewat, atau bertanya siapa yang mengambil alih pada waktu malam.",
        "Seorang pembimbing berkata krisis berlaku pada bila-bila masa, dan pada awalnya dia hampir tidak pernah berehat sehingga dia belajar menghadkan telefonnya kepada waktu tertentu.",
    ),
    sug(
        "bou_recovery_time",
        "Jauhkan kerja daripada masa kepulihan anda",
        "Matikan panggilan dan pemberitahuan kerja semasa perjumpaan, terapi atau masa kepulihan anda yang lain, setiap kali.",
        "Para pembimbing mendapati kerja boleh menghimpit kepulihan mereka sendiri jika mereka tidak menjaga masa untuknya.",
    ),
    sug(
        "bou_keep",
        "Kekalkan waktu di luar kerja untuk diri sendiri",
        "Perhatikan apa yang menjauhkan kerja daripada waktu malam anda bulan ini, dan teruskan melakukannya pada minggu yang sibuk juga.",
        "Kajian itu menyatakan bahawa dalam peranan yang tidak formal ini, kebanyakan batasan ditetapkan oleh setiap pembimbing mengikut keadaan, jadi batasan itu perlu dijaga dengan tekun.",
    ),
    // Sokongan di sekeliling saya.
    sug(
        "sup_talk",
        "Aturkan sesi berbual tetap dengan sesama pembimbing rakan sebaya",
        "Minta seorang rakan sekerja atau sesama pembimbing rakan sebaya untuk sesi bertanya khabar yang singkat setiap satu atau dua minggu.",
        "Seorang pembimbing berkata bahawa hubungan rapat dengan rakan sekerja yang melakukan kerja yang sama membolehkan anda saling menjaga.",
    ),
    sug(
        "sup_supervision",
        "Minta penyeliaan yang sesuai dengan peranan anda",
        "Minta pengurus anda untuk penyeliaan tetap, jika boleh dengan seseorang yang ada pengalaman hidup sendiri dalam kepulihan.",
        "Kajian itu menyeru agar pembimbing rakan sebaya diselia oleh orang yang mengenali kepulihan dari dalam.",
    ),
    sug(
        "sup_people",
        "Luangkan masa dengan rakan-rakan kepulihan anda",
        "Rancang masa bersama kawan daripada komuniti kepulihan anda yang menaikkan semangat anda, tanpa perlu bercakap tentang kerja.",
        "Seorang pembimbing berkata masa bersama kawan-kawan kepulihannya memulihkan tenaganya dan kepercayaannya terhadap manusia.",
    ),
    sug(
        "sup_debrief",
        "Minta sesi bercakap selepas kejadian sukar",
        "Selepas kematian, terlebih dos atau krisis, minta penyelia atau pasukan anda untuk sesi bercakap yang singkat tentang apa yang berlaku dan keadaan anda.",
        "Penulis kajian itu menyeru lebih banyak sokongan untuk pembimbing rakan sebaya dalam menghadapi relaps atau kematian orang yang mereka sokong.",
    ),
    sug(
        "sup_mentor",
        "Belajar selok-belok kerja daripada pembimbing rakan sebaya yang berpengalaman",
        "Ajak seorang pembimbing rakan sebaya yang lebih berpengalaman, di tempat kerja atau dalam rangkaian pembimbing rakan sebaya, berjumpa selama setengah jam, dan bawa dua situasi yang membuat anda rasa tidak pasti untuk dibincangkan.",
        "Seorang pembimbing berkata kerja ini sangat sukar pada awalnya, dan kesemua mereka ada nasihat untuk orang yang baru bermula dalam kerja ini.",
    ),
    sug(
        "sup_peer_network",
        "Cari sokongan rakan sebaya di luar kerja",
        "Cari rangkaian pembimbing rakan sebaya, penyeliaan berkumpulan atau kumpulan pembimbing kepulihan di luar tempat kerja anda, dan hadiri satu perjumpaan.",
        "Satu artikel ulasan tentang kerja sokongan rakan sebaya menyatakan bahawa penyeliaan oleh sesama pembimbing rakan sebaya amat penting untuk sokongan bersama dan perkembangan diri.",
    ),
    sug(
        "sup_keep",
        "Tanyakan khabar seorang rakan sekerja",
        "Hantar mesej ringkas kepada seorang rakan sekerja minggu ini sekadar untuk bertanya khabar.",
        "Pembimbing rakan sebaya dalam kajian di Israel berkata kerja mereka membantu mereka membina ikatan yang bermakna dengan orang yang mereka bantu dan komuniti yang lebih luas.",
    ),
    sug(
        "sup_reach_today",
        "Beritahu seseorang tentang keadaan sebenar anda hari ini",
        "Pilih seseorang yang anda percayai, seperti kawan, ahli keluarga, seseorang yang menyokong kepulihan anda atau rakan sekerja, dan telefon atau hantar mesej kepadanya untuk memberitahu bahawa keadaan sukar kebelakangan ini, atau cuba orang lain atau talian di “Dapatkan bantuan sekarang” jika tidak dapat menghubunginya.",
        "Seorang pembimbing menyenaraikan kebolehan mengenal pasti bila perlu meminta bantuan orang lain sebagai sebahagian daripada usaha menjaga kepulihannya sendiri.",
    ),
    // Makna dan pegangan.
    sug(
        "mea_flat",
        "Perhatikan apabila berita baik tidak terasa apa-apa",
        "Jika langkah ke hadapan oleh orang yang anda sokong hampir tidak terasa apa-apa, anggaplah itu mungkin tanda tenaga anda semakin susut: beritahu seseorang yang anda percayai, dan rancang rehat sebenar minggu ini.",
        "Seorang pembimbing berkata anda hanya boleh memberi apa yang anda ada, dan penting untuk perasan apabila peranan ini sudah menjadi terlalu berat.",
    ),
    sug(
        "mea_small_wins",
        "Raikan satu kejayaan kecil",
        "Apabila seseorang mengambil langkah kecil, seperti membuat panggilan atau hadir, luangkan masa seketika untuk menghargainya, bersama dia atau sendiri.",
        "Seorang pembimbing berkata meraikan kejayaan kecil menjadikan turun naik kerja ini lebih mudah ditanggung.",
    ),
    sug(
        "mea_why",
        "Tulis sebab anda melakukan kerja ini",
        "Ambil lima minit untuk menulis mengapa anda memilih kerja ini, dan namakan seorang yang kemajuannya menjadikan semua ini berbaloi.",
        "Pembimbing rakan sebaya di Israel berkata membantu orang lain memberi mereka tujuan dan pandangan baharu tentang diri mereka.",
    ),
    sug(
        "mea_story",
        "Kenang sejauh mana anda telah melangkah",
        "Tulis atau ceritakan sebahagian kecil kisah anda sendiri, dari dahulu hingga sekarang, dan perhatikan bagaimana ia membantu anda membantu orang lain.",
        "Para pembimbing di Malaysia menemui makna dengan memahami kisah hidup mereka sendiri.",
    ),
    sug(
        "mea_good_moment",
        "Tulis satu saat baik setiap hari",
        "Setiap malam, catat satu saat di tempat kerja yang berjalan baik, seperti gelak ketawa atau langkah kecil ke depan.",
        "Para pembimbing menghadapi hasil yang sukar dengan mengenang saat-saat baik yang mereka kongsi bersama orang yang mereka sokong.",
    ),
    sug(
        "mea_keep",
        "Simpan koleksi saat-saat baik",
        "Simpan ucapan terima kasih, kejayaan dan kata-kata baik dalam nota atau buku catatan untuk dibaca pada hari yang sukar.",
        "Seorang pembimbing rakan sebaya dalam kajian di Israel berkata ganjaran yang sebenar ialah melihat orang yang dibantunya kemudiannya berkahwin dan bekerja.",
    ),
    sug(
        "mea_grounding",
        "Luangkan masa untuk apa yang menenangkan dan meneguhkan anda",
        "Sediakan beberapa minit setiap hari untuk doa, meditasi, alam semula jadi, muzik atau apa sahaja yang menenangkan anda.",
        "Pembimbing yang ditemu bual dalam satu kajian di Malaysia mendapat kekuatan daripada amalan yang membuatkan mereka tetap teguh, selalunya amalan agama.",
    ),
    sug(
        "mea_pay_forward",
        "Perhatikan kebaikan yang anda salurkan semula kepada orang lain",
        "Fikirkan seorang yang membantu anda pada awalnya dan seorang yang anda bantu sekarang, dan lihat bagaimana kedua-duanya berkait.",
        "Para pembimbing menggambarkan kerja mereka sebagai cara untuk meneruskan apa yang pernah diberikan kepada mereka.",
    ),
    // Peranan dan tempat kerja.
    sug(
        "wor_role_clear",
        "Minta peranan anda secara bertulis",
        "Minta pengurus anda menyediakan senarai ringkas tentang apa yang termasuk dan tidak termasuk dalam peranan anda, dan kongsikan dengan pasukan anda.",
        "Penulis kajian itu berpendapat bahawa pandangan negatif kakitangan lain terhadap pembimbing rakan sebaya mungkin sebahagiannya berpunca daripada peranan yang tidak jelas.",
    ),
    sug(
        "wor_training",
        "Minta satu latihan yang anda perlukan",
        "Namakan satu situasi yang anda rasa belum bersedia, seperti krisis atau keluarga yang sedang berduka, dan minta latihan mengenainya.",
        "Kajian itu menyeru agar latihan dan sokongan berterusan diberikan untuk membantu pembimbing rakan sebaya menghadapi situasi yang sangat sukar dan melindungi mereka daripada keletihan melampau.",
    ),
    sug(
        "wor_unsafe",
        "Beritahu pengurus apa yang terasa tidak selamat",
        "Ceritakan saat yang terasa tidak selamat dan persetujui satu perubahan, seperti tidak menghantar seseorang dengan kereta seorang diri atau membawa rakan sekerja bersama.",
        "Seorang pembimbing rasa tidak selamat kali pertama dia menghantar orang yang disokongnya dengan kereta, dan tiada siapa patut menanggung risiko itu seorang diri.",
    ),
    sug(
        "wor_ally",
        "Cari seorang penyokong dalam pasukan anda",
        "Cari seorang kakitangan yang menghargai kerja sokongan rakan sebaya, dan minta dia menyokong anda apabila peranan anda dibangkitkan dalam mesyuarat.",
        "Satu artikel ulasan tentang kerja sokongan rakan sebaya menyatakan bahawa tempat kerja mesti menghormati pengalaman hidup sendiri dan menyokong kerja berpasukan antara pelbagai peranan.",
    ),
    sug(
        "wor_explain",
        "Terangkan peranan anda kepada seorang rakan sekerja",
        "Tawarkan lima minit kepada rakan sekerja yang bukan pembimbing rakan sebaya untuk menerangkan nilai tambah sokongan rakan sebaya dan cara anda bekerja.",
        "Satu artikel ulasan tentang kerja sokongan rakan sebaya menyatakan bahawa pengalaman hidup sendiri mungkin kurang dihargai berbanding dengan kelayakan formal.",
    ),
    sug(
        "wor_money",
        "Ambil satu langkah untuk menangani kerisauan wang",
        "Dalam penilaian prestasi anda yang akan datang, tanya bagaimana gaji anda ditetapkan dan apa yang boleh menaikkannya, dan jika gaji masih tidak cukup untuk membayar bil, dapatkan nasihat kewangan percuma di kawasan anda.",
        "Satu ringkasan kajian di Israel menyenaraikan gaji rendah sebagai halangan dalam kerja sokongan rakan sebaya, dan seorang pembimbing berkata dia tidak akan bertahan walau seminit jika hanya kerana gaji.",
    ),
    sug(
        "wor_next_step",
        "Tinjau langkah anda seterusnya",
        "Dapatkan maklumat tentang latihan, sijil kelayakan atau peranan yang boleh menjadi langkah seterusnya untuk anda, dan tanyakan tentangnya dalam penilaian prestasi anda yang akan datang.",
        "Satu ringkasan kajian di Israel menyenaraikan kekurangan insentif kerjaya sebagai halangan dalam kerja sokongan rakan sebaya.",
    ),
    sug(
        "wor_record",
        "Catat layanan yang tidak adil",
        "Tulis tarikh dan apa yang berlaku setiap kali peranan anda diketepikan, supaya anda boleh membangkitkannya kemudian jika anda mahu.",
        "Kajian menyatakan bahawa penjagaan diri sahaja tidak dapat menyelesaikan masalah tempat kerja, dan sesetengah perkara perlu dibangkitkan kepada organisasi.",
    ),
    sug(
        "wor_keep",
        "Beritahu pengurus anda apa yang berkesan",
        "Namakan satu perkara yang membantu anda melakukan kerja dengan baik, supaya pasukan anda terus melakukannya.",
        "Satu artikel ulasan tentang kerja sokongan rakan sebaya menyifatkan budaya tempat kerja yang menghargai pengalaman hidup sendiri sebagai amat penting.",
    ),
];


pub static BANDS: &[BandText] = &[
    BandText {
        band: Band::Steady,
        name: "Stabil",
        meaning: "Bahagian cawan anda ini bertahan dengan baik buat masa ini.",
    },
    BandText {
        band: Band::Watch,
        name: "Perlu diperhati",
        meaning: "Bahagian ini wajar diberi sedikit perhatian sebelum ia semakin surut.",
    },
    BandText {
        band: Band::NeedsCare,
        name: "Perlu dijaga sekarang",
        meaning: "Bahagian ini semakin surut dan wajar anda jaga minggu ini.",
    },
];

pub static RESEARCH: &[ResearchText] = &[
    ResearchText {
        source: Source::CareForOurselves,
        summary: "Williams berbual dengan sepuluh pembimbing rakan sebaya yang bergaji tentang \
            bagaimana peranan itu bersilang dengan kepulihan mereka sendiri. Mereka menggambarkan \
            kerja yang sangat berat, keperluan menjaga kepulihan sendiri, melepaskan hasil, \
            mengenali diri, dan batasan yang mudah kabur. Full Cup mengambil tema, kebanyakan \
            soalan dan banyak cadangannya daripada kajian ini, termasuk seruannya agar penyeliaan \
            dilakukan oleh orang dalam kepulihan dan agar ada sokongan selepas relaps atau \
            kematian orang yang disokong.",
    },
    ResearchText {
        source: Source::HelpingOthersHelpsOurselves,
        summary: "Dalam artikel kedua, yang besar kemungkinan berdasarkan sepuluh temu bual \
            yang sama, Williams \
            mendapati bahawa membantu orang lain turut mengukuhkan kepulihan para pembimbing itu sendiri: ia \
            memastikan mereka terus berhubung, membolehkan mereka meneruskan apa yang pernah \
            diberikan kepada mereka, dan membawa rasa pencapaian. Kajian itu juga menegaskan \
            bahawa kerja membantu mesti kekal terpisah daripada usaha kepulihan pembimbing itu \
            sendiri. Full Cup bertanya tentang kedua-dua sisi.",
    },
    ResearchText {
        source: Source::HealingThroughHelping,
        summary:
            "Abu Hassan Shaari menemu bual 30 pekerja kepulihan dalam rawatan dadah berasaskan \
            komuniti di Malaysia. Amalan agama, hubungan dengan rakan sebaya, dan mencari makna \
            daripada kisah hidup sendiri membantu mereka kekal sihat dan kekal dalam kerja ini. \
            Daripada kajian ini, Full Cup mengambil pandangan bahawa kepulihan berlangsung \
            sepanjang hayat, serta soalan tentang apa yang menjadi pegangan seseorang, tanpa \
            pernah menganggap seseorang itu menganut sesuatu agama.",
    },
    ResearchText {
        source: Source::PeerSupportRole,
        summary:
            "Artikel ulasan ini menerangkan nilai tambah sokongan rakan sebaya dalam rawatan dan masalah \
            yang sering dihadapi pembimbing rakan sebaya: peranan yang tidak jelas, stigma \
            daripada rakan sekerja, hierarki, tekanan, gaji rendah dan penyeliaan yang terlalu \
            sedikit. Tema tempat kerja dalam Full Cup dan ideanya untuk mencari penyeliaan rakan \
            sebaya datang dari sini.",
    },
    ResearchText {
        source: Source::WoundedHealers,
        summary: "Catatan blog ini meringkaskan satu kajian di Israel yang melibatkan 23 pembimbing rakan sebaya yang pernah mengalami ketagihan dan trauma serta pernah dipenjarakan. Kerja membantu memberi mereka tujuan, penghormatan dan hubungan baharu, manakala gaji rendah, insentif kerjaya yang sedikit dan tekanan akibat trauma orang lain membebankan mereka. Full Cup menggunakannya untuk tema makna dan sokongan, untuk gaji rendah dan insentif kerjaya yang sedikit, serta untuk idea bagi pembimbing yang masa lalunya melibatkan penjara atau trauma.",
    },
];
