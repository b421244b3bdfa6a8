#!/usr/bin/env python3
"""Serves a folder on 127.0.0.1 only, as a plain static host would (used by serve.sh and the tests).

Usage: static_server.py DIR PORT"""
import functools
import http.server
import os
import sys

directory, port = sys.argv[1], int(sys.argv[2])


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".webmanifest": "application/manifest+json",
        ".svg": "image/svg+xml",
        ".json": "application/json",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Vary", "Accept-Encoding")
        super().end_headers()

    def send_head(self):
        # A precompressed copy beside the file (scripts/compress.mjs), where the browser accepts
        # its encoding: brotli first, then gzip, as a host with brotli_static and gzip_static does.
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            # A folder asked for without its last slash is redirected, as before.
            if not self.path.split("?")[0].split("#")[0].endswith("/"):
                return super().send_head()
            path = os.path.join(path, "index.html")
        accepted = self.headers.get("Accept-Encoding", "")
        for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
            if encoding in accepted and os.path.isfile(path + suffix) and not self.path.rstrip("/").endswith(suffix):
                try:
                    f = open(path + suffix, "rb")
                except OSError:
                    break
                fs = os.fstat(f.fileno())
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(path))
                self.send_header("Content-Encoding", encoding)
                self.send_header("Content-Length", str(fs.st_size))
                self.send_header("Last-Modified", self.date_time_string(fs.st_mtime))
                self.end_headers()
                return f
        return super().send_head()

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    # A browser opens many connections at once (a page, its files, a service worker fetching a
    # whole version): the default backlog of 5 refuses some of them under load.
    request_queue_size = 128
    daemon_threads = True


server = Server(("127.0.0.1", port), functools.partial(Handler, directory=directory))
print(f"serving {directory} at http://127.0.0.1:{port}/", flush=True)
server.serve_forever()
