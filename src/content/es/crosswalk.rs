//! The crosswalk for course plans, in Spanish.

use crate::content::ui::{CrosswalkWords, FrameworkWords, RowWords};

pub const CROSSWALK: CrosswalkWords = CrosswalkWords {
    link: "La tabla de correspondencias: las partes de la taza junto a cuatro marcos de referencia y guías que se usan en la capacitación en apoyo entre pares, con cronogramas para un módulo de 10 minutos y otro de 30",
    intro: "Para incluir Full Cup en la planificación de un curso. Cada tabla pone las partes de un marco junto a las partes de la taza que se relacionan con ellas, con una línea que explica por qué. Es nuestra lectura y un punto de partida para la tuya: ninguna de estas entidades ha revisado Full Cup, Full Cup no forma parte de ninguna credencial, y solo las estrategias de GAINS tratan del bienestar propio de quienes trabajan como pares: las dimensiones de SAMHSA se escribieron para personas en recuperación, y los dominios de IC&RC y el banco de CCAR describen el trabajo con otras personas, así que leerlos como autocuidado es interpretación nuestra. Que una parte esté junto a un elemento significa que sus preguntas se relacionan con él, no que un módulo lo enseñe. Decidir si un módulo cuenta para las horas de capacitación o de educación continua le corresponde a tu junta de certificación. Los nombres de la primera columna son paráfrasis nuestras.",
    element_col: "En el marco",
    parts_col: "Partes de la taza",
    why_col: "Por qué",
    sources: "Fuente:",
    checked: "consultada el {date}",
    frameworks: [
        FrameworkWords {
            name: "Las ocho dimensiones del bienestar de SAMHSA",
            about: "Ocho aspectos del bienestar, relacionados entre sí, escritos para personas que viven con problemas de salud mental y de consumo de sustancias. Aquí los leemos pensando en el bienestar propio de quien trabaja como par.",
            rows: &[
                RowWords { element: "Emocional", why: "Afrontar lo que trae el trabajo: el dolor que se lleva a casa, los tropiezos que se toman como algo personal, notar cuándo la taza se está vaciando." },
                RowWords { element: "Ambiental", why: "Sentir seguridad en el lugar de trabajo. Full Cup hace una sola pregunta sobre esto, nada sobre el hogar ni el entorno." },
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
            about: "Los cuatro dominios de la credencial Peer Recovery (recuperación entre pares) de IC&RC: Defensa de derechos (Advocacy), Mentoría y educación (Mentoring and Education), Apoyo a la recuperación y el bienestar (Recovery and Wellness Support) y Responsabilidad ética (Ethical Responsibility). Los estándares mínimos de IC&RC exigen 46 horas de capacitación, 16 de ellas en Responsabilidad ética, y 20 horas de educación continua cada dos años, 6 de ellas en ética; tu junta de certificación puede exigir más. Uno de los dominios, Responsabilidad ética, tiene que ver con el bienestar propio de quien trabaja como par.",
            rows: &[
                RowWords { element: "Responsabilidad ética", why: "Abarca mantenerse dentro de los límites del rol y responder ante riesgos para el bienestar y la seguridad. Leído pensando en quien trabaja como par, que es como lo leemos: conocer las propias señales de alerta, proteger la propia recuperación, avisar a quien supervisa o a la propia red de apoyo cuando los asuntos personales afectan el trabajo, decir que no y saber qué no corresponde al propio trabajo." },
            ],
        },
        FrameworkWords {
            name: "Las estrategias de bienestar del GAINS Center para quienes trabajan en apoyo entre pares",
            about: "Cinco estrategias tomadas de un artículo breve del GAINS Center de SAMHSA, surgidas de conversaciones con dos personas que trabajan como pares: una en servicios de reinserción después de la cárcel y otra en el trabajo con personas sin hogar. Presentamos las estrategias con nuestras propias palabras.",
            rows: &[
                RowWords { element: "Cuida tu propia recuperación", why: "El mismo objetivo que «Mi propia recuperación»." },
                RowWords { element: "Pon límites", why: "Límites de tiempo, del rol y de cuánto se puede cargar por otras personas." },
                RowWords { element: "Trátate con amabilidad", why: "Soltar la culpa cuando a alguien le va mal en su camino." },
                RowWords { element: "Usa la supervisión y el apoyo de tu organización", why: "Una supervisión que entienda el rol de par, y lo que ofrece el lugar de trabajo." },
                RowWords { element: "Recuerda tu porqué", why: "El mismo objetivo que «Sentido y lo que me centra»." },
            ],
        },
        FrameworkWords {
            name: "El banco de tres patas de la mentoría de recuperación de CCAR",
            about: "CCAR, que dirige la Recovery Coach Academy, nombra como fundamentos de la mentoría de recuperación escuchar activamente, hacer buenas preguntas y hacerte cargo de lo tuyo, representados como las patas de un banco cuyo asiento es tratar a cada persona como su propio mejor recurso. CCAR describe el tercero como ser consciente de los propios sesgos y manejarlos; leerlo también como autocuidado es interpretación nuestra.",
            rows: &[
                RowWords { element: "Hazte cargo de lo tuyo", why: "Conocer los propios detonantes, el dolor del pasado que el trabajo remueve y la propia recuperación, para que no interfieran en la ayuda que se da. Full Cup no pregunta nada sobre sesgos." },
                RowWords { element: "Cada persona es su propio mejor recurso", why: "Dejar que cada persona avance a su propio ritmo, y no cargar con resultados que le corresponden a ella." },
            ],
        },
    ],
    timing_heading: "Cronogramas",
    timing_note: "Nadie hace el chequeo en la sala. El chequeo rápido (menos de 2 minutos) y el chequeo completo (de 5 a 8 minutos) se ofrecen para después, a solas: así lo dicen la diapositiva del código QR del Modo presentación y el material para la sesión.",
    ten_heading: "10 minutos: una parte, una tarjeta",
    ten_steps: &[
        "Antes: elige una parte más ligera; «Cargar con el peso» y «Soltar los resultados» necesitan el cronograma de 30 minutos. Acomoda a las personas en grupos de tres, con una copia de la tarjeta para conversar por grupo.",
        "0:00 a 1:30. Las normas básicas, en la primera diapositiva del Modo presentación. Lee primero el texto para leer en voz alta del material para la sesión solo si cada una de sus palabras es cierta para este grupo. Ten a mano los pasos de «Si alguien lo está pasando muy mal» y las líneas de ayuda locales.",
        "1:30 a 2:00. La diapositiva de la parte: lee su objetivo y di junto a qué elemento de la planificación de tu curso se ubica (la diapositiva no lo muestra).",
        "2:00 a 7:30. En cada grupo, una persona lee la tarjeta en voz alta; luego, el temporizador en 5 minutos.",
        "7:30 a 8:45. Dos o tres grupos que quieran hacerlo comparten una idea cada uno, sin decir nunca de quién fue.",
        "8:45 a 9:30. La diapositiva del código QR: Full Cup, después, a solas.",
        "9:30 a 10:00. El cierre, con las líneas de ayuda, y un agradecimiento.",
    ],
    thirty_heading: "30 minutos: el cartel de puntos, un círculo y su tarjeta",
    thirty_steps: &[
        "Antes, en un descanso o mientras llegan las personas: el cartel de puntos, puesto de modo que no se vea desde la sala, un punto adhesivo por persona y sin que nadie mire; si hay menos de unas seis personas, sáltate este paso y elige la parte junto con el grupo.",
        "0:00 a 2:30. Las normas básicas, y el texto para leer en voz alta del material para la sesión si cada una de sus palabras es cierta para este grupo; ten a mano los pasos de «Si alguien lo está pasando muy mal» y las líneas de ayuda locales.",
        "2:30 a 3:30. La parte con más puntos (cuéntalos tú; si dos empatan, elige una); se quita la hoja, sin tomarle fotos.",
        "3:30 a 9:00. El círculo: su objetivo, su pregunta para el grupo, un silencio y luego el momento de compartir para quien quiera, con el temporizador en 5 minutos.",
        "9:00 a 19:30. En grupos de tres, con la tarjeta de esa misma parte; pon el temporizador en 10 minutos cuando los grupos ya se hayan acomodado.",
        "19:30 a 22:00. Los grupos que quieran comparten sus ideas, sin decir nunca de quién fue cada una.",
        "22:00 a 26:00. La práctica breve del círculo, como la describe su diapositiva (a solas, en parejas o en grupo), con el temporizador en 3 minutos. Nadie comparte lo que escribió salvo que así lo decida, y no se recoge nada personal.",
        "26:00 a 30:00. La diapositiva del código QR y la versión en papel para llevar a casa; luego, el cierre con las líneas de ayuda.",
    ],
};
