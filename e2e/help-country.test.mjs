// Crisis lines follow the person: on Get help now they choose their country, and its emergency
// number and lines come first, in every language; a country with no line known gets a plain link
// to a directory of helplines; the other countries' lines wait behind a closed disclosure; the
// choice lasts for the tab and is never written to the device's lasting storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, BASE_URL } from './lib/browser.mjs';
import { S } from './lib/selectors.mjs';

const browser = useBrowser();
const content = (lang) => JSON.parse(readFileSync(new URL(`./lib/content.${lang}.json`, import.meta.url), 'utf8'));
const words = (s) => s.replace(/\s+/g, ' ').trim();

/** Get help now in `lang`'s build, once the app (not the early page) shows it. */
async function help(context, lang) {
  const page = await context.newPage();
  await page.goto(new URL(lang === 'en' ? '' : `${lang}/`, BASE_URL).href);
  await page.locator(S.startFull).waitFor();
  await page.click(S.helpLink);
  await page.locator('select#country').waitFor();
  return page;
}

const first = (page) => page.locator('.lines > ul.contacts > li');
const emergency = (page) => page.locator('.lines > p.emergency');

// For each language: the country it starts with, one to choose, what that country's first line
// dials, and its emergency number (null where none is known).
const CASES = [
  { lang: 'en', start: 'US', choose: 'IN', dials: 'tel:14416', emergency: 'tel:112' },
  { lang: 'es', start: 'US', choose: 'CL', byHand: '*4141', emergency: 'tel:131' },
  { lang: 'ms', start: 'MY', choose: 'BN', dials: 'tel:145', emergency: 'tel:991' },
  { lang: 'ar', start: 'EG', choose: 'AE', dials: 'tel:8008877', emergency: 'tel:999' },
];

for (const c of CASES) {
  test(`${c.lang}: choosing ${c.choose} on Get help now puts its lines and emergency number first`, async () => {
    const context = await browser.newContext();
    const page = await help(context, c.lang);
    const ui = content(c.lang).ui;
    assert.equal(await page.locator('select#country').inputValue(), c.start, 'the language\'s country first');
    assert.equal(words(await page.locator('label[for="country"]').innerText()), ui.country_label);
    const before = await first(page).first().locator('.name').innerText();

    await page.selectOption('select#country', c.choose);
    await page.waitForFunction((b) => document.querySelector('.lines > ul.contacts > li .name')?.textContent !== b, before);
    if (c.dials) {
      assert.equal(await first(page).first().locator('a.number').first().getAttribute('href'), c.dials);
    } else {
      // A code a phone link cannot dial is shown to dial by hand, never as a link.
      assert.equal(words(await first(page).first().locator('span.number').innerText()), c.byHand);
      assert.equal(await first(page).first().locator('a.number').count(), 0);
    }
    assert.equal(await emergency(page).locator('a.number').getAttribute('href'), c.emergency);
    // Every other country's line waits behind a closed disclosure.
    const others = page.locator('.lines > details.other-countries');
    assert.equal(words(await others.locator('summary').innerText()), ui.other_countries);
    assert.equal(await others.evaluate((d) => d.open), false);
    assert.ok((await others.locator('li').count()) > 5);

    // The choice lasts for the tab, and nothing is written to lasting storage.
    await page.reload();
    await page.locator(S.startFull).or(page.locator('select#country')).first().waitFor();
    if (!(await page.locator('select#country').count())) {
      await page.click(S.helpLink);
      await page.locator('select#country').waitFor();
    }
    assert.equal(await page.locator('select#country').inputValue(), c.choose);
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    await context.close();
  });
}

test('a country with no crisis line known offers the directory, and "Another country" shows no line first', async () => {
  const context = await browser.newContext();
  const page = await help(context, 'en');
  const ui = content('en').ui;
  for (const country of ['CO', 'other']) {
    await page.selectOption('select#country', country);
    const none = page.locator('.lines > p.none-known');
    await none.waitFor();
    assert.ok(words(await none.innerText()).startsWith(ui.no_line_known));
    assert.equal(await none.locator('a').getAttribute('href'), 'https://findahelpline.com');
    assert.equal(await first(page).count(), 0, `${country}: no line shown as if it were theirs`);
  }
  // Another country: no emergency number is guessed, only the general words.
  assert.equal(await emergency(page).locator('a').count(), 0);
  assert.equal(words(await emergency(page).innerText()), ui.emergency_note);
  // Colombia: no crisis line known, but its emergency number is.
  await page.selectOption('select#country', 'CO');
  await page.waitForFunction(() => document.querySelector('.lines > p.emergency a')?.getAttribute('href') === 'tel:123');
  await context.close();
});

test('Mexico\'s line is dialled with its country code, in Spanish', async () => {
  const context = await browser.newContext();
  const page = await help(context, 'es');
  await page.selectOption('select#country', 'MX');
  await page.waitForFunction(() => document.querySelector('.lines > ul.contacts > li a.number')?.getAttribute('href') === 'tel:+528009112000');
  assert.equal(await emergency(page).locator('a.number').getAttribute('href'), 'tel:911');
  await context.close();
});

test('the country chosen is kept on the device only beside a kept history, and leaves with it', async () => {
  const { results } = await import('./lib/screens.mjs');
  const context = await browser.newContext();
  // Without a kept history, another tab starts from the language's country again.
  let page = await help(context, 'en');
  await page.selectOption('select#country', 'SG');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing written without history');
  let other = await help(context, 'en');
  assert.equal(await other.locator('select#country').inputValue(), 'US');
  await other.close();
  // Once a check-in is saved, the choice made in this tab is kept with it.
  const r = await results(context);
  await r.page.click('#save-check-in');
  await r.page.waitForFunction(() => localStorage.getItem('fullcup.history') !== null);
  await r.page.click(S.helpLink);
  await r.page.selectOption('select#country', 'IN');
  await r.page.waitForFunction(() => localStorage.getItem('fullcup.country') === 'IN');
  other = await help(context, 'en');
  assert.equal(await other.locator('select#country').inputValue(), 'IN', 'a new tab finds it beside the history');
  await context.close();
});
