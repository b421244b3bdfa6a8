//! The crosswalk for course plans, in Malay.

use crate::content::ui::{CrosswalkWords, FrameworkWords, RowWords};

pub const CROSSWALK: CrosswalkWords = CrosswalkWords {
    link: "Jadual padanan: bahagian-bahagian cawan dipadankan dengan empat rangka kerja dan panduan yang digunakan dalam latihan pembimbing rakan sebaya, berserta jadual masa untuk modul 10 minit dan 30 minit",
    intro: "Untuk memasukkan Full Cup ke dalam rancangan kursus. Setiap jadual meletakkan unsur-unsur satu rangka kerja di sebelah bahagian-bahagian cawan yang berkaitan dengannya, berserta satu baris tentang sebabnya. Ini ialah tafsiran kami dan titik permulaan untuk tafsiran anda sendiri: tiada satu pun daripada badan ini pernah meneliti Full Cup, Full Cup bukan sebahagian daripada mana-mana pensijilan, dan hanya strategi GAINS yang membincangkan kesejahteraan pembimbing rakan sebaya sendiri: dimensi SAMHSA ditulis untuk orang yang dalam kepulihan, manakala domain IC&RC dan bangku CCAR menghuraikan kerja bersama orang lain, jadi membacanya dari sudut penjagaan diri ialah tafsiran kami. Bahagian cawan yang diletakkan di sebelah sesuatu unsur bermaksud soalan-soalannya menyentuh unsur itu, bukan bermaksud modul mengajarkannya. Sama ada sesuatu modul dikira sebagai jam latihan atau jam pendidikan berterusan ditentukan oleh lembaga pensijilan anda. Nama-nama dalam lajur pertama ialah parafrasa kami.",
    element_col: "Dalam rangka kerja",
    parts_col: "Bahagian cawan",
    why_col: "Sebab",
    sources: "Sumber:",
    checked: "disemak pada {date}",
    frameworks: [
        FrameworkWords {
            name: "Lapan dimensi kesejahteraan SAMHSA",
            about: "Lapan aspek kesejahteraan yang saling berkaitan, ditulis untuk orang yang hidup dengan masalah kesihatan mental dan masalah penggunaan dadah dan alkohol. Di sini ia dibaca dari sudut kesejahteraan pembimbing rakan sebaya sendiri.",
            rows: &[
                RowWords { element: "Emosi", why: "Menangani apa yang dibawa oleh kerja ini: kepedihan yang terbawa pulang ke rumah, kemunduran yang dianggap sebagai hal peribadi, dan menyedari apabila cawan semakin surut." },
                RowWords { element: "Persekitaran", why: "Berasa selamat di tempat kerja. Full Cup hanya bertanya satu soalan tentangnya, dan tidak bertanya apa-apa tentang rumah atau kawasan sekitar." },
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
            about: "Empat domain pensijilan Peer Recovery IC&RC: Advokasi (Advocacy), Bimbingan dan Pendidikan (Mentoring and Education), Sokongan Kepulihan dan Kesejahteraan (Recovery and Wellness Support), serta Tanggungjawab Etika (Ethical Responsibility). Piawaian minimum IC&RC memerlukan 46 jam latihan, 16 jam daripadanya dalam Tanggungjawab Etika, serta 20 jam pendidikan berterusan setiap dua tahun, 6 jam daripadanya dalam etika; lembaga pensijilan anda mungkin menetapkan lebih daripada itu. Satu domain, Tanggungjawab Etika, berkaitan dengan kesejahteraan diri pembimbing sendiri.",
            rows: &[
                RowWords { element: "Tanggungjawab Etika (Ethical Responsibility)", why: "Domain ini merangkumi kekal dalam batasan peranan dan bertindak balas terhadap risiko kepada kebajikan dan keselamatan. Dibaca dari sudut pembimbing itu sendiri, mengikut tafsiran kami, ia bermaksud: mengenali tanda-tanda amaran diri sendiri, melindungi kepulihan diri sendiri, memberitahu penyelia atau rangkaian sokongan apabila masalah peribadi menjejaskan kerja, berkata tidak, dan mengetahui perkara yang bukan tugas sendiri." },
            ],
        },
        FrameworkWords {
            name: "Strategi kesejahteraan GAINS Center untuk pembimbing rakan sebaya",
            about: "Lima strategi daripada sebuah artikel pendek oleh GAINS Center SAMHSA, berdasarkan perbualan dengan dua orang pembimbing rakan sebaya: seorang dalam perkhidmatan membantu orang kembali ke masyarakat selepas penjara, dan seorang lagi yang bekerja dengan orang yang hidup tanpa tempat tinggal. Kami menyampaikan strategi-strategi ini dengan kata-kata kami sendiri.",
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
            about: "CCAR, yang mengendalikan Recovery Coach Academy, menamakan asas bimbingan kepulihan sebagai mendengar secara aktif, bertanya soalan yang baik dan mengurus hal diri anda sendiri, yang digambarkan sebagai kaki sebuah bangku yang tempat duduknya ialah melayan setiap orang sebagai sumber terbaik bagi dirinya sendiri. CCAR menghuraikan asas ketiga sebagai menyedari bias diri sendiri dan mengurusnya; membacanya juga sebagai penjagaan diri ialah tafsiran kami.",
            rows: &[
                RowWords { element: "Uruskan hal diri anda sendiri", why: "Mengenali pencetus diri sendiri, luka lama yang dibangkitkan oleh kerja ini, dan kepulihan diri sendiri, supaya semua itu tidak terbawa-bawa ke dalam usaha membantu. Full Cup tidak bertanya apa-apa tentang bias." },
                RowWords { element: "Setiap orang ialah sumber terbaik bagi dirinya sendiri", why: "Membiarkan orang bergerak mengikut kadar mereka sendiri, dan tidak memikul hasil yang sebenarnya milik mereka." },
            ],
        },
    ],
    timing_heading: "Jadual masa",
    timing_note: "Tiada siapa menjawab semakan diri di dalam bilik. Semakan pantas (kurang daripada 2 minit) dan semakan diri penuh (5 hingga 8 minit) ditawarkan untuk dibuat kemudian, secara peribadi: slaid kod QR dalam Mod kelas dan Set bahan kelas menyatakan perkara ini.",
    ten_heading: "10 minit: satu bahagian, satu kad",
    ten_steps: &[
        "Sebelum bermula: pilih bahagian yang lebih ringan; “Memikul beban” dan “Berlapang dada tentang hasil” memerlukan jadual masa 30 minit. Susun tempat duduk peserta dalam kumpulan tiga orang, dengan satu salinan kad perbincangan bagi setiap kumpulan.",
        "0:00 hingga 1:30. Peraturan asas, pada slaid pertama Mod kelas. Bacakan kenyataan daripada Set bahan kelas dahulu hanya jika setiap perkataannya benar bagi kelas ini. Sediakan langkah-langkah jika seseorang sangat tertekan dan talian bantuan tempatan anda.",
        "1:30 hingga 2:00. Slaid bahagian itu: bacakan tujuannya, dan nyatakan unsur dalam rancangan kursus anda yang diletakkan di sebelahnya (slaid itu tidak menunjukkan perkara ini).",
        "2:00 hingga 7:30. Seorang dalam setiap kumpulan membacakan kad perbincangan itu; kemudian pemasa ditetapkan pada 5 minit.",
        "7:30 hingga 8:45. Dua atau tiga kumpulan yang mahu berkongsi memberikan satu idea setiap satu, tanpa menyebut siapa yang menyuarakannya.",
        "8:45 hingga 9:30. Slaid kod QR: Full Cup, kemudian, secara peribadi.",
        "9:30 hingga 10:00. Penutup, dengan talian bantuan, dan ucapan terima kasih.",
    ],
    thirty_heading: "30 minit: poster pelekat, satu sesi kumpulan dan kadnya",
    thirty_steps: &[
        "Sebelum bermula, semasa rehat atau ketika peserta tiba: poster pelekat diletakkan di tempat yang tidak menghadap ke dalam bilik, satu pelekat bagi setiap orang, tanpa sesiapa memerhati; jika kurang daripada kira-kira enam orang, langkau langkah ini dan pilih bahagian itu bersama-sama.",
        "0:00 hingga 2:30. Peraturan asas, dan kenyataan daripada Set bahan kelas jika setiap perkataannya benar bagi kelas ini; langkah-langkah jika seseorang sangat tertekan dan talian bantuan tempatan anda sedia di tangan.",
        "2:30 hingga 3:30. Bahagian yang paling banyak pelekat (kira pelekat itu sendiri; jika dua bahagian sama banyak, pilih satu); kertas itu diturunkan, dan tiada gambar diambil.",
        "3:30 hingga 9:00. Sesi kumpulan: tujuannya, soalannya untuk kumpulan, masa untuk diam, kemudian perkongsian bagi sesiapa yang mahu, dengan pemasa ditetapkan pada 5 minit.",
        "9:00 hingga 19:30. Bahagikan peserta kepada kumpulan tiga orang dengan kad perbincangan bahagian yang sama; mulakan pemasa pada 10 minit sebaik sahaja semua kumpulan sudah bersedia.",
        "19:30 hingga 22:00. Idea daripada kumpulan-kumpulan yang mahu berkongsi, tanpa menyebut siapa yang menyuarakannya.",
        "22:00 hingga 26:00. Latihan ringkas sesi kumpulan itu, seperti yang diterangkan pada slaidnya (secara bersendirian, berpasangan atau sebagai satu kumpulan), dengan pemasa ditetapkan pada 3 minit. Tiada siapa perlu berkongsi apa yang ditulisnya melainkan dia memilih untuk berbuat demikian, dan tiada apa-apa yang bersifat peribadi dikumpul.",
        "26:00 hingga 30:00. Slaid kod QR dan versi kertas untuk dibawa pulang, kemudian penutup dengan talian bantuan.",
    ],
};
