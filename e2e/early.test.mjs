// Words at once: the welcome screen is in the first HTML response (written at build time from the
// same content), and what a person presses before the app is ready is never lost. The app's wasm
// is held back here until the test lets it go, as on a slow link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { useBrowser, appUrl, watchErrors, holdWasm } from './lib/browser.mjs';
import { S, CONTENT, TEXT, FULL_PAGES, PULSE_IDS } from './lib/selectors.mjs';

const browser = useBrowser();

/** A page whose wasm is held until `release()` is called. */
async function heldBack(query = '') {
  const context = await browser.newContext();
  await context.route('https://www.google.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Search</title>' }));
  const release = await holdWasm(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(appUrl(query), { waitUntil: 'domcontentloaded' });
  return { context, page, release, errors };
}

const words = (text) => text.replace(/\s+/g, ' ').trim();

test('the welcome words arrive with the page, are the app\'s own, and give way to the app', async () => {
  const { context, page, release, errors } = await heldBack();
  const early = page.locator('#prerender');
  assert.equal(words(await early.locator('.screen.welcome h1').innerText()), CONTENT.ui.welcome_title);
  assert.equal(await page.locator(S.startFull).count(), 0, 'the app has not started');
  const before = words(await early.locator('.screen.welcome').innerText());
  const html = await (await page.request.get(appUrl())).text();
  const written = html.slice(html.indexOf('<div id="prerender"'), html.indexOf('<div id="frame-fallback"'));
  assert.doesNotMatch(written, /<script|style=|on[a-z]+=/i, 'plain markup: the policy stays strict');

  release();
  await page.locator(S.startFull).waitFor();
  assert.equal(await page.locator('#prerender').count(), 0, 'the app took over');
  assert.equal(words(await page.locator('.screen.welcome').innerText()), before, 'the same words');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Start works before the app is ready: the first page shows at once, and its answers carry on', async () => {
  const { context, page, release } = await heldBack();
  await page.click('#prerender [data-start="full"]');
  const early = page.locator('#prerender form[data-page="full"]');
  assert.ok(await early.isVisible(), 'the first page of questions, before the app');
  assert.equal(words(await early.locator('.part').innerText()), 'Part 1 of 9');
  const ids = FULL_PAGES[0];
  assert.deepEqual(await early.locator('fieldset.question input[value="never"]').evaluateAll((xs) => xs.map((x) => x.name)), ids);
  await early.locator(`input[name="${ids[0]}"][value="often"]`).check();
  await early.locator(`input[name="${ids[1]}"][value="skip"]`).check();
  await early.locator(`input[name="${ids[1]}"][value="skip"]`).focus();
  release();
  await page.locator(S.question(ids[0])).waitFor();
  assert.equal(await page.locator('#prerender').count(), 0);
  assert.equal(await page.locator(S.checked(ids[0])).getAttribute('value'), 'often', 'the answers given before carry on');
  assert.equal(await page.locator(S.checked(ids[1])).getAttribute('value'), 'skip');
  assert.equal(words(await page.locator(S.part).innerText()), 'Part 1 of 9');
  const focused = await page.evaluate(() => [document.activeElement?.name, document.activeElement?.value]);
  assert.deepEqual(focused, [ids[1], 'skip'], 'focus stays on the answer it was on');
  await context.close();
});

test('Next pressed before the app is ready moves on once it is; the pulse works the same way', async () => {
  const { context, page, release } = await heldBack();
  await page.click('#prerender [data-start="pulse"]');
  await page.locator(`#prerender form[data-page="pulse"] input[name="${PULSE_IDS[0]}"][value="rarely"]`).check();
  await page.click('#prerender form[data-page="pulse"] [data-next]');
  release();
  await page.waitForFunction((t) => document.querySelector('#part')?.textContent.trim() === t, 'Part 2 of 2');
  await page.click(S.back);
  await page.waitForFunction((t) => document.querySelector('#part')?.textContent.trim() === t, 'Part 1 of 2');
  assert.equal(await page.locator(S.checked(PULSE_IDS[0])).getAttribute('value'), 'rarely');
  await context.close();
});

test('Back on the early first page returns to the welcome, and nothing starts', async () => {
  const { context, page, release } = await heldBack();
  await page.click('#prerender [data-start="full"]');
  await page.click('#prerender form[data-page="full"] [data-back]');
  assert.ok(await page.locator('#prerender .screen.welcome').isVisible());
  release();
  await page.locator(S.startFull).waitFor();
  await context.close();
});

