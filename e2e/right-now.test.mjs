// Right now and the daily check, in each language: every moment from the header to the second
// rating by keyboard alone, with the page's clock driven by the test (each step announced as it
// comes, a pause that holds, a timer that reads the clock when the tab was away); a 9 or 10, or
// thoughts of not wanting to be alive, open the support panel at once; reduced motion keeps the
// breathing still and readable; nothing is kept until Keep is pressed, and then it shows on My
// history; and after one visit Right now works offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, watchErrors, BASE_URL } from './lib/browser.mjs';
import { contentOf } from './lib/selectors.mjs';
import { HISTORY_KEY, localStore } from './lib/history.mjs';
import { readyOffline } from './lib/wait.mjs';

const { newContext } = useBrowser();
const LANGS = ['en', 'es', 'ms', 'ar'];
const TOOLS = ['pause', 'going_home', 'urge_surfing', 'breathing'];
const FIRST_TOOL = { loss: 'pause', shift: 'going_home', craving: 'urge_surfing', switch_off: 'breathing' };
const NEXT_TOOL = { loss: 'breathing', shift: 'breathing', craving: 'breathing', switch_off: 'going_home' };
// The seconds of each timed tool's steps (assessment::right_now::Tool::pace).
const STEPS = { pause: [15, 40, 30, 15], urge_surfing: [30, 35, 40, 40, 35], breathing: [60, 60] };

