// The side-by-side benchmark behind scripts/bench.sh: Full Cup, a plain HTML form of the same
// check-in, and a bare yew app, each on an origin of its own, served as a real static host would
// (gzip, hashed files cached for a year, pages revalidated), all under the same emulated slow
// phone: 1.6 Mbps down, 750 kbps up, 150 ms round trip, CPU slowed 4x.
//
// For each: bytes on the wire before the first question can be answered (as the browser received
// them) and for the whole first visit, also counted at the server in gzip and in brotli with the
// service worker's own requests (a server counts a response when it sends it, so only the whole
// visit is counted there); time to the first
// words (first contentful paint); time until the first question can be answered (Start is pressed
// on every frame from the moment it exists, so a button that does nothing yet cannot count); the
// same on a return visit (with Full Cup's service worker); answer and page-turn times; and memory
// after a full check-in and its results.
//
// Usage: node scripts/bench-load.mjs RUNS PLAIN_DIR BARE_DIR DIST_DIR
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { fileIn, contentType } from '../e2e/lib/files.mjs';
import { waitInPage, workerActivated } from '../e2e/lib/wait.mjs';

const [runsArg, plainDir, bareDir, distDir] = process.argv.slice(2);
// The header's My history, as the English build names it.
const HISTORY_LABEL = JSON.parse(readFileSync(new URL('../e2e/lib/content.en.json', import.meta.url), 'utf8')).ui.history_nav;
const RUNS = Number(runsArg ?? 5);
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
const CPU = 4;

/** The bytes of `file` as a host sends it with `encoding`: its precompressed copy where the build
 *  wrote one (scripts/compress.mjs), else compressed now. */
function encoded(file, encoding) {
  const copy = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  try { return readFileSync(copy); } catch { /* none written: compressed here */ }
  const body = readFileSync(file);
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } })
    : gzipSync(body, { level: 9 });
}

