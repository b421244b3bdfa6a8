// The glue and the style sheet are minified at build time (scripts/minify.mjs) and renamed from
// their minified bytes: a name is one content, as the service worker and every cache assume (a
// copy kept from before minification under the same name would fail the page's integrity check).
// In every language's build, each hashed script and style sheet is named for its bytes, is the one
// the page and the worker name, and is smaller than its source; early.js is minified and named
// for its bytes too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');
const folders = ['', ...readdirSync(DIST).filter((n) => existsSync(join(DIST, n, 'index.html')))];

test('in every build, the glue and the style sheet are named for their minified bytes, and the page and the worker load those', () => {
  assert.ok(folders.length >= 4, `the root and the language folders (${folders.join()})`);
  for (const folder of folders) {
    const dir = join(DIST, folder);
    const page = readFileSync(join(dir, 'index.html'), 'utf8');
    const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
    const hashed = readdirSync(dir).filter((n) => /^(full-cup|style)-[0-9a-f]+\.(js|css)$/.test(n));
    // The whole app's glue, which the page names for loading on first use (e2e/whole.test.mjs),
    // minified by its own build's post-build hook.
    const whole = /<meta name="full-cup-whole" content="\.\/([^ "]+\.js) /.exec(page)?.[1];
    assert.ok(whole && hashed.includes(whole), `${folder || 'root'}: the whole app's glue is here`);
    assert.equal(hashed.length, 3, `${folder || 'root'}: a glue for each of the two builds, and one style sheet`);
    for (const name of hashed) {
      const bytes = readFileSync(join(dir, name));
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
      assert.equal(name.replace(/^(full-cup|style)-|\.(js|css)$/g, ''), hash, `${folder}/${name} is named for its bytes`);
      assert.ok(page.includes(`./${name}`), `${folder}/index.html loads ${name}`);
      assert.ok(page.includes(`sha384-${createHash('sha384').update(bytes).digest('base64')}`), `${folder}/index.html checks ${name}'s bytes`);
      assert.ok(worker.includes(`"./${name}"`), `${folder}/sw.js keeps ${name}`);
    }
    const source = readFileSync(join(ROOT, 'static/style.css'));
    const style = hashed.find((n) => n.endsWith('.css'));
    assert.ok(readFileSync(join(dir, style)).length < source.length * 0.9, `${folder}: the style sheet is minified`);
    // early.js too is named for its bytes, so that the worker's check that the page names its
    // files covers it: an early.js of another version left on a host is never kept.
    const early = readdirSync(dir).filter((n) => /^early.*\.js$/.test(n));
    assert.equal(early.length, 1, `${folder || 'root'}: one early script (${early})`);
    const earlyBytes = readFileSync(join(dir, early[0]));
    assert.equal(early[0], `early-${createHash('sha256').update(earlyBytes).digest('hex').slice(0, 16)}.js`, `${folder}/${early[0]} is named for its bytes`);
    assert.ok(page.includes(`<script src="./${early[0]}" async>`), `${folder}/index.html loads ${early[0]}`);
    assert.ok(worker.includes(`"./${early[0]}"`), `${folder}/sw.js keeps ${early[0]}`);
    assert.ok(earlyBytes.length < readFileSync(join(ROOT, 'static/early.js')).length * 0.6, `${folder}: early.js is minified`);
  }
});
