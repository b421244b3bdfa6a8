// Answers survive a reload within the tab (sessionStorage), only after the person chooses to carry
// on, and nothing is ever written to localStorage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './lib/browser.mjs';
import { WelcomePage, QuestionPage } from './lib/pages.mjs';
import { S, TEXT } from './lib/selectors.mjs';

const browser = useBrowser();

const PART1 = { int_drained: 'often', int_grief: 'skip', int_story: 'rarely' };
const PART2 = { rec_practice: 'always', rec_slide: 'never' };

test('a reload offers "Carry on where I was", which returns to part 2 with the answers kept', async () => {
  const context = await browser.newContext();
  const welcome = await WelcomePage.open(context);
  const { page } = welcome;
  assert.equal(await welcome.localStorageLength(), 0);
  assert.equal(await welcome.resumeButton().count(), 0, 'nothing to resume on a first visit');

  const q = await welcome.startFull();
  await q.answerAll(PART1);
  await q.next(2, 9);
  await q.answerAll(PART2);
  await q.waitForSaved({ step: 1, answers: { ...PART1, ...PART2 } });
  assert.equal(await q.localStorageLength(), 0);

  await page.reload();
  await welcome.waitForReady();
  assert.equal(await page.locator(S.part).count(), 0, 'a reload never resumes by itself');
  await welcome.resumeButton().waitFor({ state: 'visible' });
  assert.equal((await welcome.resumeButton().textContent()).trim(), TEXT.resume);
  assert.equal(await welcome.localStorageLength(), 0);

  await welcome.resume();
  const again = new QuestionPage(page);
  await again.waitForPart(2, 9);
  await again.waitForHeading('My own recovery');
  await again.waitForHeadingFocus();
  for (const [id, key] of Object.entries(PART2)) {
    assert.equal(await again.checkedKey(id), key, `${id} is still answered`);
  }
  assert.equal(await again.checkedKey('rec_first'), null, 'unanswered stays unanswered');

  await again.back();
  await again.waitForPart(1, 9);
  for (const [id, key] of Object.entries(PART1)) {
    assert.equal(await again.checkedKey(id), key, `${id} is still answered`);
  }
  assert.equal(await again.localStorageLength(), 0);
});

test('"Start again" after a reload drops the saved answers', async () => {
  const context = await browser.newContext();
  const welcome = await WelcomePage.open(context);
  const { page } = welcome;
  const q = await welcome.startFull();
  await q.answerAll(PART1);
  await q.waitForSaved({ step: 0, answers: PART1 });

  await page.reload();
  await welcome.resumeButton().waitFor();
  await page.click(S.startOver);
  await welcome.resumeButton().waitFor({ state: 'detached' });
  assert.equal(await welcome.sessionProgress(), null);
  const fresh = await welcome.startFull();
  assert.equal(await fresh.checkedKey('int_drained'), null);
  assert.equal(await fresh.localStorageLength(), 0);
});

test('Back and Next show every answer already given on each page', async () => {
  // Regression: the radios were reused from page to page, and renaming a checked radio into
  // another group unchecked the answer the page should have shown.
  const context = await browser.newContext();
  const welcome = await WelcomePage.open(context);
  const q = await welcome.startFull();
  await q.answerAll(PART1);
  await q.next(2, 9);
  await q.answerAll(PART2);
  await q.back();
  await q.waitForPart(1, 9);
  for (const [id, key] of Object.entries(PART1)) assert.equal(await q.checkedKey(id), key, `${id} after Back`);
  await q.next(2, 9);
  for (const [id, key] of Object.entries(PART2)) assert.equal(await q.checkedKey(id), key, `${id} after Next`);
  assert.equal(await q.page.locator(`${S.radios}:checked`).count(), Object.keys(PART2).length);
});
