// Serving a folder of built files from a test's own server (an LMS, a host that stalls or
// half-deploys, the benchmark's hosts): the content types a careful host sends, and a path
// resolver that never leaves the folder.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { before, after } from 'node:test';

export const CONTENT_TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** The content type of `file` as a careful host sends it. */
export const contentType = (file) => CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';

/** The file at URL path `path` inside `root` ("/" is index.html), or null if there is none. */
export function fileIn(root, path) {
  const base = resolve(root);
  const name = path.endsWith('/') ? `${path}index.html` : path;
  const file = normalize(join(base, decodeURIComponent(name)));
  return file.startsWith(base) && existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * The plainest host there is, for a test file's own: it serves `root` with no validators (no
 * ETag, no Last-Modified) and no cache headers, and counts how many times it answered each path
 * with a body (`served`), as a host would see a visit. It listens before the file's tests and
 * closes after them; `base()` is its address. `hold(path)` keeps requests for `path` waiting
 * until the function it returns is called; `refuse(path, n)` answers the next `n` requests for
 * `path` with a 503 as they arrive, held or not; `asked` counts requests as they arrive, held or not.
 */
export function countingHost(root) {
  const served = new Map();
  const asked = new Map();
  const held = new Map();
  const refused = new Map();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    asked.set(path, (asked.get(path) ?? 0) + 1);
    if (refused.get(path)) {
      refused.set(path, refused.get(path) - 1);
      res.writeHead(503);
      res.end();
      return;
    }
    if (held.has(path)) await held.get(path);
    const file = fileIn(root, path);
    if (!file) {
      res.writeHead(404);
      res.end();
      return;
    }
    served.set(path, (served.get(path) ?? 0) + 1);
    res.writeHead(200, { 'content-type': contentType(file) });
    res.end(readFileSync(file));
  });
  before(() => new Promise((done) => server.listen(0, '127.0.0.1', done)));
  after(() => server.close());
  const hold = (path) => {
    let release;
    held.set(path, new Promise((resolve) => { release = resolve; }));
    return () => {
      held.delete(path);
      release();
    };
  };
  const refuse = (path, n = 1) => refused.set(path, n);
  return { served, asked, hold, refuse, base: () => `http://127.0.0.1:${server.address().port}/` };
}
