//! Spanish (neutral) wording of themes, questions, safety questions, suggestions, bands
//! and research.
//!
//! Written from the English meaning, not word for word, following `docs/i18n/glossary-es.md`: tú,
//! wording that does not mark the reader's gender, plain words. Questions are statements answered
//! on the scale Nunca to Siempre; the page says once that they are about the last 4 weeks.

use crate::assessment::{Band, Source, Theme};
use crate::content::{item, sug, BandText, Card, ResearchText, ThemeText, ThemeTraining};
use crate::content::{ItemText, SuggestionText};

pub static THEMES: &[ThemeText] = &[
    ThemeText {
        theme: Theme::Intensity,
        title: "Cargar con el peso",
        intro: "Cuánto de lo duro del trabajo se ha quedado contigo.",
        covers: "El cansancio, el dolor ajeno que absorbes, el duelo tras una muerte, los sistemas que le fallan a la gente, el trabajo que te remueve el pasado y contar tu propia historia.",
        strength: "Estás encontrando formas de cargar con lo duro del trabajo.",
    },
    ThemeText {
        theme: Theme::Recovery,
        title: "Mi propia recuperación",
        intro: "Cuánto cuidado ha recibido tu propia recuperación, aparte del trabajo.",
        covers: "Tus propias reuniones, tu padrino o madrina, la terapia u otras prácticas, seguir yendo a tus reuniones aunque también vayan personas que acompañas y mantener separadas la ayuda que das y tu propia recuperación.",
        strength: "Estás poniendo tu propia recuperación en primer lugar.",
    },
    ThemeText {
        theme: Theme::Outcomes,
        title: "Soltar los resultados",
        intro: "Cómo has vivido los altibajos de las personas que acompañas.",
        covers: "Tomarte como algo personal las recaídas o las muertes, sentir que la recuperación de otra persona depende de ti y acompañar a cada quien desde donde está.",
        strength: "Haces tu parte y dejas que cada persona se haga cargo de su recuperación.",
    },
    ThemeText {
        theme: Theme::Awareness,
        title: "Conocer mis señales",
        intro: "Cuánto has notado lo que pasa dentro de ti.",
        covers: "Reconocer tus propios detonantes y las primeras señales de desgaste, la honestidad contigo y dar un paso atrás cuando lo necesitas.",
        strength: "Notas tus propias señales y actúas en consecuencia.",
    },
    ThemeText {
        theme: Theme::Boundaries,
        title: "Límites y tiempo libre",
        intro: "Cuánto se ha metido el trabajo en el resto de tu vida.",
        covers: "Un teléfono siempre encendido, el trabajo que invade tus noches y tu tiempo en familia, el sueño entre turnos y llamadas a deshoras, cruzarte por la ciudad con las personas que acompañas y decir que no.",
        strength: "Tu tiempo libre sigue siendo tuyo.",
    },
    ThemeText {
        theme: Theme::Support,
        title: "Mi red de apoyo",
        intro: "Quién ha estado a tu lado en este trabajo.",
        covers: "Colegas que te preguntan cómo estás, una supervisión que entiende el rol de par, tu red de recuperación, poder hablar después de situaciones difíciles y alguien con experiencia como par de quien aprender.",
        strength: "Tienes gente cerca que te ayuda a cargar con el trabajo.",
    },
    ThemeText {
        theme: Theme::Meaning,
        title: "Sentido y lo que me centra",
        intro: "Lo que te ha dado fuerzas para seguir y lo que te centra.",
        covers: "Un sentido de propósito, la alegría por los avances de otras personas, los pequeños logros, los buenos recuerdos y las prácticas que te centran, sean cuales sean.",
        strength: "Encuentras sentido en tu trabajo y cosas que te centran.",
    },
    ThemeText {
        theme: Theme::Workplace,
        title: "Mi rol y mi lugar de trabajo",
        intro: "Cómo han tratado tu rol en tu trabajo y en tu equipo.",
        covers: "Un rol claro, el respeto del personal que no es par, que solo te pidan aquello para lo que te preparan tu rol y tu capacitación, sentirte a salvo, un sueldo que alcance para vivir y la posibilidad de crecer.",
        strength: "Tu lugar de trabajo te respalda en tu rol.",
    },
];