function serve(dir) {
  const root = resolve(dir);
  // What the host sent, counted at the server (the service worker's requests included): each
  // response's body as gzip and as brotli, whichever the browser asked for.
  const counted = { gzip: 0, br: 0 };
  const server = createServer((req, res) => {
    const file = fileIn(root, new URL(req.url, 'http://x').pathname);
    if (!file) {
      res.writeHead(404);
      res.end();
      return;
    }
    const hashed = /-[0-9a-f]{8,}(_bg)?\.(js|wasm|css)$/.test(file);
    const headers = {
      'content-type': contentType(file),
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag: `"${statSync(file).mtimeMs}"`,
    };
    if (req.headers['if-none-match'] === headers.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const gz = encoded(file, 'gzip');
    const br = encoded(file, 'br');
    counted.gzip += gz.length;
    counted.br += br.length;
    const accepted = req.headers['accept-encoding'] ?? '';
    let body = readFileSync(file);
    if (/\bbr\b/.test(accepted)) {
      body = br;
      headers['content-encoding'] = 'br';
    } else if (/gzip/.test(accepted)) {
      body = gz;
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  server.counted = counted;
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// Runs in every page before anything else: records first contentful paint, presses Start on
// every frame from the moment it exists, and notes when a question can be answered.
function probe() {
  const b = (window.__bench = { clicks: 0 });
  addEventListener('TrunkApplicationStarted', (e) => { b.memory = e.detail?.wasm?.memory; });
  // Full Cup's welcome and first page arrive with the HTML; its app takes over once loaded.
  const takeover = () => {
    if (b.prerendered && !document.getElementById('prerender') && document.getElementById('main')) {
      b.takeover = performance.now();
      return;
    }
    if (document.getElementById('prerender')) b.prerendered = true;
    requestAnimationFrame(takeover);
  };
  requestAnimationFrame(takeover);
  const visible = (e) => e && e.offsetParent !== null && !e.disabled;
  const tick = () => {
    const radio = [...document.querySelectorAll('input[type=radio]')].find(visible);
    if (b.clicks > 0 && radio) {
      b.answerable = performance.now();
      return;
    }
    const start = [...document.querySelectorAll('#start-full, [data-start="full"]')].find(visible);
    if (start) {
      start.click();
      b.clicks += 1;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

// Runs in the page once a question can be answered: answers every question of every page (the
// third answer), turning pages with Next, and times each from the click to the frame after.
async function answerAll() {
  const frame = () => new Promise((ok) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => ok();
    ch.port2.postMessage(0);
  }));
  // The page's own work: from the click until the change is in the DOM and laid out.
  const settled = async () => {
    await new Promise((ok) => setTimeout(ok, 0));
    return document.body.offsetHeight;
  };
  const answers = [];
  const work = [];
  const turns = [];
  let results = null;
  for (let page = 0; page < 30; page += 1) {
    for (const fieldset of document.querySelectorAll('fieldset.question')) {
      const radio = fieldset.querySelectorAll('input[type=radio]')[2];
      let t0 = performance.now();
      radio.click();
      await frame();
      answers.push(performance.now() - t0);
      // Again with the next answer, timing only the page's own work.
      const other = fieldset.querySelectorAll('input[type=radio]')[3];
      t0 = performance.now();
      other.click();
      await settled();
      work.push(performance.now() - t0);
    }
    const next = document.querySelector('form.questions button[type=submit]');
    if (!next) break;
    const t0 = performance.now();
    next.click();
    await frame();
    if (document.querySelector('.screen.results')) {
      results = performance.now() - t0;
      break;
    }
    turns.push(performance.now() - t0);
  }
  return { answers, work, turns, results, nodes: document.getElementsByTagName('*').length, wasm: window.__bench.memory?.buffer?.byteLength ?? 0 };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** One page under the slow phone, with the bytes it received counted. */
async function slowPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await cdp.send('Performance.enable');
  const bytes = { total: 0, inflight: new Set() };
  cdp.on('Network.requestWillBeSent', (e) => { if (!e.request.url.startsWith('data:')) bytes.inflight.add(e.requestId); });
  cdp.on('Network.loadingFinished', (e) => { bytes.total += e.encodedDataLength; bytes.inflight.delete(e.requestId); });
  cdp.on('Network.loadingFailed', (e) => { bytes.inflight.delete(e.requestId); });
  await page.addInitScript(probe);
  return { page, cdp, bytes };
}

async function visit(page, url, bytes, counted) {
  const before = bytes.total;
  const at = { ...counted };
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.answerable !== undefined, null, { timeout: 120_000 });
  const early = bytes.total - before;

  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 120_000 });
  // Where the page was written at build time, wait until the app has taken over, then go on
  // from there (its own page, with the answer given before carried on).
  if (await page.evaluate(() => window.__bench.prerendered === true)) {
    await page.waitForFunction(() => window.__bench.takeover !== undefined, null, { timeout: 120_000 });
  }
  const b = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    answerable: window.__bench.answerable,
    takeover: window.__bench.takeover ?? null,
  }));
  // Every request of the visit has finished (and so been counted) before the total is taken.
  for (const end = Date.now() + 60_000; bytes.inflight.size > 0 && Date.now() < end;) {
    await new Promise((ok) => setTimeout(ok, 20));
  }
  return { ...b, early, bytes: bytes.total - before, at };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

async function measure(name, dir, worker) {
  const server = await serve(dir);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const cold = [];
  const warm = [];
  const answers = [];
  const work = [];
  const turns = [];
  const results = [];
  const whole = [];
  let memory = null;
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 360, height: 740 } });
    const { page, cdp, bytes } = await slowPage(context);
    const first = await visit(page, url, bytes, server.counted);
    if (worker) {
      await waitInPage(page, workerActivated, null, { timeout: 120_000 });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 120_000 });
    }
    // The whole first visit as the host saw it: the page's requests and, where there is one, the
    // worker's installing the whole version.
    first.serverWhole = { gzip: server.counted.gzip - first.at.gzip, br: server.counted.br - first.at.br };
    cold.push(first);
    // A return visit starts afresh: the check-in begun above is not offered back.
    await page.evaluate(() => sessionStorage.clear());
    warm.push(await visit(page, url, bytes, server.counted));
    const done = await page.evaluate(answerAll);
    answers.push(...done.answers);
    work.push(...done.work);
    turns.push(...done.turns);
    if (done.results !== null) results.push(done.results);
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    memory = { heap: metrics.JSHeapUsedSize, wasm: done.wasm, nodes: done.nodes };
    await context.close();
    // Full Cup's whole app, loaded over the first build the first time My history is opened:
    // from the press until its screen shows, and the bytes the host sent for it. In a context of
    // its own with the worker blocked: a worker's own fetches escape the page's emulated network,
    // so under it the load would not be slowed like the rest of the visit.
    // The page is then on the first page of questions (the probe pressed Start), as a person
    // might open My history mid check-in.
    if (worker) {
      const fresh = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
      try {
        const slow = await slowPage(fresh);
        await visit(slow.page, url, slow.bytes, server.counted);
        const at = { ...server.counted };
        const took = await slow.page.evaluate(async (label) => {
          const button = [...document.querySelectorAll('.site-header button')].find((b) => b.textContent.trim() === label);
          const t0 = performance.now();
          button.click();
          while (!document.querySelector('.screen.history')) {
            if (performance.now() - t0 > 120_000) throw new Error('My history did not open within 120 s');
            await new Promise((ok) => requestAnimationFrame(ok));
          }
          return performance.now() - t0;
        }, HISTORY_LABEL);
        whole.push({ took, gzip: server.counted.gzip - at.gzip, br: server.counted.br - at.br });
      } finally {
        await fresh.close();
      }
    }
  }
  server.close();
  return {
    name,
    early: median(cold.map((c) => c.early)),
    serverWhole: { gzip: median(cold.map((c) => c.serverWhole.gzip)), br: median(cold.map((c) => c.serverWhole.br)) },
    bytes: median(cold.map((c) => c.bytes)),
    takeover: cold[0].takeover === null ? null : median(cold.map((c) => c.takeover)),
    fcp: median(cold.map((c) => c.fcp)),
    answerable: median(cold.map((c) => c.answerable)),
    warm: median(warm.map((c) => c.answerable)),
    answer: [pct(answers, 0.5), pct(answers, 0.95)],
    work: [pct(work, 0.5), pct(work, 0.95)],
    turn: turns.length ? [pct(turns, 0.5), pct(turns, 0.95)] : null,
    results: results.length ? median(results) : null,
    whole: whole.length
      ? { took: median(whole.map((w) => w.took)), gzip: median(whole.map((w) => w.gzip)), br: median(whole.map((w) => w.br)) }
      : null,
    memory,
  };
}

