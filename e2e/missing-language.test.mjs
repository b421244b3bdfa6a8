// A copy missing a language's folder (an unfinished upload, or a deploy that sends the root first),
// on the two kinds of host there are: one that answers an unknown path with the root page, and one
// that answers it with the copy's 404.html. A visitor whose browser prefers that language lands in
// a language the copy has, with a plain word; choosing it in the middle of a check-in never leaves
// the page, and the answers stay.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser } from './lib/browser.mjs';
import { fileIn, contentType } from './lib/files.mjs';
import { contentOf } from './lib/selectors.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');
const EN = contentOf('en');
const { newContext } = useBrowser();

/** A host serving the copy without its Spanish folder; `missing` says how it answers for it. */
function host(missing) {
  return createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    // A folder asked for without its last slash is answered with its page, not redirected.
    const file = path.startsWith('/es/') ? null : path === '/ms' ? join(DIST, 'ms/index.html') : fileIn(DIST, path);
    if (file) {
      res.writeHead(200, { 'content-type': contentType(file) });
      res.end(readFileSync(file));
    } else if (missing === 'root page') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(readFileSync(join(DIST, 'index.html')));
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end(readFileSync(join(DIST, '404.html')));
    }
  });
}
const hosts = { 'root page': host('root page'), '404 page': host('404 page') };
before(() => Promise.all(Object.values(hosts).map((h) => new Promise((r) => h.listen(0, '127.0.0.1', r)))));
after(() => Object.values(hosts).forEach((h) => h.close()));
const at = (kind, path = '') => `http://127.0.0.1:${hosts[kind].address().port}/${path}`;

const notice = (lang) => contentOf('en').ui.language_unreached.replace('{language}', EN.languages.find((l) => l.tag === lang).name);

for (const kind of Object.keys(hosts)) {
  test(`a browser that prefers the missing language lands in English, with a plain word (a host answering with the ${kind})`, async () => {
    const context = await newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(at(kind));
    await page.waitForSelector('.app:not(#prerender) #start-pulse');
    assert.equal(new URL(page.url()).pathname, '/', 'back at the root');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.waitForSelector('#language-unreached');
    assert.equal((await page.locator('#language-unreached').textContent()).trim(), notice('es'));
    // The app works: a check-in starts, and a reload does not send the tab round again.
    await page.click('#start-pulse');
    await page.check(`#q-${EN.pulse_ids[0]} input[value=often]`);
    await page.reload();
    await page.waitForSelector('.app:not(#prerender)');
    assert.equal(new URL(page.url()).pathname, '/');
  });

  test(`choosing the missing language in the middle of a check-in never leaves the page (a host answering with the ${kind})`, async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(at(kind));
    await page.waitForSelector('.app:not(#prerender) #start-pulse');
    await page.click('#start-pulse');
    await page.check(`#q-${EN.pulse_ids[0]} input[value=often]`);
    const before = page.url();
    await page.selectOption('.site-header select', 'es');
    await page.waitForSelector('#language-unreached');
    assert.equal((await page.locator('#language-unreached').textContent()).trim(), notice('es'));
    assert.equal(page.url(), before, 'still here');
    assert.equal(await page.inputValue('.site-header select'), 'en', 'the switcher shows the language still shown');
    assert.ok(await page.isChecked(`#q-${EN.pulse_ids[0]} input[value=often]`), 'the answer is still there');
    assert.equal(await page.evaluate((k) => sessionStorage.getItem(k), EN.handover_key), null, 'no hand-over left behind');
    // Another language the copy has still loads, with the answer.
    await page.selectOption('.site-header select', 'ms');
    await page.waitForURL(/\/ms\//);
    await page.waitForSelector(`.app:not(#prerender) #q-${EN.pulse_ids[0]} input[value=often]:checked`);
  });
}

test('any other address the copy does not have says so plainly, in every language', async () => {
  const context = await newContext();
  const page = await context.newPage();
  const response = await page.goto(at('404 page', 'no/such/page'));
  assert.equal(response.status(), 404);
  const lines = await page.locator('p').allTextContents();
  assert.deepEqual(lines, EN.languages.map((l) => contentOf(l.tag).ui.not_found));
  assert.equal(new URL(page.url()).pathname, '/no/such/page', 'it stays where it is');
});

test('a language\'s folder asked for without its last slash starts, on a host that does not redirect folders', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(at('root page', 'ms?length=pulse'));
  await page.waitForSelector('.app:not(#prerender) #start-pulse');
  assert.equal(new URL(page.url()).pathname, '/ms/');
  assert.equal(new URL(page.url()).search, '?length=pulse');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ms');
});
