#!/usr/bin/env python3
"""Trunk post-build hook: writes Full Cup's Content-Security-Policy into the built index.html, and
the exact list of built files into the service worker so that it can work offline.

Trunk emits one inline <script type="module"> that loads the wasm. The policy allows exactly that
script by its sha256 hash, the app's own files, and nothing else: no 'unsafe-inline', no
'unsafe-eval', no other origin. There is deliberately no frame-ancestors limit, so trainers can embed
the app in a course page (frame-ancestors is ignored in a <meta> policy anyway)."""
import base64
import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
path = os.path.join(staging, "index.html")
with open(path, encoding="utf-8") as f:
    html = f.read()

# The welcome screen, written into the page from the same content the app shows (the committed
# export, which a native test holds to the content), so that its words arrive with the first
# response. Its Start buttons, links and Exit work before the app does (static/early.js: a press is
# carried out as soon as the app is ready, and Exit leaves at once); the app removes
# it when it takes over. Plain markup only: no inline script or style, so the policy stays strict.
import html as _html
import json
# Each language is a build of its own (scripts/build.sh sets FULL_CUP_LANG; English by default):
# its page is written in its language, with its direction, from its own export.
lang = os.environ.get("FULL_CUP_LANG", "en")
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e", "lib", f"content.{lang}.json"), encoding="utf-8") as f:
    content = json.load(f)
ui = content["ui"]
e = _html.escape
root = "./" if lang == "en" else "../"
languages = "".join(
    f'<option value="{e(l["tag"])}" lang="{e(l["tag"])}"{" selected" if l["tag"] == lang else ""}>{e(l["name"])}</option>'
    for l in content["languages"])
def card(length, title, desc, button):
    return (f'<li class="choice"><h3>{e(title)}</h3><p>{e(desc)}</p>'
            f'<button type="button" class="primary" data-start="{length}">{e(button)}</button></li>')
prerender = f"""<div id="prerender" class="app" data-session-key="{e(content["session_key"])}" data-early-key="{e(content["early_key"])}" data-handover-key="{e(content["handover_key"])}" data-handover-fields="{e(" ".join(content["handover_fields"]))}" data-country-key="{e(content["country_key"])}" data-shift-presses="{content["shift_presses"]}" data-shift-window="{content["shift_window_ms"]}" data-loading="{e(ui["early_loading"])}" data-blocked="{e(ui["frame_fallback"])}">
    <div class="exit-bar"><a class="exit" href="{e(content["exit_url"])}" rel="noreferrer" data-exit>{e(ui["exit"])}<span class="exit-hint">{e(ui["exit_hint"])}</span></a></div>
    <header class="site-header"><div class="brand"><svg class="brand-cup" width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 5h14v6a7 7 0 0 1-14 0z M18 7h2a2 2 0 0 1 0 5h-2" /></svg><span class="brand-name">{e(ui["app_name"])}</span></div>
      <nav aria-label="{e(ui["main_nav"])}" class="site-nav"><button type="button" class="link help-link" data-open="help">{e(ui["get_help"])}</button><button type="button" class="link" data-open="history">{e(ui["history_nav"])}</button><button type="button" class="link" data-open="research">{e(ui["about_research"])}</button><label class="lang"><span>{e(ui["language"])}</span><select data-language>{languages}</select></label></nav></header>
    <main><div class="screen welcome">
      <h1>{e(ui["welcome_title"])}</h1>
      <p class="lead">{e(ui["welcome_lead"])}</p>
      <div class="promise"><p><strong>{e(ui["privacy_sentence"])}</strong> <button type="button" class="link" data-open="privacy">{e(ui["privacy_more"])}</button></p><p>{e(ui["not_diagnosis"])}</p></div>
      <h2>{e(ui["choose_heading"])}</h2>
      <ul class="choices">{card("full", ui["full_title"], content["full_description"], ui["start_full"])}{card("pulse", ui["pulse_title"], ui["pulse_desc"], ui["start_pulse"])}</ul>
    </div></main>
  </div>"""
