// Return visits come from the device: the service worker keeps one whole version, serves it first
// (so a stalled network cannot hold the app back), offers a new version without forcing it, never
// mixes two versions, and never lets a half-finished deploy replace the good copy.
// This file serves dist/ itself, so that the network can stall, a new version can appear, and a
// deploy can go wrong between two visits.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser } from './lib/browser.mjs';
import { fileIn, contentType } from './lib/files.mjs';
import { waitInPage, workerActivated } from './lib/wait.mjs';
import { S, FULL_PAGES, CONTENT } from './lib/selectors.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');
const browser = useBrowser();

// What the server does now: 'good' serves dist/; 'stall' accepts and never answers; 'new' serves a
// new version (the same files under a new build id); 'broken' serves a new version whose wasm (under
// a new name, as a new build's is) is the HTML page, as a host does for a file that is not there yet.
let mode = 'good';
// The copy's config.json, when it has one.
let config = null;
const stalled = [];
const BUILD = /const BUILD = "([0-9a-f]+)";/;
const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
const OLD_ID = worker.match(BUILD)[1];
const versionOf = (m) => ({ new: 'a1a1a1a1a1a1', broken: 'b2b2b2b2b2b2', full: 'c3c3c3c3c3c3' })[m] ?? OLD_ID;
// 'full' serves a new version to a device with no space left: every write to a cache is refused.
const NO_SPACE = 'Cache.prototype.put = () => Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError"));\n';
const WASM = worker.match(/"\.\/([^"]+_bg\.wasm)"/)[1];
const BROKEN_WASM = WASM.replace(/-[0-9a-f]+_bg/, '-b2b2b2b2b2b2b2b2_bg');

const server = createServer((req, res) => {
  if (mode === 'stall') {
    stalled.push(res);
    return;
  }
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/config.json' && config !== null) {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
    res.end(JSON.stringify(config));
    return;
  }
  const file = mode === 'broken' && path === `/${BROKEN_WASM}` ? join(DIST, WASM) : fileIn(DIST, path);
  if (!file) {
    res.writeHead(404);
    res.end();
    return;
  }
  const name = file.slice(file.lastIndexOf('/') + 1);
  let body = readFileSync(file);
  let type = contentType(file);
  // The root build's worker plays each version; another language's is served as built.
  if (path === '/sw.js') body = worker.replace(BUILD, `const BUILD = "${versionOf(mode)}";`);
  if (name === 'sw.js' && mode === 'broken') body = body.replace(WASM, BROKEN_WASM);
  if (path === '/sw.js' && mode === 'full') body = NO_SPACE + body;
  if (mode === 'broken' && name.endsWith('.wasm')) {
    body = readFileSync(join(DIST, 'index.html'));
    type = 'text/html';
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
  res.end(body);
});

before(() => new Promise((resolve) => server.listen(0, '127.0.0.1', resolve)));
after(() => {
  for (const res of stalled) res.destroy();
  server.close();
});

const url = () => `http://127.0.0.1:${server.address().port}/`;
// The build ids of the versions kept on the device (cache names end with them).
const cacheNames = (page) => page.evaluate(async () =>
  (await caches.keys()).filter((k) => k.startsWith('full-cup-') && !k.endsWith('-settings')).map((k) => k.slice(-12)).sort());

/** A first visit, until the worker controls the page and holds the whole version. */
async function firstVisit(context) {
  mode = 'good';
  const page = await context.newPage();
  await page.goto(url());
  await page.waitForSelector(S.startFull);
  // Installing a whole version can take a while on a busy machine.
  await waitInPage(page, workerActivated, null, { timeout: 30_000 });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForSelector(S.startFull);
  assert.deepEqual(await cacheNames(page), [OLD_ID]);
  return page;
}

test('a return visit opens from the device even when the network connects but never answers', async () => {
  const context = await browser.newContext();
  const page = await firstVisit(context);
  mode = 'stall';
  await page.reload({ waitUntil: 'commit' });
  // Without the worker's copy this would wait on the network for as long as it stalls.
  await page.waitForSelector(S.startFull, { timeout: 10_000 });
  await page.click(S.startFull);
  await page.locator(S.radio(FULL_PAGES[0][0], 'often')).check();
  mode = 'good';
  await context.close();
});

test('a new version is offered, not forced; reloading into it keeps the answers and drops the old version', async () => {
  const context = await browser.newContext();
  const page = await firstVisit(context);
  await page.click(S.startFull);
  await page.locator(S.radio(FULL_PAGES[0][0], 'often')).check();
  mode = 'new';
  // The browser looks for a new worker on navigation; the page in use is left alone.
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const offer = page.locator('#new-version-reload');
  await offer.waitFor();
  assert.match(await page.locator('.new-version').innerText(), new RegExp(CONTENT.ui.new_version_ready.slice(0, 30)));
  assert.equal(await page.locator(S.checked(FULL_PAGES[0][0])).getAttribute('value'), 'often', 'nothing changed under the person');
  // Until the person chooses, the old version is the one in use, whole.
  assert.ok((await cacheNames(page)).includes(OLD_ID));

  await offer.click();
  await page.waitForFunction(() => document.readyState === 'complete' && !document.querySelector('#new-version-reload'));
  await page.waitForSelector(`${S.resume}, ${S.radio(FULL_PAGES[0][0], 'often')}`);
  if (await page.locator(S.resume).count()) await page.click(S.resume);
  assert.equal(await page.locator(S.checked(FULL_PAGES[0][0])).getAttribute('value'), 'often', 'answers survive the reload');
  assert.deepEqual(await cacheNames(page), ['a1a1a1a1a1a1'], 'only the new version is kept');
  mode = 'good';
  await context.close();
});

