use super::*;

/// Paints the path as drawn (each `M x,y h n v1 h-n z` a dark run), `scale` pixels a module, and
/// reads it back with an independent decoder.
fn decoded(view: &QrView, scale: usize) -> String {
    let w = usize::try_from(view.width).unwrap();
    let mut dark = vec![false; w * w];
    for run in view.path.split('M').filter(|r| !r.is_empty()) {
        let (xy, rest) = run.split_once('h').expect("a run");
        let (x, y) = xy.split_once(',').expect("x,y");
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        let n: usize = rest.split_once('v').expect("v1").0.parse().unwrap();
        assert!(rest.ends_with(&format!("v1h-{n}z")), "{run}");
        for dx in 0..n {
            dark[y * w + x + dx] = true;
        }
    }
    let px = w * scale;
    let mut image =
        rqrr::PreparedImage::prepare_from_bitmap(px, px, |x, y| dark[(y / scale) * w + x / scale]);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code found");
    grids[0].decode().expect("the code reads").1
}

#[test]
fn the_code_drawn_reads_back_as_the_address_with_each_choice() {
    for built in Lang::ALL {
        for lang in [None, Some(Lang::Es), Some(Lang::Ar)] {
            for (pulse, embed) in [(false, false), (true, false), (false, true), (true, true)] {
                let page = if built == Lang::En {
                    "https://example.org/full-cup/".to_owned()
                } else {
                    format!("https://example.org/full-cup/{}/index.html", built.tag())
                };
                let address = qr_address(&page, built, &QrChoice { lang, pulse, embed });
                let view = qr(&address).expect("fits");
                assert_eq!(decoded(&view, 3), address);
            }
        }
    }
}

#[test]
fn the_address_is_the_copys_root_with_only_the_options_chosen() {
    let none = QrChoice::default();
    assert_eq!(
        qr_address("https://example.org/cup/es/?embed=1#x", Lang::Es, &none),
        "https://example.org/cup/"
    );
    assert_eq!(
        qr_address("https://example.org/cup/index.html", Lang::En, &none),
        "https://example.org/cup/"
    );
    // A folder that only looks like a language's stays, outside that language's build.
    assert_eq!(
        qr_address("https://example.org/es/", Lang::En, &none),
        "https://example.org/es/"
    );
    let all = QrChoice {
        lang: Some(Lang::Ms),
        pulse: true,
        embed: true,
    };
    let address = qr_address("https://example.org/cup/ar/", Lang::Ar, &all);
    assert_eq!(
        address,
        "https://example.org/cup/?embed=1&lang=ms&length=pulse"
    );
    // What the app reads from it is exactly what was chosen, and nothing is ignored.
    let (options, ignored) = url_options::parse(address.split_once('?').unwrap().1);
    assert_eq!(ignored, 0);
    assert_eq!(options.lang, Some(Lang::Ms));
    assert_eq!(options.length, Some(Length::Pulse));
    assert_eq!(options.embed, Some(true));
    assert_eq!(options.history, None);
    assert_eq!(options.open, None);
}

#[test]
fn the_code_has_its_quiet_margin_and_the_file_is_dark_on_white() {
    let view = qr("https://example.org/").unwrap();
    // Version 1 or 2 for a short address: 21 or 25 modules, with the margin on each side.
    assert!([21 + 8, 25 + 8].contains(&view.width), "{}", view.width);
    let runs: Vec<&str> = view.path.split('M').filter(|r| !r.is_empty()).collect();
    for run in &runs {
        let (x, y) = run.split_once('h').unwrap().0.split_once(',').unwrap();
        let (x, y): (i32, i32) = (x.parse().unwrap(), y.parse().unwrap());
        assert!(
            x >= QUIET_ZONE
                && y >= QUIET_ZONE
                && x < view.width - QUIET_ZONE
                && y < view.width - QUIET_ZONE
        );
    }
    let file = svg_file(&view, "A <code> & \"more\"");
    assert!(file.contains("<title>A &lt;code&gt; &amp; &quot;more&quot;</title>"));
    assert!(file.contains("fill=\"#fff\"") && file.contains("<path fill=\"#000\""));
}

#[test]
fn an_address_too_long_for_any_code_gives_none() {
    assert!(qr(&format!("https://example.org/?{}", "x".repeat(5000))).is_none());
}

#[test]
fn a_room_is_shown_the_copy_in_its_language_and_a_package_shows_none() {
    let settings = Settings::default();
    assert_eq!(
        room_address("https://example.org/cup/ar/", Lang::Ar, Lang::Ar, &settings).as_deref(),
        Some("https://example.org/cup/?lang=ar")
    );
    assert_eq!(
        room_address(
            "https://lms.example/x/",
            Lang::En,
            Lang::En,
            &settings.packaged()
        ),
        None
    );
}

#[test]
fn the_codes_name_holds_its_address_left_to_right_in_every_language() {
    let view = qr("https://example.org/full-cup/?lang=ar&length=pulse").expect("a code");
    for lang in crate::content::Lang::ALL {
        let label = view.label(lang.locale().training().class.qr_label);
        let held = format!("\u{2066}{}\u{2069}", view.address);
        assert!(label.contains(&held), "{lang:?}: {label}");
        assert!(!label.contains("{address}"), "{lang:?}");
    }
}