# The first page of each check-in, hidden until Start is pressed, so that the first question can
# be answered before the app has loaded; the app takes the answers over (static/early.js keeps them).
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
# Get help now, with the built-in lines as the app shows them by default: help never waits.
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
# The language's country first, with its emergency number; other countries' lines (names and
# numbers only, to keep the first response small) behind a closed disclosure, as the app shows them.
em = content.get("help_emergency")
emergency = (f'<p class="emergency">{e(em["before"])}<a class="number" href="{e(em["tel"])}">{e(em["number"])}</a>{e(em["after"])}</p>'
             if em else f'<p class="emergency">{e(ui["emergency_note"])}</p>')
others = "".join(line(c, notes=False) for c in content["help_other_lines"])
help_page = (f'<section class="screen page" data-page="help" hidden><h1 tabindex="-1">{e(ui["help_title"])}</h1>'
             f'<p class="lead">{e(ui["help_intro"])}</p>{emergency}<ul class="contacts">{"".join(line(c) for c in content["help_lines"])}</ul>'
             f'<details class="other-countries"><summary>{e(ui["other_countries"])}</summary><ul class="contacts">{others}</ul></details>'
             f'<details class="used-again"><summary>{e(ui["used_again_heading"])}</summary>'
             f'<p>{e(ui["used_again_intro"])}</p><ul class="steps">{"".join(f"<li>{e(s)}</li>" for s in ui["used_again_steps"])}</ul></details>'
             f'<div class="actions"><button type="button" data-back>{e(ui["back"])}</button></div></section>')
status = '<p class="notice early-status" role="status" data-status></p>'
prerender = prerender.replace("<main><div", f"<main>{status}<div", 1)
prerender = prerender.replace("</div></main>", f"</div>{full_page}{pulse_page}{help_page}</main>", 1)
html, n = re.subn(r"<!-- prerender -->", lambda _: prerender, html, count=1)
if n != 1:
    sys.exit("postbuild.py: no <!-- prerender --> mark in index.html for the welcome screen")

# The page's language and direction from the first byte, where the root of the copy is from this
# folder, and which languages there are (static/lang.js reads them to choose the build).
def put(pattern, replacement, what):
    global html
    html, n = re.subn(pattern, lambda _: replacement, html, count=1, flags=re.S)
    if n != 1:
        sys.exit(f"postbuild.py: no {what} in index.html")
langs = " ".join(l["tag"] for l in content["languages"])
put(r'<html lang="en">', f'<html lang="{e(lang)}" dir="{e(content["dir"])}" data-root="{root}" data-langs="{e(langs)}">', "<html lang>")
put(r"<title>.*?</title>", f'<title>{e(ui["title_welcome"].replace("{app}", ui["app_name"]).replace("{tagline}", ui["tagline"]))}</title>', "<title>")
put(r'<meta name="description" content="[^"]*">', f'<meta name="description" content="{e(ui["meta_description"])}">', "description")
# In a frame sandboxed without allow-same-origin the app can never start: static/early.js then
# moves this to the top at once, fills in the address, and shows what the course page needs.
SANDBOX = 'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"'
put(r'<div id="frame-fallback" class="frame-fallback">.*?</div>', (
    f'<div id="frame-fallback" class="frame-fallback">\n'
    f'    <p>{e(ui["frame_fallback"])} <a href="./" target="_blank" rel="noopener noreferrer">{e(ui["open_new_tab"])}</a></p>\n'
    f'    <p class="blocked-only">{e(ui["frame_blocked"])} <span class="address" data-address></span></p>\n'
    f'    <p class="blocked-only">{e(ui["frame_sandbox_words"])} <code dir="ltr">{e(SANDBOX)}</code></p>\n'
    f'  </div>'), "frame fallback")
put(r"<noscript>.*?</noscript>", f'<noscript>\n    <p>{e(ui["needs_script"])}</p>\n  </noscript>', "<noscript>")
# Chooses the language's build before anything else loads: inline, so that it costs no request,
# and allowed by its hash in the policy below like Trunk's loader.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "static", "lang.js"), encoding="utf-8") as f:
    # Its comments stay in the source: every visit downloads the page.
    chooser = "\n".join(l for l in f.read().splitlines() if not l.lstrip().startswith("//")).strip()
put(r'<!-- language -->', f"<script>{chooser}</script>", "<!-- language --> mark")

scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
if not scripts:
    sys.exit(f"csp.py: no inline script found in {path}; cannot write the policy")
hashes = " ".join(
    "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
    for s in scripts
)
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
with open(path, "w", encoding="utf-8") as f:
    f.write(html)
