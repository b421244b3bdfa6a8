// A first visit sends the app across the network once. The service worker, keeping a whole version
// for return visits, takes the hashed files (the wasm, the glue, the styles) from what the page has
// just downloaded instead of fetching them again. Counted at the server, as a host would see it, on
// the plainest host there is: no validators (no ETag, no Last-Modified) and no cache headers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser } from './lib/browser.mjs';
import { countingHost } from './lib/files.mjs';
import { waitInPage, workerActivated } from './lib/wait.mjs';
import { S } from './lib/selectors.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');
const browser = useBrowser();

/** How many times the host answered each path with a body. */
const { served, base } = countingHost(DIST);

// The whole app's script and wasm, as the page names them: loaded only when a person opens My
// history or a trainers' page (e2e/whole.test.mjs).
const WHOLE = (/<meta name="full-cup-whole" content="\.\/([^ "]+) sha384-[^ "]+ \.\/([^ "]+) sha384-[^ "]+">/
  .exec(readFileSync(join(DIST, 'index.html'), 'utf8')) ?? []).slice(1);
// The build's hashed files, as Trunk names them, that a visit starts with.
const HASHED = readdirSync(DIST)
  .filter((name) => /-[0-9a-f]{8,}(_bg)?\.(js|wasm|css)$/.test(name))
  .filter((name) => !WHOLE.includes(name));

test('a first visit downloads each of the app\'s files once, the worker included', async () => {
  assert.ok(HASHED.some((n) => n.endsWith('.wasm')) && HASHED.some((n) => n.endsWith('.js')), `hashed files in dist: ${HASHED}`);
  served.clear();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base());
  await page.waitForSelector(S.startFull);
  // The worker has kept the whole version once it is active.
  await waitInPage(page, workerActivated, null, { timeout: 30_000 });
  const kept = await page.evaluate(async () => {
    const name = (await caches.keys()).find((k) => k.startsWith('full-cup-') && !k.endsWith('-settings'));
    return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
  });
  for (const name of HASHED) {
    assert.ok(kept.includes(`/${name}`), `the worker keeps ${name}`);
    assert.equal(served.get(`/${name}`), 1, `${name} crossed the network ${served.get(`/${name}`)} times`);
  }
  assert.equal(WHOLE.length, 2, 'the page names the whole app');
  for (const name of WHOLE) {
    assert.ok(!kept.includes(`/${name}`), `the worker waits for ${name} to be used`);
    assert.equal(served.get(`/${name}`), undefined, `${name} is not part of a first visit`);
  }
  await context.close();
});
