//! The SCORM package of this copy, made on the device: the copy's own files fetched from its own
//! origin (by the list the build wrote), deflated by the browser's own `CompressionStream`, and
//! offered as a download. What goes in and how is decided by `storage::package`; nothing is
//! requested from anywhere else, and nothing is kept.

use super::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::storage::package::{self, zip, Problem};

#[wasm_bindgen]
extern "C" {
    /// The browser's deflate (not in every browser: a package is then stored uncompressed).
    #[wasm_bindgen(js_name = CompressionStream)]
    type Compression;
    #[wasm_bindgen(constructor, js_class = "CompressionStream", catch)]
    fn new(format: &str) -> Result<Compression, JsValue>;
}

/// A package made and offered.
pub struct Made {
    pub files: usize,
    pub bytes: usize,
    /// False when the browser could not deflate: the files are stored as they are.
    pub compressed: bool,
}

/// What the host answered for one file.
enum Answer {
    /// The file: its bytes, content type, and whether it came by a redirect.
    File(Vec<u8>, String, bool),
    /// The host has no such file (404, 410).
    Gone,
    /// No answer, or the host failed to give one (a 5xx, 429): worth trying again.
    Failed,
    /// Any other refusal.
    Refused,
}

/// A file of the copy, asked of its host: never the service worker's kept copy (`no-store`, which
/// `static/sw.js` lets through to the network), so that the package is the copy as it is now.
async fn fetch_own(path: &str) -> Answer {
    let Some(w) = window() else {
        return Answer::Failed;
    };
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoStore);
    let url = format!("{}{path}", crate::content::Lang::root_from_built());
    let Some(response) = JsFuture::from(w.fetch_with_str_and_init(&url, &init))
        .await
        .ok()
        .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
    else {
        return Answer::Failed;
    };
    match response.status() {
        200..=299 => {}
        404 | 410 => return Answer::Gone,
        429 | 500..=599 => return Answer::Failed,
        _ => return Answer::Refused,
    }
    let kind = response
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .unwrap_or_default();
    let redirected = response.redirected();
    let Some(buffer) = response.array_buffer().ok() else {
        return Answer::Failed;
    };
    match JsFuture::from(buffer).await {
        Ok(buffer) => Answer::File(js_sys::Uint8Array::new(&buffer).to_vec(), kind, redirected),
        Err(_) => Answer::Failed,
    }
}

/// `data` as raw deflate, by the browser; `None` when it cannot.
async fn deflate(data: &[u8]) -> Option<Vec<u8>> {
    let compression = Compression::new("deflate-raw").ok()?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(data));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let stream = blob
        .stream()
        .pipe_through(compression.unchecked_ref::<web_sys::ReadableWritablePair>());
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&stream)).ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The package's zip, with `config` (the form's file) in place of the copy's own when given;
/// with its count of files and whether every file was deflated.
async fn archive(
    config: Option<Vec<u8>>,
    progress: &impl Fn(usize, usize),
) -> Result<(Vec<u8>, usize, bool), Problem> {
    let list = match fetch_own(package::LIST).await {
        Answer::File(bytes, _, _) => String::from_utf8(bytes).map_err(|_| Problem::NoList)?,
        Answer::Failed => return Err(Problem::Offline(package::LIST.to_owned())),
        Answer::Gone | Answer::Refused => return Err(Problem::NoList),
    };
    let listed = package::read_list(&list)?;
    // Fetching, then deflating: one step each per file.
    let total = listed.len() * 2;
    let mut fetched = Vec::with_capacity(listed.len());
    for (i, file) in listed.into_iter().enumerate() {
        progress(i, total);
        match fetch_own(&file.name).await {
            Answer::File(bytes, kind, redirected) => {
                package::check_file(&file, &kind, redirected, &bytes)?;
                fetched.push((file.name, bytes));
            }
            // A copy may go without its config.json (the defaults), as a build folder may; the
            // form's then takes its place in the list's order, as the script would put it.
            Answer::Gone if file.name == package::CONFIG => {
                if config.is_some() {
                    fetched.push((file.name, Vec::new()));
                }
            }
            Answer::Gone | Answer::Refused => return Err(Problem::Missing(file.name)),
            Answer::Failed => return Err(Problem::Offline(file.name)),
        }
    }
    let files = package::files(fetched, config)?;
    let mut deflated = Vec::with_capacity(files.len());
    for (i, (_, data)) in files.iter().enumerate() {
        progress(total / 2 + i.min(total / 2), total);
        deflated.push(deflate(data).await);
    }
    let compressed = deflated.iter().all(Option::is_some);
    let entries: Vec<zip::Entry> = files
        .iter()
        .zip(&deflated)
        .map(|((name, data), d)| zip::Entry {
            name,
            data,
            deflated: d.as_deref(),
        })
        .collect();
    let zip = zip::write(&entries).map_err(|_| Problem::NotOffered)?;
    Ok((zip, files.len(), compressed))
}

/// Makes the package and offers it as a download, unless `wanted()` says the trainer has left the
/// page by then (`None`). `progress(done, total)` follows the work.
pub async fn make_package(
    config: Option<Vec<u8>>,
    progress: impl Fn(usize, usize),
    wanted: impl Fn() -> bool,
) -> Result<Option<Made>, Problem> {
    // The files and their deflated copies are let go before the download is offered.
    let (zip, files, compressed) = archive(config, &progress).await?;
    if !wanted() {
        return Ok(None);
    }
    progress(1, 1);
    if !download_bytes(package::FILE_NAME, "application/zip", &zip) {
        return Err(Problem::NotOffered);
    }
    Ok(Some(Made {
        files,
        bytes: zip.len(),
        compressed,
    }))
}
