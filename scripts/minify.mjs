// Minifies what each language's build sends before the first answer and with the app: the
// wasm-bindgen glue (full-cup-<hash>.js), the style sheet (style-<hash>.css) and static/early.js,
// with esbuild (pinned in package.json), and writes the new sub-resource integrity of the glue and
// the style sheet into the build's index.html, so the browser still checks them. Names stay as
// Trunk wrote them. The service worker (sw.js) is left as it is: tests and hosts read its lines.
// Measured in docs/size-history.md; kept because it pays on the first answer's bytes.
// Usage: node scripts/minify.mjs DIST_DIR   (scripts/build.sh runs it after every language)
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Minifies the files of one build's folder; returns how many bytes it saved. */
function minifyBuild(dir) {
  const pagePath = join(dir, 'index.html');
  let page = readFileSync(pagePath, 'utf8');
  let saved = 0;
  for (const name of readdirSync(dir)) {
    let loader;
    let format;
    if (/^full-cup-[0-9a-f]+\.js$/.test(name)) [loader, format] = ['js', 'esm'];
    else if (/^style-[0-9a-f]+\.css$/.test(name)) [loader, format] = ['css', undefined];
    else if (name === 'early.js') [loader, format] = ['js', undefined];
    else continue;
    const path = join(dir, name);
    const before = readFileSync(path);
    const { code } = transformSync(before.toString('utf8'), {
      loader,
      format,
      minify: true,
      // The browsers the app supports (CompressionStream's, and module workers').
      target: loader === 'css' ? ['chrome103', 'firefox113', 'safari16.4'] : 'es2020',
      legalComments: 'none',
    });
    const after = Buffer.from(code, 'utf8');
    writeFileSync(path, after);
    saved += before.length - after.length;
    if (name === 'early.js') continue;
    // The page checks the glue and the style sheet by their hash: give it the new one.
    const old = integrity(before);
    const count = page.split(old).length - 1;
    if (count !== 1) throw new Error(`minify.mjs: ${pagePath} names ${name}'s integrity ${count} times, not once`);
    page = page.replace(old, integrity(after));
  }
  writeFileSync(pagePath, page);
  return saved;
}

const dist = process.argv[2] ?? 'dist';
let saved = minifyBuild(dist);
for (const name of readdirSync(dist)) {
  if (existsSync(join(dist, name, 'index.html')) && existsSync(join(dist, name, 'early.js'))) saved += minifyBuild(join(dist, name));
}
console.log(`minify.mjs: ${(saved / 1024).toFixed(1)} KB less before compression`);
