// Full Cup on paper: every statement once, numbered, with the answer scale and "Prefer not to
// answer"; the safety questions with this copy's support lines beside them; and a scoring key with
// a row for every scored statement. (That the key gives exactly the app's levels is proven natively,
// in present::paper.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './lib/browser.mjs';
import { SCREENS } from './lib/screens.mjs';
import { CONTENT, FULL_PAGES, SAFETY_IDS, S } from './lib/selectors.mjs';

const browser = useBrowser();

test('the paper version prints every statement, the support lines and a key for every scored one', async () => {
  const context = await browser.newContext();
  const { page } = await SCREENS.paper(context);
  const scored = FULL_PAGES.flat().length;
  const statements = await page.$$eval('.paper-theme .paper-table tbody tr', (rows) => rows.map((r) => r.cells[1].textContent.trim()));
  assert.equal(statements.length, scored + SAFETY_IDS.length);
  const byId = Object.fromEntries(CONTENT.questions.map((q) => [q.id, q.text]));
  assert.deepEqual(statements, [...FULL_PAGES.flat(), ...SAFETY_IDS].map((id) => byId[id]), 'in the app\'s order');
  const header = await page.$$eval('.paper-theme .paper-table thead th', (ths) => ths.slice(2, 8).map((t) => t.textContent.trim()));
  assert.deepEqual(header, [...CONTENT.ui.scale, CONTENT.ui.prefer_not]);
  assert.ok((await page.locator(`.paper-theme ${S.contacts}`).count()) >= 1, 'support lines beside the safety questions');
  assert.equal(await page.locator('.paper-key .paper-table tbody tr').count(), scored);
  assert.equal(await page.locator('.paper-key-theme').count(), 8);
  assert.ok((await page.textContent('.not-diagnosis')).length > 0);

  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => { window.__printed += 1; };
  });
  await page.click('.screen.page .actions button.primary');
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await context.close();
});

test('the facilitator guide has the ground rules, support lines, a circle and a poster for every part', async () => {
  const context = await browser.newContext();
  const { page } = await SCREENS.guide(context);
  const g = CONTENT.ui.guide;
  const rules = await page.$$eval('.privacy-points li', (lis) => lis.map((l) => l.textContent.trim()));
  assert.deepEqual(rules, g.rules);
  assert.ok((await page.locator(S.contacts).count()) >= 1, 'lines to offer someone in distress');
  const circles = await page.$$eval('.circle h3', (hs) => hs.map((h) => h.textContent.trim()));
  assert.deepEqual(circles, CONTENT.themes.map((t) => t.title));
  assert.equal(await page.locator('.poster').count(), 8);
  const dots = await page.locator(`h2:has-text("${g.dot_heading}") + ol li`).count();
  assert.equal(dots, g.dot_steps.length);
  await context.close();
});