print(f"postbuild.py: policy written with {len(scripts)} script hash(es)")

# The copy's page for an address it does not have, at its root: hosts that serve a 404.html for
# a missing path (most static hosts) show it. A language folder missing from the copy (an
# unfinished upload, a deploy under way) sends the tab back to the root, which remembers it and
# does not send the tab there again (static/lang.js); the app carries on in a language it can
# reach and says so. Any other address: one plain line in every language.
if lang == "en":
    here_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e", "lib")
    others = [l["tag"] for l in content["languages"] if l["tag"] != "en"]
    lines = []
    for l in content["languages"]:
        with open(os.path.join(here_dir, f'content.{l["tag"]}.json'), encoding="utf-8") as f:
            other = json.load(f)
        lines.append(f'<p lang="{e(l["tag"])}" dir="{e(other["dir"])}">{e(other["ui"]["not_found"])}</p>')
    # The tab's record of a missing folder is named once, in static/lang.js, which reads it.
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "static", "lang.js"), encoding="utf-8") as f:
        unreached_key = re.search(r'var UNREACHED = "([^"]+)";', f.read()).group(1)
    back = (
        "(function () {\n"
        f'  var folders = {json.dumps(others)};\n'
        '  var m = /^(.*\\/)([a-z]{2,3})\\/(index\\.html)?$/.exec(location.pathname);\n'
        "  if (!m || folders.indexOf(m[2]) < 0) return;\n"
        f'  try {{ sessionStorage.setItem({json.dumps(unreached_key)}, m[2]); }} catch (e) {{ return; }}\n'
        '  location.replace(m[1] + (m[3] || "") + location.search + location.hash);\n'
        "})();"
    )
    back_hash = "'sha256-" + base64.b64encode(hashlib.sha256(back.encode("utf-8")).digest()).decode() + "'"
    page = (
        '<!doctype html>\n<html lang="en" dir="ltr">\n<head>\n  <meta charset="utf-8">\n'
        f'  <meta http-equiv="Content-Security-Policy" content="default-src \'none\'; script-src {back_hash}; base-uri \'none\'; form-action \'none\'">\n'
        '  <meta name="viewport" content="width=device-width, initial-scale=1">\n  <meta name="referrer" content="no-referrer">\n'
        f'  <title>{e(ui["app_name"])}</title>\n  <script>{back}</script>\n</head>\n<body>\n  '
        + "\n  ".join(lines) + "\n</body>\n</html>\n"
    )
    with open(os.path.join(staging, "404.html"), "w", encoding="utf-8") as f:
        f.write(page)

# The install manifest speaks the build's language too.
manifest_path = os.path.join(staging, "manifest.webmanifest")
if os.path.exists(manifest_path):
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    manifest.update({"lang": lang, "dir": content["dir"], "description": ui["meta_description"]})
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")

# The service worker keeps exactly the files of this build, in a cache named for them. A trainer's
# config.json (and the example and schema beside it) are not the build's: the worker keeps
# config.json apart and refreshes it, and a copy without them still installs.
sw_path = os.path.join(staging, "sw.js")
if os.path.exists(sw_path):
    files = sorted(
        name for name in os.listdir(staging)
        if os.path.isfile(os.path.join(staging, name))
        and name not in ("sw.js", "404.html")
        and not name.startswith("config.")
    )
    digest = hashlib.sha256()
    # The worker's own code is part of the version: a release that changes only sw.js gets a
    # cache of its own, so a failed install can never delete the cache in use.
    with open(sw_path, "rb") as f:
        digest.update(b"sw.js" + f.read())
    for name in files:
        with open(os.path.join(staging, name), "rb") as f:
            digest.update(name.encode() + f.read())
    with open(sw_path, encoding="utf-8") as f:
        sw = f.read()
    listing = "[" + ", ".join(f'"./{n}"' for n in ["", *files] if n != "index.html") + "]"
    sw = sw.replace('const FILES = ["./"];', f"const FILES = {listing};")
    sw = sw.replace('const BUILD = "BUILD_ID";', 'const BUILD = "' + digest.hexdigest()[:12] + '";')
    sw = sw.replace('const ROOT = "./";', f'const ROOT = "{root}";')
    with open(sw_path, "w", encoding="utf-8") as f:
        f.write(sw)
    print(f"postbuild.py: service worker lists {len(files)} files")
