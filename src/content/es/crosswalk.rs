//! The crosswalk for course plans, in Spanish.

use crate::content::ui::{CrosswalkWords, FrameworkWords, RowWords};

pub const CROSSWALK: CrosswalkWords = CrosswalkWords {
    title: "Tabla de correspondencias para planificar cursos",
    link: "La tabla de correspondencias: las partes de la taza junto a cuatro marcos de referencia usados en la capacitación en apoyo entre pares, con cronogramas para un módulo de 10 minutos y otro de 30",
    intro: "Para incluir Full Cup en la planificación de un curso. Cada tabla pone las partes de un marco junto a las partes de la taza que se relacionan con ellas, con una línea que explica por qué. Es nuestra lectura y un punto de partida para la tuya: ninguna de estas entidades ha revisado Full Cup, Full Cup no forma parte de ninguna credencial, y algunos de los marcos se escribieron pensando en las personas que reciben apoyo entre pares, no en quienes lo brindan.",
    element_col: "En el marco",
    parts_col: "Partes de la taza",
    why_col: "Por qué",
    sources: "Fuente:",
    checked: "consultada el {date}",
    frameworks: [
        FrameworkWords {
            name: "Las ocho dimensiones del bienestar de SAMHSA",
            about: "Ocho aspectos del bienestar, relacionados entre sí, escritos para personas que viven con problemas de salud mental y de consumo de sustancias. Aquí los leemos pensando en el bienestar propio de quien trabaja como par; ese uso es nuestro.",
            rows: &[
                RowWords { element: "Emocional", why: "Afrontar lo que trae el trabajo: el dolor que se lleva a casa, los tropiezos que se toman como algo personal, notar cuándo la taza se está vaciando." },
                RowWords { element: "Ambiental", why: "Sentir seguridad en el lugar de trabajo." },
                RowWords { element: "Financiera", why: "Un sueldo que alcance para vivir; Full Cup hace una sola pregunta sobre esto, nada más." },
                RowWords { element: "Intelectual", why: "Espacio para aprender y crecer en el rol, y alguien con experiencia de quien aprender." },
                RowWords { element: "Ocupacional", why: "Encontrar sentido en el trabajo, y un rol claro y respetado." },
                RowWords { element: "Física", why: "El sueño y el cansancio después de turnos largos y llamadas a deshoras. Full Cup no pregunta nada sobre ejercicio ni alimentación." },
                RowWords { element: "Social", why: "Colegas, supervisión y una red de recuperación en la que apoyarse." },
                RowWords { element: "Espiritual", why: "El propósito, y lo que centra a una persona." },
            ],
        },
        FrameworkWords {
            name: "Los dominios de la credencial Peer Recovery de IC&RC",
            about: "Los cuatro dominios de la credencial Peer Recovery (recuperación entre pares) de IC&RC: Defensa de derechos (Advocacy), Mentoría y educación (Mentoring and Education), Apoyo a la recuperación y el bienestar (Recovery and Wellness Support) y Responsabilidad ética (Ethical Responsibility). La credencial exige 46 horas de capacitación, 16 de ellas en Responsabilidad ética, y 6 horas de ética en cada renovación, que se hace cada dos años. Dos de los dominios tocan el bienestar propio de quien trabaja como par.",
            rows: &[
                RowWords { element: "Responsabilidad ética", why: "Incluye responder a los propios indicadores de riesgo y mantenerse dentro de los límites del rol: conocer las propias señales de alerta, proteger la propia recuperación, decir que no y saber qué no corresponde al propio trabajo." },
                RowWords { element: "Defensa de derechos", why: "Incluye saber defender las propias necesidades y una visión integral del bienestar: pedir el apoyo y las condiciones que el rol necesita." },
            ],
        },
        FrameworkWords {
            name: "Las estrategias de bienestar del GAINS Center para quienes trabajan en apoyo entre pares",
            about: "Cinco estrategias que el GAINS Center de SAMHSA recogió de personas que trabajan como pares en el ámbito de la justicia.",
            rows: &[
                RowWords { element: "Cuida tu propia recuperación", why: "El mismo objetivo que «Mi propia recuperación»." },
                RowWords { element: "Pon límites", why: "Límites de tiempo, del rol y de cuánto se puede cargar por otras personas." },
                RowWords { element: "Trátate con amabilidad", why: "Soltar la culpa cuando a alguien le va mal en su camino." },
                RowWords { element: "Usa la supervisión y el apoyo de tu organización", why: "Una supervisión que entienda el rol de par, y lo que ofrece el lugar de trabajo." },
                RowWords { element: "Recuerda tu porqué", why: "El mismo objetivo que «Sentido y lo que me centra»." },
            ],
        },
        FrameworkWords {
            name: "El banco de tres patas del coaching de recuperación de CCAR",
            about: "La Recovery Coach Academy de CCAR enseña el coaching como un banco de tres patas: escuchar, hacer buenas preguntas y hacerse cargo de lo propio, con la idea de que cada persona es su propio mejor recurso. CCAR describe la tercera pata como conocer y manejar los propios sesgos y reacciones; leerla también como autocuidado es interpretación nuestra.",
            rows: &[
                RowWords { element: "Hazte cargo de lo tuyo", why: "Conocer los propios detonantes, el dolor del pasado que el trabajo remueve y la propia recuperación, para que no interfieran en la ayuda que se da." },
                RowWords { element: "Cada persona es su propio mejor recurso", why: "Dejar que cada persona avance a su propio ritmo, y no cargar con resultados que le corresponden a ella." },
            ],
        },
    ],
    timing_heading: "Cronogramas",
    timing_note: "Nadie hace el chequeo en la sala. El chequeo rápido (unos 2 minutos) y el chequeo completo (de 5 a 8 minutos) se ofrecen para después, a solas: así lo dicen la diapositiva del código QR del Modo presentación y el material para la sesión.",
    ten_heading: "10 minutos: una parte, una tarjeta",
    ten_steps: &[
        "0:00 a 1:30. El texto para leer en voz alta del material para la sesión y las normas básicas, en la primera diapositiva del Modo presentación.",
        "1:30 a 2:00. La diapositiva de la parte: su objetivo y la fila de la tabla de correspondencias a la que contribuye.",
        "2:00 a 7:15. En grupos de tres, la tarjeta para conversar de esa parte, con el temporizador en 5 minutos.",
        "7:15 a 8:45. Cada grupo comparte una idea con toda la sala, nunca de quién fue.",
        "8:45 a 9:30. La diapositiva del código QR: Full Cup, después, a solas.",
        "9:30 a 10:00. El cierre, con las líneas de ayuda, y un agradecimiento.",
    ],
    thirty_heading: "30 minutos: el cartel de puntos, un círculo y su tarjeta",
    thirty_steps: &[
        "Antes: el cartel de puntos, puesto de modo que no se vea desde la sala, un punto adhesivo por persona y sin que nadie mire; si hay menos de unas seis personas, sáltate este paso y elige la parte junto con el grupo.",
        "0:00 a 2:30. El texto para leer en voz alta y las normas básicas; ten a mano los pasos de «Si alguien lo está pasando muy mal».",
        "2:30 a 3:30. La parte con más puntos; se quita la hoja, sin tomarle fotos.",
        "3:30 a 9:00. El círculo: su objetivo, su pregunta para el grupo, un silencio y luego el momento de compartir, con el temporizador en 5 minutos.",
        "9:00 a 19:00. La tarjeta de esa misma parte, en grupos de tres, con el temporizador en 10 minutos.",
        "19:00 a 22:00. Los grupos comparten sus ideas con toda la sala, nunca de quién fueron.",
        "22:00 a 26:00. La práctica breve del círculo, que cada quien hace en privado, con el temporizador en 3 minutos.",
        "26:00 a 30:00. La diapositiva del código QR y la versión en papel para llevar a casa; luego, el cierre con las líneas de ayuda.",
    ],
};
