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

# The service worker keeps exactly the files of this build, in a cache named for them. A trainer's
# config.json (and the example and schema beside it) are not the build's: the worker keeps
# config.json apart and refreshes it, and a copy without them still installs.
sw_path = os.path.join(staging, "sw.js")
if os.path.exists(sw_path):
    files = sorted(
        name for name in os.listdir(staging)
        if os.path.isfile(os.path.join(staging, name))
        and name != "sw.js"
        and not name.startswith("config.")
    )
    digest = hashlib.sha256()
    for name in files:
        with open(os.path.join(staging, name), "rb") as f:
            digest.update(name.encode() + f.read())
    with open(sw_path, encoding="utf-8") as f:
        sw = f.read()
    listing = "[" + ", ".join(f'"./{n}"' for n in ["", *files] if n != "index.html") + "]"
    sw = sw.replace('const FILES = ["./"];', f"const FILES = {listing};")
    sw = sw.replace('"BUILD_ID"', '"' + digest.hexdigest()[:12] + '"')
    with open(sw_path, "w", encoding="utf-8") as f:
        f.write(sw)
    print(f"postbuild.py: service worker lists {len(files)} files")
