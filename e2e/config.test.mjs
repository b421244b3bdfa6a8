// A trainer's config.json: read before the first screen, laid under the link's options; a bad one
// never stops the app (it runs on its defaults, says so quietly, and For trainers names every
// problem and where it is); a missing one is silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { countingHost } from './lib/files.mjs';
import { useBrowser, watchErrors, appUrl } from './lib/browser.mjs';
import { readyOffline } from './lib/wait.mjs';
import { WelcomePage } from './lib/pages.mjs';
import { CheckInFlow, localStore } from './lib/history.mjs';
import { S, CONTENT, TEXT } from './lib/selectors.mjs';

const browser = useBrowser();
const T = CONTENT.ui.trainers;

/** A context whose config.json is `body` (or a 404 when `body` is null). */
async function withConfig(body) {
  const context = await browser.newContext();
  await context.route('**/config.json', (route) =>
    body === null
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await context.route('https://www.google.com/**', (route) => route.fulfill({ status: 200, body: 'neutral' }));
  await context.route('https://example.org/**', (route) => route.fulfill({ status: 200, body: 'trainer exit' }));
  return context;
}

async function openTrainers(page) {
  await page.click(`.site-footer button:has-text("${CONTENT.ui.for_trainers}")`);
  await page.waitForSelector('#config-check');
  return (await page.locator('#config-check').innerText()).trim();
}

test('a good config.json adds local contacts, names the organisation and turns parts off', async () => {
  const context = await withConfig(JSON.stringify({
    organisation: 'Riverbend Recovery Coach Academy',
    organisation_line: 'Nobody at the academy sees your answers.',
    contacts: [{ name: 'Riverbend Peer Warmline', phone: '+1 555 010 0199', hours: 'Every day', about: 'Talk with a peer.' }],
    modules: { plan: false, pulse: false },
    exit_url: 'https://example.org/left',
  }));
  const page = await context.newPage();
  const errors = watchErrors(page);
  const welcome = new WelcomePage(page);
  await welcome.goto();
  assert.match(await page.innerText('.site-footer .organisation'), /Riverbend Recovery Coach Academy/);
  assert.deepEqual((await welcome.choices()).map((c) => c.title), [CONTENT.ui.full_title], 'no quick pulse');
  assert.equal(await page.locator('#config-quiet-line').count(), 0);

  const help = await welcome.openHelp();
  const first = help.page.locator(`${S.contacts} >> nth=0`);
  assert.match(await first.innerText(), /Riverbend Peer Warmline/);
  assert.equal(await first.locator('a.number').getAttribute('href'), 'tel:+15550100199');

  const check = await openTrainers(page);
  assert.ok(check.includes('Riverbend Recovery Coach Academy'), check);
  assert.ok(check.includes('1 local contact'), check);
  assert.ok(check.includes(T.module_plan) && check.includes(T.module_pulse), check);

  // With the plan off, results offer no plan; Exit goes where the trainer chose.
  await page.click('.screen.page .actions button');
  await welcome.goto();
  await page.click(S.startFull);
  await page.click(S.exit);
  await page.waitForURL('https://example.org/left');
  assert.deepEqual(errors, []);
  await context.close();
});

test('crisis lines by country: the chosen country first, a trainer\'s line before the built-in ones, or only the trainer\'s', async () => {
  const line = { country: 'NZ', region: 'Wellington', name: 'Harbour Crisis Team', phone: '04 555 0100' };
  const context = await withConfig(JSON.stringify({ country: 'nz', crisis_lines: [line] }));
  const page = await context.newPage();
  const welcome = new WelcomePage(page);
  await welcome.goto();
  const help = await welcome.openHelp();
  const names = async () => (await help.page.locator(`${S.contacts} .name`).allInnerTexts()).map((t) => t.trim());
  const builtIn = CONTENT.lines;
  const nz = builtIn.find((l) => l.countries.includes('NZ'));
  const shown = await names();
  assert.deepEqual(shown.slice(0, 2), [line.name, nz.name], 'New Zealand first, the trainer\'s line leading');
  assert.equal(shown.length, builtIn.length + 1, 'every built-in line is still there');
  assert.match(await help.page.locator(`${S.contacts} >> nth=0`).innerText(), /Wellington/);
  const check = await openTrainers(page);
  assert.ok(check.includes(CONTENT.ui.trainers.config_lines.one.replace('{n}', '1')), check);
  await context.close();

  const only = await withConfig(JSON.stringify({ built_in_lines: false, crisis_lines: [line] }));
  const page2 = await only.newPage();
  const w2 = new WelcomePage(page2);
  await w2.goto();
  const h2 = await w2.openHelp();
  assert.deepEqual((await h2.page.locator(`${S.contacts} .name`).allInnerTexts()).map((t) => t.trim()), [line.name]);
  await only.close();
});

test('a bad config.json never stops the app: defaults, a quiet line, and every problem named', async () => {
  const context = await withConfig(JSON.stringify({
    organisaton: 'Typo Academy',
    exit_url: 'javascript:alert(1)',
    contacts: [{ name: 'Warmline', phone: 'call us' }],
  }));
  const page = await context.newPage();
  const errors = watchErrors(page);
  const welcome = new WelcomePage(page);
  await welcome.goto();
  assert.equal((await page.textContent('#config-quiet-line')).trim(), CONTENT.ui.config_quiet_line);
  assert.deepEqual((await welcome.choices()).map((c) => c.title), [CONTENT.ui.full_title, CONTENT.ui.pulse_title], 'defaults');
  const check = await openTrainers(page);
  assert.ok(check.startsWith(T.config_check_heading), check);
  assert.ok(check.includes(T.config_bad), check);
  for (const where of ['organisaton', 'exit_url', 'contacts[0].phone']) assert.ok(check.includes(where), `${where} in ${check}`);
  // Exit still goes to the neutral default, never to the file's javascript: address.
  await page.click(S.exit);
  await page.waitForURL('https://www.google.com/**');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a missing config.json is silent, and so is one that is not JSON for a person', async () => {
  const missing = await withConfig(null);
  const page = await missing.newPage();
  await new WelcomePage(page).goto();
  assert.equal(await page.locator('#config-quiet-line').count(), 0);
  const check = await openTrainers(page);
  assert.ok(check.startsWith(T.config_check_heading) && check.endsWith(T.config_none), check);
  await missing.close();

  const broken = await withConfig('{ "organisation": "Half a file",');
  const page2 = await broken.newPage();
  await new WelcomePage(page2).goto();
  assert.equal((await page2.textContent('#config-quiet-line')).trim(), CONTENT.ui.config_quiet_line);
  assert.match(await openTrainers(page2), /not valid JSON: reading stopped at line 1/);
  await broken.close();
});

/** Another site, as a host's redirect could lead to (a login page, a CDN): it counts what it is
 *  asked, and has a config.json of its own. */
const otherSite = countingHost(process.env.DIST_DIR ?? fileURLToPath(new URL('../dist', import.meta.url)));

/** The names on Get help now. */
async function helpNames(page) {
  await page.click(S.helpLink);
  await page.waitForSelector(`h1:has-text("${TEXT.helpTitle}")`);
  return page.locator(S.contacts).allInnerTexts();
}

test('a config.json the host redirects to another site is never read, and that site is never asked, with the service worker or without', async () => {
  const context = await browser.newContext();
  const to = `${otherSite.base()}config.json`;
  await context.route('**/config.json', (route) => route.fulfill({ status: 302, headers: { location: to } }));
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(appUrl());
  await page.waitForSelector('#start-pulse');
  // The worker installs (it asks for config.json too), then answers the page's next reads.
  await readyOffline(page);
  await page.reload();
  await page.waitForSelector('#start-pulse');
  assert.equal(await openTrainers(page).then((c) => c.endsWith(T.config_none)), true);
  assert.equal(otherSite.asked.size, 0, 'the other site was asked for config.json');
  // A redirect is a failed fetch, never an answer: nothing was kept in its place.
  assert.equal(await page.evaluate(async () => {
    for (const key of await caches.keys()) if (await (await caches.open(key)).match('config.json')) return true;
    return false;
  }), false);
  assert.deepEqual(errors.filter((e) => !/config\.json|Failed to load resource|net::ERR/.test(e)), []);
});

test('a config.json redirected within the copy is not read either: the page reads it only at its own address', async () => {
  // The copy's own example file, reached through a real redirect (a route's redirect is followed
  // past the routes, to the host).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.route('**/config.json', (route) => route.fulfill({ status: 302, headers: { location: 'config.example.json' } }));
  const page = await context.newPage();
  await page.goto(appUrl());
  await page.waitForSelector('#start-pulse');
  assert.equal(await page.locator('.site-footer .organisation').count(), 0);
  assert.ok(!(await helpNames(page)).some((n) => n.includes('Riverbend Peer Warmline')));
  assert.equal(await page.locator('#config-quiet-line').count(), 0);
});

test('?history=off offers no saving and no My history, and writes nothing', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const flow = new CheckInFlow(page);
  await flow.open('?history=off');
  assert.equal(await page.locator(`.site-nav button:has-text("${TEXT.historyTitle}")`).count(), 0);
  await flow.pulse('often');
  assert.equal(await page.locator('.save-box').count(), 0);
  assert.deepEqual(await localStore(page), {});
  await context.close();
});

