//! Arabic descriptions of the built-in support lines.

use crate::content::ContactText;

pub static CONTACTS: &[ContactText] = &[
    ContactText {
        id: "us_988",
        region: "الولايات المتحدة",
        note: "اتصال أو رسالة نصية، في أي وقت، لأي نوع من الأزمات النفسية.",
    },
    ContactText {
        id: "us_samhsa",
        region: "الولايات المتحدة",
        note: "مجاني وسرّي، في أي وقت، حول تعاطي المخدرات أو الكحول والصحة النفسية، بالإنجليزية والإسبانية.",
    },
    ContactText {
        id: "ca_988",
        region: "كندا",
        note: "اتصال أو رسالة نصية، في أي وقت.",
    },
    ContactText {
        id: "uk_samaritans",
        region: "المملكة المتحدة وأيرلندا",
        note: "اتصال مجاني، في أي وقت، أيًّا كان ما يمرّ بك.",
    },
    ContactText {
        id: "au_lifeline",
        region: "أستراليا",
        note: "دعم في الأزمات، في أي وقت.",
    },
    ContactText {
        id: "nz_1737",
        region: "نيوزيلندا",
        note: "اتصال أو رسالة نصية للتحدث مع مستشار مدرَّب، في أي وقت.",
    },
    ContactText {
        id: "es_024",
        region: "إسبانيا",
        note: "مجاني وسرّي، في أي وقت، لمن تراوده أفكار الانتحار وللمقرّبين منه.",
    },
    ContactText {
        id: "mx_linea_vida",
        region: "المكسيك",
        note: "الخط المجاني لوزارة الصحة للصحة النفسية ولتعاطي المخدرات أو الكحول، متاح ليلًا ونهارًا.",
    },
    ContactText {
        id: "my_heal",
        region: "ماليزيا",
        note: "خط وزارة الصحة لأزمات الصحة النفسية. قد تُحتسب تكلفة المكالمة العادية.",
    },
    ContactText {
        id: "eg_16023",
        region: "مصر",
        note: "مساعدة مجانية وسرّية بشأن تعاطي المخدرات أو الكحول، من الصندوق الوطني لعلاج الإدمان.",
    },
    ContactText {
        id: "qa_16000",
        region: "قطر",
        note: "الخط المجاني لمؤسسة حمد الطبية الحكومية: اطلب خط المساعدة الوطني للصحة النفسية.",
    },
];
