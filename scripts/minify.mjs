// Minifies what one language's build sends before the first answer and with the app: the
// wasm-bindgen glue (full-cup-<hash>.js), the style sheet (style-<hash>.css) and static/early.js,
// with esbuild (pinned in package.json). Each is named from its minified bytes (Trunk named the
// first two from the unminified ones; early.js becomes early-<hash>.js), so that a name means one
// content for the service worker and every cache between: a kept unminified copy under the same
// name would fail the page's integrity check, and an early.js of another version left on a host
// fails the worker's check that the page names its files. The page's references and integrity
// follow, each found exactly once. The
// service worker (sw.js) is left as it is: tests and hosts read its lines.
// Run by scripts/postbuild.py in Trunk's staging folder, before the page's policy (the inline
// loader names the glue) and the worker's file list are written.
// Usage: node scripts/minify.mjs STAGING_DIR
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

// One floor for scripts and styles: Trunk's loader needs module scripts with top-level await.
const BROWSERS = ['chrome89', 'firefox89', 'safari15'];
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** `text` with the one occurrence of `from` replaced by `to`; stops the build otherwise. */
function once(text, from, to, what) {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`minify.mjs: index.html names ${what} ${count} times, not once`);
  return text.replace(from, () => to);
}

const dir = process.argv[2];
if (!dir) throw new Error('minify.mjs: which build folder?');
const pagePath = join(dir, 'index.html');
let page = readFileSync(pagePath, 'utf8');
const writes = [];
let saved = 0;
for (const name of readdirSync(dir)) {
  const hashed = /^(full-cup|style)-[0-9a-f]+\.(js|css)$/.exec(name) ?? /^(early)\.(js)$/.exec(name);
  if (!hashed) continue;
  const loader = name.endsWith('.css') ? 'css' : 'js';
  const before = readFileSync(join(dir, name));
  const result = transformSync(before.toString('utf8'), {
    loader,
    // The glue is a module; early.js is a classic script.
    format: loader === 'js' && hashed[1] !== 'early' ? 'esm' : undefined,
    minify: true,
    target: BROWSERS,
    legalComments: 'none',
  });
  if (result.warnings.length) throw new Error(`minify.mjs: ${name}: ${result.warnings.map((w) => w.text).join('; ')}`);
  const after = Buffer.from(result.code, 'utf8');
  saved += before.length - after.length;
  const renamed = `${hashed[1]}-${createHash('sha256').update(after).digest('hex').slice(0, 16)}.${hashed[2]}`;
  // Every reference is `./name` (the stylesheet, the module preload, the loader's import).
  const references = page.split(`./${name}`).length - 1;
  if (references < 1) throw new Error(`minify.mjs: index.html does not name ${name}`);
  page = page.replaceAll(`./${name}`, `./${renamed}`);
  // early.js is loaded without an integrity attribute (the worker checks the page names it).
  if (hashed[1] !== 'early') page = once(page, integrity(before), integrity(after), `${name}'s integrity`);
  writes.push([name, renamed, after]);
}
if (!['full-cup-', 'style-', 'early'].every((start) => writes.some(([name]) => name.startsWith(start)))) {
  throw new Error(`minify.mjs: no glue, no style sheet or no early.js in ${dir}`);
}
// Everything checked: now the files and the page change, together.
for (const [name, renamed, bytes] of writes) {
  writeFileSync(join(dir, name), bytes);
  if (renamed !== name) renameSync(join(dir, name), join(dir, renamed));
}
writeFileSync(pagePath, page);
console.log(`minify.mjs: ${writes.length} files, ${(saved / 1024).toFixed(1)} KB less before compression`);
