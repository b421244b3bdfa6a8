// "Exit this page": one click, or Shift three times, clears the check-in in progress and replaces
// the page with a neutral site, so that Back does not return to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, ORIGIN, appUrl } from './lib/browser.mjs';
import { WelcomePage } from './lib/pages.mjs';
import { S, SESSION_KEY, COUNTRY_KEY } from './lib/selectors.mjs';

const browser = useBrowser();
const EXIT_URL = 'https://www.google.com/';

/** A context where the neutral exit page is a tiny local stand-in (no real network). */
async function exitContext() {
  const context = await browser.newContext();
  const visits = [];
  await context.route('https://www.google.com/**', (route) => {
    visits.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Search</title><p>blank</p>' });
  });
  return { context, visits };
}

/** Starts a full check-in and answers two questions, waiting until they are saved in the tab. */
async function midCheckIn(context) {
  const welcome = await WelcomePage.open(context);
  // A country chosen earlier in this tab for the crisis lines: Exit forgets it with the rest.
  await welcome.page.evaluate((k) => sessionStorage.setItem(k, 'IN'), COUNTRY_KEY);
  const q = await welcome.startFull();
  await q.answer('int_drained', 'often');
  await q.answer('int_pain', 'rarely');
  await q.waitForSaved({ step: 0, answers: { int_drained: 'often', int_pain: 'rarely' } });
  return q;
}

/** After leaving: the app's origin in the same tab holds no progress and offers nothing to resume. */
async function assertForgotten(page) {
  await page.goto(appUrl());
  const welcome = new WelcomePage(page);
  await welcome.waitForReady();
  assert.equal(await page.evaluate((k) => sessionStorage.getItem(k), SESSION_KEY), null, 'progress was cleared');
  assert.equal(await page.evaluate((k) => sessionStorage.getItem(k), COUNTRY_KEY), null, 'the country chosen was forgotten');
  assert.equal(await welcome.resumeButton().count(), 0, 'nothing offered to resume');
}

/** True while the app is still showing with its progress intact (the exit clears both at once). */
function stillInApp(page) {
  return page.evaluate(
    ([k, sel]) => location.href.startsWith(location.origin) && sessionStorage.getItem(k) !== null && document.querySelector(sel) !== null,
    [SESSION_KEY, S.heading],
  );
}

test('"Exit this page" leaves for a neutral page, clears progress, and Back does not return', async () => {
  const { context, visits } = await exitContext();
  const q = await midCheckIn(context);
  const { page } = q;
  assert.equal((await page.locator(S.exit).textContent()).includes('Exit this page'), true);

  await q.exit();
  await page.waitForURL(EXIT_URL);
  assert.deepEqual(visits, [EXIT_URL]);
  assert.equal(await page.title(), 'Search');

  // location.replace: the app's entry was replaced, so Back cannot land on the check-in.
  await page.goBack().catch(() => null);
  const back = page.url();
  if (back.startsWith(ORIGIN)) {
    await new WelcomePage(page).waitForReady();
    assert.equal(await page.locator(S.part).count(), 0, 'Back must not show the check-in');
    assert.equal(await page.evaluate((k) => sessionStorage.getItem(k), SESSION_KEY), null);
  } else {
    assert.ok(!back.startsWith(ORIGIN), `Back went to ${back}`);
  }

  await assertForgotten(page);
});

test('pressing Shift three times mid check-in exits', async () => {
  const { context } = await exitContext();
  const q = await midCheckIn(context);
  const { page } = q;
  await q.next(2, 9);
  await q.answer('rec_practice', 'always');
  await q.waitForSaved({ step: 1, answers: { rec_practice: 'always' } });

  await q.pressShift(3);
  await page.waitForURL(EXIT_URL);
  await assertForgotten(page);
});

test('two Shift presses, or Shift Shift a Shift, do not exit', async () => {
  const { context, visits } = await exitContext();
  const q = await midCheckIn(context);
  const { page } = q;

  await q.pressShift(2);
  assert.equal(await stillInApp(page), true, 'two presses must not exit');

  await page.keyboard.press('a'); // any other key starts the count again
  await q.pressShift(2);
  await page.keyboard.press('a');
  await q.pressShift(1);
  assert.equal(await stillInApp(page), true, 'Shift Shift a Shift must not exit');
  assert.equal(await q.partText(), 'Part 1 of 9');
  assert.deepEqual(visits, []);

  // The listener is alive: after a reset, three presses do exit.
  await page.keyboard.press('a');
  await q.pressShift(3);
  await page.waitForURL(EXIT_URL);
});
