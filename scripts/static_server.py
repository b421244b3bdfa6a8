#!/usr/bin/env python3
"""Serves a folder on 127.0.0.1 only, as a plain static host would (used by serve.sh and the tests).

Usage: static_server.py DIR PORT"""
import functools
import http.server
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
        super().end_headers()

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
