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
        note: "Gratuita y confidencial, a cualquier hora, sobre consumo de sustancias y salud mental, en inglés y en español.",
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
        note: "La línea de crisis de salud mental del Ministerio de Salud. Puede tener el costo de una llamada normal.",
    },
    ContactText {
        id: "eg_16023",
        region: "Egipto",
        note: "Ayuda gratis y confidencial con el consumo de alcohol o drogas, del fondo nacional de tratamiento de adicciones.",
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
];