test('Get help now before the app is ready shows the crisis lines at once, then the app\'s help', async () => {
  const { context, page, release } = await heldBack();
  await page.click('#prerender [data-open="help"]');
  const help = page.locator('#prerender [data-page="help"]');
  assert.ok(await help.isVisible(), 'help does not wait for the app');
  assert.equal(words(await help.locator('h1').innerText()), CONTENT.ui.help_title);
  const first = CONTENT.help_lines[0];
  assert.equal(words(await help.locator('.contacts li .name').first().innerText()), first.name);
  assert.equal(await help.locator('.contacts li a.number').first().getAttribute('href'), first.call[1]);
  assert.equal(await help.locator('ul.contacts').first().locator('li').count(), CONTENT.help_lines.length);
  assert.equal(await help.locator('details.other-countries li').count(), CONTENT.help_other_lines.length);
  if (CONTENT.help_emergency) {
    assert.equal(await help.locator('p.emergency a').getAttribute('href'), CONTENT.help_emergency.tel);
  }
  release();
  await page.waitForFunction((t) => document.querySelector('#page-title')?.textContent.trim().startsWith(t), TEXT.helpTitle);
  await context.close();
});

test('answers, then Get help now, before the app is ready: help opens and the answers are kept', async () => {
  const { context, page, release } = await heldBack();
  await page.click('#prerender [data-start="full"]');
  await page.locator(`#prerender form[data-page="full"] input[name="${FULL_PAGES[0][0]}"][value="always"]`).check();
  await page.click('#prerender [data-open="help"]');
  release();
  await page.waitForFunction((t) => document.querySelector('#page-title')?.textContent.trim().startsWith(t), TEXT.helpTitle);
  await page.locator('.screen.page .actions button').first().click();
  await page.locator(S.question(FULL_PAGES[0][0])).waitFor();
  assert.equal(await page.locator(S.checked(FULL_PAGES[0][0])).getAttribute('value'), 'always');
  await context.close();
});

test('a reload before the app is ready keeps what the early page promised to keep', async () => {
  const { context, page, release } = await heldBack();
  await page.click('#prerender [data-start="full"]');
  await page.locator(`#prerender form[data-page="full"] input[name="${FULL_PAGES[0][0]}"][value="often"]`).check();
  await page.reload({ waitUntil: 'domcontentloaded' });
  const radio = page.locator(`#prerender form[data-page="full"] input[name="${FULL_PAGES[0][0]}"][value="often"]`);
  await page.waitForFunction((sel) => document.querySelector(sel)?.checked, `#prerender form[data-page="full"] input[name="${FULL_PAGES[0][0]}"][value="often"]`);
  assert.ok(await radio.isVisible(), 'the first page shows again');
  release();
  await page.locator(S.question(FULL_PAGES[0][0])).waitFor();
  assert.equal(await page.locator(S.checked(FULL_PAGES[0][0])).getAttribute('value'), 'often', 'the app carries it on');
  assert.equal(await page.evaluate((k) => sessionStorage.getItem(k), CONTENT.early_key), null, 'read once and gone');
  await context.close();
});

