//! Prints the content of a language (default English) as JSON, for the end-to-end tests:
//! `cargo run --example export_content -- en > e2e/lib/content.en.json`; `-- --languages` lists the
//! tags. Native builds only.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let tag = std::env::args().nth(1).unwrap_or_else(|| "en".to_owned());
    if tag == "--languages" {
        for lang in full_cup::content::Lang::ALL {
            println!("{}", lang.tag());
        }
        return;
    }
    match full_cup::content::Lang::from_tag(&tag) {
        Some(lang) => print!("{}", full_cup::present::export::to_json(lang)),
        None => {
            eprintln!("Full Cup does not speak the language \"{tag}\"");
            std::process::exit(1);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