/// What a trainer uses for each part of the cup (`content::Training::themes`), apart from
/// [`THEMES`] so that the build a visit starts with leaves it out.
pub static THEME_TRAINING: &[ThemeTraining] = &[
    ThemeTraining {
        theme: Theme::Intensity,
        prompt: "¿Qué cosas pequeñas podemos hacer como pares para soltar el peso de un día difícil antes de volver a casa?",
        aim: "Nombrar lo que el trabajo nos pide cargar y compartir formas de soltarlo.",
        practice: "Cada persona escribe en silencio algo que se llevó a casa este mes y luego una forma pequeña en que soltó una carga. Compartan solo lo segundo, si quieren.",
        card: Card {
            situation: "Una persona que trabaja como par pasó la tarde con alguien que le contó una historia dolorosa. Esa noche, en casa, la historia le sigue dando vueltas en la cabeza.",
            questions: [
                "¿Qué podría estar llevándose a casa esta persona, y cómo podría notarse?",
                "¿Qué podría hacer antes de salir del trabajo, o camino a casa, para soltar parte de esa carga, o con quién podría hablarlo?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Recovery,
        prompt: "Ayudar a otras personas todo el día puede parecer trabajo de recuperación. ¿En qué se diferencia de cuidar nuestra propia recuperación?",
        aim: "Recordarnos que nuestra propia recuperación va primero, antes que el trabajo.",
        practice: "Cada persona escribe un hábito de recuperación que quiere proteger esta semana, dobla el papel y se lo guarda. Nadie tiene que compartirlo.",
        card: Card {
            situation: "Una persona que trabaja como par ha tenido tanto trabajo que lleva un mes sin tiempo para sus propios apoyos de recuperación. Y se dice: «Ayudar a otras personas todo el día también cuenta».",
            questions: [
                "¿En qué se parecen y en qué se diferencian ayudar a otras personas todo el día y que quien trabaja como par cuide su propia recuperación?",
                "¿Qué podría ayudarle a retomar sus propios apoyos, y qué podría hacer su equipo o quien supervisa su trabajo para que tenga tiempo para ellos?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Outcomes,
        prompt: "¿Qué significa «sembrar semillas» en el apoyo entre pares, y cómo puede ayudar esa idea después de un tropiezo?",
        aim: "Distinguir lo que nos toca hacer de lo que les corresponde a las personas que acompañamos.",
        practice: "Cada persona dibuja dos círculos, uno para «mi parte» y otro para «no me toca». En privado, reparte entre ellos tres preocupaciones recientes.",
        card: Card {
            situation: "Alguien a quien una persona que trabaja como par acompaña desde hace meses ha vuelto a consumir, y todavía quiere que sigan viéndose. Quien trabaja como par no deja de darle vueltas a lo que se le pudo haber pasado por alto.",
            questions: [
                "¿Qué estaba en manos de quien trabaja como par, y qué no?",
                "¿Qué podría decirle alguien del equipo que le ayude, y qué podría no ayudarle?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Awareness,
        prompt: "¿Cuáles son algunas señales tempranas de que la taza de quien trabaja como par se está vaciando, y quién podría notarlas primero?",
        aim: "Conocer nuestras propias señales de alerta temprana y quién podría notarlas.",
        practice: "Cada persona anota tres señales de que su taza se está vaciando y a una persona a quien se lo podría contar. Guarden la lista en un lugar donde la vean.",
        card: Card {
            situation: "Las amistades de una persona que trabaja como par, y también sus colegas, notan que tiene poca paciencia, que se le ve el cansancio y que se salta comidas. Pero dice que está bien, que solo tiene mucho trabajo.",
            questions: [
                "¿Qué señales podría notar primero la propia persona, y cuáles podrían ver antes quienes la rodean?",
                "¿Cómo podría alguien sacar el tema con amabilidad, y qué haría que a esa persona le resultara más fácil escucharlo, o tomar distancia por un tiempo?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Boundaries,
        prompt: "¿Con qué palabras amables podemos decir «ahora no», como pares, a alguien que acompañamos?",
        aim: "Practicar formas amables de proteger el tiempo libre.",
        practice: "En parejas, túrnense para decir en voz alta una frase amable de «ahora no», hasta que empiece a salir con naturalidad.",
        card: Card {
            situation: "Una persona que trabaja como par recibe mensajes a altas horas de la noche de alguien a quien acompaña. Siempre contesta, y ahora siente que ya no puede dejar de hacerlo.",
            questions: [
                "Si esperara hasta la mañana para contestar, ¿qué podría temer que pasara?",
                "¿Qué podría decir, y qué podría poner en marcha su equipo, por ejemplo un número de contacto para fuera del horario que se pueda dar a las personas que acompaña, para que las noches queden cubiertas y su tiempo libre vuelva a ser suyo?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Support,
        prompt: "¿Qué hace que la supervisión, o un rato en equipo para preguntarnos cómo estamos, sirva de verdad a quien trabaja como par?",
        aim: "Reconocer el apoyo que tenemos y pedir el que falta.",
        practice: "Cada persona piensa en alguien a quien llamar después de un día difícil y en un tipo de apoyo que va a pedir. No se dice nada en voz alta, salvo que la persona quiera.",
        card: Card {
            situation: "Después de una llamada difícil con alguien a quien acompaña, una persona que trabaja como par quiere hablar de lo que pasó. Ve que todo el equipo parece ocupado, así que no dice nada.",
            questions: [
                "¿Qué hace que sea difícil pedir apoyo cuando se trabaja como par?",
                "¿Qué podría hacer más fácil pedirlo, para esta persona y para el equipo?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Meaning,
        prompt: "En un día en que nada parece salir bien, ¿qué puede ayudarnos, como pares, a recordar por qué importa este trabajo?",
        aim: "Volver a conectar con por qué nos importa este trabajo.",
        practice: "Cada persona recuerda un buen momento con alguien que acompaña. Compártanlo si quieren, sin nombres.",
        card: Card {
            situation: "Después de una semana de tropiezos, una persona que trabaja como par se pregunta si su trabajo realmente cambia algo.",
            questions: [
                "¿Qué ayuda a quienes trabajan como pares a volver a encontrarle sentido a su trabajo en semanas así?",
                "¿Qué cosa pequeña podría ayudar a esta persona a ver la diferencia que marca, y con quién podría hablar si la duda no se va?",
            ],
        },
    },
    ThemeTraining {
        theme: Theme::Workplace,
        prompt: "¿Qué podría hacer un equipo para que todo el mundo entienda y valore el rol de par?",
        aim: "Hablar del rol y del lugar de trabajo, y de lo que un equipo podría cambiar.",
        practice: "En grupo, anoten dos cosas que el equipo o la organización podría hacer de otra manera, y pasen la lista, sin nombres, a alguien que pueda actuar.",
        card: Card {
            situation: "En las reuniones de equipo, a quien trabaja como par le piden su opinión al final, y a veces ni siquiera se la piden. Ha empezado a guardar silencio.",
            questions: [
                "¿Cómo podría afectar esto a esta persona y a las personas que acompaña?",
                "¿Qué podría hacer el equipo o la organización para que se entienda y se valore el rol de par?",
            ],
        },
    },
];

pub static QUESTIONS: &[ItemText] = &[
    // Carrying the weight: "Siempre" means more strain, except where marked reverse in the bank.
    item("int_drained", "Terminé la jornada con sensación de vacío y sin energía para mí."),
    item("int_pain", "El dolor de las personas que acompaño se quedó conmigo después del trabajo."),
    item("int_grief", "Me pesó el duelo por alguien que acompañé y que tuvo una sobredosis o murió."),
    item(
        "int_systems",
        "Me desgastó que las personas que acompaño no consiguieran cama, vivienda o la atención que necesitaban.",
    ),
    item(
        "int_past",
        "Algunas partes del trabajo, como estar cerca de gente que consume, escuchar historias como la mía o entrar en una cárcel o un juzgado, me removieron el pasado.",
    ),
    item(
        "int_story",
        "Compartir mi propia historia en el trabajo me quitó más de lo que quería dar.",
    ),
    // My own recovery: "Siempre" means more protection, except where marked reverse.
    item(
        "rec_practice",
        "Dediqué tiempo a mi propia recuperación, como reuniones, mi padrino o madrina, terapia u otras prácticas.",
    ),
    item("rec_first", "Mi propia recuperación fue lo primero, incluso en semanas con mucho trabajo."),
    item("rec_work_as_recovery", "Me dije que ayudar a otras personas en el trabajo bastaba para mi propia recuperación."),
    item("rec_slide", "Descuidé mi propia recuperación por estar tan pendiente de ayudar a otras personas."),
    item(
        "rec_front",
        "Sentí que debía mostrarme del todo bien ante las personas que acompaño, incluso cuando estaba pasando por un mal momento.",
    ),
    item(
        "rec_meetings",
        "Falté a mis propias reuniones o grupos de recuperación porque podía encontrarme allí con personas que acompaño.",
    ),
    // Holding outcomes lightly.
    item("out_responsible", "Sentí que de mí dependía que alguien que acompaño siguiera en recuperación."),
    item("out_blame", "Me eché la culpa cuando alguien que acompaño volvió a consumir."),
    item("out_replay", "Tras una recaída o una muerte, le di vueltas y vueltas a lo que debí haber hecho."),
    item("out_pace", "Acompañé a cada persona desde donde estaba y la dejé avanzar a su propio ritmo."),
    item("out_seeds", "Confié en que estaba sembrando semillas, aunque todavía no viera cambios."),
    // Knowing my signals.
    item("awa_notice", "Me di cuenta a tiempo de que empezaba a quedarme sin energía."),
    item("awa_triggers", "Sabía qué partes de mi trabajo podían ser un detonante para mí."),
    item("awa_honest", "Reconocí para mis adentros, con honestidad, cómo estaba en realidad."),
    item("awa_step_back", "Me permití dar un paso atrás cuando las cosas me superaban."),
    item("awa_late", "El estrés se acumuló mucho tiempo antes de que me diera cuenta."),
    // Boundaries and off-hours.
    item("bou_spill", "El trabajo se metió en mis noches, mis días libres o mi tiempo en familia."),
    item("bou_phone", "Respondí llamadas o mensajes del trabajo fuera de mi horario."),
    item("bou_town", "Personas que acompaño me sacaron temas de trabajo en mis propias reuniones o en la calle."),
    item("bou_yes", "En el trabajo dije que sí cuando quería decir que no."),
    item("bou_switch_off", "Pude desconectarme del trabajo en mi tiempo libre."),
    item(
        "bou_sleep",
        "Las llamadas a deshoras, los turnos de noche o estar de guardia me quitaron horas de sueño.",
    ),
    // Support around me.
    item("sup_talk", "Tuve personas con quienes hablar de lo difícil de mi trabajo."),
    item("sup_checkin", "Mis colegas y yo estuvimos pendientes de cómo estaba cada quien."),
    item("sup_supervision", "Tuve supervisión de alguien que entiende el rol de par."),
    item("sup_debrief", "Después de algo difícil en el trabajo, pude hablarlo con calma con alguien."),
    item("sup_alone", "Sentí soledad frente a lo difícil de este trabajo."),
    item(
        "sup_learning",
        "Fui aprendiendo este trabajo por ensayo y error, sin nadie con experiencia como par que me guiara.",
    ),
    // Meaning and anchoring.
    item("mea_purpose", "Mi trabajo me hizo sentir que tenía un propósito."),
    item("mea_progress", "Me alegré cuando alguien que acompaño dio un paso adelante, por pequeño que fuera."),
    item("mea_good_times", "Recordé buenos momentos con personas que acompaño, como unas risas compartidas."),
    item(
        "mea_grounding",
        "Dediqué tiempo a algo que me centra, como la oración, el silencio, la naturaleza o la música.",
    ),
    item("mea_doubt", "Me pregunté si mi trabajo servía para algo."),
    item("mea_healing", "Sentí que ayudar a otras personas era parte de mi propia sanación."),
    // Role and workplace.
    item("wor_looked_down", "El personal que no es par menospreció mi rol o mi experiencia vivida."),
    item("wor_unclear", "Tuve dudas sobre qué incluía mi trabajo y qué no."),
    item(
        "wor_beyond",
        "Me pidieron hacer cosas para las que mi rol o mi capacitación no me habían preparado.",
    ),
    item(
        "wor_unsafe",
        "Me sentí en riesgo en el trabajo, por ejemplo al llevar a alguien en un vehículo o al estar con alguien en crisis.",
    ),
    item(
        "wor_money",
        "Me pesó la preocupación por el dinero porque mi sueldo no alcanzaba para vivir.",
    ),
    item(
        "wor_ladder",
        "Sentí que no avanzaba, sin forma de crecer ni de ascender en este trabajo.",
    ),
];

pub static SAFETY_QUESTIONS: &[ItemText] = &[
    item("saf_urges", "Tuve ganas fuertes de beber o consumir."),
    item("saf_used", "Volví a beber o a consumir drogas (sin contar medicamentos tomados como me los recetaron)."),
    item("saf_withdraw", "Me alejé de mis propios apoyos de recuperación, como las reuniones, mi padrino o madrina, mi terapeuta, mi clínica o mi medicación."),
    item(
        "saf_hopeless",
        "Sentí que no había esperanza para mi vida o mi futuro.",
    ),
    item("saf_alive", "Tuve pensamientos de no querer vivir."),
];

pub static SUGGESTIONS: &[SuggestionText] = &[
    // Carrying the weight.
    sug(
        "int_reset",
        "Tómate cinco minutos tras un momento difícil",
        "Después de una llamada o una visita difícil, sal un momento, respira despacio o estírate antes de pasar a lo siguiente.",
        "Una persona entrevistada recomendó tomar pausas mentales cortas para sobrellevar un rol que exige tanta energía.",
    ),
    sug(
        "int_close_day",
        "Marca el final de cada jornada",
        "De camino a casa, haz cada día el mismo gesto pequeño, como una canción, un paseo o unas respiraciones lentas, para decirte que el trabajo terminó.",
        "Las personas entrevistadas dijeron que el trabajo puede invadir la vida en casa y dejarlas sin energía para la familia si no ponen límites firmes.",
    ),
    sug(
        "int_system_gap",
        "Reconoce cuándo falla el sistema, no tú",
        "Cuando no se consigue una cama, un seguro o una vivienda, di o escribe que fue una carencia del sistema, no un fracaso tuyo.",
        "A dos personas entrevistadas les dolía ver a alguien quedarse sin atención, y les frustraba que los sistemas fallaran.",
    ),
    sug(
        "int_load",
        "Pídele a quien te supervisa que revise tu carga",
        "Pide una reunión corta para hablar de tu número de casos, los más difíciles y quién te podría cubrir en las próximas semanas.",
        "La investigación advierte que el autocuidado por sí solo no arregla un trabajo que exige demasiado, así que el lugar de trabajo también tiene su parte.",
    ),
    sug(
        "int_grieve",
        "Date espacio para el duelo",
        "Si murió alguien que acompañabas, honra la pérdida a tu manera, por ejemplo con una nota, una vela o un paseo en silencio.",
        "Dos personas entrevistadas dijeron que perder a alguien por una sobredosis sigue doliendo, aunque sepan que puede pasar en este trabajo.",
    ),
    sug(
        "int_story_share",
        "Decide cuánto compartir de tu historia",
        "Escribe la versión corta de tu historia que te sientes a gusto contando en el trabajo y decide qué partes guardas para ti, tu familia o tu padrino o madrina.",
        "Una persona entrevistada dijo que a la gente le cuenta que se casó y tiene hijos, pero no dónde vive, y otra se guarda una parte de sí para su familia.",
    ),
    sug(
        "int_way_back",
        "Planea cómo volver al presente",
        "Antes de una tarea que te acerque a tu pasado, como visitar una cárcel o ir a una calle donde se consume, planea cómo volver al presente, por ejemplo salir a caminar o hacer una llamada, y habla con alguien de tu red de recuperación si te sigue pesando.",
        "En el estudio israelí, quienes trabajaban como pares tenían un pasado de trauma y de cárcel, y algunas de esas personas trabajaban en prisiones; una entrada de blog que resume el estudio menciona el trauma ajeno como una carga.",
    ),
    sug(
        "int_keep",
        "Mantén los hábitos que te alivian la carga",
        "Anota qué te ayudó este mes a cargar con lo difícil, y sigue haciéndolo cuando el trabajo esté tranquilo.",
        "Las personas entrevistadas describieron el autocuidado como una forma de prevenir el desgaste antes de que llegue.",
    ),
    // My own recovery.
    sug(
        "rec_protect",
        "Reserva primero el tiempo de tu recuperación",
        "Anota en tu calendario una reunión, una llamada a tu padrino o madrina, una sesión de terapia u otra práctica, y trátala como un turno al que no puedes faltar.",
        "Las personas entrevistadas dijeron que poner su propia recuperación primero es lo que les permite seguir en este trabajo.",
    ),
    sug(
        "rec_today",
        "Haz hoy una cosa por tu recuperación",
        "Antes de que termine el día, ve a una reunión, llama a tu padrino o madrina, a tu terapeuta, a tu clínica o a alguien en recuperación, toma tu medicación como te la recetaron, o haz la práctica que te equilibra.",
        "Las personas entrevistadas dijeron que su propia recuperación tiene que ir primero, o no les queda nada para dar.",
    ),
    sug(
        "rec_unwind",
        "Planea tiempo para relajarte después del trabajo",
        "Elige un momento fijo después del trabajo o en tu día libre para descansar y soltar la semana antes que cualquier otra cosa.",
        "Una persona entrevistada dijo que necesitaba días para soltar una semana difícil, así que ayuda reservar ese tiempo.",
    ),
    sug(
        "rec_tell",
        "Habla del trabajo con alguien de tu red de recuperación",
        "Cuéntale a tu padrino o madrina, o a una amistad en recuperación, cómo te ha ido últimamente en el trabajo, lo bueno y lo difícil.",
        "En Malasia, las personas entrevistadas mantenían fuerte su recuperación al estar cerca de otras personas en recuperación.",
    ),
    sug(
        "rec_not_work",
        "Haz algo por tu recuperación que no sea trabajo",
        "Esta semana, elige algo solo para tu recuperación en lo que no seas quien ayuda, como una reunión, una llamada, una sesión o escribir un rato.",
        "Ayudar a otras personas puede apoyar tu recuperación, pero la investigación dice que no puede reemplazarla.",
    ),
    sug(
        "rec_own_meeting",
        "Conserva una reunión que sea tuya",
        "Esta semana, busca una reunión o un grupo donde sea menos probable encontrarte con personas que acompañas, o planea con alguien de tu red de recuperación cómo quedarte allí como miembro y no desde tu rol de par.",
        "El estudio señala que muchas personas que trabajan como pares van a reuniones de recuperación en los mismos lugares donde trabajan, así que pueden encontrarse allí con personas que acompañan.",
    ),
    sug(
        "rec_keep",
        "Mantén tu recuperación en el calendario",
        "Conserva en tu semana los hábitos de recuperación que te funcionan, aunque todo esté tranquilo o vaya bien.",
        "Las personas entrevistadas advirtieron que, al ser quien ayuda, es fácil descuidar la propia recuperación.",
    ),
    sug(
        "rec_return",
        "Comunícate hoy con tu tratamiento y tus apoyos",
        "Llama a tu servicio de tratamiento, a quien te receta, a tu terapeuta, a tu padrino o madrina o a alguien que te acompaña en tu recuperación y cuéntales que bebiste o consumiste, o llama a una línea de «Pedir ayuda ahora» si hoy no puedes comunicarte con nadie.",
        "Investigaciones anteriores citadas en el estudio plantean la preocupación de que quienes trabajan como pares puedan recaer y necesitar volver a su propio tratamiento.",
    ),
    sug(
        "rec_lifelong",
        "Escribe lo que tu recuperación necesita hoy",
        "Tómate diez minutos para escribir lo que tu recuperación necesita en esta etapa de tu vida, no solo lo que necesitaba al principio.",
        "En Malasia, las personas entrevistadas describieron la recuperación como algo de toda la vida, que siempre necesita cuidado.",
    ),
    // Holding outcomes lightly.
    sug(
        "out_my_part",
        "Separa lo que te tocaba de lo que no",
        "Después de un tropiezo, haz dos listas cortas: lo que hiciste y lo que nunca estuvo en tus manos.",
        "La investigación sugiere que quienes trabajan como pares tienden más que el resto del personal a tomarse como algo personal los logros y las pérdidas de las personas que acompañan.",
    ),
    sug(
        "out_seeds",
        "Recuerda que tú siembras semillas",
        "Escribe una frase corta para leer después de un día difícil, como «Acompaño a cada persona desde donde está y siembro semillas».",
        "Las personas entrevistadas dijeron que el resultado no está en sus manos: su parte es ofrecer esperanza y dejar que cada quien haga su propio trabajo.",
    ),
    sug(
        "out_small_goal",
        "Ponte una meta pequeña para tu parte",
        "Para cada persona, piensa en algo que puedas ofrecer esta semana, como una llamada o unas palabras de esperanza, y cuéntalo como un logro.",
        "Algunas personas entrevistadas medían el éxito por un momento de esperanza que dieron, no por una recuperación completa.",
    ),
    sug(
        "out_pace",
        "Deja que cada persona marque su ritmo",
        "Cuando alguien avance más despacio de lo que esperabas, reconoce para ti el paso que sí dio, y deja que el ritmo sea suyo.",
        "Una persona entrevistada dijo que el trabajo sigue siendo muy difícil hasta que aceptas que cada quien está en su propia etapa de cambio.",
    ),
    sug(
        "out_kind_voice",
        "Háblate con la amabilidad que tienes con tus colegas",
        "Cuando te culpes por una recaída, piensa qué le dirías a otra persona que trabaja como par si estuviera en tu lugar, y dítelo a ti.",
        "Todas las personas entrevistadas advirtieron a quienes empiezan que no se tomen los resultados como algo personal, porque han visto que eso les causa malestar a otras personas.",
    ),
    sug(
        "out_keep",
        "Sigue nombrando tu parte cada día",
        "Después de un día difícil, sigue anotando lo que diste y lo que no estaba en tus manos.",
        "Las personas con más experiencia insistían en no tomarse los resultados como algo personal, así que vale la pena mantener este hábito.",
    ),
    // Knowing my signals.
    sug(
        "awa_signs",
        "Anota tus propias señales de alerta",
        "Haz una lista de tres señales de que tu taza se está vaciando, como dormir mal, tener poca paciencia o faltar a reuniones, y ponla donde la veas.",
        "Una persona entrevistada dijo que no siempre sabe cómo está en realidad, y otra insistió en no engañarse.",
    ),
    sug(
        "awa_daily",
        "Haz un chequeo de dos minutos cada día",
        "Cada día, a la misma hora, pregúntate cuánto hay en tu taza y qué necesitas.",
        "Las personas entrevistadas dijeron que su cuidado hacia otras personas se agota cuando se agotan sus propias reservas, así que mirar cada día tu propio nivel va primero.",
    ),
    sug(
        "awa_trigger_plan",
        "Prepárate para un detonante que ya conoces",
        "Elige una parte del trabajo que te remueva el pasado y decide ahora qué harás cuando aparezca.",
        "Una persona entrevistada dijo que estar cerca de personas que siguen consumiendo es un desafío constante, así que importa conocer tus detonantes.",
    ),
    sug(
        "awa_step_back",
        "Date permiso para dar un paso atrás",
        "Si es demasiado, habla con alguien de confianza sobre tomarte tiempo libre, trabajar menos horas o cambiar de rol.",
        "Una persona entrevistada dijo que está bien apartarse cuando el rol te sobrepasa o aparece el desgaste.",
    ),
    sug(
        "awa_ask",
        "Pregunta a alguien de confianza cómo te ve",
        "Pregúntale a una amistad, a tu padrino o madrina o a alguien del trabajo si ha notado algún cambio en ti últimamente.",
        "Una persona entrevistada dijo que no engañarse y mantenerse cerca de colegas que hacen el mismo trabajo permite cuidarse mutuamente.",
    ),
    sug(
        "awa_permission",
        "Planea una pausa de verdad esta semana",
        "Elige un descanso corto y protégelo como puedas, como una comida lejos del trabajo o una noche con el teléfono apagado.",
        "Una persona entrevistada dijo que está bien apartarse cuando el rol te sobrepasa; una pausa planeada es un pequeño gesto para respetar ese límite.",
    ),
    sug(
        "awa_after_setback",
        "Mira cómo estás después de un tropiezo",
        "El día de una recaída o de una pérdida en el trabajo, tómate unos minutos para preguntarte cómo te afectó y qué necesitas.",
        "Dos personas entrevistadas dijeron que una muerte por sobredosis sigue doliendo aunque la esperes; por eso importa el autocuidado.",
    ),
    sug(
        "awa_keep",
        "Sigue preguntándote cómo estás",
        "Ponte un recordatorio para repetir este chequeo en unas semanas, y fíjate en qué ha cambiado.",
        "El estudio describe el autoconocimiento como algo que quienes trabajan como pares siguen construyendo con el tiempo, no algo que se resuelve una sola vez.",
    ),
    // Boundaries and off-hours.
    sug(
        "bou_phone_hours",
        "Ponle horario a tu teléfono del trabajo",
        "Decide a qué hora apagas el teléfono del trabajo, avísales a las personas que acompañas y dales un número de crisis para fuera de horario.",
        "Una persona entrevistada dijo que estar siempre de servicio no funciona y termina en desgaste o en malas decisiones.",
    ),
    sug(
        "bou_cover",
        "Pregunta quién te cubre cuando descansas",
        "Pide a tu jefe o jefa que acuerden quién atiende las llamadas fuera de horario, para que las personas que acompañas tengan a quién acudir mientras descansas.",
        "Estar localizable día y noche no se puede sostener, y la investigación advierte que el lugar de trabajo tiene que cargar con parte del peso.",
    ),
    sug(
        "bou_home",
        "Crea una rutina para desconectarte en casa",
        "Al llegar a casa, guarda el teléfono del trabajo y haz algo para ti o para tu familia, como un paseo o una comida en familia.",
        "Las personas entrevistadas dijeron que necesitaban tiempo de verdad en casa, lejos del trabajo, para tener algo que dar a sus seres queridos.",
    ),
    sug(
        "bou_town_line",
        "Ten lista una frase amable para tu tiempo libre",
        "Prepara una frase amable para cuando alguien que acompañas te saque temas de trabajo en una reunión o en la calle, como «Ahora no estoy trabajando, llámame mañana al trabajo».",
        "Quienes trabajan como pares pueden encontrarse en su propia comunidad con las personas que acompañan, y una persona entrevistada tiene lista una respuesta amable para cuando le hablan de trabajo fuera de horario.",
    ),
    sug(
        "bou_no",
        "Practica un «no» amable esta semana",
        "Elige algo que normalmente aceptarías por culpa y recházalo con amabilidad.",
        "Una persona entrevistada dijo que «no» es una respuesta completa, y que sin ella la gente puede aprovecharse de ti.",
    ),
    sug(
        "bou_sleep",
        "Protege tu sueño entre turnos",
        "Elige un cambio para esta semana: una hora a partir de la cual tu teléfono quede en silencio, un rato para desconectar después de un turno que termina tarde, o preguntar quién cubre las noches.",
        "Una persona entrevistada dijo que las crisis llegan a cualquier hora y que, al principio, casi nunca desconectaba hasta que aprendió a usar el teléfono solo en un horario fijo.",
    ),
    sug(
        "bou_recovery_time",
        "Mantén tu tiempo de recuperación libre de trabajo",
        "Cada vez que tengas una reunión, terapia u otro momento de recuperación, silencia las llamadas y los avisos del trabajo.",
        "Las personas entrevistadas vieron que el trabajo puede desplazar su propia recuperación si no protegen el tiempo para ella.",
    ),
    sug(
        "bou_keep",
        "Que tu tiempo libre siga siendo tuyo",
        "Fíjate en qué mantuvo el trabajo fuera de tus noches este mes, y sigue haciéndolo también en semanas con mucho trabajo.",
        "El estudio señala que, en este rol informal, la mayoría de los límites los pone cada quien, caso por caso, así que requieren atención constante.",
    ),
    // Support around me.
    sug(
        "sup_talk",
        "Acuerda charlas regulares entre pares",
        "Pide a alguien de tu equipo o a otra persona que trabaje como par una charla corta cada una o dos semanas.",
        "Una persona entrevistada dijo que mantenerse cerca de colegas que hacen el mismo trabajo permite estar pendientes de cómo está cada quien.",
    ),
    sug(
        "sup_supervision",
        "Pide una supervisión adecuada al rol de par",
        "Pide a tu jefe o jefa supervisión regular, si es posible con alguien que tenga experiencia vivida de recuperación.",
        "El estudio recomendó que la supervisión de quienes trabajan como pares esté a cargo de personas que conocen la recuperación desde dentro.",
    ),
    sug(
        "sup_people",
        "Pasa tiempo con tu gente de recuperación",
        "Planea un rato con amistades de tu comunidad de recuperación que te levanten el ánimo, sin necesidad de hablar de trabajo.",
        "Una persona entrevistada contó que pasar tiempo con sus amistades de recuperación le devolvía la energía y la fe en la gente.",
    ),
    sug(
        "sup_debrief",
        "Pide una charla después de un hecho difícil",
        "Después de una muerte, una sobredosis o una crisis, pide a quien te supervisa o a tu equipo una charla corta sobre lo que pasó y cómo estás.",
        "Williams pide más apoyo para quienes trabajan como pares al afrontar la recaída o la muerte de una persona que acompañan.",
    ),
    sug(
        "sup_mentor",
        "Aprende de alguien con experiencia como par",
        "Pide a alguien con más experiencia como par, en tu trabajo o en una red de pares, que se reúna contigo media hora, y lleva dos situaciones que te dejaron dudas.",
        "Una persona entrevistada dijo que el trabajo es muy duro al principio, y todas las personas entrevistadas tenían consejos para quienes empiezan.",
    ),
    sug(
        "sup_peer_network",
        "Busca apoyo entre pares fuera de tu trabajo",
        "Busca una red de especialistas de apoyo entre pares, una supervisión en grupo o un grupo de mentoría de recuperación fuera de tu trabajo, y ve a una reunión.",
        "Un artículo general sobre el apoyo entre pares dice que la supervisión entre pares es clave para el apoyo mutuo y el crecimiento.",
    ),
    sug(
        "sup_keep",
        "Pregúntale a alguien del equipo cómo está",
        "Esta semana, manda un mensaje corto a alguien del trabajo solo para preguntarle cómo está.",
        "En el estudio israelí, quienes trabajaban como pares dijeron que su trabajo les ayudó a crear lazos valiosos con las personas que ayudan y con su comunidad en general.",
    ),
    sug(
        "sup_reach_today",
        "Cuéntale hoy a una persona cómo estás de verdad",
        "Elige a alguien de confianza, como una amistad, un familiar, alguien que te acompaña en tu recuperación o alguien del trabajo, y llama o escribe a esa persona para decirle que las cosas han estado difíciles, o prueba con otra persona o con una línea de «Pedir ayuda ahora» si no puedes comunicarte.",
        "Una persona entrevistada incluyó saber cuándo pedir ayuda a otras personas entre las formas de cuidar su propia recuperación.",
    ),
    // Meaning and anchoring.
    sug(
        "mea_flat",
        "Fíjate si una buena noticia no te mueve nada",
        "Si apenas sientes nada cuando alguien a quien acompañas da un paso adelante, tómalo como una posible señal de que te estás quedando sin reservas: cuéntaselo a una persona de confianza y planea un descanso de verdad esta semana.",
        "Una persona entrevistada dijo que solo puedes dar lo que tienes, y que importa darse cuenta de cuándo el rol se ha vuelto demasiado.",
    ),
    sug(
        "mea_small_wins",
        "Celebra un pequeño logro",
        "Cuando alguien dé un paso pequeño, como hacer una llamada o llegar a una cita, tómate un momento para reconocerlo, con esa persona o a solas.",
        "Una persona entrevistada dijo que celebrar los pequeños logros le hacía más llevaderos los altibajos del trabajo.",
    ),
    sug(
        "mea_why",
        "Escribe por qué haces este trabajo",
        "Tómate cinco minutos para escribir por qué elegiste este trabajo, y nombra a una persona cuyo avance hizo que valiera la pena.",
        "En Israel, quienes trabajan como pares dijeron que ayudar les daba un propósito y una nueva idea de quiénes son.",
    ),
    sug(
        "mea_story",
        "Mira todo el camino que has recorrido",
        "Escribe o cuenta una parte breve de tu propia historia, de entonces a hoy, y fíjate en cómo te ayuda a ayudar a otras personas.",
        "En Malasia, las personas entrevistadas encontraban sentido en entender su propia historia.",
    ),
    sug(
        "mea_good_moment",
        "Anota un buen momento cada día",
        "Cada noche, anota un momento del trabajo que salió bien, como una risa o un pequeño avance.",
        "Las personas entrevistadas sobrellevaban los resultados difíciles recordando los buenos momentos compartidos con las personas que acompañan.",
    ),
    sug(
        "mea_keep",
        "Guarda tus buenos momentos en un solo lugar",
        "Guarda agradecimientos, logros y palabras amables en una nota o un cuaderno para leerlos en los días difíciles.",
        "Una persona entrevistada en el estudio israelí dijo que su verdadera recompensa era ver a quienes había ayudado llegar a casarse y a trabajar.",
    ),
    sug(
        "mea_grounding",
        "Dedica tiempo a lo que te centra",
        "Reserva unos minutos al día para la oración, la meditación, la naturaleza, la música o lo que te equilibre.",
        "En Malasia, las personas entrevistadas sacaban fuerza de prácticas que las centraban, muchas veces religiosas.",
    ),
    sug(
        "mea_pay_forward",
        "Fíjate en lo que transmites a otras personas",
        "Piensa en una persona que te ayudó al principio y en otra a quien ayudas ahora, y mira cómo se conectan.",
        "Las personas entrevistadas describieron su trabajo como una forma de pasar a otras personas lo que un día recibieron.",
    ),
    // Role and workplace.
    sug(
        "wor_role_clear",
        "Pide que tu rol quede por escrito",
        "Pide a tu jefe o jefa una lista corta de lo que incluye tu rol y lo que no, y compártela con tu equipo.",
        "Williams sugiere que la visión negativa que otras personas del equipo tienen de quienes trabajan como pares puede deberse en parte a roles poco claros.",
    ),
    sug(
        "wor_training",
        "Pide una capacitación que necesites",
        "Piensa en una situación para la que no te sientes con preparación, como una crisis o una familia en duelo, y pide capacitación para ella.",
        "El estudio pide capacitación y apoyo continuos para ayudar a quienes trabajan como pares a afrontar situaciones muy difíciles y protegerse del desgaste.",
    ),
    sug(
        "wor_unsafe",
        "Explica a tu jefe o jefa qué no fue seguro",
        "Describe el momento en que no te sentiste a salvo y acuerden un cambio, como no llevar a nadie a solas en un vehículo o ir con alguien del equipo.",
        "Una persona entrevistada no se sintió a salvo la primera vez que llevó en un vehículo a alguien que acompañaba, y nadie debería cargar con ese riesgo a solas.",
    ),
    sug(
        "wor_ally",
        "Busca apoyo en alguien de tu equipo",
        "Busca a alguien del personal que valore el apoyo entre pares y pídele que te respalde cuando se hable de tu rol en las reuniones.",
        "Un artículo general sobre el apoyo entre pares dice que los lugares de trabajo deben respetar la experiencia vivida y apoyar el trabajo en equipo entre los distintos roles.",
    ),
    sug(
        "wor_explain",
        "Explica tu rol a alguien de tu equipo",
        "Ofrece cinco minutos a alguien del equipo que no sea par para contarle lo que aporta el apoyo entre pares y cómo trabajas.",
        "Un artículo general sobre el apoyo entre pares señala que la experiencia vivida puede valorarse menos que los títulos formales.",
    ),
    sug(
        "wor_money",
        "Da un paso frente a tus preocupaciones de dinero",
        "En tu próxima evaluación de desempeño, pregunta cómo se fija tu sueldo y qué lo haría subir, y si aun así no te salen las cuentas, busca orientación financiera gratuita cerca de ti.",
        "Un resumen del estudio israelí cita el bajo sueldo como un obstáculo del apoyo entre pares, y una persona entrevistada dijo que no se quedaría ni un minuto solo por el sueldo.",
    ),
    sug(
        "wor_next_step",
        "Infórmate sobre tu próximo paso",
        "Averigua qué capacitación, certificación o puesto podría ser tu siguiente paso, y pregunta por ello en tu próxima evaluación de desempeño.",
        "Un resumen del estudio israelí cita los pocos incentivos para progresar en la carrera como un obstáculo del apoyo entre pares.",
    ),
    sug(
        "wor_record",
        "Anota cada trato injusto",
        "Cada vez que alguien deje de lado tu rol, anota la fecha y lo que pasó, para poder plantearlo más adelante si así lo decides.",
        "La investigación señala que el autocuidado por sí solo no resuelve los problemas del lugar de trabajo, y hay cosas que deben plantearse a la organización.",
    ),
    sug(
        "wor_keep",
        "Dile a tu jefe o jefa qué te funciona",
        "Nombra algo que te ayude a hacer bien tu trabajo, para que tu equipo lo siga haciendo.",
        "Una revisión sobre el apoyo entre pares considera esencial una cultura de trabajo que valore la experiencia vivida.",
    ),
];


pub static BANDS: &[BandText] = &[
    BandText {
        band: Band::Steady,
        name: "Estable",
        meaning: "Esta parte de tu taza se mantiene bien por ahora.",
    },
    BandText {
        band: Band::Watch,
        name: "Conviene vigilar",
        meaning: "A esta parte le vendría bien algo de cuidado antes de que le quede poco.",
    },
    BandText {
        band: Band::NeedsCare,
        name: "Necesita cuidado ya",
        meaning: "Esta parte se está vaciando y merece tu cuidado esta semana.",
    },
];

pub static RESEARCH: &[ResearchText] = &[
    ResearchText {
        source: Source::CareForOurselves,
        summary: "Williams entrevistó a diez especialistas de apoyo entre pares, con un puesto \
            remunerado, sobre cómo se cruza su rol con su propia recuperación. Describieron un \
            trabajo muy intenso, la necesidad de proteger su propia recuperación, soltar los \
            resultados, conocerse y unos límites que se desdibujan con facilidad. Full Cup toma \
            de este estudio sus temas, la mayoría de las preguntas y muchas sugerencias, incluida \
            su recomendación de que la supervisión esté a cargo de personas en recuperación y de \
            dar apoyo tras la recaída o la muerte de una persona acompañada.",
    },
    ResearchText {
        source: Source::HelpingOthersHelpsOurselves,
        summary: "En un segundo artículo, muy probablemente basado en las mismas diez \
            entrevistas, Williams encontró \
            que ayudar a otras personas también fortalecía la propia recuperación de las personas que trabajan como pares: las mantenía \
            en conexión, les permitía pasar a otras personas lo que habían recibido y les daba \
            una sensación de logro. El estudio también subrayó que ayudar debe mantenerse aparte \
            del esfuerzo de cada quien por su propia recuperación. Full Cup pregunta por ambos \
            lados.",
    },
    ResearchText {
        source: Source::HealingThroughHelping,
        summary:
            "Abu Hassan Shaari entrevistó a 30 personas en recuperación que trabajan en un \
            programa comunitario de tratamiento de drogas en Malasia. La práctica religiosa, los \
            lazos con sus pares y darle sentido a su propia historia les ayudaron a mantenerse \
            bien y a seguir en el trabajo. Full Cup toma de este estudio su visión de la \
            recuperación como algo de toda la vida y sus preguntas sobre lo que centra a una \
            persona, sin dar nunca por hecha una fe.",
    },
    ResearchText {
        source: Source::PeerSupportRole,
        summary:
            "Este artículo general explica lo que el apoyo entre pares aporta al tratamiento y \
            los problemas que suelen enfrentar quienes trabajan como pares: roles poco claros, \
            estigma por parte de colegas, jerarquías, estrés, sueldos bajos y poca supervisión. \
            De aquí vienen el tema del lugar de trabajo de Full Cup y su idea de buscar \
            supervisión entre pares.",
    },
    ResearchText {
        source: Source::WoundedHealers,
        summary: "Esta entrada de blog resume un estudio israelí con 23 personas que trabajan como pares y que pasaron por la adicción, el trauma y la prisión. Ayudar les dio propósito, respeto y nuevos lazos, mientras que el sueldo bajo, los pocos incentivos para progresar y la carga del trauma de otras personas les pesaban. Full Cup se basa en él para los temas de sentido y de apoyo, para el sueldo bajo y los pocos incentivos para progresar, y para las ideas dirigidas a quienes tienen un pasado de cárcel o de trauma.",
    },
];
