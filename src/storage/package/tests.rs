use proptest::prelude::*;

use super::zip::{crc32, write, Entry};
use super::*;

/// A small copy (two languages, a service worker, a precompressed file, an empty file) and the
/// packages `scripts/scorm.py` wrote from it, with its own config.json and with the form's:
///   python3 scripts/scorm.py --dist src/storage/package/fixture/dist --write-list
///   python3 scripts/scorm.py --dist src/storage/package/fixture/dist \
///     --out src/storage/package/fixture/package.zip
///   ... --out src/storage/package/fixture/package-form.zip \
///     --config src/storage/package/fixture/form-config.json
///   and package-noconfig-form.zip the same way from a copy of dist/ without its config.json
/// (the end-to-end tests check that the script still writes these, and that the device's package
/// of the real app matches the script's).
const FIXTURE_LIST: &str = include_str!("fixture/dist/scorm-files.json");
const PACKAGE: &[u8] = include_bytes!("fixture/package.zip");
const PACKAGE_FORM: &[u8] = include_bytes!("fixture/package-form.zip");
const PACKAGE_NO_CONFIG_FORM: &[u8] = include_bytes!("fixture/package-noconfig-form.zip");
const FORM_CONFIG: &[u8] = include_bytes!("fixture/form-config.json");

fn fixture_file(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/src/storage/package/fixture/dist/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(path).expect("a fixture file")
}

/// The fixture's files as the device fetches them: by the list, in its order, each checked
/// against it.
fn fetched() -> Vec<(String, Vec<u8>)> {
    read_list(FIXTURE_LIST)
        .expect("the script's list")
        .into_iter()
        .map(|listed| {
            let bytes = fixture_file(&listed.name);
            assert_eq!(check_file(&listed, "text/plain", false, &bytes), Ok(()));
            (listed.name, bytes)
        })
        .collect()
}

