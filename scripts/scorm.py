#!/usr/bin/env python3
"""Writes Full Cup's SCORM 1.2 package from a built dist/ (called by scripts/scorm.sh).

The package is the app, every language's build included, with three differences: each index.html carries
<meta name="full-cup-package" content="scorm12">, which turns history and the service worker off
and lets the app tell the LMS when the lesson is completed; sw.js is left out; and an
imsmanifest.xml lists every file. No mastery score, no schema references: the LMS records
completion and nothing else. The zip is the same byte for byte for the same dist/.

`--write-list` writes dist/scorm-files.json instead: the name, size and CRC-32 of every file the
package holds, in its order, so that For trainers can build the same package on the device from the copy's own files
(`storage::package` in the app; it leaves the list itself out, as this script does)."""
import argparse
import json
import os
import re
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape, quoteattr

# The package's file list, for building it on the device (a static host's file, not the package's).
LIST = "scorm-files.json"

parser = argparse.ArgumentParser()
parser.add_argument("--dist", default="dist")
parser.add_argument("--out", default="dist-scorm/full-cup-scorm12.zip")
parser.add_argument("--config", help="a config.json to put in the package instead of dist's")
parser.add_argument("--write-list", action="store_true",
                    help=f"write {LIST} in --dist (the build does, after every language) and stop")
opts = parser.parse_args()

if not os.path.isfile(os.path.join(opts.dist, "index.html")):
    sys.exit(f"scorm.py: no {opts.dist}/index.html; build the app first (scripts/scorm.sh does)")

# Every file of every language's build (English at the root, the others in their folders), by its
# path inside the package; no service worker anywhere.
files = {}
for folder, dirs, names in os.walk(opts.dist):
    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
    for name in sorted(names):
        # An LMS serves files itself: the precompressed copies (for static hosts) stay out.
        if name == "sw.js" or name.startswith(".") or name.endswith((".gz", ".br")):
            continue
        if folder == opts.dist and name == LIST:
            continue
        path = os.path.join(folder, name)
        rel = os.path.relpath(path, opts.dist).replace(os.sep, "/")
        with open(path, "rb") as f:
            files[rel] = f.read()

if opts.write_list:
    # The names the app accepts (`storage::package::read_list`): plain paths, no hidden parts.
    for name in files:
        if not re.fullmatch(r"[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*", name):
            sys.exit(f"scorm.py: {name} cannot go in a package made on the device (letters, digits, . _ - only)")
    listed = [{"name": n, "size": len(b), "crc32": zlib.crc32(b)} for n, b in files.items()]
    with open(os.path.join(opts.dist, LIST), "w", encoding="utf-8") as f:
        json.dump({"files": listed}, f, indent=1)
        f.write("\n")
    print(f"scorm.py: wrote {opts.dist}/{LIST} ({len(files)} files)")
    sys.exit(0)

if opts.config:
    with open(opts.config, "rb") as f:
        config = f.read()
    try:
        json.loads(config)
    except ValueError as e:
        sys.exit(f"scorm.py: {opts.config} is not valid JSON ({e}); the app would run on its defaults")
    files["config.json"] = config

marker = '<meta name="full-cup-package" content="scorm12">'
for page in [n for n in files if n == "index.html" or n.endswith("/index.html")]:
    text = files[page].decode("utf-8")
    text, n = re.subn(r'(<meta charset="utf-8">)', r"\1\n  " + marker, text, count=1)
    if n != 1:
        sys.exit(f"scorm.py: no <meta charset> in {page} to put the package marker after")
    # In an LMS the language is the trainer's choice (a link's lang, or config.json): changing it
    # would load another page, and a SCORM 1.2 session cannot be begun twice.
    text = re.sub(r'<label class="lang">.*?</label>', "", text, count=1, flags=re.S)
    files[page] = text.encode("utf-8")
html = files["index.html"].decode("utf-8")
title = re.search(r"<title>(.*?)</title>", html, flags=re.S)
title = (title.group(1).strip() if title else "Full Cup")

file_lines = "\n".join(f"        <file href={quoteattr(name)}/>" for name in files)
manifest = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="full-cup" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="full-cup-course">
    <organization identifier="full-cup-course">
      <title>{escape(title)}</title>
      <item identifier="full-cup-check-in" identifierref="full-cup-app" isvisible="true">
        <title>{escape(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="full-cup-app" type="webcontent" adlcp:scormtype="sco" href="index.html">
{file_lines}
    </resource>
  </resources>
</manifest>
"""
files["imsmanifest.xml"] = manifest.encode("utf-8")

os.makedirs(os.path.dirname(opts.out) or ".", exist_ok=True)
with zipfile.ZipFile(opts.out, "w", compression=zipfile.ZIP_DEFLATED) as z:
    for name in ["imsmanifest.xml", *[n for n in files if n != "imsmanifest.xml"]]:
        info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        z.writestr(info, files[name])
size = os.path.getsize(opts.out)
print(f"scorm.py: wrote {opts.out} ({len(files)} files, {size / 1024:.1f} KB)")
