// Two builds per language: a visit starts with the smaller one, and My history and the trainers'
// pages load the whole app over it, in the same page, the first time a person opens one of them
// (src/ui/device/whole.rs). Counted at the server, as a host would see it: a first visit never
// downloads the whole app; opening My history downloads it once and carries on with everything the
// person was doing; once used it opens offline; never used and offline, the page says so, every
// screen of a check-in and of a hard moment still works, and it loads once the browser is back
// online. It takes over only while the person is waiting for it: never in the middle of Right now
// (never after Exit either: Playwright's calls into a page wait for a navigation it has begun, so
// that rule is held by a browser test, tests/web.rs). A file that is not the one the page names is
// refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser, watchErrors } from './lib/browser.mjs';
import { countingHost } from './lib/files.mjs';
import { readyOffline, waitInPage, workerActivated } from './lib/wait.mjs';
import { WelcomePage } from './lib/pages.mjs';
import { S, CONTENT, contentOf } from './lib/selectors.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');
const browser = useBrowser();
const UI = CONTENT.ui;

/** How many times the host answered each path with a body. */
const { served, asked, hold, refuse, base } = countingHost(DIST);

/** The whole app's script and wasm, as the page names them. */
const page = readFileSync(join(DIST, 'index.html'), 'utf8');
const WHOLE = (/<meta name="full-cup-whole" content="\.\/([^ "]+) sha384-[^ "]+ \.\/([^ "]+) sha384-[^ "]+">/.exec(page) ?? []).slice(1);
const count = () => WHOLE.map((name) => served.get(`/${name}`) ?? 0);
const historyLink = `.site-header button:has-text("${UI.history_nav}")`;

