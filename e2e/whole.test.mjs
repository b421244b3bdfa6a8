// Two builds per language: a visit starts with the smaller one, and My history and the trainers'
// pages load the whole app over it, in the same page, the first time a person opens one of them
// (src/ui/device/whole.rs). Counted at the server, as a host would see it: a first visit never
// downloads the whole app; opening My history downloads it once and carries on with everything the
// person was doing; once used it opens offline; never used and offline, the page says so and
// nothing is lost; Exit works while it loads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser, watchErrors } from './lib/browser.mjs';
import { fileIn, contentType } from './lib/files.mjs';
import { readyOffline } from './lib/wait.mjs';
import { WelcomePage } from './lib/pages.mjs';
import { S, CONTENT } from './lib/selectors.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');
const browser = useBrowser();
const UI = CONTENT.ui;

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
const base = () => `http://127.0.0.1:${server.address().port}/`;

/** The whole app's script and wasm, as the page names them. */
const page = readFileSync(join(DIST, 'index.html'), 'utf8');
const WHOLE = (/<meta name="full-cup-whole" content="\.\/([^ "]+) \.\/([^ "]+)">/.exec(page) ?? []).slice(1);
const count = () => WHOLE.map((name) => served.get(`/${name}`) ?? 0);
const historyLink = `.site-header button:has-text("${UI.history_nav}")`;
const heading = (p) => p.locator(S.heading).innerText();

test('the page names the whole app, and the first build is the smaller', () => {
  assert.equal(WHOLE.length, 2, 'the page names a script and a wasm');
  assert.match(WHOLE[0], /^full-cup-[0-9a-f]+\.js$/);
  assert.match(WHOLE[1], /^full-cup-[0-9a-f]+_bg\.wasm$/);
  const own = /<link rel="preload" href="\.\/(full-cup-[0-9a-f]+_bg\.wasm)"/.exec(page)?.[1];
  assert.ok(own && own !== WHOLE[1], `the page loads a wasm of its own: ${own}`);
  const size = (name) => readFileSync(join(DIST, name)).length;
  assert.ok(size(own) < size(WHOLE[1]), `first ${size(own)} bytes, whole ${size(WHOLE[1])}`);
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const files = /const FILES = (\[.*\]);/.exec(sw)[1];
  const later = /const LATER = (\[.*\]);/.exec(sw)[1];
  assert.deepEqual(JSON.parse(later), WHOLE.map((n) => `./${n}`), 'the worker keeps them once used');
  for (const name of WHOLE) assert.ok(!files.includes(name), `${name} is not fetched as the worker installs`);
});

test('a first visit never downloads the whole app; My history loads it once and carries everything on', async () => {
  served.clear();
  const context = await browser.newContext();
  const welcome = await WelcomePage.open(context, base());
  const p = welcome.page;
  const errors = watchErrors(p);
  // The worker installed: a first visit whole, counted at the server.
  await readyOffline(p);
  assert.deepEqual(count(), [0, 0], 'the first visit, the worker included, fetched nothing of the whole app');

  const q = await new WelcomePage(p).startFull();
  await q.answer('int_drained', 'often');
  await q.next(2, 9);
  const part = await heading(p);
  await p.click(historyLink);
  await p.waitForFunction((t) => document.querySelector('#page-title')?.innerText === t, UI.history_nav);
  assert.deepEqual(count(), [1, 1], 'each crossed the network once');
  assert.equal(await p.locator(S.app).count(), 1, 'one app on the page');
  // Back: the check-in, where the person was, with the answer given.
  await p.click(`button:has-text("${UI.back}")`);
  await p.waitForFunction((t) => document.querySelector('#page-title')?.innerText === t, part);
  await q.back();
  await q.waitForPart(1, 9);
  assert.equal(await q.checkedKey('int_drained'), 'often', 'the answer is still there');
  // Kept by the worker: with the network off, a reload and My history still open.
  await context.setOffline(true);
  await p.reload();
  await p.waitForSelector(S.app);
  await p.click(historyLink);
  await p.waitForFunction((t) => document.querySelector('#page-title')?.innerText === t, UI.history_nav);
  assert.deepEqual(count(), [1, 1], 'from the device the second time');
  assert.deepEqual(errors, []);
  await context.close();
});

test('never opened on this device and offline: the page says so, the rest works, and a later try opens it', async () => {
  served.clear();
  const context = await browser.newContext();
  const welcome = await WelcomePage.open(context, base());
  const p = welcome.page;
  await readyOffline(p);
  await context.setOffline(true);
  await p.click(historyLink);
  await p.waitForFunction((t) => document.querySelector('#page-title')?.innerText === t, UI.whole_unreached_title);
  assert.equal(await p.locator('.whole-notice').innerText(), UI.whole_unreached);
  assert.equal(await p.locator(S.exit).count(), 1, 'Exit is there');
  await p.click(`button:has-text("${UI.back}")`);
  await p.waitForSelector(S.startFull);
  // Get help now works offline all along.
  await p.click(S.helpLink);
  await p.waitForFunction((t) => document.querySelector('#page-title')?.innerText === t, UI.help_title);
  await context.setOffline(false);
  await p.click(historyLink);
  await p.waitForFunction((t) => document.querySelector('#page-title')?.innerText === t, UI.history_nav);
  await context.close();
});

test('Exit leaves at once while the whole app is still loading', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const exits = [];
  await context.route('https://www.google.com/**', (route) => {
    exits.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Search</title>' });
  });
  // The whole app's wasm never arrives.
  await context.route(`**/${WHOLE[1]}`, () => {});
  const welcome = await WelcomePage.open(context, base());
  const p = welcome.page;
  await p.click(historyLink);
  await p.waitForFunction((t) => document.querySelector('#page-title')?.innerText === t, UI.whole_opening);
  await p.click(S.exit);
  await p.waitForURL('https://www.google.com/');
  assert.equal(exits.length, 1);
  await context.close();
});