test('a trainer\'s long unbroken words never push Get help now sideways on a phone, and look-alike addresses and odd numbers are refused', async () => {
  const long = 'W'.repeat(290);
  const context = await withConfig(JSON.stringify({
    organisation: long,
    contacts: [{ name: long, phone: '+1 202 555 0123', about: long, web: `https://example.org/${'x'.repeat(250)}` }],
  }));
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  const welcome = new WelcomePage(page);
  await welcome.goto();
  const help = await welcome.openHelp();
  await help.page.locator(`${S.contacts} .name`).filter({ hasText: long }).waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scroll at 360 px');
  await context.close();

  // A file with a look-alike address and a number no phone can dial is refused, each named.
  const bad = await withConfig(JSON.stringify({
    crisis_lines: [
      { country: 'US', name: 'Look-alike', web: 'https://help.example.org@elsewhere.example/' },
      { country: 'US', name: 'Odd number', phone: '((((1))))' },
      { country: 'US', name: 'Tabbed\tname', phone: '+1 202 555 0123' },
    ],
  }));
  const page2 = await bad.newPage();
  await new WelcomePage(page2).goto();
  const check = await openTrainers(page2);
  for (const words of ['not_a_web_address', 'bad_number', 'control_characters']) {
    assert.ok(check.includes(CONTENT.ui.config_problems[words]), `${words}: ${check}`);
  }
  await bad.close();
});
