#!/usr/bin/env python3
"""Trunk post-build hook: finishes one language's build in Trunk's staging folder, one function
per job (`main` lists them in order):

- `minify.mjs` (first): the glue, the style sheet and early.js minified, renamed from their bytes;
- `welcome`: the welcome screen, the first page of each check-in and Get help now, written into
  the page from the content export so that they arrive with the first response;
- `page_head`: the page's language, direction, title, description, frame fallback, noscript
  words and the inline language chooser (static/lang.js);
- `with_policy`: the Content-Security-Policy, allowing exactly the page's inline scripts by hash;
- `not_found_page`: the copy's 404.html (English build only);
- `manifest`: the install manifest in the build's language;
- `worker`: the exact list of built files and the build's version in the service worker.

The policy allows the inline scripts by their sha256 hashes, the app's own files, and nothing
else: no 'unsafe-inline', no 'unsafe-eval', no other origin. There is deliberately no
frame-ancestors limit, so trainers can embed the app in a course page (frame-ancestors is ignored
in a <meta> policy anyway)."""
import base64
import hashlib
import html as _html
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "..", "e2e", "lib")
e = _html.escape

# In a frame sandboxed without allow-same-origin the app can never start: static/early.js then
# moves the frame fallback to the top at once, fills in the address, and shows what the course
# page needs.
SANDBOX = 'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"'


def read_content(lang):
    """The committed content export of `lang` (a native test holds it to the content)."""
    with open(os.path.join(LIB, f"content.{lang}.json"), encoding="utf-8") as f:
        return json.load(f)


def lang_js():
    """static/lang.js, the one home of the tab's record of a missing language folder."""
    with open(os.path.join(HERE, "..", "static", "lang.js"), encoding="utf-8") as f:
        return f.read()


def sha256(script):
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def put(html, pattern, replacement, what):
    """`html` with the one match of `pattern` replaced; stops the build when there is none."""
    html, n = re.subn(pattern, lambda _: replacement, html, count=1, flags=re.S)
    if n != 1:
        sys.exit(f"postbuild.py: no {what} in index.html")
    return html


def welcome(content, lang, root):
    """The welcome screen, written into the page from the same content the app shows, so that its
    words arrive with the first response. Its Start buttons, links and Exit work before the app
    does (static/early.js: a press is carried out as soon as the app is ready, and Exit leaves at
    once); the app removes it when it takes over. Plain markup only: no inline script or style, so
    the policy stays strict. With it, hidden until asked for: the first page of each check-in (the
    first question can be answered before the app has loaded; early.js keeps the answers) and Get
    help now with the built-in lines (help never waits)."""
    ui = content["ui"]
    languages = "".join(
        f'<option value="{e(l["tag"])}" lang="{e(l["tag"])}"{" selected" if l["tag"] == lang else ""}>{e(l["name"])}</option>'
        for l in content["languages"])

    def card(length, title, desc, button):
        return (f'<li class="choice"><h3>{e(title)}</h3><p>{e(desc)}</p>'
                f'<button type="button" class="primary" data-start="{length}">{e(button)}</button></li>')

    prerender = f"""<div id="prerender" class="app" data-session-key="{e(content["session_key"])}" data-early-key="{e(content["early_key"])}" data-handover-key="{e(content["handover_key"])}" data-handover-fields="{e(" ".join(content["handover_fields"]))}" data-country-key="{e(content["country_key"])}" data-shift-presses="{content["shift_presses"]}" data-shift-window="{content["shift_window_ms"]}" data-loading="{e(ui["early_loading"])}" data-pages-asked="{e(" ".join(content["pages_asked"]))}" data-blocked="{e(ui["frame_fallback"])}">
    <div class="exit-bar"><a class="exit" href="{e(content["exit_url"])}" rel="noreferrer" data-exit>{e(ui["exit"])}<span class="exit-hint">{e(ui["exit_hint"])}</span></a></div>
    <header class="site-header"><div class="brand"><svg class="brand-cup" width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 5h14v6a7 7 0 0 1-14 0z M18 7h2a2 2 0 0 1 0 5h-2" /></svg><span class="brand-name">{e(ui["app_name"])}</span></div>
      <nav aria-label="{e(ui["main_nav"])}" class="site-nav"><button type="button" class="link help-link" data-open="help">{e(ui["get_help"])}</button><button type="button" class="link now-link" data-open="now">{e(ui["now"]["title"])}</button><button type="button" class="link" data-open="history">{e(ui["history_nav"])}</button><button type="button" class="link" data-open="research">{e(ui["about_research"])}</button><label class="lang"><span>{e(ui["language"])}</span><select data-language>{languages}</select></label></nav></header>
    <main><div class="screen welcome">
      <h1>{e(ui["welcome_title"])}</h1>
      <p class="lead">{e(ui["welcome_lead"])}</p>
      <div class="promise"><p><strong>{e(ui["privacy_sentence"])}</strong> <button type="button" class="link" data-open="privacy">{e(ui["privacy_more"])}</button></p><p>{e(ui["not_diagnosis"])}</p></div>
      <h2>{e(ui["choose_heading"])}</h2>
      <ul class="choices">{card("full", ui["full_title"], content["full_description"], ui["start_full"])}{card("pulse", ui["pulse_title"], ui["pulse_desc"], ui["start_pulse"])}</ul>
      <p class="between-links"><button type="button" class="link" data-open="now">{e(ui["now"]["welcome_now"])}</button> <button type="button" class="link" data-open="day">{e(ui["now"]["welcome_day"])}</button></p>
    </div></main>
  </div>"""
    status = '<p class="notice early-status" role="status" data-status></p>'
    prerender = prerender.replace("<main><div", f"<main>{status}<div", 1)
    pages = first_pages(content) + help_page(content)
    return prerender.replace("</div></main>", f"</div>{pages}</main>", 1)


