// Nothing lost, nothing resurrected, no words the app did not choose: two real pages on one
// device, a link that tries to speak in the app's voice, a tab that cannot keep its progress, and
// a plan with words not yet kept anywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, watchErrors } from './lib/browser.mjs';
import { CheckInFlow, localStore, HISTORY_KEY } from './lib/history.mjs';
import { WelcomePage, QuestionPage } from './lib/pages.mjs';
import { S, TEXT, CONTENT } from './lib/selectors.mjs';

const browser = useBrowser();
const saved = async (page) => JSON.parse((await localStore(page))[HISTORY_KEY] ?? '{"check_ins":[]}').check_ins;

/** A page that never hears the storage events of other tabs: it keeps the history it read. */
async function staleTab(context) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const add = window.addEventListener;
    window.addEventListener = function addEventListener(type, ...rest) {
      if (type === 'storage') return undefined;
      return add.call(this, type, ...rest);
    };
  });
  return page;
}

test('a stale tab: "delete all" elsewhere stays done, and a check-in saved elsewhere is never lost', async () => {
  const context = await browser.newContext();
  const a = await context.newPage();
  const b = await staleTab(context);
  const errors = [a, b].map(watchErrors);

  // Tab A saves two check-ins; tab B then opens (and reads both) and finishes one of its own.
  // The page being used is brought to the front: a page in the background gets few frames.
  await a.bringToFront();
  const flowA = new CheckInFlow(a);
  await flowA.open();
  await flowA.pulse('often');
  await flowA.save();
  await flowA.startAgain();
  await flowA.pulse('rarely');
  await flowA.save();
  await b.bringToFront();
  const flowB = new CheckInFlow(b);
  await flowB.open();
  await flowB.pulse('sometimes');

  // Tab A deletes everything; tab B, which never heard, still holds both in memory.
  await a.bringToFront();
  const historyA = await flowA.openHistory();
  await historyA.askDeleteAll();
  await historyA.confirm();
  assert.equal((await saved(a)).length, 0);

  // Tab B saves: the change is applied to what is stored now, so the two stay deleted.
  await b.bringToFront();
  await flowB.save();
  assert.equal((await saved(b)).length, 1, 'only the check-in saved after the deletion');

  // Tab A (its view now a check-in behind) saves another: tab B's is kept.
  await a.bringToFront();
  await a.click('.screen.history > .actions button');
  await flowA.startAgain();
  await flowA.pulse('always');
  await flowA.save();
  const both = await saved(a);
  assert.equal(both.length, 2, 'a check-in saved in another tab is never lost');
  assert.deepEqual(errors.flat(), []);
  await context.close();
});

test('an open tab hears that another changed the history, re-reads it and says so', async () => {
  const context = await browser.newContext();
  const a = await context.newPage();
  const b = await context.newPage();
  await a.bringToFront();
  const flowA = new CheckInFlow(a);
  await flowA.open();
  await flowA.pulse('often');
  await flowA.save();
  await b.bringToFront();
  const flowB = new CheckInFlow(b);
  await flowB.open();
  await flowB.pulse('sometimes');
  await flowB.save();
  assert.equal((await saved(b)).length, 2);

  // Tab A deletes everything while tab B shows "Saved on this device".
  await a.bringToFront();
  const historyA = await flowA.openHistory();
  await historyA.askDeleteAll();
  await historyA.confirm();
  await b.bringToFront();
  await b.waitForFunction((text) => document.querySelector('.save-box')?.textContent.includes(text), CONTENT.ui.history_changed_elsewhere);
  assert.equal(await b.locator('#save-check-in').count(), 1, 'no longer marked as saved; it can be saved again');
  const historyB = await flowB.openHistory();
  assert.equal((await b.textContent('#changed-elsewhere')).trim(), CONTENT.ui.history_changed_elsewhere);
  assert.equal(await historyB.saved().count(), 0);
  await context.close();
});

test('a link cannot put its words in the app\'s voice, nor flood the page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // About 62 KB of repeats: as long as a request line the local test server accepts.
  const flood = 'Call_1_800_555_0199_now=1&'.repeat(2_400);
  const welcome = new WelcomePage(page);
  await welcome.goto(`?Your_employer_can_see_your_answers=1&${flood}lang=en`);
  const notice = welcome.linkNotice();
  await notice.waitFor({ state: 'visible' });
  const text = (await notice.textContent()).trim();
  assert.equal(text, CONTENT.ui.link_ignored, 'a fixed sentence, nothing from the link');
  assert.ok(!/employer|1_800|Call/.test(await page.textContent('main')));
  const start = await page.locator(S.startFull).boundingBox();
  assert.ok(start.y < 1500, `Start stays near the top (${start.y}px)`);
  await context.close();
});

test('a tab that cannot keep progress says so once, on the page where it found out', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const welcome = new WelcomePage(page);
  await welcome.goto();
  const q = await welcome.startFull();
  await page.waitForSelector('#progress-not-kept');
  assert.equal((await page.textContent('#progress-not-kept')).trim(), CONTENT.ui.progress_not_kept);
  await q.answer(CONTENT.full_pages[0][0], 'often');
  await q.next(2, CONTENT.full_pages.length + 1);
  assert.equal(await page.locator('#progress-not-kept').count(), 0, 'said once');
  await context.close();
});

test('leaving My plan with words not kept anywhere asks first; Exit never does', async () => {
  const context = await browser.newContext();
  await context.route('https://www.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Search</title>' }),
  );
  const page = await context.newPage();
  const flow = new CheckInFlow(page);
  await flow.open();
  await flow.pulse('often');
  await page.click(S.goToPlan);
  await page.waitForSelector(S.note);

  const dialogs = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.type());
    await d.dismiss();
  });
  await page.click(S.note);
  await page.keyboard.type('Call my sponsor on Sunday.');
  // Words typed on My plan are kept nowhere: leaving from any screen asks first.
  await page.click(S.backToResults);
  await page.waitForSelector(S.results);
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  await asked;
  assert.deepEqual(dialogs, ['beforeunload'], 'asked before losing the words');
  assert.equal(page.isClosed(), false, 'dismissing keeps the page and its words');
  await page.click(S.goToPlan);
  assert.equal(await page.inputValue(S.note), 'Call my sponsor on Sunday.');

  // Without words of the person's own, closing My plan does not ask.
  const quiet = await context.newPage();
  await quiet.bringToFront();
  const quietDialogs = [];
  quiet.on('dialog', async (d) => {
    quietDialogs.push(d.type());
    await d.dismiss();
  });
  const quietFlow = new CheckInFlow(quiet);
  await quietFlow.open();
  await quietFlow.pulse('often');
  await quiet.click(S.goToPlan);
  await quiet.waitForSelector(S.note);
  await quiet.click(S.note);
  await quiet.close({ runBeforeUnload: true });
  await quiet.waitForEvent('close');
  assert.deepEqual(quietDialogs, [], 'nothing of theirs would be lost');

  // Exit leaves at once, without asking.
  await page.bringToFront();
  await page.click(S.exit);
  await page.waitForURL('https://www.google.com/**');
  assert.deepEqual(dialogs, ['beforeunload'], 'Exit was not held back');
  await context.close();
});
