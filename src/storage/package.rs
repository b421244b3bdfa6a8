//! The SCORM 1.2 package of a copy, made on the device from the copy's own files: the same package
//! `scripts/scorm.py` writes, file for file and header for header (only the compressed bytes are
//! the browser's own deflate rather than Python's zlib, so they may differ).
//!
//! The build writes [`LIST`], the name, size and CRC-32 of every file the package holds in the
//! script's order (`scripts/scorm.py --write-list`); For trainers fetches the list and each file
//! from the copy's own origin (`ui::device::package`), and everything else happens here: which
//! names are allowed, whether a fetched file is the one the build listed, the package marker in
//! every page, the manifest, the config from the form in place of the copy's, and the zip
//! ([`zip`]).

use std::collections::BTreeSet;

pub mod zip;

/// The file list beside the copy's `index.html` (a static host's file; never in the package).
pub const LIST: &str = "scorm-files.json";
/// What the download is called (as `scripts/scorm.sh` names it).
pub const FILE_NAME: &str = "full-cup-scorm12.zip";
/// The line that tells the app it is in a package: history and the service worker off, and the
/// LMS told when the lesson is completed.
pub const MARKER: &str = r#"<meta name="full-cup-package" content="scorm12">"#;
/// The config file, which the trainer may replace with the form's.
pub const CONFIG: &str = "config.json";
/// More files than a copy could hold: a list longer than this is not one the build wrote.
pub const MAX_FILES: usize = 500;

/// Why a package could not be made. Nothing is downloaded when there is one.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The copy has no file list (deployed before it existed, or the host would not serve it), or
    /// what came is not one.
    NoList,
    /// A name in the list that is not a plain path inside the copy (a list edited by hand).
    BadName(String),
    /// A listed file the host would not give.
    Missing(String),
    /// A listed file that is not what its name says (a web page where the wasm should be).
    Wrong(String),
    /// A page with no `<meta charset="utf-8">` to put the marker after.
    NoMarkerPlace(String),
    /// A file that is not the one the build listed (another size or CRC), or a page that loads a
    /// file the list does not name: the copy's files are of two versions (a deploy under way).
    Changed(String),
    /// The config to put in is not valid JSON.
    BadConfig,
    /// A file could not be fetched at all, or the host failed to answer for it (try again).
    Offline(String),
    /// More than a zip holds, or the browser would not offer the file.
    NotOffered,
}

/// One file of the list: its path in the copy, and its size and CRC-32 as the build wrote it.
#[derive(Clone, Debug, PartialEq)]
pub struct Listed {
    pub name: String,
    pub size: usize,
    pub crc32: u32,
}

/// One file of the list as JSON: `{"name": …, "size": …, "crc32": …}` and nothing else. Read
/// through `serde_json::Value`, which the config reader already brings, rather than a derived
/// reader of its own (which would add its code to every peer worker's download).
fn listed(value: &serde_json::Value) -> Option<Listed> {
    let file = value.as_object()?;
    if file.len() != 3 {
        return None;
    }
    Some(Listed {
        name: file.get("name")?.as_str()?.to_owned(),
        size: usize::try_from(file.get("size")?.as_u64()?).ok()?,
        crc32: u32::try_from(file.get("crc32")?.as_u64()?).ok()?,
    })
}

/// Whether `name` is a plain relative path of the copy's: letters, digits, `.`, `_`, `-` and `/`
/// between non-empty parts, none of them hidden (beginning with `.`), as the script checks.
fn plain(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 200
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'/'))
        && name
            .split('/')
            .all(|part| !part.is_empty() && !part.starts_with('.'))
}

/// The file list, checked: plain names, none twice, none the package leaves out (the service
/// worker, the precompressed copies, the list itself), and `index.html` among them.
pub fn read_list(text: &str) -> Result<Vec<Listed>, Problem> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| Problem::NoList)?;
    let files = value
        .as_object()
        .filter(|o| o.len() == 1)
        .and_then(|o| o.get("files"))
        .and_then(|f| f.as_array())
        .ok_or(Problem::NoList)?;
    if files.len() > MAX_FILES {
        return Err(Problem::NoList);
    }
    let files: Vec<Listed> = files
        .iter()
        .map(listed)
        .collect::<Option<_>>()
        .ok_or(Problem::NoList)?;
    if !files.iter().any(|f| f.name == "index.html") {
        return Err(Problem::NoList);
    }
    let mut seen = BTreeSet::new();
    for Listed { name, .. } in &files {
        let last = name.rsplit('/').next().unwrap_or(name);
        let left_out = last == "sw.js"
            || last.ends_with(".gz")
            || last.ends_with(".br")
            || name == LIST
            || name == "imsmanifest.xml";
        if !plain(name) || left_out || !seen.insert(name.as_str()) {
            return Err(Problem::BadName(name.clone()));
        }
    }
    Ok(files)
}

/// Whether a fetched file is the one the build listed. Wrong when it is not what its name says,
/// as the service worker checks its own (a wasm file begins as WebAssembly does; nothing but a
/// page is a web page, as from a host that answers every address with its front page; only a
/// page may come by a redirect, as to its folder); changed when it is another size or CRC-32
/// than the build's (a deploy under way). The copy's `config.json` is the trainer's own, not the
/// build's, so only its kind is checked.
pub fn check_file(
    listed: &Listed,
    content_type: &str,
    redirected: bool,
    bytes: &[u8],
) -> Result<(), Problem> {
    let name = &listed.name;
    let wrong = if name.ends_with(".wasm") {
        !bytes.starts_with(b"\0asm")
    } else {
        !name.ends_with(".html") && content_type.to_ascii_lowercase().contains("text/html")
    };
    if wrong || (redirected && !is_page(name)) {
        return Err(Problem::Wrong(name.clone()));
    }
    if name != CONFIG && (bytes.len() != listed.size || zip::crc32(bytes) != listed.crc32) {
        return Err(Problem::Changed(name.clone()));
    }
    Ok(())
}