const subjects = [
  await measure('plain HTML form', plainDir, false),
  await measure('bare yew app', bareDir, false),
  await measure('Full Cup', distDir, true),
];
await browser.close();

const [plain, , app] = subjects;
const ms = (x) => (x === null || x === undefined ? '–' : x < 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(0)} ms`);
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(1)}×` : '–');
const row = (label, f, r) => `| ${label} | ${subjects.map(f).join(' | ')} | ${r ?? '–'} |`;
console.log(`Slow phone: 1.6 Mbps down, 750 kbps up, 150 ms round trip, CPU 4× slower; median of ${RUNS} runs each; ${new Date().toISOString().slice(0, 10)}.\n`);
console.log(`| | ${subjects.map((s) => s.name).join(' | ')} | Full Cup ÷ plain form |`);
console.log(`|---|${subjects.map(() => '---').join('|')}|---|`);
console.log(row('bytes on the wire before the first question can be answered (as the browser received them: brotli)', (s) => kb(s.early), ratio(app.early, plain.early)));
console.log(row('bytes on the wire for the whole first visit (the page\'s own requests)', (s) => kb(s.bytes), ratio(app.bytes, plain.bytes)));
console.log(row('counted at the server, whole first visit (worker on): gzip / brotli', (s) => `${kb(s.serverWhole.gzip)} / ${kb(s.serverWhole.br)}`, ratio(app.serverWhole.br, plain.serverWhole.br)));
console.log(row('first words (first contentful paint)', (s) => ms(s.fcp), ratio(app.fcp, plain.fcp)));
console.log(row('first question can be answered', (s) => ms(s.answerable), ratio(app.answerable, plain.answerable)));
console.log(row('the app has taken over from the page written at build time', (s) => ms(s.takeover)));
console.log(row('return visit: first question can be answered', (s) => ms(s.warm), ratio(app.warm, plain.warm)));
console.log(row('an answer, click to next frame: p50 / p95', (s) => `${ms(s.answer[0])} / ${ms(s.answer[1])}`, ratio(app.answer[1], plain.answer[1])));
console.log(row('an answer, click to updated layout (the page\'s own work): p50 / p95', (s) => `${ms(s.work[0])} / ${ms(s.work[1])}`, ratio(app.work[1], plain.work[1])));
console.log(row('a page turn, click to next frame: p50 / p95', (s) => (s.turn ? `${ms(s.turn[0])} / ${ms(s.turn[1])}` : '–')));
console.log(row('last Next to the results, next frame', (s) => ms(s.results)));
console.log(row('My history opened the first time (the whole app loaded over the first build, the worker blocked so that every byte is slowed): press to screen, and what the host sent (gzip / brotli)', (s) => (s.whole ? `${ms(s.whole.took)}; ${kb(s.whole.gzip)} / ${kb(s.whole.br)}` : '–')));
console.log(row('memory after the check-in: JS heap / wasm memory / DOM elements', (s) => `${kb(s.memory.heap)} / ${s.memory.wasm ? kb(s.memory.wasm) : '–'} / ${s.memory.nodes}`));
