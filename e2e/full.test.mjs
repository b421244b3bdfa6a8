// The full check-in, done with the keyboard alone: Tab, Shift+Tab, arrow keys, Space and Enter.
// The answers are chosen so the results use all three bands, a skipped question and a cup level
// that is not a whole number, and every number shown is checked against the scoring rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './lib/browser.mjs';
import { WelcomePage, QuestionPage, ResultsPage } from './lib/pages.mjs';
import { S, KEYS, THEMES, FULL_PAGES, SAFETY_IDS, TEXT } from './lib/selectors.mjs';

const browser = useBrowser();

// The answers: "Often" to every scored question, except "Prefer not to answer" on sup_learning,
// and "Never" to the safety questions (so no support panel).
const answerFor = (id) => (id === 'sup_learning' ? 'skip' : 'often');

// Expected levels, worked out by hand from bank.rs (reverse flags) and scoring.rs:
//   Often = 75 points; a reverse-worded question flips it to 100 - 75 = 25.
//   A theme's raw level is the mean of its answered questions; strain themes (intensity,
//   outcomes, boundaries, workplace) are shown as 100 - raw, so fuller is always healthier.
//   Bands on the rounded number: Steady >= 65, Worth watching >= 40, else Needs care now.
//
//   Carrying the weight (strain)  6 questions, none reversed: 75 -> 100-75 = 25               Needs care now
//   My own recovery (protective)  6 questions, rec_work_as_recovery, rec_slide, rec_front,
//                                 rec_meetings reversed: (75+75+25+25+25+25)/6 = 41.67, shown 42  Worth watching
//   Holding outcomes (strain)     out_pace, out_seeds reversed: (75+75+75+25+25)/5 = 55 -> 100-55 = 45   Worth watching
//   Knowing my signals (prot.)    awa_late reversed:            (75+75+75+75+25)/5 = 65                Steady
//   Boundaries (strain)           6 questions, bou_switch_off reversed: (75*5+25)/6 = 66.67
//                                                               -> 100-66.67 = 33.33, shown 33   Needs care now
//   Support around me (prot.)     sup_learning skipped, sup_alone reversed: (75*4+25)/5 = 65    Steady
//   Meaning and anchoring (prot.) 6 questions, mea_doubt reversed: (75*5+25)/6 = 66.67, shown 67       Steady
//   Role and workplace (strain)   6 questions, none reversed: 75 -> 100-75 = 25               Needs care now
//   Cup = plain mean of the eight levels = (25+41.67+45+65+33.33+65+66.67+25)/8 = 366.67/8 = 45.83
//         shown rounded: 46 -> Worth watching.
const EXPECTED = [
  [THEMES[0], 25, TEXT.bands.care],
  [THEMES[1], 42, TEXT.bands.watch],
  [THEMES[2], 45, TEXT.bands.watch],
  [THEMES[3], 65, TEXT.bands.steady],
  [THEMES[4], 33, TEXT.bands.care],
  [THEMES[5], 65, TEXT.bands.steady],
  [THEMES[6], 67, TEXT.bands.steady],
  [THEMES[7], 25, TEXT.bands.care],
];
const EXPECTED_CUP = 'Your cup is 46 out of 100 full: Worth watching.';
const EXPECTED_HOW = '(25 + 41.7 + 45 + 65 + 33.3 + 65 + 66.7 + 25) ÷ 8 = 45.8';
// At most three, lowest first; 25 = 25 is broken by the tie order (intensity before workplace).
const EXPECTED_PRIORITIES = [THEMES[0], THEMES[7], THEMES[4]];
// The other themes below steady, in page order, not ranked.
const EXPECTED_ALSO = `Also worth watching: ${THEMES[1]}, ${THEMES[2]}.`;
// Steady themes only, fullest first; 65 = 65 in tie order (awareness before support).
const EXPECTED_STRENGTHS = [THEMES[6], THEMES[3], THEMES[5]];

/**
 * Answers the radio group that has focus with `key` using only the keyboard: Space checks the
 * focused radio (the first, "Never", when the group was tabbed into with nothing checked), then
 * an arrow key moves to and checks each next option.
 */
async function keyAnswer(page, key, arrow) {
  const f = await page.evaluate(() => ({ type: document.activeElement.type, value: document.activeElement.value }));
  assert.equal(f.type, 'radio', 'Tab should land on a radio');
  assert.equal(f.value, 'never', 'Tab into an unanswered group focuses its first option');
  await page.keyboard.press('Space');
  for (let i = 0; i < KEYS.indexOf(key); i += 1) await page.keyboard.press(arrow);
}

async function focusedRadio(page) {
  return page.evaluate(() => ({ name: document.activeElement.name, value: document.activeElement.value }));
}

