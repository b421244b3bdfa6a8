//! The crosswalk for course plans, in Malay.

use crate::content::ui::{CrosswalkWords, FrameworkWords, RowWords};

pub const CROSSWALK: CrosswalkWords = CrosswalkWords {
    title: "Jadual padanan untuk rancangan kursus",
    link: "Jadual padanan: bahagian-bahagian cawan dipadankan dengan empat rangka kerja yang digunakan dalam latihan pembimbing rakan sebaya, berserta jadual masa untuk modul 10 minit dan 30 minit",
    intro: "Untuk memasukkan Full Cup ke dalam rancangan kursus. Setiap jadual meletakkan unsur-unsur satu rangka kerja di sebelah bahagian-bahagian cawan yang berkaitan dengannya, berserta satu baris tentang sebabnya. Ini ialah tafsiran kami dan titik permulaan untuk tafsiran anda sendiri: tiada satu pun daripada badan ini pernah meneliti Full Cup, Full Cup bukan sebahagian daripada mana-mana pensijilan, dan sebahagian daripada rangka kerja ini ditulis tentang orang yang disokong oleh pembimbing rakan sebaya, bukan tentang pembimbing itu sendiri.",
    element_col: "Dalam rangka kerja",
    parts_col: "Bahagian cawan",
    why_col: "Sebab",
    sources: "Sumber:",
    checked: "disemak pada {date}",
    frameworks: [
        FrameworkWords {
            name: "Lapan dimensi kesejahteraan SAMHSA",
            about: "Lapan aspek kesejahteraan yang saling berkaitan, ditulis untuk orang yang hidup dengan masalah kesihatan mental dan masalah penggunaan dadah dan alkohol. Di sini ia dibaca dari sudut kesejahteraan pembimbing rakan sebaya sendiri; cara penggunaan ini ialah pilihan kami.",
            rows: &[
                RowWords { element: "Emosi", why: "Menangani apa yang dibawa oleh kerja ini: kepedihan yang terbawa pulang ke rumah, kemunduran yang dianggap sebagai hal peribadi, dan menyedari apabila cawan semakin surut." },
                RowWords { element: "Persekitaran", why: "Berasa selamat di tempat kerja." },
                RowWords { element: "Kewangan", why: "Gaji yang cukup untuk hidup; Full Cup hanya bertanya satu soalan tentangnya, tidak lebih." },
                RowWords { element: "Intelek", why: "Ruang untuk belajar dan berkembang dalam peranan ini, dan seseorang yang berpengalaman untuk belajar daripadanya." },
                RowWords { element: "Pekerjaan", why: "Makna yang ditemui dalam kerja ini, serta peranan yang jelas dan dihormati." },
                RowWords { element: "Fizikal", why: "Tidur dan keletihan selepas syif yang panjang dan panggilan lewat malam. Full Cup tidak bertanya apa-apa tentang senaman atau makanan." },
                RowWords { element: "Sosial", why: "Rakan sekerja, penyeliaan dan rangkaian kepulihan sebagai tempat bersandar." },
                RowWords { element: "Kerohanian", why: "Tujuan hidup, dan apa yang menenangkan dan meneguhkan seseorang." },
            ],
        },
        FrameworkWords {
            name: "Domain Peer Recovery IC&RC",
            about: "Empat domain pensijilan Peer Recovery IC&RC: Advokasi (Advocacy), Bimbingan dan Pendidikan (Mentoring and Education), Sokongan Kepulihan dan Kesejahteraan (Recovery and Wellness Support), serta Tanggungjawab Etika (Ethical Responsibility). Pensijilan ini memerlukan 46 jam latihan, 16 jam daripadanya dalam Tanggungjawab Etika, serta 6 jam etika bagi setiap pembaharuan dua tahun sekali. Dua daripada domain ini menyentuh kesejahteraan diri pembimbing.",
            rows: &[
                RowWords { element: "Tanggungjawab Etika (Ethical Responsibility)", why: "Domain ini merangkumi tindak balas terhadap penunjuk risiko diri sendiri dan kekal dalam batasan peranan: mengenali tanda-tanda amaran diri sendiri, melindungi kepulihan diri sendiri, berani berkata tidak, dan mengetahui perkara yang bukan tugas sendiri." },
                RowWords { element: "Advokasi (Advocacy)", why: "Domain ini merangkumi advokasi diri dan pandangan kesejahteraan yang melihat seseorang secara menyeluruh: meminta sokongan dan keadaan kerja yang diperlukan oleh peranan ini." },
            ],
        },
        FrameworkWords {
            name: "Strategi kesejahteraan GAINS Center untuk pembimbing rakan sebaya",
            about: "Lima strategi yang dikumpulkan oleh GAINS Center SAMHSA daripada pembimbing rakan sebaya yang bekerja dalam sistem keadilan jenayah.",
            rows: &[
                RowWords { element: "Teruskan menjaga kepulihan anda sendiri", why: "Tujuan yang sama dengan bahagian “Kepulihan diri saya”." },
                RowWords { element: "Tetapkan batasan", why: "Had waktu, batasan peranan, dan batasan tentang apa yang mampu dipikul untuk orang lain." },
                RowWords { element: "Bersikap baik kepada diri sendiri", why: "Melepaskan rasa bersalah apabila perjalanan hidup seseorang menjadi buruk." },
                RowWords { element: "Gunakan penyeliaan dan sokongan organisasi anda", why: "Penyeliaan yang memahami peranan pembimbing rakan sebaya, dan apa yang disediakan oleh tempat kerja." },
                RowWords { element: "Ingat sebab anda melakukan kerja ini", why: "Tujuan yang sama dengan bahagian “Makna dan pegangan”." },
            ],
        },
        FrameworkWords {
            name: "Bangku bimbingan kepulihan CCAR",
            about: "Recovery Coach Academy CCAR mengajar bimbingan kepulihan sebagai sebuah bangku berkaki tiga: mendengar, bertanya soalan yang baik, dan mengurus hal diri sendiri, dengan setiap orang sebagai sumber terbaik bagi dirinya sendiri. CCAR menghuraikan kaki ketiga sebagai mengenali dan mengurus bias dan reaksi diri sendiri; tafsiran bahawa ia juga merangkumi penjagaan diri ialah tafsiran kami.",
            rows: &[
                RowWords { element: "Uruskan hal diri anda sendiri", why: "Mengenali pencetus diri sendiri, luka lama yang dibangkitkan oleh kerja ini, dan kepulihan diri sendiri, supaya semua itu tidak terbawa-bawa ke dalam usaha membantu." },
                RowWords { element: "Setiap orang ialah sumber terbaik bagi dirinya sendiri", why: "Membiarkan orang bergerak mengikut kadar mereka sendiri, dan tidak memikul hasil yang sebenarnya milik mereka." },
            ],
        },
    ],
    timing_heading: "Jadual masa",
    timing_note: "Tiada siapa menjawab semakan diri di dalam bilik. Semakan pantas (kira-kira 2 minit) dan semakan diri (5 hingga 8 minit) ditawarkan untuk dibuat kemudian, secara peribadi: slaid kod QR dalam Mod kelas dan Set bahan kelas menyatakan perkara ini.",
    ten_heading: "10 minit: satu bahagian, satu kad",
    ten_steps: &[
        "0:00 hingga 1:30. Kenyataan daripada Set bahan kelas dan peraturan asas, pada slaid pertama Mod kelas.",
        "1:30 hingga 2:00. Slaid bahagian itu: tujuannya, dan baris jadual padanan yang berkaitan dengannya.",
        "2:00 hingga 7:15. Dalam kumpulan tiga orang, kad perbincangan bahagian itu, dengan pemasa ditetapkan pada 5 minit.",
        "7:15 hingga 8:45. Satu idea dikongsi oleh setiap kumpulan, tanpa menyebut siapa yang menyuarakannya.",
        "8:45 hingga 9:30. Slaid kod QR: Full Cup, kemudian, secara peribadi.",
        "9:30 hingga 10:00. Penutup, dengan talian bantuan, dan ucapan terima kasih.",
    ],
    thirty_heading: "30 minit: poster pelekat, satu sesi kumpulan dan kadnya",
    thirty_steps: &[
        "Sebelum bermula: poster pelekat diletakkan di tempat yang tidak menghadap ke dalam bilik, satu pelekat bagi setiap orang, tanpa sesiapa memerhati; jika kurang daripada kira-kira enam orang, langkau langkah ini dan pilih bahagian itu bersama-sama.",
        "0:00 hingga 2:30. Kenyataan dan peraturan asas, dengan langkah-langkah jika seseorang sangat tertekan sedia di tangan.",
        "2:30 hingga 3:30. Bahagian yang paling banyak pelekat; kertas itu diturunkan, dan tiada gambar diambil.",
        "3:30 hingga 9:00. Sesi kumpulan: tujuannya, soalannya untuk kumpulan, masa untuk diam, kemudian perkongsian, dengan pemasa ditetapkan pada 5 minit.",
        "9:00 hingga 19:00. Kad bahagian yang sama, dalam kumpulan tiga orang, dengan pemasa ditetapkan pada 10 minit.",
        "19:00 hingga 22:00. Idea daripada kumpulan-kumpulan, tanpa menyebut siapa yang menyuarakannya.",
        "22:00 hingga 26:00. Latihan ringkas sesi kumpulan itu, dilakukan secara peribadi, dengan pemasa ditetapkan pada 3 minit.",
        "26:00 hingga 30:00. Slaid kod QR dan versi kertas untuk dibawa pulang, kemudian penutup dengan talian bantuan.",
    ],
};