/** Waits (up to 30 s) until the host has counted `path` at least `n` times in `counts`. */
async function counted(counts, path, n, what) {
  for (const end = Date.now() + 30_000; (counts.get(path) ?? 0) < n;) {
    assert.ok(Date.now() < end, what);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const heading = (p) => p.locator(S.heading).innerText();

test('the page names the whole app with its integrity, and the first build is the smaller', () => {
  assert.equal(WHOLE.length, 2, 'the page names a script and a wasm');
  assert.match(WHOLE[0], /^full-cup-[0-9a-f]+\.js$/);
  assert.match(WHOLE[1], /^full-cup-[0-9a-f]+_bg\.wasm$/);
  for (const name of WHOLE) {
    const hash = `sha384-${createHash('sha384').update(readFileSync(join(DIST, name))).digest('base64')}`;
    assert.ok(page.includes(`./${name} ${hash}`), `the page names ${name} with its hash`);
  }
  const own = /<link rel="preload" href="\.\/(full-cup-[0-9a-f]+_bg\.wasm)"/.exec(page)?.[1];
  assert.ok(own && own !== WHOLE[1], `the page loads a wasm of its own: ${own}`);
  const size = (name) => readFileSync(join(DIST, name)).length;
  assert.ok(size(own) < size(WHOLE[1]), `first ${size(own)} bytes, whole ${size(WHOLE[1])}`);
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const files = /const FILES = (\[.*\]);/.exec(sw)[1];
  const later = /const LATER = (\[.*\]);/.exec(sw)[1];
  assert.deepEqual(
    JSON.parse(later),
    WHOLE.map((n) => [`./${n}`, `sha384-${createHash('sha384').update(readFileSync(join(DIST, n))).digest('base64')}`]),
    'the worker keeps them once used, each checked against its hash',
  );
  for (const name of WHOLE) assert.ok(!files.includes(name), `${name} is not fetched as the worker installs`);
});

/** The longest text of each part of the trainers' texts (`content::Training`). */
const longest = (value) =>
  typeof value === 'string'
    ? value
    : Object.values(value ?? {}).map(longest).reduce((a, b) => (b.length > a.length ? b : a), '');

test("the first build leaves the trainers' texts and My history's to the whole app", () => {
  const own = /<link rel="preload" href="\.\/(full-cup-[0-9a-f]+_bg\.wasm)"/.exec(page)?.[1];
  const first = readFileSync(join(DIST, own));
  const whole = readFileSync(join(DIST, WHOLE[1]));
  const holds = (wasm, text) => wasm.includes(Buffer.from(text, 'utf8'));
  assert.ok(holds(first, UI.help_intro) && holds(whole, UI.help_intro), 'both hold Get help now');
  for (const part of ['trainers', 'guide', 'paper', 'class', 'form', 'package', 'crosswalk', 'config_problems']) {
    const text = longest(UI[part]);
    assert.ok(text.length > 40, `${part}: a text long enough to be its own`);
    assert.ok(holds(whole, text), `the whole app holds ${part}'s "${text.slice(0, 40)}…"`);
    assert.ok(!holds(first, text), `the first build leaves out ${part}'s "${text.slice(0, 40)}…"`);
  }
  // My history's texts too (content::HistoryWords).
  for (const text of [UI.delete_confirm_all.other, UI.export_intro, UI.import_repeated.other, UI.between_intro]) {
    assert.ok(holds(whole, text) && !holds(first, text), `My history's "${text.slice(0, 40)}…" is the whole app's only`);
  }
  const card = CONTENT.themes[0].card.situation;
  assert.ok(holds(whole, card) && !holds(first, card), "a part's class-pack card is the whole app's only");
});

/** Waits until the worker's cache of this version holds both of the whole app's files. */
const keptByWorker = (p) => waitInPage(p, async (names) => {
  const build = (await caches.keys()).find((k) => k.startsWith('full-cup-') && !k.endsWith('-settings'));
  if (!build) return false;
  const urls = (await (await caches.open(build)).keys()).map((r) => new URL(r.url).pathname);
  return names.every((n) => urls.includes(`/${n}`));
}, WHOLE, { timeout: 30_000 });

const titled = (p, text) => p.waitForFunction((t) => document.querySelector('#page-title')?.innerText === t, text);

test('a language chosen while the whole app loads is carried out, not dropped', async () => {
  // Without the worker, so that the page's own requests can be held here.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const p = await context.newPage();
  const errors = watchErrors(p);
  // The host is slow to say whether the Spanish build is there.
  let answer;
  const answered = new Promise((resolve) => { answer = resolve; });
  await p.route((url) => url.pathname.startsWith('/es/'), async (route) => {
    await answered;
    await route.continue();
  });
  await p.goto(base());
  await p.waitForSelector(S.app);
  await p.selectOption(S.langSelect, 'es');
  const wasm = p.waitForResponse((r) => r.url().includes(WHOLE[1]));
  await p.click(historyLink);
  await titled(p, UI.whole_opening);
  // The whole app has arrived and started, and says it is ready: it waits.
  await wasm;
  await p.waitForFunction(() => !('fullCupWholeReady' in window));
  await p.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal(await heading(p), UI.whole_opening, 'the whole app did not take over while the language was asked for');
  // The host answers: the page moves to Spanish with everything, My history included.
  answer();
  await p.waitForURL((url) => url.pathname.startsWith('/es/'));
  await titled(p, contentOf('es').ui.history_nav);
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * A page whose worker's script is slow to arrive, so that the page is not yet the worker's.
 * `open(p)` opens My history, which takes over; then the worker arrives and must keep both files
 * from what the page downloaded, never fetched again (`counts`: what the host served of the
 * script and the wasm), so that My history opens offline. `allowed` names the only errors the
 * page may show (a refused try's own failure).
 */
async function keptFromPage(open, { counts, clock = false, allowed = null }) {
  served.clear();
  asked.clear();
  const context = await browser.newContext();
  const p = await context.newPage();
  const errors = watchErrors(p);
  // The page's clock runs as usual, and can be moved on.
  if (clock) await p.clock.install();
  const release = hold('/sw.js');
  try {
    await p.goto(base());
    await p.waitForSelector(S.app);
    await open(p);
    assert.equal(await p.evaluate(() => navigator.serviceWorker.controller), null, 'the page is not under the worker');
    release();
    await keptByWorker(p);
    assert.deepEqual(count(), counts, 'kept from what the page downloaded, not fetched again');
    await waitInPage(p, workerActivated, null, { timeout: 30_000 });
    // Straight to a visit offline: config.json too was read before the worker took over, and the
    // worker kept it as it installed, so the page starts without a failed request.
    await context.setOffline(true);
    await p.reload();
    await p.waitForSelector(S.app);
    await p.click(historyLink);
    await titled(p, UI.history_nav);
    assert.deepEqual(errors.filter((e) => !allowed?.test(e)), []);
  } finally {
    release();
    refuse(`/${WHOLE[1]}`, 0);
    await context.close();
  }
}

/** A refused wasm's own failure: its status, then its integrity check. */
const REFUSED = /503|integrity|digest/i;

test('opened before the worker controls the page, My history is kept for offline use all the same', () =>
  keptFromPage(async (p) => {
    await p.click(historyLink);
    await titled(p, UI.history_nav);
  }, { counts: [1, 1] }));

test('loaded by a second try before the worker controls the page, My history is kept for offline use all the same', () =>
  keptFromPage(async (p) => {
    refuse(`/${WHOLE[1]}`);
    await p.click(historyLink);
    await titled(p, UI.whole_unreached_title);
    // Opened again: the second try asks for its files under addresses of its own (`?try=1`).
    await p.click(`button:has-text("${UI.back}")`);
    await p.click(historyLink);
    await titled(p, UI.history_nav);
    assert.equal(asked.get(`/${WHOLE[1]}`), 2, 'the second try asked for the wasm again');
  }, { counts: [2, 1], allowed: REFUSED }));

test("kept all the same when the files that took over are an earlier try's than the last", () =>
  keptFromPage(async (p) => {
    // The first try's wasm is slow; the page's clock moves past the minute and the try is given up.
    const slow = hold(`/${WHOLE[1]}`);
    try {
      await p.click(historyLink);
      await titled(p, UI.whole_opening);
      await counted(asked, `/${WHOLE[1]}`, 1, "the whole app's wasm was asked for");
      await p.clock.fastForward(61_000);
      await titled(p, UI.whole_unreached_title);
      // A second try, whose wasm the host refuses; then the first one's arrives after all, at
      // the plain address, and takes over.
      refuse(`/${WHOLE[1]}`);
      await p.click(`button:has-text("${UI.back}")`);
      await p.click(historyLink);
      await counted(asked, `/${WHOLE[1]}`, 2, "the second try's wasm was asked for");
    } finally {
      slow();
    }
    await titled(p, UI.history_nav);
  }, { counts: [2, 1], clock: true, allowed: REFUSED }));

test('a worker that takes over while the whole app is loading keeps it all the same', async () => {
  served.clear();
  const context = await browser.newContext();
  const p = await context.newPage();
  const errors = watchErrors(p);
  const releaseWorker = hold('/sw.js');
  const releaseWasm = hold(`/${WHOLE[1]}`);
  await p.goto(base());
  await p.waitForSelector(S.app);
  await p.click(historyLink);
  await titled(p, UI.whole_opening);
  // The whole app's wasm is asked for before the worker exists; the worker takes over meanwhile.
  await counted(asked, `/${WHOLE[1]}`, 1, 'the whole app\'s wasm was asked for');
  releaseWorker();
  await p.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  releaseWasm();
  await titled(p, UI.history_nav);
  await keptByWorker(p);
  assert.deepEqual(count(), [1, 1], 'kept from what the page downloaded, not fetched again');
  assert.deepEqual(errors, []);
  await context.close();
});

test("opened on a first visit to a language under the root's worker, My history is kept by that language's own worker", async () => {
  served.clear();
  const context = await browser.newContext();
  const p = await context.newPage();
  const errors = watchErrors(p);
  // English first: the root's worker is active, and its scope covers every language's folder.
  await p.goto(base());
  await p.waitForSelector(S.app);
  await waitInPage(p, workerActivated, null, { timeout: 30_000 });
  // Then Spanish, whose own worker is slow to arrive: the root's worker controls the page, and
  // its list is the English build's.
  const release = hold('/es/sw.js');
  try {
    await p.goto(`${base()}es/`);
    await p.waitForSelector(S.app);
    const es = contentOf('es').ui;
    const esPage = readFileSync(join(DIST, 'es', 'index.html'), 'utf8');
    const esWasm = /<meta name="full-cup-whole" content="\.\/[^ "]+ sha384-[^ "]+ \.\/([^ "]+)/.exec(esPage)[1];
    await p.click(`.site-header button:has-text("${es.history_nav}")`);
    await titled(p, es.history_nav);
    assert.match(await p.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''), /\/sw\.js$/);
    assert.doesNotMatch(await p.evaluate(() => navigator.serviceWorker.controller.scriptURL), /\/es\/sw\.js$/);
    release();
    // Spanish's own worker keeps the whole app, from what the page downloaded.
    await waitInPage(p, async (wasm) => {
      for (const key of await caches.keys()) {
        if (await (await caches.open(key)).match(`/es/${wasm}`)) return true;
      }
      return false;
    }, esWasm, { timeout: 30_000 });
    assert.equal(served.get(`/es/${esWasm}`), 1, 'kept from what the page downloaded, not fetched again');
    // Offline, with nothing in the browser's own cache: only what the workers kept can answer.
    const cdp = await context.newCDPSession(p);
    await cdp.send('Network.clearBrowserCache');
    await context.setOffline(true);
    await p.reload();
    await p.waitForSelector(S.app);
    await p.click(`.site-header button:has-text("${es.history_nav}")`);
    await titled(p, es.history_nav);
    assert.deepEqual(errors, []);
  } finally {
    // Never left held for the tests after this one (a second call does nothing).
    release();
    await context.close();
  }
});

/**
 * A page whose first try at the whole app is given up on: the worker blocked, the whole app's
 * wasm held at the host, My history opened, and the page's clock moved past the minute a try
 * waits. `test(p, release)` goes on from there; the wasm is released and the context closed after.
 */
async function givenUp(test) {
  served.clear();
  asked.clear();
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const p = await context.newPage();
  const errors = watchErrors(p);
  // The page's clock runs as usual, and can be moved on.
  await p.clock.install();
  const release = hold(`/${WHOLE[1]}`);
  try {
    await p.goto(base());
    await p.waitForSelector(S.app);
    await p.click(historyLink);
    await titled(p, UI.whole_opening);
    await counted(asked, `/${WHOLE[1]}`, 1, "the whole app's wasm was asked for");
    await p.clock.fastForward(61_000);
    await titled(p, UI.whole_unreached_title);
    await test(p, release);
    assert.deepEqual(errors, []);
  } finally {
    release();
    await context.close();
  }
}

test('a try given up on whose whole app arrives after all never starts a second app beside the one that took over', () =>
  givenUp(async (p, release) => {
    // The browser says it is back online: a second try, while the first one's wasm is still coming.
    await p.evaluate(() => window.dispatchEvent(new Event('online')));
    await counted(asked, `/${WHOLE[1]}`, 2, "the whole app's wasm was asked for twice");
    release();
    // One of them takes over; the other, arriving after, stays idle.
    await titled(p, UI.history_nav);
    await counted(served, `/${WHOLE[1]}`, 2, "both tries' wasm arrived");
    // Time for a second app to mount, were it to start on its own (it would at once, over the
    // first: the person would be back on the welcome). An idle one gives no sign to wait for.
    await p.waitForTimeout(1500);
    assert.equal(await heading(p), UI.history_nav);
  }));

test('on a link so slow that the try is given up on, the whole app that arrives after all takes over by itself, downloaded once', () =>
  givenUp(async (p, release) => {
    // The wasm arrives after all, with no other sign (the browser never went offline).
    release();
    await titled(p, UI.history_nav);
    assert.equal(served.get(`/${WHOLE[1]}`), 1, 'downloaded once');
    assert.equal(asked.get(`/${WHOLE[1]}`), 1, 'asked for once');
  }));

test('a whole app given up on that arrives while the person is elsewhere opens at once the next time, downloaded once', () =>
  givenUp(async (p, release) => {
    // The person goes to Get help now; meanwhile the whole app arrives after all.
    await p.click(S.helpLink);
    await titled(p, UI.help_title);
    await p.evaluate(() => window.addEventListener('fullcupwhole', () => { window.lateArrived = true; }));
    release();
    await p.waitForFunction(() => window.lateArrived === true);
    assert.equal(await heading(p), UI.help_title, 'no take-over while the person is elsewhere');
    await p.click(historyLink);
    await titled(p, UI.history_nav);
    assert.equal(asked.get(`/${WHOLE[1]}`), 1, 'asked for once');
  }));

test('a whole app that fails as it takes over: the page says so and stays as it was, and the next try loads it afresh', async () => {
  asked.clear();
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const p = await context.newPage();
    const errors = watchErrors(p);
    // The first whole app to take over finds no <body> to draw into, and fails (a panic).
    await p.addInitScript(() => {
      Object.defineProperty(window, 'fullCupWholeReady', {
        configurable: true,
        set(ready) {
          delete window.fullCupWholeReady;
          window.fullCupWholeReady = (take) => ready((given) => {
            const body = document.body;
            body.remove();
            try {
              return take(given);
            } finally {
              document.documentElement.append(body);
            }
          });
        },
      });
    });
    await p.goto(base());
    await p.waitForSelector(S.app);
    await p.click('#start-pulse');
    await p.locator('form.questions input[type=radio]').first().check();
    const record = () => p.evaluate((key) => sessionStorage.getItem(key), CONTENT.session_key);
    await p.waitForFunction((key) => sessionStorage.getItem(key), CONTENT.session_key);
    const kept = await record();
    await p.click(historyLink);
    await titled(p, UI.whole_unreached_title);
    assert.equal(await p.locator('.whole-notice').innerText(), UI.whole_unreached);
    assert.equal(await record(), kept, 'the check-in in progress is as it was');
    // The browser is back online: a new try loads the whole app afresh, and it takes over.
    await p.evaluate(() => window.dispatchEvent(new Event('online')));
    await counted(asked, `/${WHOLE[1]}`, 2, "the whole app's wasm was asked for again");
    await titled(p, UI.history_nav);
    assert.equal(await p.locator('main#main').count(), 1);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
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
  await titled(p, UI.history_nav);
  assert.deepEqual(count(), [1, 1], 'each crossed the network once');
  // Back: the check-in, where the person was, with the answer given.
  await p.click(`button:has-text("${UI.back}")`);
  await titled(p, part);
  await q.back();
  await q.waitForPart(1, 9);
  assert.equal(await q.checkedKey('int_drained'), 'often', 'the answer is still there');
  // Kept by the worker: with the network off, a reload and My history still open.
  await context.setOffline(true);
  await p.reload();
  await p.waitForSelector(S.app);
  await p.click(historyLink);
  await titled(p, UI.history_nav);
  assert.deepEqual(count(), [1, 1], 'from the device the second time');
  assert.deepEqual(errors, []);
  await context.close();
});

test('never opened and offline: the page says so, a hard moment still has everything, and it loads once back online', async () => {
  served.clear();
  const context = await browser.newContext();
  const welcome = await WelcomePage.open(context, base());
  const p = welcome.page;
  await readyOffline(p);
  await context.setOffline(true);
  await p.click(historyLink);
  await titled(p, UI.whole_unreached_title);
  assert.equal(await p.locator('.whole-notice').innerText(), UI.whole_unreached);
  assert.equal(await p.locator(S.exit).count(), 1, 'Exit is there');
  await p.click(`button:has-text("${UI.back}")`);
  await p.waitForSelector(S.startFull);
  // Get help now, Right now and the daily check are in the first build.
  await p.click(S.helpLink);
  await titled(p, UI.help_title);
  await p.click(`button:has-text("${UI.back}")`);
  await p.click('.site-nav .now-link');
  await titled(p, UI.now.title);
  await p.locator('#moment-loss').waitFor();
  // The welcome again (from the worker, offline), for the daily check.
  await p.goto(base());
  await p.click('.between-links button >> nth=1');
  await titled(p, UI.now.day_title);
  await p.locator('input[name="colour"]').first().waitFor();
  // Still offline: My history says so again; back online, it loads without a press.
  await p.click(historyLink);
  await titled(p, UI.whole_unreached_title);
  await context.setOffline(false);
  await titled(p, UI.history_nav);
  await context.close();
});

/** A context that holds back the whole app's wasm until the returned function is called. */
async function holding(context) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(`**/${WHOLE[1]}*`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a person who leaves the loading page for Right now stays there; My history then opens at once', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const release = await holding(context);
  const welcome = await WelcomePage.open(context, base());
  const p = welcome.page;
  await p.click(historyLink);
  await titled(p, UI.whole_opening);
  await p.click('.site-nav .now-link');
  await titled(p, UI.now.title);
  await p.click('#moment-loss');
  release();
  await p.waitForFunction(() => window.fullCupWholeReady === undefined);
  // Two frames more: a take-over would have shown by then.
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await heading(p), UI.now.title, 'Right now was not taken away');
  assert.equal(await p.locator('#moment-loss').count(), 0, 'the moment chosen is still chosen');
  await p.click(historyLink);
  await titled(p, UI.history_nav);
  await context.close();
});