def first_pages(content):
    """The first page of the full check-in and the pulse, hidden until Start is pressed."""
    ui = content["ui"]
    scale = [*ui["scale"], ui["prefer_not"]]
    question_text = {q["id"]: q["text"] for q in content["questions"]}
    theme_title = {t["key"]: t["title"] for t in content["themes"]}
    question_theme = {q["id"]: q["theme"] for q in content["questions"]}

    def field(qid, length):
        options = "".join(
            f'<label class="option{" skip" if key == "skip" else ""}"><input type="radio" name="{qid}" value="{key}"><span>{e(words)}</span></label>'
            for key, words in zip(content["answer_keys"], scale))
        return f'<fieldset class="question" id="early-{length}-{qid}"><legend>{e(question_text[qid])}</legend><div class="options">{options}</div></fieldset>'

    def first_page(length, total, title, intro, body):
        part = ui["part_of"].replace("{n}", "1").replace("{total}", str(total))
        return (f'<form class="screen questions" data-page="{length}" hidden action="#">'
                f'<p class="part">{e(part)}</p><progress max="{total}" value="1"></progress>'
                f'<h1 tabindex="-1">{e(title)}</h1><p class="intro">{e(intro)}</p>'
                f'<p class="time-frame">{e(ui["time_frame"])} {e(ui["skip_ok"])}</p>{body}'
                f'<div class="step-nav"><button type="button" data-back>{e(ui["back"])}</button>'
                f'<button type="button" class="primary" data-next>{e(ui["next"])}</button></div></form>')

    full_pages = content["full_pages"]
    first_theme = content["themes"][0]
    full_page = first_page("full", len(full_pages) + 1, first_theme["title"], first_theme["intro"],
                           "".join(field(q, "full") for q in full_pages[0]))
    pulse_page = first_page("pulse", 2, ui["pulse_page_title"], ui["pulse_page_intro"], "".join(
        f'<div class="pulse-item"><p class="theme-tag" aria-hidden="true">{e(theme_title[question_theme[q]])}</p>{field(q, "pulse")}</div>'
        for q in content["pulse_ids"]))
    return full_page + pulse_page


