// Serving a folder of built files from a test's own server (an LMS, a host that stalls or
// half-deploys, the benchmark's hosts): the content types a careful host sends, and a path
// resolver that never leaves the folder.
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

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
