// One answer is never hidden by an average: a worker doing well everywhere who answers the far end
// of the scale to a single question (grief after an overdose death) sees that answer named under
// "One answer stands out", and the first "start here" idea answers it, saying why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './lib/browser.mjs';
import { WelcomePage } from './lib/pages.mjs';
import { S, CONTENT, FULL_PAGES, SAFETY_IDS, ANSWER_ENDS, TEXT, fill } from './lib/selectors.mjs';

const browser = useBrowser();

test('a single severe answer in an otherwise good month is named and leads start here', async () => {
  const context = await browser.newContext();
  const welcome = await WelcomePage.open(context);
  const q = await welcome.startFull();
  const total = FULL_PAGES.length + 1;
  for (let i = 0; i < FULL_PAGES.length; i += 1) {
    for (const id of FULL_PAGES[i]) {
      await q.answer(id, id === 'int_grief' ? ANSWER_ENDS[id].severe : ANSWER_ENDS[id].healthiest);
    }
    await q.next(i + 2, total);
  }
  for (const id of SAFETY_IDS) await q.answer(id, 'never');
  const results = await q.finish();
  const { page } = results;

  const cup = await results.cupText();
  assert.ok(cup.includes(TEXT.bands.steady), `the cup still looks steady: ${cup}`);
  assert.equal(await page.locator(S.standingOut).count(), 1);
  const heading = (await page.textContent(`${S.standingOut} h2`)).trim();
  assert.equal(heading, CONTENT.ui.standing_out_heading.one);
  const items = await results.listTexts(S.standingOutItems);
  assert.deepEqual(items, [
    fill(CONTENT.ui.standing_out_item, { question: ANSWER_ENDS.int_grief.text, answer: CONTENT.ui.scale[4] }),
  ]);
  const firstReason = (await page.textContent(`${S.startHereCards} .reason`)).trim();
  assert.equal(
    firstReason,
    fill(CONTENT.ui.because_answer, { answer: CONTENT.ui.scale[4], question: ANSWER_ENDS.int_grief.text }),
  );
  const firstIdea = await page.getAttribute(S.startHereCards, 'data-suggestion');
  assert.equal(firstIdea, 'int_grieve');
  await context.close();
});
