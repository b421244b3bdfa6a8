// The SCORM 1.2 package in a page that plays the LMS, for any package: the one scripts/scorm.py
// writes (e2e/scorm.test.mjs) and the one For trainers makes on the device
// (e2e/scorm-download.test.mjs). The package is unpacked and served with a host page whose API
// records every call. Only the allowed calls happen, in order; none carries an answer or a score;
// history and the service worker are off; class mode works inside it; and the app still starts
// when the LMS serves .wasm with the wrong content type.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileIn, contentType } from './files.mjs';
import { S, PULSE_IDS, SAFETY_IDS, KEYS } from './selectors.mjs';

/**
 * Registers the package's tests in the LMS. `makeZip(path)` writes the package to `path` (in a
 * before hook, so it may use `browser`); `browser` is the file's useBrowser().
 */
export function lmsSuite(makeZip, browser) {
  const work = mkdtempSync(join(tmpdir(), 'full-cup-scorm-'));
  const zip = join(work, 'package.zip');
  const unpacked = join(work, 'course');

  // What this LMS says a .wasm file is.
  let wasmType = 'application/wasm';

  // The host page: a fake SCORM 1.2 API that records every property asked of it and every call.
  const HOST = `<!doctype html><title>Course</title>
  <script>
    const status = { value: new URLSearchParams(location.search).get('status') ?? 'not attempted' };
    const impl = {
      LMSInitialize: () => 'true',
      LMSGetValue: (k) => (k === 'cmi.core.lesson_status' ? status.value : ''),
      LMSSetValue: (k, v) => { if (k === 'cmi.core.lesson_status') status.value = v; return 'true'; },
      LMSCommit: () => 'true',
      LMSFinish: () => 'true',
      LMSGetLastError: () => '0',
      LMSGetErrorString: () => '',
      LMSGetDiagnostic: () => '',
    };
    window.calls = [];
    window.API = new Proxy({}, {
      get: (_, name) => (...args) => {
        const call = [String(name), ...args.map(String)];
        window.calls.push(call);
        // Also told to the server at once, so the record outlives this page when Exit takes the tab.
        const record = new XMLHttpRequest();
        record.open('POST', 'record' + location.search, false);
        record.send(JSON.stringify(call));
        return impl[name] ? impl[name](...args) : '';
      },
    });
  </script>
  <h1>Week 3: caring for yourself</h1>
  <iframe title="Full Cup" src="course/index.html?length=pulse" style="width: 420px; height: 700px"></iframe>`;

  // Every call each host page made, by its ?run= id.
  const recorded = new Map();
  // Who waits for a run's LMSFinish to reach this server, by run id.
  const finishWaiters = new Map();
  /** Resolves once run `run`'s LMSFinish has been recorded (it may arrive after the tab moved on). */
  const finishRecorded = (run) => ((recorded.get(run) ?? []).some(([n]) => n === 'LMSFinish')
    ? Promise.resolve()
    : new Promise((resolve) => finishWaiters.set(run, resolve)));
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/record') {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => {
        const run = url.searchParams.get('run') ?? '';
        const call = JSON.parse(body);
        recorded.set(run, [...(recorded.get(run) ?? []), call]);
        if (call[0] === 'LMSFinish') finishWaiters.get(run)?.();
        res.writeHead(204);
        res.end();
      });
      return;
    }
    if (url.pathname === '/popup.html') {
      // An LMS that launches the lesson in a window of its own: the API is found through the opener.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(HOST.replace(/<iframe[^>]*><\/iframe>/, '<button onclick="window.open(\'course/index.html?length=pulse\', \'lesson\')">Launch</button>'));
      return;
    }
    if (url.pathname === '/class.html') {
      // A trainer who opens class mode from the course, to project it.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(HOST.replace('?length=pulse', '?class=1').replace('width: 420px; height: 700px', 'width: 1280px; height: 720px'));
      return;
    }
    if (url.pathname === '/lms.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      // ?lang=xx launches the package in that language, as a trainer's link would.
      const lang = url.searchParams.get('lang');
      res.end(lang ? HOST.replace('?length=pulse', `?length=pulse&lang=${lang}`) : HOST);
      return;
    }
    const file = url.pathname.startsWith('/course/') ? fileIn(unpacked, url.pathname.slice('/course'.length)) : null;
    if (!file) {
      res.writeHead(404);
      res.end();
      return;
    }
    const type = file.endsWith('.wasm') ? wasmType : contentType(file);
    res.writeHead(200, { 'content-type': type });
    res.end(readFileSync(file));
  });

  before(async () => {
    await makeZip(zip);
    execFileSync('python3', ['-m', 'zipfile', '-e', zip, unpacked]);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  after(() => {
    server.close();
    rmSync(work, { recursive: true, force: true });
  });

  const lms = (query = '') => `http://127.0.0.1:${server.address().port}/lms.html${query}`;
  const calls = (page) => page.evaluate(() => window.calls);
  const START = [
    ['LMSInitialize', ''],
    ['LMSGetValue', 'cmi.core.lesson_status'],
    ['LMSSetValue', 'cmi.core.lesson_status', 'incomplete'],
    ['LMSCommit', ''],
  ];

  async function takePulse(frame) {
    await frame.locator(S.startPulse).click();
    for (const id of PULSE_IDS) await frame.locator(S.radio(id, KEYS[2])).check();
    await frame.locator(S.next).click();
    for (const id of SAFETY_IDS) await frame.locator(S.radio(id, KEYS[0])).check();
    await frame.locator(S.next).click();
    await frame.locator(S.results).waitFor();
  }

  test('the package lists every file it holds and is marked as a package', () => {
    const manifest = readFileSync(join(unpacked, 'imsmanifest.xml'), 'utf8');
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]).sort();
    const held = execFileSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', zip])
      .toString().trim().split('\n').filter((n) => n !== 'imsmanifest.xml').sort();
    assert.deepEqual(listed, held);
    assert.ok(!held.includes('sw.js'), 'no service worker in the package');
    assert.ok(held.some((n) => n.endsWith('.wasm')));
    assert.doesNotMatch(manifest, /masteryscore|schemaLocation|\.xsd/);
    assert.match(manifest, /<schemaversion>1\.2<\/schemaversion>/);
    assert.ok(!held.some((n) => n.endsWith('sw.js')), 'no service worker in any language');
    for (const page of ['index.html', 'es/index.html', 'ms/index.html', 'ar/index.html']) {
      assert.ok(held.includes(page), `${page} is in the package`);
      assert.match(readFileSync(join(unpacked, page), 'utf8'), /<meta name="full-cup-package" content="scorm12">/, page);
    }
  });

  test('in an LMS, a link in Arabic opens the Arabic build of the package, which reports to the LMS as the English one does', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(lms('?run=arabic&lang=ar'));
    const app = () => page.frames().find((f) => f.url().includes('/course/ar/index.html'));
    await page.waitForFunction(() => document.querySelector('iframe')?.contentWindow?.location.pathname.endsWith('/course/ar/index.html'));
    const frame = page.frameLocator('iframe');
    await frame.locator(S.startPulse).waitFor();
    assert.equal(await app().evaluate(() => [document.documentElement.lang, document.documentElement.dir].join()), 'ar,rtl');
    await page.waitForFunction(() => window.calls.length >= 4);
    assert.deepEqual(await calls(page), START, 'one session, begun by the Arabic page only');
    assert.equal(await frame.locator('.site-header select').count(), 0, 'no language switcher inside an LMS');
    await context.close();
  });

  test('in an LMS: incomplete at the start, completed at the results, finished on exit — and nothing else', async () => {
    const context = await browser.newContext();
    await context.route('https://www.google.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Search</title>' }),
    );
    const page = await context.newPage();
    await page.goto(lms('?run=exit'));
    const frame = page.frameLocator('iframe');
    await frame.locator(S.startPulse).waitFor();
    await page.waitForFunction(() => window.calls.length >= 4);
    assert.deepEqual(await calls(page), START);

    await takePulse(frame);
    await page.waitForFunction(() => window.calls.length >= 5);
    // Completed at once, committed only when the page is hidden or left: an LMS may take seconds
    // over a commit, and Exit must never wait behind one just as the results appear.
    await frame.locator(S.results).waitFor();
    // The calls are made one after another in one run: once "completed" is recorded, a commit made
    // with it would be recorded too. A frame and a task more in the app, and nothing else came.
    const lesson = page.frames().find((f) => f.url().includes('/course/'));
    await lesson.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    assert.deepEqual(await calls(page), [
      ...START,
      ['LMSSetValue', 'cmi.core.lesson_status', 'completed'],
    ]);
    // History is off in the package: nothing offers to save, and nothing was written.
    assert.equal(await frame.locator('.save-box').count(), 0, 'no offer to save a check-in');
    const app = page.frames().find((f) => f.url().includes('/course/'));
    assert.equal(await app.evaluate(() => localStorage.length), 0);
    assert.deepEqual(await app.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);

    // Exit takes the whole tab away, and finishes the session (which persists the completion) as it goes.
    await frame.locator(S.exit).click();
    await page.waitForURL('https://www.google.com/**');
    // The record of the last call may reach this server just after the tab has moved on.
    await finishRecorded('exit');
    const all = recorded.get('exit');
    assert.deepEqual(all, [
      ...START,
      ['LMSSetValue', 'cmi.core.lesson_status', 'completed'],
      ['LMSFinish', ''],
    ]);
    // Whatever was answered, no call names another element or carries a number.
    for (const [name, ...args] of all) {
      if (name === 'LMSGetValue' || name === 'LMSSetValue') assert.equal(args[0], 'cmi.core.lesson_status');
      for (const a of args) assert.doesNotMatch(a, /score|suspend|interaction|location|[0-9]/);
    }
    await context.close();
  });

  test('a lesson launched in a pop-up finds the LMS through the window that opened it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/popup.html?run=popup`);
    const [lesson] = await Promise.all([context.waitForEvent('page'), page.click('button')]);
    await lesson.locator(S.startPulse).waitFor();
    await page.waitForFunction(() => window.calls.length >= 4);
    assert.deepEqual(await calls(page), START);
    await takePulse(lesson);
    await page.waitForFunction(() => window.calls.length >= 5);
    assert.deepEqual((await calls(page)).slice(4), [['LMSSetValue', 'cmi.core.lesson_status', 'completed']]);
    // The person moves to another tab: the completion is committed while nobody is looking.
    await lesson.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.waitForFunction(() => window.calls.length >= 6);
    // The lesson window is closed: the session is finished.
    await lesson.close({ runBeforeUnload: true });
    await page.waitForFunction(() => window.calls.some(([n]) => n === 'LMSFinish'));
    assert.deepEqual((await calls(page)).slice(5), [['LMSCommit', ''], ['LMSFinish', '']]);
    await context.close();
  });

  test('a lesson already completed is never set back, and closing the page finishes it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(lms('?status=completed'));
    const frame = page.frameLocator('iframe');
    await takePulse(frame);
    await page.evaluate(() => { document.querySelector('iframe').src = 'about:blank'; });
    await page.waitForFunction(() => window.calls.some(([n]) => n === 'LMSFinish'));
    assert.deepEqual(await calls(page), [
      ['LMSInitialize', ''],
      ['LMSGetValue', 'cmi.core.lesson_status'],
      ['LMSFinish', ''],
    ]);
    await context.close();
  });

  test('the package starts even when the LMS serves .wasm with the wrong content type', async () => {
    wasmType = 'application/octet-stream';
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(lms());
      await page.frameLocator('iframe').locator(S.startPulse).waitFor();
      await page.waitForFunction(() => window.calls.length >= 4);
      assert.deepEqual(await calls(page), START);
      await context.close();
    } finally {
      wasmType = 'application/wasm';
    }
  });

  test('For trainers inside the package offers no package of its own, and does not say it does', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(lms('?run=trainers'));
    const frame = page.frameLocator('iframe');
    await frame.locator(S.startPulse).waitFor();
    const C = JSON.parse(readFileSync(new URL('./content.en.json', import.meta.url), 'utf8'));
    await frame.locator(`.site-footer button:has-text("${C.ui.for_trainers}")`).click();
    await frame.locator('#config-check').waitFor();
    assert.equal(await frame.locator('#package-download').count(), 0);
    const text = (await frame.locator('main').innerText()).replace(/\s+/g, ' ');
    assert.ok(text.includes(C.ui.trainers.lms_text.slice(0, 40)), 'what the LMS is told is still said');
    assert.ok(!text.includes(C.ui.trainers.lms_download.slice(0, 40)), 'no "download it below"');
    await context.close();
  });

  test('the whole app taking over in an LMS carries the one session on: begun once, finished once', async () => {
    const context = await browser.newContext();
    await context.route('https://www.google.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Search</title>' }),
    );
    const page = await context.newPage();
    await page.goto(lms('?run=whole'));
    const frame = page.frameLocator('iframe');
    await takePulse(frame);
    await page.waitForFunction(() => window.calls.length >= 5);
    // For trainers is the whole app's: it loads over the first build and takes over its session.
    const C = JSON.parse(readFileSync(new URL('./content.en.json', import.meta.url), 'utf8'));
    await frame.locator(`.site-footer button:has-text("${C.ui.for_trainers}")`).click();
    await frame.locator('#config-check').waitFor();
    await frame.locator(`button:has-text("${C.ui.back}")`).last().click();
    await frame.locator(S.results).waitFor();
    await frame.locator(S.exit).click();
    await page.waitForURL('https://www.google.com/**');
    await finishRecorded('whole');
    assert.deepEqual(recorded.get('whole'), [
      ...START,
      ['LMSSetValue', 'cmi.core.lesson_status', 'completed'],
      ['LMSFinish', ''],
    ]);
    await context.close();
  });

  test('class mode runs inside the package: every slide by keys alone, no code of an address, nothing kept, nothing completed', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/class.html?run=class`);
    const frame = page.frameLocator('iframe');
    await frame.locator('.class-mode').waitFor();
    const app = page.frames().find((f) => f.url().includes('/course/'));
    const total = await frame.locator('#slide-go option').count();
    assert.ok(total >= 10, `the opening, eight circles and the close (${total} slides)`);
    await frame.locator('.slide-heading').click();
    const seen = [];
    for (let i = 0; i < total; i += 1) {
      seen.push(await frame.locator('.slide-heading').innerText());
      assert.equal(await frame.locator('figure.qr').count(), 0, `no QR code on slide ${i + 1}: an LMS's address is no use on a phone`);
      await page.keyboard.press('PageDown');
    }
    assert.equal(new Set(seen).size, total, 'every slide was reached, each once');
    assert.ok((await frame.locator('.slide .contacts li').count()) > 0, 'the lines on the close');
    assert.equal(await app.evaluate(() => localStorage.length), 0);
    assert.equal(await frame.locator('.save-box').count(), 0);
    for (const [name, ...args] of await calls(page)) {
      assert.ok(START.some(([n, ...a]) => n === name && a.join() === args.join()), `only the start of a session: ${name} ${args}`);
    }
    await context.close();
  });
}