test('on a device with no space left, a new version that cannot be kept is said, and the one in use stays', async () => {
  const context = await browser.newContext();
  const page = await firstVisit(context);
  await page.click(S.startFull);
  await page.locator(S.radio(FULL_PAGES[0][0], 'often')).check();
  mode = 'full';
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update().catch(() => {}));
  await page.locator('#new-version-no-space').waitFor();
  assert.equal(await page.locator('#new-version-no-space').textContent(), CONTENT.ui.new_version_no_space);
  assert.equal(await page.locator('#new-version-reload').count(), 0, 'nothing to reload into');
  assert.equal(await page.locator(S.checked(FULL_PAGES[0][0])).getAttribute('value'), 'often', 'nothing changed under the person');
  assert.deepEqual(await cacheNames(page), [OLD_ID], 'the version in use stays whole');
  mode = 'good';
  await context.close();
});

test('a half-finished deploy (HTML where the wasm should be) never replaces the good copy', async () => {
  const context = await browser.newContext();
  const page = await firstVisit(context);
  mode = 'broken';
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg.update().catch(() => {});
    // Wait for the install to end, one way or the other.
    const worker = reg.installing;
    if (worker) await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'redundant' || worker.state === 'installed' ? resolve() : null));
  });
  assert.equal(await page.locator('#new-version-reload').count(), 0, 'no broken version is offered');
  assert.deepEqual(await cacheNames(page), [OLD_ID], 'nothing of the broken version is kept');
  // Offline, the good copy still opens and works.
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector(S.startFull);
  await page.click(S.startFull);
  await page.locator(S.radio(FULL_PAGES[0][0], 'often')).check();
  mode = 'good';
  await context.close();
});

test('caches named the old way are cleared, and a trainer\'s config.json kept under the old name comes along', async () => {
  mode = 'good';
  const context = await browser.newContext();
  const page = await context.newPage();
  // The site as an older worker left it: a build cache and the settings cache, without the scope.
  await page.goto(`${url()}config.example.json`);
  await page.evaluate(async (base) => {
    await (await caches.open('full-cup-0123456789ab')).put(`${base}old.js`, new Response('old'));
    await (await caches.open('full-cup-settings')).put(`${base}config.json`, new Response('{"organisation": "Kept"}', { headers: { 'content-type': 'application/json' } }));
  }, url());
  await page.goto(url());
  // Installing a whole version can take a while on a busy machine.
  await waitInPage(page, workerActivated, null, { timeout: 30_000 });
  // The worker clears them as it activates (which the page may see end a moment later).
  await waitInPage(page, async () => {
    const names = await caches.keys();
    return !names.includes('full-cup-0123456789ab') && !names.includes('full-cup-settings');
  });
  const moved = await page.evaluate(async (base) => {
    const name = (await caches.keys()).find((k) => k.endsWith('-settings'));
    const hit = name && (await (await caches.open(name)).match(`${base}config.json`));
    return hit ? hit.text() : null;
  }, url());
  assert.equal(moved, '{"organisation": "Kept"}');
  await context.close();
});

test('a corrected config.json reaches every language\'s worker from a visit in any one of them', async () => {
  mode = 'good';
  config = { organisation: 'Harbour Peer Network' };
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const organisation = () => page.locator('.site-footer .organisation strong').textContent();
    // Both languages used once, each now served by its own worker.
    for (const folder of ['es/', '']) {
      await page.goto(`${url()}${folder}`);
      await page.waitForSelector('.app:not(#prerender) #start-full');
      await waitInPage(page, workerActivated, null, { timeout: 30_000 });
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.waitForSelector('.app:not(#prerender) #start-full');
      assert.equal(await organisation(), 'Harbour Peer Network');
    }
    // The trainer corrects it; a visit in English fetches it in the background.
    config = { organisation: 'Harbour Peer Network (Leeds)' };
    await page.reload();
    await waitInPage(page, async (base) => {
      const names = (await caches.keys()).filter((k) => k.endsWith('-settings'));
      for (const name of names) {
        const hit = await (await caches.open(name)).match(`${base}config.json`);
        if (hit && (await hit.text()).includes('Leeds')) return true;
      }
      return false;
    }, url());
    // Offline, the Spanish copy already has the correction.
    await context.setOffline(true);
    await page.goto(`${url()}es/`);
    await page.waitForSelector('.app:not(#prerender) #start-full');
    assert.equal(await organisation(), 'Harbour Peer Network (Leeds)');
    await context.close();
  } finally {
    config = null;
  }
});