test('Exit, or Shift three times, leaves at once even before the app is ready, and clears the tab', async () => {
  const first = await heldBack();
  await first.page.evaluate((key) => sessionStorage.setItem(key, '{"kept": true}'), CONTENT.session_key);
  await first.page.evaluate((key) => sessionStorage.setItem(key, 'IN'), CONTENT.country_key);
  await first.page.click('#prerender [data-start="pulse"]');
  // The early page's Exit goes where the app's does by default (settings::DEFAULT_EXIT_URL, through
  // the content export); early.js names no address of its own.
  assert.equal(await first.page.getAttribute('#prerender [data-exit]', 'href'), CONTENT.exit_url);
  assert.doesNotMatch(readFileSync(new URL('../static/early.js', import.meta.url), 'utf8'), /https?:\/\//);
  await first.page.click('#prerender [data-exit]');
  await first.page.waitForURL('https://www.google.com/**');
  await first.page.goto(appUrl(), { waitUntil: 'domcontentloaded' });
  assert.equal(await first.page.evaluate((key) => sessionStorage.getItem(key), CONTENT.session_key), null, 'nothing left in the tab');
  assert.equal(await first.page.evaluate((key) => sessionStorage.getItem(key), CONTENT.country_key), null, 'nor the country chosen');
  assert.equal(await first.page.evaluate((key) => sessionStorage.getItem(key), CONTENT.early_key), null, 'nor what was begun before the app');
  await first.context.close();

  const second = await heldBack();
  await second.page.locator('#prerender .screen.welcome h1').waitFor();
  // The app's own rule (settings::ShiftCounter), written into the page: another key between
  // presses breaks the sequence, as it does in the app.
  assert.deepEqual(
    await second.page.evaluate(() => [Number(document.getElementById('prerender').dataset.shiftPresses), Number(document.getElementById('prerender').dataset.shiftWindow)]),
    [CONTENT.shift_presses, CONTENT.shift_window_ms],
  );
  for (const key of ['Shift', 'Shift', 'a', 'Shift']) await second.page.keyboard.press(key);
  // Leaving empties the page at once, in the key's own handler: the early page is still whole.
  assert.ok(await second.page.evaluate(() => document.getElementById('prerender') !== null), 'Shift Shift a Shift does not leave');
  for (let i = 0; i < 3; i += 1) await second.page.keyboard.press('Shift');
  await second.page.waitForURL('https://www.google.com/**');
  await second.context.close();
});

test('an address that asks for Right now or class mode: until the app is ready, the page says it is loading, never offers the welcome in its place, and then opens it', async () => {
  const welcome = (page) => page.locator('#prerender .screen.welcome');
  const status = async (page) => words(await page.locator('#prerender [data-status]').innerText());
  // The early page has looked at the address once its way out for frames is gone (at the top).
  const looked = (page) => page.locator('#frame-fallback').waitFor({ state: 'detached' });
  const opened = (page, title) => page.waitForFunction((t) => document.querySelector('#page-title')?.innerText === t, title);
  for (const [query, title] of [['?open=now', CONTENT.ui.now.title], ['?class=1', CONTENT.ui.class_title], ['?lang=en&class', CONTENT.ui.class_title]]) {
    const { context, page, release, errors } = await heldBack(query);
    await looked(page);
    await welcome(page).waitFor({ state: 'hidden' });
    assert.equal(await status(page), words(CONTENT.ui.early_loading), query);
    release();
    await opened(page, title);
    assert.deepEqual(errors, []);
    await context.close();
  }
  // Get help now meanwhile shows the lines alone; Back returns to the page still loading, not
  // to the welcome, and the app then opens the page asked for.
  const back = await heldBack('?open=now');
  await looked(back.page);
  await back.page.click('#prerender .help-link');
  await back.page.locator('#prerender [data-page="help"]').waitFor();
  assert.equal(await status(back.page), '', 'help says nothing is loading');
  await back.page.click('#prerender [data-page="help"] [data-back]');
  assert.ok(await welcome(back.page).isHidden(), 'no welcome after Back');
  assert.equal(await status(back.page), words(CONTENT.ui.early_loading));
  assert.equal(await back.page.evaluate(() => document.activeElement?.hasAttribute('data-status')), true, 'focus on the word that it is loading');
  back.release();
  await opened(back.page, CONTENT.ui.now.title);
  await back.context.close();
  // Get help now pressed meanwhile wins, as a press does in the app.
  const pressed = await heldBack('?open=now');
  await looked(pressed.page);
  await pressed.page.click('#prerender .help-link');
  pressed.release();
  await opened(pressed.page, CONTENT.ui.help_title);
  await pressed.context.close();
  // No page asked for: the welcome, with nothing said; help asked for first wins over class mode.
  for (const query of ['?class=0', '?open=results', '?open=help&class=1']) {
    const { context, page } = await heldBack(query);
    await looked(page);
    if (query.startsWith('?open=help')) await page.locator('#prerender [data-page="help"]').waitFor();
    else await welcome(page).waitFor({ state: 'visible' });
    assert.equal(await status(page), '', query);
    await context.close();
  }
});

test('the early pages pass axe at 360 and 1280 px, light and dark, and never scroll sideways at 320 px', async () => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  for (const scheme of ['light', 'dark']) {
    const { context, page } = await heldBack();
    await page.emulateMedia({ colorScheme: scheme });
    for (const step of [null, '[data-start="full"]', '[data-back]', '[data-start="pulse"]', '[data-open="help"]']) {
      if (step) await page.locator(`#prerender ${step}`).locator('visible=true').first().click();
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `${scheme} ${width} after ${step}`);
      }
      await page.setViewportSize({ width: 320, height: 640 });
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), `sideways scroll at 320 px after ${step}`);
    }
    await context.close();
  }
});
