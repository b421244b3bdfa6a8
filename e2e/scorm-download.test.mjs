// The SCORM package made on For trainers, with no build tools: fetched from the copy's own origin
// by the list the build writes, and the same zip scripts/scorm.py writes from dist/ (entry for
// entry and header for header; only the deflate streams are the browser's), with the copy's
// config.json or the form's. A copy that cannot make one says why and offers nothing. The package
// made here then runs in the page that plays the LMS, as the script's does (lib/scorm-lms.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser, launch, watchErrors, BASE_URL, ORIGIN } from './lib/browser.mjs';
import { contentOf } from './lib/selectors.mjs';
import { lmsSuite } from './lib/scorm-lms.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');
const browser = useBrowser();
const work = mkdtempSync(join(tmpdir(), 'full-cup-package-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const words = (s) => s.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
const LIST = JSON.parse(readFileSync(join(DIST, 'scorm-files.json'), 'utf8')).files.map((f) => f.name);

/** For trainers in `lang`'s build, at the package's section; every request it makes is kept. */
async function openTrainers(context, lang = 'en') {
  const page = await context.newPage();
  page.requests = [];
  page.on('request', (r) => page.requests.push(r.url()));
  page.errors = watchErrors(page);
  await page.goto(lang === 'en' ? BASE_URL : new URL(`${lang}/`, BASE_URL).href);
  await page.click(`.site-footer button:has-text("${contentOf(lang).ui.for_trainers}")`);
  await page.locator('#package-download').waitFor();
  return page;
}

/** Presses Download and waits for the status to say what came of it. */
async function press(page) {
  await page.click('#package-download');
  await page.waitForFunction(() => {
    const status = document.querySelector('#package-status')?.textContent ?? '';
    return status !== '' && !document.querySelector('#package-progress');
  }, null, { timeout: 60_000 });
  return words(await page.locator('#package-status').innerText());
}

/** Presses Download and saves the zip the page offers. */
async function made(page, name) {
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  // The status may be written a moment before the browser reports the download it offered.
  const offered = page.waitForEvent('download', { timeout: 30_000 }).catch(() => null);
  const status = await press(page);
  assert.ok(await offered, `a download (status: ${status})`);
  assert.equal(downloads.length, 1, `one download (status: ${status})`);
  assert.equal(downloads[0].suggestedFilename(), 'full-cup-scorm12.zip');
  const path = join(work, name);
  await downloads[0].saveAs(path);
  return { path, status };
}

/** The package scripts/scorm.py writes from dist/, with `config` when given. */
function scriptPackage(name, config) {
  const out = join(work, name);
  execFileSync('python3', [join(ROOT, 'scripts/scorm.py'), '--dist', DIST, '--out', out, ...(config ? ['--config', config] : [])]);
  return out;
}

/** Whether two packages are the same but for their deflate streams (lib/zip_same.py). */
function assertSame(device, script) {
  const run = spawnSync('python3', [join(ROOT, 'e2e/lib/zip_same.py'), device, script], { encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
}

test('the package made on For trainers is the one scripts/scorm.py writes, and nothing is asked of any other origin or kept', async () => {
  const context = await browser.newContext();
  const page = await openTrainers(context);
  const W = contentOf('en').ui.package;
  assert.equal(await page.isChecked('#package-config-copy'), true, "this copy's config.json unless the trainer chooses the form's");
  const { path, status } = await made(page, 'device.zip');
  assertSame(path, scriptPackage('script.zip'));
  // One decimal, a whole number without one (as the app writes a size).
  const mb = String(Math.max(0.1, Math.round((readFileSync(path).length / 1048576) * 10) / 10));
  assert.equal(status, words(fill(W.done, { file: 'full-cup-scorm12.zip', count: LIST.length + 1, size: mb })));
  for (const url of page.requests) assert.equal(new URL(url).origin, ORIGIN, url);
  for (const name of LIST) assert.ok(page.requests.some((u) => u === new URL(name, BASE_URL).href), `${name} fetched from the copy`);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).join()), '');
  // Nothing of it kept by the service worker either.
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
    return urls;
  });
  assert.ok(!cached.some((u) => /scorm-files\.json|\.zip$/.test(u)), cached.join());
  assert.deepEqual(page.errors, []);
});

test('with the service worker in control, the package is still the copy online now, not the kept copy', async () => {
  const context = await browser.newContext();
  const page = await openTrainers(context);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.click(`.site-footer button:has-text("${contentOf('en').ui.for_trainers}")`);
  const { path } = await made(page, 'device-worker.zip');
  assertSame(path, scriptPackage('script-worker.zip'));
  // The host now sends another manifest: the worker's kept one would have matched the list.
  await context.route('**/manifest.webmanifest', (r) => r.fulfill({ status: 200, contentType: 'application/manifest+json', body: '{"name":"another version"}' }));
  const W = contentOf('en').ui.package;
  assert.equal(await press(page), words(W.changed));
});

test('from a language in a folder of its own, the package is the same whole copy', async () => {
  const context = await browser.newContext();
  const page = await openTrainers(context, 'ar');
  const { path } = await made(page, 'device-ar.zip');
  assertSame(path, scriptPackage('script-ar.zip'));
  assert.deepEqual(page.errors, []);
});