test('the full check-in can be done with the keyboard alone and scores exactly as the rules say', async () => {
  const context = await browser.newContext();
  const welcome = await WelcomePage.open(context);
  const { page } = welcome;

  // "Exit this page" is the first Tab stop.
  await page.keyboard.press('Tab');
  assert.equal((await welcome.focused()).id, 'exit', '"Exit this page" must be the first Tab stop');

  // Tab on to "Start the full check-in" and press Enter.
  let stops = 1;
  while ((await welcome.focused()).id !== 'start-full') {
    await page.keyboard.press('Tab');
    stops += 1;
    assert.ok(stops < 20, 'could not Tab to "Start the full check-in"');
  }
  assert.equal((await welcome.focused()).text, TEXT.startFull);
  await page.keyboard.press('Enter');

  const q = new QuestionPage(page);
  const pages = [...FULL_PAGES, SAFETY_IDS];
  for (const [i, ids] of pages.entries()) {
    const n = i + 1;
    await q.waitForPart(n, 9);
    await q.waitForHeadingFocus();
    assert.equal(await q.partText(), `Part ${n} of 9`);
    assert.equal(await page.$eval(S.progress, (p) => `${p.value}/${p.max}`), `${n}/9`);
    assert.deepEqual(await q.questionIds(), ids, `page ${n} asks the bank's questions in order`);

    const safety = ids === SAFETY_IDS;
    const arrow = i % 2 === 0 ? 'ArrowRight' : 'ArrowDown';
    for (const [j, id] of ids.entries()) {
      await page.keyboard.press('Tab');
      assert.equal((await focusedRadio(page)).name, id, `Tab reaches question ${id}`);
      if (n === 1 && j === 0) {
        // A slip, corrected: "Always" first, then on to the next question, then Shift+Tab back
        // (which lands on the checked option) and one arrow back to "Often".
        await keyAnswer(page, 'always', arrow);
        await page.keyboard.press('Tab');
        assert.equal((await focusedRadio(page)).name, ids[1]);
        await page.keyboard.press('Shift+Tab');
        assert.deepEqual(await focusedRadio(page), { name: id, value: 'always' });
        await page.keyboard.press('ArrowLeft');
      } else {
        await keyAnswer(page, safety ? 'never' : answerFor(id), arrow);
      }
      assert.equal(await q.checkedKey(id), safety ? 'never' : answerFor(id), `${id} answered`);
    }

    // Tab on past Back to Next (the submit button), then Enter.
    await page.keyboard.press('Tab');
    assert.equal((await q.focused()).text, 'Back');
    await page.keyboard.press('Tab');
    assert.equal((await q.focused()).text, n === 9 ? TEXT.seeResults : TEXT.next);
    if (safety) {
      assert.equal(await page.locator(S.inlineSupport).count(), 0, '"Never" raises no support');
    }
    await page.keyboard.press('Enter');
  }

  const results = new ResultsPage(page);
  await results.waitForReady();
  await results.waitForHeadingFocus();
  assert.equal(await results.pulseTag().count(), 0, 'a full check-in is not tagged as a pulse');
  assert.equal(await results.supportPanel().count(), 0, 'no safety answer raised support');

  const shown = await results.levels();
  assert.deepEqual(
    shown,
    EXPECTED.map(([title, level, band]) => ({ title, band, number: `${level} out of 100` })),
  );
  assert.equal(await results.cupText(), EXPECTED_CUP);
  assert.equal(await page.getAttribute(S.cupSvg, 'aria-label'), EXPECTED_CUP);
  assert.ok((await results.howCup()).includes(EXPECTED_HOW), await results.howCup());
  const priorities = await results.listTexts(S.priorities);
  assert.deepEqual(priorities.map((p) => p.split(' – ')[0]), EXPECTED_PRIORITIES);
  assert.equal((await page.textContent(S.alsoWatching)).trim(), EXPECTED_ALSO);
  const strengths = await results.listTexts(S.strengths);
  assert.deepEqual(strengths.map((s) => s.split('.')[0]), EXPECTED_STRENGTHS);
  // "Often" is not the far end of the scale: no answer stands out.
  assert.equal(await page.locator(S.standingOut).count(), 0);
  // Each "start here" idea says why, in the person's own terms where an answer weighs.
  const reasons = await results.listTexts(`${S.startHereCards} .reason`);
  assert.equal(reasons.length, 3);
  assert.ok(reasons.some((r) => r.startsWith(TEXT.becauseOften)), reasons.join(' | '));

  // A finished check-in is no longer kept in the tab.
  await page.waitForFunction(() => sessionStorage.getItem('fullcup.progress') === null);
});