fn is_page(name: &str) -> bool {
    name == "index.html" || name.ends_with("/index.html")
}

/// A page as it goes in the package: the marker after its `<meta charset="utf-8">`, and its
/// language chooser taken out (in an LMS the language is the trainer's choice, and changing it
/// would load another page, which a SCORM 1.2 session cannot survive).
pub fn package_page(name: &str, html: &str) -> Result<String, Problem> {
    const CHARSET: &str = r#"<meta charset="utf-8">"#;
    let at = html
        .find(CHARSET)
        .ok_or_else(|| Problem::NoMarkerPlace(name.to_owned()))?
        + CHARSET.len();
    let mut page = format!("{}\n  {MARKER}{}", &html[..at], &html[at..]);
    const LABEL: &str = r#"<label class="lang">"#;
    if let Some(start) = page.find(LABEL) {
        if let Some(len) = page[start..].find("</label>") {
            page.replace_range(start..start + len + "</label>".len(), "");
        }
    }
    Ok(page)
}

/// The course's title: the English page's `<title>`, or "Full Cup".
pub fn title(html: &str) -> String {
    html.find("<title>")
        .map(|at| &html[at + "<title>".len()..])
        .and_then(|rest| rest.find("</title>").map(|end| rest[..end].trim()))
        .map(str::to_owned)
        .unwrap_or_else(|| "Full Cup".to_owned())
}

/// `text` with `&`, `<` and `>` as entities (what Python's `saxutils.escape` does).
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The manifest: one SCO, the app, that lists every file; no mastery score, no schema references.
pub fn manifest(title: &str, names: &[&str]) -> String {
    let title = escape(title);
    // Names are plain (`read_list`), so they need no escaping in an attribute.
    let files: Vec<String> = names
        .iter()
        .map(|n| format!("        <file href=\"{n}\"/>"))
        .collect();
    let files = files.join("\n");
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="full-cup" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="full-cup-course">
    <organization identifier="full-cup-course">
      <title>{title}</title>
      <item identifier="full-cup-check-in" identifierref="full-cup-app" isvisible="true">
        <title>{title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="full-cup-app" type="webcontent" adlcp:scormtype="sco" href="index.html">
{files}
    </resource>
  </resources>
</manifest>
"#
    )
}

/// Whether `name` carries its content's hash, as Trunk and `scripts/minify.mjs` name the app's
/// files (`full-cup-<hex>.js`, `full-cup-<hex>_bg.wasm`, `style-<hex>.css`, `early-<hex>.js`).
fn hashed(name: &str) -> bool {
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    if ext.is_empty() || !ext.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hex)| {
        hex.len() >= 8
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

/// The hashed files a page loads (`./name` in its markup), by their path in the copy.
fn loads(page: &str, html: &str) -> Vec<String> {
    let folder = page.strip_suffix("index.html").unwrap_or("");
    html.match_indices("./")
        .map(|(at, _)| {
            let rest = &html[at + 2..];
            let end = rest
                .find(|c: char| matches!(c, '"' | '\'' | ')' | '<' | '>') || c.is_whitespace())
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .filter(|name| !name.contains('/') && hashed(name))
        .map(|name| format!("{folder}{name}"))
        .collect()
}

/// Every file of the package in its order, as `scripts/scorm.py` writes it: the manifest first,
/// then the list's files (each page marked), with `config` (already checked by the form) in
/// place of the copy's `config.json`, or after the rest when the copy has none. Refused when a
/// page loads a file the package would not hold.
pub fn files(
    fetched: Vec<(String, Vec<u8>)>,
    config: Option<Vec<u8>>,
) -> Result<Vec<(String, Vec<u8>)>, Problem> {
    let mut files = fetched;
    if let Some(config) = config {
        // Read as text, as the config reader reads it: `from_slice` would bring a second copy of
        // serde_json's reader into the download.
        let text = std::str::from_utf8(&config).map_err(|_| Problem::BadConfig)?;
        if serde_json::from_str::<serde_json::Value>(text).is_err() {
            return Err(Problem::BadConfig);
        }
        match files.iter_mut().find(|(name, _)| name == CONFIG) {
            Some(kept) => kept.1 = config,
            None => files.push((CONFIG.to_owned(), config)),
        }
    }
    let held: BTreeSet<String> = files.iter().map(|(name, _)| name.clone()).collect();
    for (name, bytes) in files.iter_mut().filter(|(name, _)| is_page(name)) {
        let html =
            String::from_utf8(std::mem::take(bytes)).map_err(|_| Problem::Wrong(name.clone()))?;
        if loads(name, &html).iter().any(|file| !held.contains(file)) {
            return Err(Problem::Changed(name.clone()));
        }
        *bytes = package_page(name, &html)?.into_bytes();
    }
    let title = files
        .iter()
        .find(|(name, _)| name == "index.html")
        .map(|(_, bytes)| title(&String::from_utf8_lossy(bytes)))
        .unwrap_or_else(|| "Full Cup".to_owned());
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    let manifest = manifest(&title, &names).into_bytes();
    let mut all = Vec::with_capacity(files.len() + 1);
    all.push(("imsmanifest.xml".to_owned(), manifest));
    all.extend(files);
    Ok(all)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
