// The quick pulse: one page of eight questions, then the safety page, then results tagged as a pulse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './lib/browser.mjs';
import { WelcomePage } from './lib/pages.mjs';
import { S, THEMES, PULSE_IDS, SAFETY_IDS, TEXT } from './lib/selectors.mjs';

const browser = useBrowser();

// Pulse questions are never reverse-keyed (bank.rs); strain themes are shown as 100 - points.
const PULSE_ANSWERS = {
  int_drained: 'sometimes', //   strain,     50 -> 100-50  = 50  Worth watching
  rec_practice: 'often', //      protective, 75                 Steady
  out_responsible: 'rarely', //  strain,     25 -> 100-25  = 75  Steady
  awa_notice: 'sometimes', //    protective, 50                 Worth watching
  bou_spill: 'always', //        strain,    100 -> 100-100 = 0   Needs care now
  sup_talk: 'never', //          protective,  0                 Needs care now
  mea_purpose: 'always', //      protective, 100                Steady
  wor_looked_down: 'skip', //    its only question skipped      Not enough answers
};
// Cup: 7 of 8 themes have a level (at least half), (50+75+75+50+0+0+100)/7 = 350/7 = 50 -> Worth watching.
const EXPECTED = [
  [THEMES[0], TEXT.bands.watch, '50 out of 100'],
  [THEMES[1], TEXT.bands.steady, '75 out of 100'],
  [THEMES[2], TEXT.bands.steady, '75 out of 100'],
  [THEMES[3], TEXT.bands.watch, '50 out of 100'],
  [THEMES[4], TEXT.bands.care, '0 out of 100'],
  [THEMES[5], TEXT.bands.care, '0 out of 100'],
  [THEMES[6], TEXT.bands.steady, '100 out of 100'],
  [THEMES[7], 'Not enough answers', ''],
];

// Each just below what raises support: urges, withdrawing and hopelessness raise it alone from
// "Often" and build it from "Sometimes" (any two of them together, or one beside a low own
// recovery, which this pulse does not have); using again and thoughts of not wanting to be alive
// raise it from "Rarely".
const SAFE = { saf_urges: 'sometimes', saf_used: 'never', saf_withdraw: 'rarely', saf_hopeless: 'rarely', saf_alive: 'never' };

async function pulsePage(context) {
  const welcome = await WelcomePage.open(context);
  const q = await welcome.startPulse();
  await q.waitForHeading('Your quick pulse');
  await q.waitForHeadingFocus();
  assert.deepEqual(await q.questionIds(), PULSE_IDS, 'one question per theme, in page order');
  await q.answerAll(PULSE_ANSWERS);
  await q.next(2, 2);
  await q.waitForHeading('How you are doing');
  await q.waitForHeadingFocus();
  assert.deepEqual(await q.questionIds(), SAFETY_IDS);
  return q;
}

test('the quick pulse completes with pulse levels and no support when nothing signals', async () => {
  const context = await browser.newContext();
  const q = await pulsePage(context);
  await q.answerAll(SAFE);
  for (const id of SAFETY_IDS) {
    assert.equal(await q.checkedKey(id), SAFE[id]);
  }
  assert.equal(await q.page.locator(S.inlineSupport).count(), 0, 'no inline support below the thresholds');

  const results = await q.finish();
  await results.waitForHeadingFocus();
  assert.equal((await results.pulseTag().textContent()).trim(), TEXT.pulseTag);
  assert.deepEqual(
    await results.levels(),
    EXPECTED.map(([title, band, number]) => ({ title, band, number })),
  );
  assert.equal(await results.cupText(), 'Your cup is 50 out of 100 full: Worth watching.');
  assert.equal(await results.supportPanel().count(), 0, 'no support panel without a signal');
  assert.equal(await q.page.locator('.support').count(), 0);
});

test('any thought of not wanting to be alive brings support at once and at the top of the results', async () => {
  const context = await browser.newContext();
  const q = await pulsePage(context);
  const { page } = q;
  await q.answerAll({ saf_urges: 'never', saf_withdraw: 'never', saf_hopeless: 'never' });
  assert.equal(await page.locator(S.inlineSupport).count(), 0);

  // "Rarely" is enough: support appears right under the question, before moving on.
  await q.answer('saf_alive', 'rarely');
  const inline = q.inlineSupportAfter('saf_alive');
  await inline.waitFor({ state: 'visible' });
  assert.equal(await page.locator(S.inlineSupport).count(), 1, 'only the question that signals shows support');
  const contacts = inline.locator(S.contacts);
  assert.ok((await contacts.count()) >= 3, 'crisis contacts are listed');
  const lifeline = inline.locator('a[href="tel:988"]').first();
  assert.ok(await lifeline.isVisible(), 'the 988 line is visible');
  assert.equal((await lifeline.textContent()).trim(), '988');
  assert.match(await inline.textContent(), /988 Suicide & Crisis Lifeline/);
  assert.match(await inline.textContent(), /In an emergency, or if you might act on thoughts of suicide, call 911\./);
  assert.equal(await inline.locator('p.emergency a[href="tel:911"]').count(), 1, 'the country\'s emergency number, to call');

  // Changing the answer back to "Never" takes it away again.
  await q.answer('saf_alive', 'never');
  await inline.waitFor({ state: 'detached' });
  await q.answer('saf_alive', 'rarely');
  await inline.waitFor({ state: 'visible' });

  const results = await q.finish();
  const panel = results.supportPanel();
  await panel.waitFor({ state: 'visible' });
  assert.equal((await panel.locator('h2').textContent()).trim(), 'Support is here for you');
  assert.match(await panel.textContent(), /very heavy, maybe even hopeless/);
  assert.ok(await panel.locator('a[href="tel:988"]').first().isVisible(), '988 is on the results');
  assert.equal(await results.supportLeads(), true, 'the support panel comes before the cup');
  // ...and nothing but the heading comes before it.
  const firstAfterHeading = await page.$eval(`${S.results} > h1 + *`, (el) => el.className);
  assert.match(firstAfterHeading, /\bsupport\b/);
});
