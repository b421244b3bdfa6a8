//! The SCORM package made on For trainers, in English.

use crate::content::ui::PackageWords;

pub const PACKAGE: PackageWords = PackageWords {
    heading: "Download this copy's SCORM package",
    intro: "Made here, on this device, from this copy's own files, with every language in it: the same package scripts/scorm.sh makes, without any build tools. Upload the zip to your LMS as a SCORM 1.2 activity. Nothing is sent anywhere while it is made.",
    config_legend: "The config.json to put in the package",
    config_copy: "This copy's own config.json",
    config_form: "The one made with the form above",
    button: "Download the SCORM package",
    working: "Making the package…",
    progress: "Making the package",
    done: "Downloaded {file}: {count} files, {size} MB. Upload it to your LMS as a SCORM 1.2 activity.",
    stored: "This browser could not compress the files, so the package is larger than usual. It works the same.",
    form_not_ready: "The form above has problems, so its config.json would not be used. Fix them first, or choose this copy's own config.json.",
    no_list: "This copy has no list of its files (scorm-files.json), so its package cannot be made here. Whoever looks after your copy can put a new build of Full Cup online, or make the package with scripts/scorm.sh.",
    bad_list: "This copy's list of its files (scorm-files.json) names {file}, which cannot go in a package, so no package was made. Whoever looks after your copy can put a new build of Full Cup online, or make the package with scripts/scorm.sh.",
    missing: "This copy's web host did not send {file}, so no package was made: it would have been missing a part. Whoever looks after your copy should check that every file of the build is online.",
    wrong: "This copy's web host sent something else in place of {file}, so no package was made: it would not have worked. Whoever looks after your copy should check that every file of the build is online.",
    changed: "This copy's files are changing on its web host right now (a new version may be going online), so no package was made. Try again in a few minutes.",
    offline: "{file} could not be fetched. Check your connection and try again.",
    not_offered: "The package was made, but this browser would not offer it as a download. Try another browser, or scripts/scorm.sh.",
};
