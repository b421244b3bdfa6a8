// A first visit sends the app across the network once. The service worker, keeping a whole version
// for return visits, takes the hashed files (the wasm, the glue, the styles) from what the page has
// just downloaded instead of fetching them again. Counted at the server, as a host would see it, on
// the plainest host there is: no validators (no ETag, no Last-Modified) and no cache headers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser } from './lib/browser.mjs';
import { fileIn, contentType } from './lib/files.mjs';
import { waitInPage, workerActivated } from './lib/wait.mjs';
import { S } from './lib/selectors.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');
const browser = useBrowser();

/** How many times the server answered each path with a body. */
const served = new Map();
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = fileIn(DIST, path);
  if (!file) {
    res.writeHead(404);
    res.end();
    return;
  }
  served.set(path, (served.get(path) ?? 0) + 1);
  res.writeHead(200, { 'content-type': contentType(file) });
  res.end(readFileSync(file));
});

before(() => new Promise((resolve) => server.listen(0, '127.0.0.1', resolve)));
after(() => server.close());

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
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
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
