//! The SCORM package made on For trainers, in Spanish.

use crate::content::ui::PackageWords;

pub const PACKAGE: PackageWords = PackageWords {
    heading: "Descargar el paquete SCORM de esta copia",
    intro: "El paquete se crea aquí, en este dispositivo, con los archivos de esta misma copia y con todos los idiomas incluidos. Es el mismo paquete que crea scripts/scorm.sh, pero sin necesitar herramientas de compilación. Sube el zip a tu LMS como actividad SCORM 1.2. Mientras se crea, no se envía nada a ningún lugar.",
    config_legend: "El config.json que va dentro del paquete",
    config_copy: "El config.json propio de esta copia",
    config_form: "El del formulario de arriba",
    button: "Descargar el paquete SCORM",
    working: "Creando el paquete…",
    progress: "Creación del paquete",
    done: "Se descargó {file}: {count} archivos, {size} MB. Súbelo a tu LMS como actividad SCORM 1.2.",
    stored: "Este navegador no pudo comprimir los archivos, así que el paquete pesa más de lo normal. Funciona igual.",
    form_not_ready: "El formulario de arriba tiene errores, así que su config.json no se usaría. Corrígelos primero o elige el config.json propio de esta copia.",
    no_list: "Esta copia no tiene la lista de sus archivos (scorm-files.json), así que su paquete no se puede crear aquí. Quien se ocupa de tu copia puede poner en línea una compilación nueva de Full Cup o crear el paquete con scripts/scorm.sh.",
    bad_list: "La lista de archivos de esta copia (scorm-files.json) incluye {file}, que no puede ir en un paquete, así que no se creó el paquete. Quien se ocupa de tu copia puede poner en línea una compilación nueva de Full Cup o crear el paquete con scripts/scorm.sh.",
    missing: "El servidor que aloja esta copia no envió {file}, así que no se creó el paquete: le habría faltado una parte. Quien se ocupa de tu copia debería comprobar que todos los archivos de la compilación estén en línea.",
    wrong: "El servidor que aloja esta copia envió otra cosa en lugar de {file}, así que no se creó el paquete: no habría funcionado. Quien se ocupa de tu copia debería comprobar que todos los archivos de la compilación estén en línea.",
    changed: "Los archivos de esta copia están cambiando en este momento en el servidor que la aloja (puede que se esté poniendo en línea una versión nueva), así que no se creó el paquete. Vuelve a intentarlo en unos minutos.",
    offline: "No se pudo descargar {file}. Revisa tu conexión a internet y vuelve a intentarlo.",
    not_offered: "El paquete se creó, pero este navegador no permitió descargarlo. Prueba con otro navegador o con scripts/scorm.sh.",
};
