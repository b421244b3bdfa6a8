//! A QR code of this copy's address, drawn on the device for a room: the copy's own address with
//! the options a trainer chose (a language, the quick pulse, the compact layout for a course
//! page), and its modules as one SVG path. It holds only the address, never an answer, and no QR
//! service is asked for anything (the encoder is Nayuki's `qrcodegen`, compiled in).

use qrcodegen::{QrCode, QrCodeEcc};

use crate::assessment::Length;
use crate::content::Lang;
use crate::settings::Settings;
use crate::storage::url_options::{self, UrlOptions};

/// Modules of light margin around the code, as the QR standard asks, so that a camera finds it
/// on any background.
pub const QUIET_ZONE: i32 = 4;

/// What a trainer chose for the code.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QrChoice {
    /// The language to open in; `None` lets each phone's own language choose.
    pub lang: Option<Lang>,
    /// Open the quick pulse rather than offering both lengths.
    pub pulse: bool,
    /// The compact layout made for a frame in a course page.
    pub embed: bool,
}

/// A code ready to draw: the address it holds, its width in modules (margin included) and its
/// dark modules as the `d` of one SVG path, in a square of that width.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrView {
    pub address: String,
    pub width: i32,
    pub path: String,
}

/// The address a code of this copy holds: the root of the copy (from `page_address`, the page's
/// address without a query, in the build of `built`), then the options chosen.
pub fn qr_address(page_address: &str, built: Lang, choice: &QrChoice) -> String {
    let mut base = page_address
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .to_owned();
    if base.ends_with("/index.html") {
        base.truncate(base.len() - "index.html".len());
    }
    if built != Lang::En {
        // A language's build sits in a folder of its own under the root.
        let folder = format!("{}/", built.tag());
        if base.ends_with(&format!("/{folder}")) {
            base.truncate(base.len() - folder.len());
        }
    }
    let query = url_options::query(&UrlOptions {
        lang: choice.lang,
        length: choice.pulse.then_some(Length::Pulse),
        embed: choice.embed.then_some(true),
        ..UrlOptions::default()
    });
    format!("{base}{query}")
}

/// The address of the code shown to a room (class mode's slide, the class pack): this copy in
/// the language the class is in; `None` in an LMS package, whose address is the LMS's own and no
/// use on a phone.
pub fn room_address(
    page_address: &str,
    built: Lang,
    shown: Lang,
    settings: &Settings,
) -> Option<String> {
    (!settings.scorm).then(|| {
        qr_address(
            page_address,
            built,
            &QrChoice {
                lang: Some(shown),
                ..QrChoice::default()
            },
        )
    })
}

/// The code for `address` (medium error correction: a printed code still reads with a smudge);
/// `None` only for an address longer than a QR code can hold.
pub fn qr(address: &str) -> Option<QrView> {
    let code = QrCode::encode_text(address, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            // One rectangle for each run of dark modules along the row.
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            path.push_str(&format!(
                "M{},{}h{}v1h-{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                x - start
            ));
        }
    }
    Some(QrView {
        address: address.to_owned(),
        width: size + 2 * QUIET_ZONE,
        path,
    })
}

impl QrView {
    /// Its name for a screen reader and the file's title, from `template` (`Class::qr_label`): the
    /// address held left to right, so that a right-to-left sentence never reorders it.
    pub fn label(&self, template: &str) -> String {
        crate::content::fill(template, &[("address", &super::text::ltr(&self.address))])
    }
}

/// The code as an SVG file of its own, dark on white whatever the page's colours, for a slide or
/// a handout; `title` names it for a screen reader.
pub fn svg_file(view: &QrView, title: &str) -> String {
    let w = view.width;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {w}\" width=\"{px}\" height=\"{px}\" shape-rendering=\"crispEdges\" role=\"img\"><title>{}</title><rect width=\"{w}\" height=\"{w}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{}\"/></svg>\n",
        escaped(title),
        view.path,
        px = w * 8,
    )
}

/// Escapes text for an XML element or attribute.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

// Native only: the decoder that reads the codes back (`rqrr`) is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