test("with the form's config.json, the package is the one the script writes with that file", async () => {
  const context = await browser.newContext();
  const page = await openTrainers(context);
  await page.fill('#form-organisation', 'Riverbend Academy');
  await page.fill('#form-country', 'MY');
  await page.selectOption('#form-complete', 'plan');
  const [config] = await Promise.all([page.waitForEvent('download'), page.click('#form-download')]);
  const configPath = join(work, 'config.json');
  await config.saveAs(configPath);
  await page.check('#package-config-form');
  const { path } = await made(page, 'device-form.zip');
  assertSame(path, scriptPackage('script-form.zip', configPath));
  const inside = execFileSync('python3', ['-c', 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("config.json").decode())', path]).toString();
  assert.match(inside, /Riverbend Academy/);
  assert.deepEqual(page.errors, []);
});

test('a form with problems is not put in a package: the trainer is told, and nothing is offered', async () => {
  const context = await browser.newContext();
  // Counted by a route, which sees the request even when the service worker controls the page.
  let listAsked = 0;
  await context.route('**/scorm-files.json', (r) => { listAsked += 1; return r.continue(); });
  const page = await openTrainers(context);
  const W = contentOf('en').ui.package;
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await page.fill('#form-exit', 'not an address');
  await page.check('#package-config-form');
  await page.click('#package-download');
  assert.equal(words(await page.locator('#package-status').innerText()), words(W.form_not_ready));
  assert.equal(await page.locator('#package-status.error').count(), 1);
  assert.equal(listAsked, 0, 'nothing fetched for it');
  assert.equal(downloads.length, 0);
});

test('a package finished after the trainer has left For trainers is not offered out of nowhere', async () => {
  const context = await browser.newContext();
  let release;
  let asking;
  const held = new Promise((resolve) => { release = resolve; });
  // Known from the route itself: a page the service worker controls reports no request event.
  const asked = new Promise((resolve) => { asking = resolve; });
  const last = LIST[LIST.length - 1];
  await context.route(`**/${last}`, async (route) => {
    asking();
    await held;
    await route.continue();
  });
  const page = await openTrainers(context);
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await page.click('#package-download');
  await asked;
  // The trainer leaves for Get help now while the last file is on its way.
  await page.click(`.site-header button:has-text("${contentOf('en').ui.get_help}")`);
  await page.locator('#package').waitFor({ state: 'detached' });
  release();
  // Back on For trainers, a second package: only that one is offered (the first, which had less
  // left to do, would have come first).
  await page.click(`.site-footer button:has-text("${contentOf('en').ui.for_trainers}")`);
  assert.equal(await page.locator('#package-status').innerText(), '', 'the builder is idle again');
  await made(page, 'after-leaving.zip');
  assert.equal(downloads.length, 1);
});

test('a copy that cannot make its package says why, names the file, and offers nothing', async () => {
  const W = contentOf('en').ui.package;
  const wasm = LIST.find((n) => n.startsWith('es/') && n.endsWith('.wasm'));
  const cases = [
    ['no list on the host', (c) => c.route('**/scorm-files.json', (r) => r.fulfill({ status: 404, body: '' })), W.no_list],
    ['a host that answers with its front page', (c) => c.route('**/scorm-files.json', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Home</title>' })), W.no_list],
    ['a file not uploaded', (c) => c.route('**/ms/icon.svg', (r) => r.fulfill({ status: 404, body: '' })), fill(W.missing, { file: 'ms/icon.svg' })],
    ['a web page where the wasm should be', (c) => c.route(`**/${wasm}`, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html>' })), fill(W.wrong, { file: wasm })],
    ['a page that loads a file the list does not name', (c) => c.route('**/scorm-files.json', async (r) => {
      const listed = JSON.parse(readFileSync(join(DIST, 'scorm-files.json'), 'utf8')).files.filter((f) => f.name !== wasm);
      await r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ files: listed }) });
    }), W.changed],
    ['a file of another version', (c) => c.route('**/ms/manifest.webmanifest', (r) => r.fulfill({ status: 200, contentType: 'application/manifest+json', body: '{"name":"new"}' })), W.changed],
    ['a list edited by hand', (c) => c.route('**/scorm-files.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ files: [{ name: 'index.html', size: 1, crc32: 1 }, { name: '.htaccess', size: 1, crc32: 1 }] }) })), fill(W.bad_list, { file: '.htaccess' })],
    ['the connection lost', (c) => c.route('**/es/manifest.webmanifest', (r) => r.abort('internetdisconnected')), fill(W.offline, { file: 'es/manifest.webmanifest' })],
    ['a host that fails on config.json', (c) => c.route('**/config.json', (r) => r.fulfill({ status: 503, body: '' })), fill(W.offline, { file: 'config.json' })],
  ];
  for (const [what, set, said] of cases) {
    const context = await browser.newContext();
    await set(context);
    const page = await openTrainers(context);
    const downloads = [];
    page.on('download', (d) => downloads.push(d));
    assert.equal(await press(page), words(said), what);
    assert.equal(await page.locator('#package-status.error').count(), 1, what);
    assert.equal(downloads.length, 0, `${what}: nothing offered`);
    await context.close();
  }
});

// The package made on the device, in the page that plays the LMS: every test the script's passes.
// (A browser of its own: the suite's hook may run before this file's browser is launched.)
lmsSuite(async (zip) => {
  const own = await launch();
  try {
    const context = await own.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await openTrainers(context);
    const { path } = await made(page, 'for-lms.zip');
    copyFileSync(path, zip);
  } finally {
    await own.close();
  }
}, browser);