const home = (lang, query = '') => new URL(`${lang === 'en' ? '' : `${lang}/`}${query}`, BASE_URL).href;
const fill = (text, values) => Object.entries(values).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, v), text);
const words = (s) => s.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** Presses Tab until `selector` has focus (a keyboard user's way there), at most 80 times. */
async function tabTo(page, selector) {
  for (let i = 0; i < 80; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function focusIs(page, id) {
  await page.waitForFunction((i) => document.activeElement?.id === i, id);
}

/** Chooses `n` on the 0–10 scale by keyboard: into the group, then arrow down `n` times. */
async function rateByKeys(page, n) {
  await tabTo(page, 'input[name="rating"]');
  for (let i = 0; i < n; i += 1) await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('input[name="rating"]:checked').getAttribute('value'), String(n));
  await tabTo(page, '#rate-go-on');
  await page.keyboard.press('Enter');
}

const stepText = async (page) => words(await page.locator('#tool-step').innerText());

for (const lang of LANGS) {
  const W = contentOf(lang).ui.now;
  const U = contentOf(lang).ui;
  const tool = (key) => W.tools[TOOLS.indexOf(key)];

  test(`${lang}: every moment from the header to the second rating by keyboard alone`, async () => {
    const context = await newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.clock.install();
    const errors = watchErrors(page);
    await page.goto(home(lang));
    await page.waitForSelector('#start-full');
    await tabTo(page, '.site-nav .now-link');
    await page.keyboard.press('Enter');
    await focusIs(page, 'page-title');
    assert.equal(words(await page.locator('#page-title').innerText()), W.title);
    for (const moment of ['loss', 'shift', 'craving', 'switch_off']) {
      await tabTo(page, `#moment-${moment}`);
      await page.keyboard.press('Enter');
      await focusIs(page, 'now-step');
      assert.equal(words(await page.locator('#now-step').innerText()), W.rate_before);
      await rateByKeys(page, 6);
      await focusIs(page, 'now-step');
      const key = FIRST_TOOL[moment];
      assert.equal(words(await page.locator('#now-step').innerText()), tool(key).name, moment);
      if (!STEPS[key]) {
        // The checklist: each item a checkbox, ticked with Space; nothing about it is kept.
        await tabTo(page, '.checklist input');
        await page.keyboard.press('Space');
        assert.equal(await page.locator('.checklist input:checked').count(), 1);
        await tabTo(page, '#tool-done');
        await page.keyboard.press('Enter');
      } else {
        await tabTo(page, '#tool-start');
        await page.keyboard.press('Enter');
        assert.equal(await stepText(page), words(tool(key).steps[0]));
        assert.equal(await page.locator('#tool-step').getAttribute('role'), 'status', 'each step is announced');
        if (key === 'urge_surfing') {
          // Paused, the timer holds however long it waits.
          await tabTo(page, '#tool-pause');
          await page.keyboard.press('Enter');
          assert.equal(await stepText(page), words(W.paused));
          const left = await page.locator('.time-left').innerText();
          await page.clock.runFor(90_000);
          assert.equal(await page.locator('.time-left').innerText(), left, 'a paused timer stands still');
          await page.keyboard.press('Enter');
          assert.equal(await stepText(page), words(tool(key).steps[0]));
        }
        // The next step comes when its time has come.
        await page.clock.runFor(STEPS[key][0] * 1000 + 1000);
        assert.equal(await stepText(page), words(tool(key).steps[1]), `${key}: step 2`);
        if (key === 'breathing') {
          // A tab in the background may get no ticks at all: the clock moves on, and the first tick
          // after it shows where the timer stands, not where the ticks had got to.
          const before = await page.evaluate(() => Date.now());
          await page.clock.setSystemTime(before + 120_000);
          await page.clock.runFor(1000);
        } else {
          await page.clock.runFor(STEPS[key].reduce((a, b) => a + b, 0) * 1000);
        }
        assert.equal(await stepText(page), words(W.finished_tool), `${key}: the end is said`);
        await tabTo(page, '#tool-done');
        await page.keyboard.press('Enter');
      }
      await focusIs(page, 'now-step');
      assert.equal(words(await page.locator('#now-step').innerText()), W.rate_after);
      await rateByKeys(page, 4);
      await focusIs(page, 'now-step');
      assert.equal(words(await page.locator('#now-step').innerText()), W.next_heading);
      assert.equal(words(await page.locator('.change').innerText()), words(fill(W.change_lower, { before: '6', after: '4' })));
      assert.equal(await page.locator('details.used-again').count(), moment === 'craving' ? 1 : 0, 'the way back after using, for a craving');
      const another = fill(W.another, { tool: tool(NEXT_TOOL[moment]).name });
      assert.equal(words(await page.locator('#now-another').innerText()), words(another), `${moment}: another tool`);
      assert.equal(await page.locator('.now-support').count(), 0, 'no support panel at 6 and 4');
      await tabTo(page, '#now-again');
      await page.keyboard.press('Enter');
      await focusIs(page, 'now-step');
    }
    // Nothing was kept: no button pressed, nothing in the browser's storage.
    assert.equal((await localStore(page))[HISTORY_KEY], undefined);
    assert.deepEqual(errors, []);
  });

  test(`${lang}: a 9 or 10, or thoughts of not wanting to be alive, open the support panel at once, with the tools still there`, async () => {
    const context = await newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // The installed app's shortcut.
    await page.goto(home(lang, '?open=now'));
    await page.waitForSelector('#moment-loss');
    assert.equal(words(await page.locator('#page-title').innerText()), W.title);
    await page.click('#not-alive');
    await focusIs(page, 'now-support');
    assert.ok(words(await page.locator('.now-support').innerText()).includes(words(W.not_alive_support)), 'the words for thoughts of not being alive');
    assert.ok(await page.locator('.now-support .contacts li').count() > 0, 'lines to call');
    assert.equal(await page.locator('#moment-loss').count(), 1, 'the moments are still there');

    await page.goto(home(lang, '?open=now'));
    await page.click('#moment-loss');
    await rateByKeys(page, 9);
    await focusIs(page, 'now-support');
    assert.ok(words(await page.locator('.now-support').innerText()).includes(words(W.heavy_support)), 'the words for a 9');
    assert.equal(await page.locator('#tool-start').count(), 1, 'the pause is still offered');

    await page.goto(home(lang, '?open=now'));
    await page.click('#moment-shift');
    await rateByKeys(page, 8);
    assert.equal(await page.locator('.now-support').count(), 0, '8 does not open it');
    await page.click('#tool-stop');
    await rateByKeys(page, 10);
    await focusIs(page, 'now-support');
    assert.equal(words(await page.locator('.change').innerText()), words(W.change_higher));
    // Once open it stays: another tool rated lower, then starting again, leave it there.
    await page.click('#now-another');
    await page.click('#tool-stop');
    await rateByKeys(page, 2);
    await page.locator('.change').waitFor();
    assert.equal(await page.locator('.now-support').count(), 1, 'a lower rating does not close it');
    await page.click('#now-again');
    assert.equal(await page.locator('.now-support').count(), 1, 'nor does starting again');

    // Thoughts of not wanting to be alive can be said at any step, here in the middle of a tool.
    await page.goto(home(lang, '?open=now'));
    await page.click('#moment-craving');
    await page.click('#rate-skip');
    await page.click('#tool-start');
    await page.click('#not-alive');
    await focusIs(page, 'now-support');
    assert.equal(await page.locator('#tool-pause').count(), 1, 'the tool carries on');
    assert.equal(await page.locator('#not-alive').count(), 0);
    assert.deepEqual(errors, []);
  });
}

test('reduced motion, in every language: the breathing circle stays still, and the words carry the pace', async () => {
  for (const [lang, reducedMotion] of LANGS.flatMap((l) => [[l, 'no-preference'], [l, 'reduce']])) {
    const context = await newContext({ viewport: { width: 1280, height: 900 }, reducedMotion });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(home(lang, '?open=now'));
    await page.click('#moment-switch_off');
    await page.click('#rate-skip');
    await page.click('#tool-start');
    const circle = page.locator('.breath-circle');
    const duration = await circle.evaluate((el) => getComputedStyle(el).transitionDuration);
    assert.equal(duration === '0s', reducedMotion === 'reduce', `${lang} ${reducedMotion}: ${duration}`);
    const W = contentOf(lang).ui.now;
    assert.equal(words(await page.locator('.breath-word').innerText()), `${W.breathe_in} 4`);
    await page.clock.runFor(5000);
    assert.equal(words(await page.locator('.breath-word').innerText()), `${W.breathe_out} 5`);
    await context.close();
  }
});

test('a daily check and a Right now are kept only when Keep is pressed, then show on My history', async () => {
  const W = contentOf('en').ui.now;
  const context = await newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(home('en'));
  await page.click('.between-links button >> nth=1');
  await focusIs(page, 'page-title');
  assert.equal(words(await page.locator('#page-title').innerText()), W.day_title);
  // Red by keyboard: into the colours, down three.
  await tabTo(page, 'input[name="colour"]');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('input[name="colour"]:checked').getAttribute('value'), 'red');
  await page.locator('.now-support .contacts li').first().waitFor();
  await page.fill('#days-off', 'ten');
  assert.equal(words(await page.locator('#days-off-hint').innerText()), W.days_invalid);
  assert.equal(await page.locator('#keep-entry').count(), 0, 'nothing to keep while a count cannot be read');
  await page.fill('#days-off', '20');
  await page.fill('#days-support', '3');
  assert.ok(words(await page.locator('.day-notes').innerText()).includes(words(W.long_without_day_off)));
  assert.equal((await localStore(page))[HISTORY_KEY], undefined, 'nothing kept before the press');
  await page.click('#keep-entry');
  await focusIs(page, 'keep-entry-done');
  const stored = JSON.parse((await localStore(page))[HISTORY_KEY]);
  assert.equal(stored.version, 4);
  assert.deepEqual(stored.days.map((d) => [d.colour, d.days_off, d.days_support]), [['red', 20, 3]]);

  await page.goto(home('en', '?open=now'));
  await page.click('#moment-craving');
  await rateByKeys(page, 7);
  await page.click('#tool-stop');
  await rateByKeys(page, 7);
  assert.equal(words(await page.locator('.change').innerText()), W.change_same);
  await page.click('#keep-entry');
  await focusIs(page, 'keep-entry-done');
  await page.goto(home('en', '?open=history'));
  // The list is drawn once the app has loaded and read the history: wait for it, then count.
  await page.locator('.between-list li').first().waitFor();
  const lines = await page.locator('.between-list li').allInnerTexts();
  assert.equal(lines.length, 2);
  assert.match(words(lines[0]), /: Right now, a craving · how hard: 7, then 7$/);
  assert.match(words(lines[1]), /: Red · 20 days since a day off · 3 days since my own support$/);
  // On the trend beside the list: one dot, red, said in words.
  assert.equal(await page.locator('.day-strip circle.day-dot.red').count(), 1);
  assert.match(await page.locator('.day-strip svg').getAttribute('aria-label'), /^Daily check · .*: Red$/);
  assert.deepEqual(errors, []);
});

test('where this copy keeps no history, nothing offers to keep a Right now or a daily check', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(home('en', '?history=off&open=now'));
  await page.click('#moment-shift');
  await page.click('#rate-skip');
  await page.click('#tool-done');
  await page.click('#rate-skip');
  await page.locator('#now-finish').waitFor();
  assert.equal(await page.locator('#keep-entry').count(), 0);
  await page.goto(home('en', '?history=off&open=day'));
  await page.check('input[name="colour"][value="green"]');
  await page.locator('.day-notes').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#keep-entry').count(), 0);
  assert.deepEqual(await localStore(page), {});
});

test('after one visit, Right now works offline in every language', async () => {
  for (const lang of LANGS) {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(home(lang));
    await page.waitForSelector('#start-pulse');
    await readyOffline(page);
    await context.setOffline(true);
    await page.goto(home(lang, '?open=now'));
    await page.click('#moment-craving');
    await page.click('#rate-skip');
    await page.click('#tool-start');
    assert.equal(await stepText(page), words(contentOf(lang).ui.now.tools[2].steps[0]), lang);
    await context.close();
  }
});
