// Links with odd or hostile settings, and a corrupted saved check-in: the app names what it
// ignored, never crashes, and still starts a check-in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, watchErrors } from './lib/browser.mjs';
import { WelcomePage } from './lib/pages.mjs';
import { S, TEXT, SESSION_KEY } from './lib/selectors.mjs';

const browser = useBrowser();

test('odd URL parameters are ignored with a notice that repeats none of them; the app still works', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  const welcome = new WelcomePage(page);
  await welcome.goto('?lang=klingon&length=%00&embed=maybe&x<y>=1');

  const notice = welcome.linkNotice();
  await notice.waitFor({ state: 'visible' });
  assert.equal(await notice.getAttribute('role'), 'status');
  const text = (await notice.textContent()).trim();
  assert.equal(text, TEXT.linkIgnored, 'says settings were ignored, without repeating them');
  assert.ok(!/klingon|maybe|[<>]/.test(text), 'nothing from the link is echoed');
  assert.equal(await page.locator('y').count(), 0, 'nothing was injected into the page');

  // Defaults hold: English, full check-in first, no embed layout.
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual((await welcome.choices()).map((c) => c.title), ['Full check-in', 'Quick pulse']);
  assert.equal(await page.locator(`${S.app}.embed`).count(), 0);

  const q = await welcome.startFull();
  await q.answer('int_drained', 'rarely');
  assert.equal(await q.checkedKey('int_drained'), 'rarely');
  assert.deepEqual(errors, [], 'no errors or panics');
});

test('?length=quick puts the quick pulse first, marked as the suggested choice', async () => {
  const context = await browser.newContext();
  const welcome = await WelcomePage.open(context, '?length=quick');
  assert.deepEqual(await welcome.choices(), [
    { title: 'Quick pulse', preferred: true },
    { title: 'Full check-in', preferred: false },
  ]);
  assert.equal(await welcome.linkNotice().count(), 0, 'a valid setting is not reported');
  const firstButton = welcome.page.locator(`${S.choices} >> nth=0 >> button`);
  assert.equal((await firstButton.textContent()).trim(), TEXT.startPulse);
  await firstButton.click();
  await welcome.page.waitForFunction(() => document.querySelector('#part')?.textContent === 'Part 1 of 2');
});

test('?embed=1 gives the compact layout', async () => {
  const context = await browser.newContext();
  const plain = await WelcomePage.open(context);
  assert.equal(await plain.page.locator(`${S.app}.embed`).count(), 0);
  const embedded = await WelcomePage.open(context, '?embed=1');
  assert.equal(await embedded.page.locator(`${S.app}.embed`).count(), 1);
  assert.equal(await embedded.linkNotice().count(), 0);
  // Still the whole app: the exit and a way to help.
  assert.ok(await embedded.page.locator(S.exit).isVisible());
  assert.ok(await embedded.page.locator(S.helpLink).isVisible());
});

test('a corrupted saved check-in is set aside with a notice and a new one can start', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  const welcome = new WelcomePage(page);
  await welcome.goto();
  assert.equal(await welcome.progressNotice().count(), 0);

  // A half-written value, as if the tab died mid-save.
  await page.evaluate((k) => sessionStorage.setItem(k, '{"v":1,"length":"full","step":'), SESSION_KEY);
  await page.reload();
  await welcome.waitForReady();
  const notice = welcome.progressNotice();
  await notice.waitFor({ state: 'visible' });
  assert.match(await notice.textContent(), /could not be read/);
  assert.equal(await welcome.resumeButton().count(), 0, 'nothing unreadable is offered to resume');

  const q = await welcome.startFull();
  await q.answer('int_pain', 'sometimes');
  await q.waitForSaved({ step: 0, answers: { int_pain: 'sometimes' } });
  assert.deepEqual(errors, [], 'no errors or panics');
});

test('a saved check-in from another version is set aside too', async () => {
  const context = await browser.newContext();
  const welcome = await WelcomePage.open(context);
  await welcome.page.evaluate((k) => sessionStorage.setItem(k, '{"v":99,"length":"full","step":0,"answers":{}}'), SESSION_KEY);
  await welcome.page.reload();
  await welcome.progressNotice().waitFor({ state: 'visible' });
  await welcome.startPulse();
});