test('a whole app whose bytes are not the ones the page names is refused', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.route(`**/${WHOLE[0]}*`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// changed\n` });
  });
  const welcome = await WelcomePage.open(context, base());
  const p = welcome.page;
  await p.click(historyLink);
  await titled(p, UI.whole_unreached_title);
  await context.close();
});

test('under the worker, a copy that is not the file the page names is never kept, and the right one is', async () => {
  const context = await browser.newContext();
  const welcome = await WelcomePage.open(context, base());
  const p = welcome.page;
  await readyOffline(p);
  const changed = async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// changed\n` });
  };
  await context.route(`**/${WHOLE[0]}*`, changed);
  await p.click(historyLink);
  await titled(p, UI.whole_unreached_title);
  const kept = () => p.evaluate(async () => {
    const name = (await caches.keys()).find((k) => k.startsWith('full-cup-') && !k.endsWith('-settings'));
    return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
  });
  assert.ok(!(await kept()).includes(`/${WHOLE[0]}`), 'the changed copy was not kept');
  await context.unroute(`**/${WHOLE[0]}*`, changed);
  await p.click(`button:has-text("${UI.back}")`);
  await p.click(historyLink);
  await titled(p, UI.history_nav);
  assert.ok((await kept()).includes(`/${WHOLE[0]}`), 'the right one is kept');
  await context.close();
});