/// A list of `names` with no sizes to match.
fn list_of(names: &[&str]) -> String {
    let files: Vec<String> = names
        .iter()
        .map(|n| format!(r#"{{"name": {n:?}, "size": 0, "crc32": 0}}"#))
        .collect();
    format!(r#"{{"files": [{}]}}"#, files.join(", "))
}

/// One entry of a zip, read by the test alone (not by the writer's code).
#[derive(Debug, PartialEq)]
struct Read {
    name: String,
    method: u16,
    crc: u32,
    size: u32,
    raw: Vec<u8>,
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// Every entry of `zip` through its central directory, with its stored bytes as they are.
fn read_zip(zip: &[u8]) -> Vec<Read> {
    let end = zip.len() - 22;
    assert_eq!(
        &zip[end..end + 4],
        b"PK\x05\x06",
        "the end record, with no comment"
    );
    let count = u16_at(zip, end + 10) as usize;
    let mut at = u32_at(zip, end + 16) as usize;
    let mut entries = Vec::new();
    for _ in 0..count {
        assert_eq!(&zip[at..at + 4], b"PK\x01\x02");
        let method = u16_at(zip, at + 10);
        let crc = u32_at(zip, at + 16);
        let raw_len = u32_at(zip, at + 20) as usize;
        let size = u32_at(zip, at + 24);
        let name_len = u16_at(zip, at + 28) as usize;
        let skip = name_len + u16_at(zip, at + 30) as usize + u16_at(zip, at + 32) as usize;
        let local = u32_at(zip, at + 42) as usize;
        let name = String::from_utf8(zip[at + 46..at + 46 + name_len].to_vec()).expect("a name");
        assert_eq!(&zip[local..local + 4], b"PK\x03\x04");
        let data = local + 30 + u16_at(zip, local + 26) as usize + u16_at(zip, local + 28) as usize;
        entries.push(Read {
            name,
            method,
            crc,
            size,
            raw: zip[data..data + raw_len].to_vec(),
        });
        at += 46 + skip;
    }
    entries
}

/// The package the device writes from `files`, deflated exactly as `reference` was (the streams
/// lifted from it), so that every other byte can be compared.
fn as_device_writes(files: &[(String, Vec<u8>)], reference: &[u8]) -> Vec<u8> {
    let streams = read_zip(reference);
    let entries: Vec<Entry> = files
        .iter()
        .map(|(name, data)| {
            let stream = streams
                .iter()
                .find(|s| &s.name == name)
                .expect("in the script's package");
            // Only the deflate streams come from the script's zip; everything else is ours.
            assert_eq!(stream.method, 8, "the script deflates every file");
            Entry {
                name,
                data,
                deflated: Some(stream.raw.as_slice()),
            }
        })
        .collect();
    write(&entries).expect("small")
}

#[test]
fn the_package_is_the_scripts_byte_for_byte_given_the_same_deflate() {
    let files = files(fetched(), None).expect("a whole copy");
    assert_eq!(as_device_writes(&files, PACKAGE), PACKAGE);
}

#[test]
fn with_the_forms_config_the_package_is_the_scripts_with_config_byte_for_byte() {
    let files = files(fetched(), Some(FORM_CONFIG.to_vec())).expect("a whole copy");
    assert_eq!(as_device_writes(&files, PACKAGE_FORM), PACKAGE_FORM);
    let config = files.iter().find(|(n, _)| n == CONFIG).expect("a config");
    assert_eq!(config.1, FORM_CONFIG);
}

#[test]
fn the_scripts_package_holds_what_the_device_holds_and_its_crcs_are_the_contents() {
    let files = files(fetched(), None).expect("a whole copy");
    let read = read_zip(PACKAGE);
    let names: Vec<&str> = read.iter().map(|r| r.name.as_str()).collect();
    let ours: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ours);
    assert_eq!(names[0], "imsmanifest.xml");
    assert!(!names
        .iter()
        .any(|n| n.ends_with("sw.js") || n.ends_with(".gz") || *n == LIST));
    for (entry, (_, data)) in read.iter().zip(&files) {
        assert_eq!(entry.crc, crc32(data), "{}", entry.name);
        assert_eq!(entry.size as usize, data.len(), "{}", entry.name);
    }
}

#[test]
fn pages_carry_the_marker_and_lose_their_first_language_chooser_only() {
    let files = files(fetched(), None).expect("a whole copy");
    let page = |name: &str| {
        let (_, bytes) = files.iter().find(|(n, _)| n == name).expect("the page");
        String::from_utf8(bytes.clone()).expect("text")
    };
    for name in ["index.html", "es/index.html"] {
        let html = page(name);
        assert_eq!(html.matches(MARKER).count(), 1, "{name}");
        assert!(html.contains(&format!("<meta charset=\"utf-8\">\n  {MARKER}")));
        assert!(!html.contains("<select data-language>"), "{name}");
    }
    // The English page had two: the second stays, as the script's count=1 leaves it.
    assert_eq!(
        page("index.html").matches("<label class=\"lang\">").count(),
        1
    );
    assert!(page("index.html").contains("<label class=\"lang\">A second chooser stays</label>"));
    // The Spanish page had none: it is the same but for the marker.
    let original = String::from_utf8(fixture_file("es/index.html")).expect("text");
    assert_eq!(
        page("es/index.html").replacen(&format!("\n  {MARKER}"), "", 1),
        original
    );
    let manifest = std::str::from_utf8(&files[0].1).expect("text");
    assert!(manifest.contains("<title>Full Cup &amp;amp; a test</title>"));
    assert!(manifest.contains("        <file href=\"es/index.html\"/>\n"));
    assert!(!manifest.contains("imsmanifest.xml"));
}

#[test]
fn a_copy_built_without_config_json_gets_the_forms_after_everything_else_as_the_script_does() {
    let without: Vec<_> = fetched().into_iter().filter(|(n, _)| n != CONFIG).collect();
    let files = files(without, Some(FORM_CONFIG.to_vec())).expect("a whole copy");
    assert_eq!(files.last().map(|(n, _)| n.as_str()), Some(CONFIG));
    assert_eq!(
        as_device_writes(&files, PACKAGE_NO_CONFIG_FORM),
        PACKAGE_NO_CONFIG_FORM
    );
}

#[test]
fn a_config_that_is_not_json_is_refused() {
    assert_eq!(
        files(fetched(), Some(b"{organisation".to_vec())),
        Err(Problem::BadConfig)
    );
}

#[test]
fn a_page_that_loads_a_file_the_list_does_not_name_is_a_changed_copy() {
    let mut copy = fetched();
    copy.retain(|(n, _)| n != "es/full-cup-fedcba9876543210_bg.wasm");
    assert_eq!(
        files(copy, None),
        Err(Problem::Changed("es/index.html".into()))
    );
    let mut copy = fetched();
    for (name, bytes) in &mut copy {
        if name == "index.html" {
            *bytes = String::from_utf8(bytes.clone())
                .expect("text")
                .replace("style-89abcdef01234567", "style-0000000011111111")
                .into_bytes();
        }
    }
    assert_eq!(
        files(copy, None),
        Err(Problem::Changed("index.html".into()))
    );
}

#[test]
fn a_page_without_a_charset_line_is_refused_and_one_not_utf8_is_wrong() {
    let mut copy = fetched();
    for (name, bytes) in &mut copy {
        if name == "es/index.html" {
            *bytes = b"<!doctype html><title>x</title>".to_vec();
        }
    }
    assert_eq!(
        files(copy, None),
        Err(Problem::NoMarkerPlace("es/index.html".into()))
    );
    let mut copy = fetched();
    for (name, bytes) in &mut copy {
        if name == "index.html" {
            bytes.push(0xFF);
        }
    }
    assert_eq!(files(copy, None), Err(Problem::Wrong("index.html".into())));
}

#[test]
fn the_list_accepts_only_plain_names_of_files_the_package_holds() {
    assert_eq!(
        read_list(&list_of(&["index.html", "es/index.html"])).map(|l| l.len()),
        Ok(2)
    );
    assert_eq!(
        read_list(FIXTURE_LIST).map(|l| l[0].clone()),
        Ok(Listed {
            name: "config.json".into(),
            size: 35,
            crc32: 3_106_609_907
        })
    );
    for bad in [
        "../secret",
        ".htaccess",
        "es/.hidden",
        "/etc/passwd",
        "es//index.html",
        "es/./index.html",
        "a\\b",
        "café.js",
        "sw.js",
        "es/sw.js",
        "index.html.gz",
        "app.wasm.br",
        "scorm-files.json",
        "imsmanifest.xml",
        "a b.js",
        "",
        "index.html",
    ] {
        assert_eq!(
            read_list(&list_of(&["index.html", bad])),
            Err(Problem::BadName(bad.to_owned())),
            "{bad}"
        );
    }
    for not_a_list in [
        "",
        "<!doctype html><title>Full Cup</title>",
        "[]",
        r#"{"files": []}"#,
        r#"{"files": ["index.html"]}"#,
        r#"{"files": [{"name": "index.html", "size": -1, "crc32": 0}]}"#,
        r#"{"files": [{"name": "index.html", "size": 1}]}"#,
        r#"{"files": [{"name": "index.html", "size": 1, "crc32": 1, "more": 1}]}"#,
        r#"{"files": "index.html"}"#,
    ] {
        assert_eq!(read_list(not_a_list), Err(Problem::NoList), "{not_a_list}");
    }
    assert_eq!(
        read_list(&list_of(&["es/index.html"])),
        Err(Problem::NoList)
    );
    let many: Vec<String> = (0..MAX_FILES).map(|i| format!("f{i}.js")).collect();
    let mut names: Vec<&str> = many.iter().map(String::as_str).collect();
    names.push("index.html");
    assert_eq!(read_list(&list_of(&names)), Err(Problem::NoList));
    names.remove(0);
    assert_eq!(read_list(&list_of(&names)).map(|l| l.len()), Ok(MAX_FILES));
}

#[test]
fn a_fetched_file_must_be_what_its_name_says_and_the_one_the_build_listed() {
    let listed = |name: &str, bytes: &[u8]| Listed {
        name: name.to_owned(),
        size: bytes.len(),
        crc32: crc32(bytes),
    };
    let wasm = b"\0asm\x01\0\0\0";
    let file = listed("a_bg.wasm", wasm);
    assert_eq!(check_file(&file, "application/wasm", false, wasm), Ok(()));
    // A host that serves wasm with another type is fine; a page in its place is not.
    assert_eq!(
        check_file(&file, "application/octet-stream", false, wasm),
        Ok(())
    );
    let page = b"<!doctype html>";
    assert_eq!(
        check_file(&file, "text/html", false, page),
        Err(Problem::Wrong("a_bg.wasm".into()))
    );
    for name in [
        "a.js",
        "es/style.css",
        "config.json",
        "icon.svg",
        "manifest.webmanifest",
        "notes.txt",
        "font.woff2",
    ] {
        let file = listed(name, page);
        assert_eq!(
            check_file(&file, "Text/HTML; charset=utf-8", false, page),
            Err(Problem::Wrong(name.into()))
        );
        assert_eq!(check_file(&file, "text/plain", false, page), Ok(()));
        // Only a page may come by a redirect (as `index.html` to its folder).
        assert_eq!(
            check_file(&file, "text/plain", true, page),
            Err(Problem::Wrong(name.into())),
            "{name}"
        );
    }
    for name in ["index.html", "es/index.html", "404.html"] {
        assert_eq!(
            check_file(&listed(name, page), "text/html", false, page),
            Ok(())
        );
    }
    assert_eq!(
        check_file(&listed("es/index.html", page), "text/html", true, page),
        Ok(())
    );
    assert_eq!(
        check_file(&listed("404.html", page), "text/html", true, page),
        Err(Problem::Wrong("404.html".into()))
    );
    // Another size or another CRC: a file of another version.
    let js = listed("a.js", b"let a = 1;");
    assert_eq!(
        check_file(&js, "text/javascript", false, b"let a = 2;"),
        Err(Problem::Changed("a.js".into()))
    );
    assert_eq!(
        check_file(&js, "text/javascript", false, b"let a = 10;"),
        Err(Problem::Changed("a.js".into()))
    );
    // The copy's config.json is the trainer's, not the build's: any size, any content.
    let config = listed(CONFIG, b"{}");
    assert_eq!(
        check_file(&config, "application/json", false, br#"{"country": "MY"}"#),
        Ok(())
    );
}

#[test]
fn the_title_is_the_pages_and_full_cup_without_one() {
    assert_eq!(title("<title>\n  Taza llena \n</title>"), "Taza llena");
    assert_eq!(title("<head></head>"), "Full Cup");
    assert_eq!(title("<title>never closed"), "Full Cup");
}

#[test]
fn crc32_is_the_standard_one() {
    assert_eq!(crc32(b""), 0);
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(
        crc32(b"The quick brown fox jumps over the lazy dog"),
        0x414F_A339
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Any files, stored, read back by the test's own reader as they went in.
    #[test]
    fn stored_files_read_back_as_they_went_in(
        files in prop::collection::vec(("[a-z]{1,8}(/[a-z]{1,8})?\\.[a-z]{1,4}", prop::collection::vec(any::<u8>(), 0..300)), 0..12),
    ) {
        let entries: Vec<Entry> = files.iter().map(|(n, d)| Entry { name: n, data: d, deflated: None }).collect();
        let zip = write(&entries).expect("small");
        let read = read_zip(&zip);
        prop_assert_eq!(read.len(), files.len());
        for (r, (n, d)) in read.iter().zip(&files) {
            prop_assert_eq!(&r.name, n);
            prop_assert_eq!(&r.raw, d);
            prop_assert_eq!(r.method, 0);
            prop_assert_eq!(r.crc, crc32(d));
        }
    }
}