def help_page(content):
    """Get help now, with the built-in lines as the app shows them by default: the language's
    country first, with its emergency number; other countries' lines (names and numbers only, to
    keep the first response small) behind a closed disclosure."""
    ui = content["ui"]

    def line(c, notes=True):
        parts = [f'<span class="region">{e(c["region"])}</span>' if c.get("region") else "",
                 f'<span class="name">{e(c["name"])}</span>']
        if c.get("call"):
            parts.append(f'<a class="number" href="{e(c["call"][1])}">{e(c["call"][0])}</a>')
        if c.get("by_hand"):
            parts.append(f'<span class="number">{e(c["by_hand"])}</span>')
        if c.get("text"):
            parts.append(f'<a class="number text" href="{e(c["text"])}">{e(ui["text_us"])}</a>')
        if c.get("note") and notes:
            parts.append(f'<span class="note">{e(c["note"])}</span>')
        return "<li>" + "".join(parts) + "</li>"

    em = content.get("help_emergency")
    emergency = (f'<p class="emergency">{e(em["before"])}<a class="number" href="{e(em["tel"])}">{e(em["number"])}</a>{e(em["after"])}</p>'
                 if em else f'<p class="emergency">{e(ui["emergency_note"])}</p>')
    others = "".join(line(c, notes=False) for c in content["help_other_lines"])
    return (f'<section class="screen page" data-page="help" hidden><h1 tabindex="-1">{e(ui["help_title"])}</h1>'
            f'<p class="lead">{e(ui["help_intro"])}</p>{emergency}<ul class="contacts">{"".join(line(c) for c in content["help_lines"])}</ul>'
            f'<details class="other-countries"><summary>{e(ui["other_countries"])}</summary><ul class="contacts">{others}</ul></details>'
            f'<details class="used-again"><summary>{e(ui["used_again_heading"])}</summary>'
            f'<p>{e(ui["used_again_intro"])}</p><ul class="steps">{"".join(f"<li>{e(s)}</li>" for s in ui["used_again_steps"])}</ul></details>'
            f'<div class="actions"><button type="button" data-back>{e(ui["back"])}</button></div></section>')


def page_head(html, content, lang, root):
    """The page's language and direction from the first byte, where the root of the copy is from
    this folder, and which languages there are (static/lang.js reads them to choose the build);
    its title, description, frame fallback and noscript words; and the language chooser, inline
    so that it costs no request (allowed by its hash in the policy, like Trunk's loader)."""
    ui = content["ui"]
    langs = " ".join(l["tag"] for l in content["languages"])
    html = put(html, r'<html lang="en">', f'<html lang="{e(lang)}" dir="{e(content["dir"])}" data-root="{root}" data-langs="{e(langs)}">', "<html lang>")
    html = put(html, r"<title>.*?</title>", f'<title>{e(ui["title_welcome"].replace("{app}", ui["app_name"]).replace("{tagline}", ui["tagline"]))}</title>', "<title>")
    html = put(html, r'<meta name="description" content="[^"]*">', f'<meta name="description" content="{e(ui["meta_description"])}">', "description")
    html = put(html, r'<div id="frame-fallback" class="frame-fallback">.*?</div>', (
        f'<div id="frame-fallback" class="frame-fallback">\n'
        f'    <p>{e(ui["frame_fallback"])} <a href="./" target="_blank" rel="noopener noreferrer">{e(ui["open_new_tab"])}</a></p>\n'
        f'    <p class="blocked-only">{e(ui["frame_blocked"])} <span class="address" data-address></span></p>\n'
        f'    <p class="blocked-only">{e(ui["frame_sandbox_words"])} <code dir="ltr">{e(SANDBOX)}</code></p>\n'
        f'  </div>'), "frame fallback")
    html = put(html, r"<noscript>.*?</noscript>", f'<noscript>\n    <p>{e(ui["needs_script"])}</p>\n  </noscript>', "<noscript>")
    # Its comments stay in the source: every visit downloads the page.
    chooser = "\n".join(l for l in lang_js().splitlines() if not l.lstrip().startswith("//")).strip()
    return put(html, r'<!-- language -->', f"<script>{chooser}</script>", "<!-- language --> mark")


