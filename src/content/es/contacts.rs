//! Spanish descriptions of the built-in support lines.

use crate::content::ContactText;

pub static CONTACTS: &[ContactText] = &[
    ContactText {
        id: "us_988",
        region: "Estados Unidos",
        note: "Llama o envía un mensaje de texto, a cualquier hora, ante cualquier crisis emocional. Para hablar en español, marca 2 al llamar, o escribe AYUDA en un mensaje de texto al 988.",
    },
    ContactText {
        id: "us_samhsa",
        region: "Estados Unidos",
        note: "Información y derivación a tratamiento sobre consumo de sustancias y salud mental, gratuita y confidencial, a cualquier hora, en inglés y en español. No es una línea de crisis.",
    },
    ContactText {
        id: "ca_988",
        region: "Canadá",
        note: "Llama o envía un mensaje de texto, a cualquier hora.",
    },
    ContactText {
        id: "uk_samaritans",
        region: "Reino Unido e Irlanda",
        note: "Llamada gratuita, a cualquier hora, pases por lo que pases.",
    },
    ContactText {
        id: "au_lifeline",
        region: "Australia",
        note: "Apoyo en crisis, a cualquier hora.",
    },
    ContactText {
        id: "nz_1737",
        region: "Nueva Zelanda",
        note: "Llama o envía un mensaje de texto para hablar con una persona con formación en consejería, a cualquier hora.",
    },
    ContactText {
        id: "es_024",
        region: "España",
        note: "Gratis y confidencial, a cualquier hora, para quien piensa en el suicidio y para las personas cercanas.",
    },
    ContactText {
        id: "mx_linea_vida",
        region: "México",
        note: "La línea gratuita de la Secretaría de Salud para la salud mental y el consumo de alcohol o drogas, abierta día y noche.",
    },
    ContactText {
        id: "my_heal",
        region: "Malasia",
        note: "La línea de crisis de salud mental del Ministerio de Salud, abierta de 8 de la mañana a medianoche. Puede tener el costo de una llamada normal.",
    },
    ContactText {
        id: "eg_16023",
        region: "Egipto",
        note: "Ayuda gratuita con el consumo de alcohol o drogas, del fondo nacional de tratamiento de adicciones.",
    },
    ContactText {
        id: "lb_1564",
        region: "Líbano",
        note: "Una línea gratuita de apoyo emocional y prevención del suicidio, de la organización Embrace.",
    },
    ContactText {
        id: "qa_16000",
        region: "Catar",
        note: "La línea gratuita del servicio público de salud: elige la opción de salud mental (la Línea Nacional de Ayuda en Salud Mental). Solo de día, y no todos los días; fuera de ese horario, acude a cualquier servicio de urgencias.",
    },
    ContactText {
        id: "in_tele_manas",
        region: "India",
        note: "La línea gratuita de salud mental del Gobierno, a cualquier hora, en muchas lenguas de la India.",
    },
    ContactText {
        id: "ph_ncmh",
        region: "Filipinas",
        note: "La línea de crisis gratuita del Centro Nacional de Salud Mental, a cualquier hora.",
    },
    ContactText {
        id: "ph_ncmh_mobile",
        region: "Filipinas",
        note: "La misma línea de crisis, desde un teléfono móvil.",
    },
    ContactText {
        id: "za_substance",
        region: "Sudáfrica",
        note: "La línea gratuita del Departamento de Desarrollo Social sobre el consumo de alcohol y drogas, a cualquier hora.",
    },
    ContactText {
        id: "sg_mindline",
        region: "Singapur",
        note: "La línea nacional de salud mental, gratuita, a cualquier hora.",
    },
    ContactText {
        id: "sg_sos",
        region: "Singapur",
        note: "Apoyo gratuito para cualquier persona que piense en el suicidio, a cualquier hora.",
    },
    ContactText {
        id: "ar_salud_mental",
        region: "Argentina",
        note: "La línea gratuita de salud mental del Ministerio de Salud de la Nación, a cualquier hora.",
    },
    ContactText {
        id: "ar_sedronar",
        region: "Argentina",
        note: "Ayuda gratuita y anónima con el consumo de alcohol o drogas, a cualquier hora.",
    },
    ContactText {
        id: "cl_4141",
        region: "Chile",
        note: "La línea gratuita de prevención del suicidio del Ministerio de Salud, a cualquier hora, desde un teléfono móvil. Marca el número a mano.",
    },
    ContactText {
        id: "cl_senda",
        region: "Chile",
        note: "Ayuda gratuita y confidencial con el alcohol y las drogas, a cualquier hora.",
    },
    ContactText {
        id: "pe_113",
        region: "Perú",
        note: "La línea gratuita del Ministerio de Salud, a cualquier hora: elige la opción 5 para salud mental.",
    },
    ContactText {
        id: "bn_harapan",
        region: "Brunéi",
        note: "La línea gratuita de salud mental del Ministerio de Salud, a cualquier hora.",
    },
    ContactText {
        id: "eg_16328",
        region: "Egipto",
        note: "La línea gratuita del Ministerio de Salud para salud mental y adicciones, a cualquier hora.",
    },
    ContactText {
        id: "ae_ehs",
        region: "Emiratos Árabes Unidos",
        note: "Una línea gratuita de apoyo emocional, de 9 de la mañana a 9 de la noche, todos los días.",
    },
];

/// Country names for the choice of crisis lines.
pub static COUNTRIES: &[(&str, &str)] = &[
    ("US", "Estados Unidos"),
    ("CA", "Canadá"),
    ("GB", "Reino Unido"),
    ("IE", "Irlanda"),
    ("AU", "Australia"),
    ("NZ", "Nueva Zelanda"),
    ("IN", "India"),
    ("PH", "Filipinas"),
    ("ZA", "Sudáfrica"),
    ("NG", "Nigeria"),
    ("SG", "Singapur"),
    ("ES", "España"),
    ("MX", "México"),
    ("AR", "Argentina"),
    ("CO", "Colombia"),
    ("CL", "Chile"),
    ("PE", "Perú"),
    ("MY", "Malasia"),
    ("BN", "Brunéi"),
    ("EG", "Egipto"),
    ("LB", "Líbano"),
    ("QA", "Catar"),
    ("SA", "Arabia Saudita"),
    ("AE", "Emiratos Árabes Unidos"),
    ("JO", "Jordania"),
    ("MA", "Marruecos"),
    ("IQ", "Irak"),
];
