// The whole flow with the keyboard alone: start a pulse, answer, see results, build a plan of three,
// write a note, download the reminder, and leave with Shift pressed three times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, appUrl, watchErrors } from './lib/browser.mjs';

const { newContext } = useBrowser();

/** What has keyboard focus. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase(), id: el?.id ?? '', type: el?.type ?? '', name: el?.name ?? '', text: el?.textContent.trim() ?? '' };
  });
}

/** Presses Tab until `wanted(focused)` holds; fails after `max` presses. */
async function tabTo(page, what, wanted, max = 250) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (wanted(await focused(page))) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

test('a pulse, results, a plan of three with a note and a reminder, and the exit, by keyboard alone', async () => {
  const context = await newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await context.route('https://www.google.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>Neutral</title>' }));
  await page.goto(appUrl());
  await page.waitForSelector('#start-pulse');

  await tabTo(page, 'Start the quick pulse', (f) => f.id === 'start-pulse');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');

  // Each radio group is one Tab stop; Space checks the focused first option ("Never").
  for (let part = 1; part <= 2; part += 1) {
    const groups = await page.$$eval('fieldset.question', (fs) => fs.length);
    const seen = new Set();
    while (seen.size < groups) {
      await tabTo(page, 'the next radio group', (f) => f.type === 'radio' && !seen.has(f.name));
      const f = await focused(page);
      seen.add(f.name);
      await page.keyboard.press('Space');
    }
    await tabTo(page, 'Next', (f) => f.type === 'submit');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  }
  await page.waitForSelector('.cup-text');
  assert.equal(await page.$$eval('input[type=radio]', (r) => r.length), 0, 'results reached');

  // Add three ideas to the plan from "Start here".
  for (let n = 1; n <= 3; n += 1) {
    await tabTo(page, `"Add to my plan" #${n}`, (f) => f.text === 'Add to my plan');
    await page.keyboard.press('Enter');
    await page.waitForFunction((k) => document.querySelectorAll('.start-here button[aria-pressed="true"]').length === k, n);
  }
  await tabTo(page, 'Make my plan', (f) => f.text === 'Make my plan');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'page-title' && document.activeElement.textContent === 'My plan');
  assert.equal(await page.locator('ol.chosen li').count(), 3);

  await tabTo(page, 'the note', (f) => f.id === 'plan-note');
  await page.keyboard.type('Ask my sponsor to check in on Friday.');
  await page.waitForFunction(() => document.getElementById('plan-note').value.endsWith('Friday.'));

  await tabTo(page, 'Download a calendar reminder', (f) => f.id === 'download-ics');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  assert.match(Buffer.concat(chunks).toString('utf8'), /^BEGIN:VCALENDAR\r\n/);

  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await page.waitForURL('https://www.google.com/');
  assert.deepEqual(errors, []);
});