def with_policy(html, path):
    """`html` with its Content-Security-Policy, and how many inline scripts it allows."""
    scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
    if not scripts:
        sys.exit(f"csp.py: no inline script found in {path}; cannot write the policy")
    hashes = " ".join(sha256(s) for s in scripts)
    policy = "; ".join([
        "default-src 'none'",
        f"script-src 'self' {hashes} 'wasm-unsafe-eval'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    html, n = re.subn(r'<meta charset="utf-8">', '<meta charset="utf-8">\n  ' + meta, html, count=1)
    if n != 1:
        sys.exit("csp.py: no <meta charset> to anchor the policy after")
    return html, len(scripts)


def not_found_page(content):
    """The copy's page for an address it does not have, at its root: hosts that serve a 404.html
    for a missing path (most static hosts) show it. A language folder missing from the copy (an
    unfinished upload, a deploy under way) sends the tab back to the root, which remembers it and
    does not send the tab there again (static/lang.js); the app carries on in a language it can
    reach and says so. Any other address: one plain line in every language."""
    ui = content["ui"]
    others = [l["tag"] for l in content["languages"] if l["tag"] != "en"]
    lines = []
    for l in content["languages"]:
        other = read_content(l["tag"])
        lines.append(f'<p lang="{e(l["tag"])}" dir="{e(other["dir"])}">{e(other["ui"]["not_found"])}</p>')
    # The tab's record of a missing folder is named once, in static/lang.js, which reads it.
    unreached_key = re.search(r'var UNREACHED = "([^"]+)";', lang_js()).group(1)
    back = (
        "(function () {\n"
        f'  var folders = {json.dumps(others)};\n'
        '  var m = /^(.*\\/)([a-z]{2,3})\\/(index\\.html)?$/.exec(location.pathname);\n'
        "  if (!m || folders.indexOf(m[2]) < 0) return;\n"
        f'  try {{ sessionStorage.setItem({json.dumps(unreached_key)}, m[2]); }} catch (e) {{ return; }}\n'
        '  location.replace(m[1] + (m[3] || "") + location.search + location.hash);\n'
        "})();"
    )
    return (
        '<!doctype html>\n<html lang="en" dir="ltr">\n<head>\n  <meta charset="utf-8">\n'
        f'  <meta http-equiv="Content-Security-Policy" content="default-src \'none\'; script-src {sha256(back)}; base-uri \'none\'; form-action \'none\'">\n'
        '  <meta name="viewport" content="width=device-width, initial-scale=1">\n  <meta name="referrer" content="no-referrer">\n'
        f'  <title>{e(ui["app_name"])}</title>\n  <script>{back}</script>\n</head>\n<body>\n  '
        + "\n  ".join(lines) + "\n</body>\n</html>\n"
    )


def manifest(staging, content, lang):
    """The install manifest speaks the build's language too, and its shortcuts (a long press on
    the installed app's icon) open Get help now, My plan where one is kept, and Right now at once
    (storage::url_options `open`)."""
    path = os.path.join(staging, "manifest.webmanifest")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    data.update({"lang": lang, "dir": content["dir"], "description": content["ui"]["meta_description"]})
    help_now = content["ui"]["get_help"]
    my_plan = content["ui"]["plan_title"]
    right_now = content["ui"]["now"]["title"]
    icons = [{"src": "icon.svg", "sizes": "any", "type": "image/svg+xml"}]
    data["shortcuts"] = [{"name": help_now, "short_name": help_now, "url": "./?open=help", "icons": icons},
                         {"name": my_plan, "short_name": my_plan, "url": "./?open=plan", "icons": icons},
                         {"name": right_now, "short_name": right_now, "url": "./?open=now", "icons": icons}]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def whole_app(staging, html):
    """The whole app (My history and the trainers' pages), built on its own before this first-visit
    build (scripts/build.sh sets FULL_CUP_WHOLE to its folder): its script and wasm are copied beside
    this build's and named in the page, where static/early.js loads them on first use
    (src/ui/device/whole.rs). Returns the page and the two names, or none without FULL_CUP_WHOLE."""
    folder = os.environ.get("FULL_CUP_WHOLE")
    if not folder:
        # A first-visit build without the whole app would fail every time My history is opened.
        if is_first_build(staging):
            sys.exit("postbuild.py: a first-visit build needs FULL_CUP_WHOLE (run scripts/build.sh)")
        return html, []
    # A whole app's own page naming a whole app would never start it (a whole app on such a page
    # only ever takes over: device::loaded_over_first).
    if not is_first_build(staging):
        sys.exit("postbuild.py: FULL_CUP_WHOLE is for a first-visit build (--features first) only")
    found = {}
    for name in os.listdir(folder):
        kind = "js" if re.fullmatch(r"full-cup-[0-9a-f]+\.js", name) else \
            "wasm" if re.fullmatch(r"full-cup-[0-9a-f]+_bg\.wasm", name) else None
        if kind:
            if kind in found:
                sys.exit(f"postbuild.py: two {kind} files in {folder}")
            found[kind] = name
    if set(found) != {"js", "wasm"}:
        sys.exit(f"postbuild.py: {folder} holds no whole app's script and wasm")
    names = [found["js"], found["wasm"]]
    for name in names:
        if os.path.exists(os.path.join(staging, name)):
            sys.exit(f"postbuild.py: {name} is in both builds")
        shutil.copyfile(os.path.join(folder, name), os.path.join(staging, name))
    later = [(name, integrity(os.path.join(staging, name))) for name in names]
    # Each name followed by its integrity hash: static/early.js loads them with it.
    meta = '<meta name="full-cup-whole" content="' + " ".join(f"./{n} {h}" for n, h in later) + '">'
    html = put(html, r'<meta charset="utf-8">', '<meta charset="utf-8">\n  ' + meta, "<meta charset> for the whole app's names")
    return html, later


def integrity(path):
    """The integrity hash of a file, as a page and the service worker check it."""
    with open(path, "rb") as f:
        return "sha384-" + base64.b64encode(hashlib.sha384(f.read()).digest()).decode()


def is_first_build(staging):
    """Whether this is a first-visit build (`--features first`): only its wasm asks the page to
    load the whole app."""
    for name in os.listdir(staging):
        if name.endswith(".wasm"):
            with open(os.path.join(staging, name), "rb") as f:
                if b"fullCupLoadWhole" in f.read():
                    return True
    return False


def worker(staging, root, later=()):
    """The service worker keeps exactly the files of this build, in a cache named for them. A
    trainer's config.json (and the example and schema beside it) are not the build's: the worker
    keeps config.json apart and refreshes it, and a copy without them still installs. The whole
    app's files (`later`, each with its integrity hash) are listed apart: kept once used, never fetched on a first visit.
    Returns how many files it lists, or None without a worker."""
    sw_path = os.path.join(staging, "sw.js")
    if not os.path.exists(sw_path):
        return None
    files = sorted(
        name for name in os.listdir(staging)
        if os.path.isfile(os.path.join(staging, name))
        and name not in ("sw.js", "404.html", *(n for n, _ in later))
        and not name.startswith("config.")
    )
    digest = hashlib.sha256()
    # The worker's own code is part of the version: a release that changes only sw.js gets a
    # cache of its own, so a failed install can never delete the cache in use.
    with open(sw_path, "rb") as f:
        digest.update(b"sw.js" + f.read())
    for name in [*files, *(n for n, _ in later)]:
        with open(os.path.join(staging, name), "rb") as f:
            digest.update(name.encode() + f.read())
    with open(sw_path, encoding="utf-8") as f:
        sw = f.read()
    listing = "[" + ", ".join(f'"./{n}"' for n in ["", *files] if n != "index.html") + "]"
    for mark, line in [
        ('const FILES = ["./"];', f"const FILES = {listing};"),
        ("const LATER = [];", "const LATER = [" + ", ".join(f'["./{n}", "{h}"]' for n, h in later) + "];"),
        ('const BUILD = "BUILD_ID";', 'const BUILD = "' + digest.hexdigest()[:12] + '";'),
        ('const ROOT = "./";', f'const ROOT = "{root}";'),
    ]:
        if sw.count(mark) != 1:
            sys.exit(f"postbuild.py: sw.js has no one line {mark}")
        sw = sw.replace(mark, line)
    with open(sw_path, "w", encoding="utf-8") as f:
        f.write(sw)
    return len(files)


def main():
    staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
    # Each language is a build of its own (scripts/build.sh sets FULL_CUP_LANG; English by
    # default): its page is written in its language, with its direction, from its own export.
    lang = os.environ.get("FULL_CUP_LANG", "en")
    root = "./" if lang == "en" else "../"
    content = read_content(lang)
    # The glue, the style sheet and early.js minified first, the hashed ones renamed from their new
    # bytes (scripts/minify.mjs): the policy's hash of the loader and the worker's list below are
    # of what is served.
    subprocess.run(["node", os.path.join(HERE, "minify.mjs"), staging], check=True)
    # The whole app's own build (scripts/build.sh): its files are taken into the first-visit
    # build's folder by `whole_app`, and nothing else of it is kept.
    if os.environ.get("FULL_CUP_PART") == "whole":
        return
    path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    html, n = re.subn(r"<!-- prerender -->", lambda _: welcome(content, lang, root), html, count=1)
    if n != 1:
        sys.exit("postbuild.py: no <!-- prerender --> mark in index.html for the welcome screen")
    html = page_head(html, content, lang, root)
    html, later = whole_app(staging, html)
    html, scripts = with_policy(html, path)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"postbuild.py: policy written with {scripts} script hash(es)")
    if lang == "en":
        with open(os.path.join(staging, "404.html"), "w", encoding="utf-8") as f:
            f.write(not_found_page(content))
    manifest(staging, content, lang)
    files = worker(staging, root, later)
    if files is not None:
        print(f"postbuild.py: service worker lists {files} files")


if __name__ == "__main__":
    main()
