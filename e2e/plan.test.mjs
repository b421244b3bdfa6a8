// My plan: at most three picks, the person's own words, a printable plan of one or two pages
// (checked as a real PDF with pdftotext) and a calendar reminder made on the device.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pdfFacts } from './lib/pdf.mjs';
import { useBrowser } from './lib/browser.mjs';
import { WelcomePage } from './lib/pages.mjs';
import { S, TEXT, SAFETY_IDS } from './lib/selectors.mjs';

const browser = useBrowser();

const PULSE = {
  int_drained: 'always',
  rec_practice: 'sometimes',
  out_responsible: 'sometimes',
  awa_notice: 'sometimes',
  bou_spill: 'always',
  sup_talk: 'rarely',
  mea_purpose: 'often',
  wor_looked_down: 'sometimes',
};
const NOTE = 'Tell Sam on Monday; phone off at 6 pm, back in the drawer.';

/** A finished quick pulse, on the results. */
async function finishedCheckIn(context) {
  const welcome = await WelcomePage.open(context);
  const q = await welcome.startPulse();
  await q.answerAll(PULSE);
  await q.next(2, 2);
  await q.answerAll(Object.fromEntries(SAFETY_IDS.map((id) => [id, 'never'])));
  return q.finish();
}

/** YYYYMMDD of today plus `days`, in local time, as the app computes it. */
function localDatePlus(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

test('a plan holds three picks and a note, prints on one or two pages, and makes a calendar reminder', async () => {
  const context = await browser.newContext();
  const results = await finishedCheckIn(context);
  const { page } = results;

  // Three "start here" ideas into the plan.
  const cards = results.startHereCards();
  assert.equal(await cards.count(), 3);
  const picked = [];
  for (let i = 0; i < 3; i += 1) {
    const card = cards.nth(i);
    await results.togglePlan(card);
    await page.waitForFunction(
      ([sel, n]) => document.querySelectorAll(sel)[n]?.querySelector('button.plan-toggle')?.getAttribute('aria-pressed') === 'true',
      [S.startHereCards, i],
    );
    picked.push((await card.locator('h3').textContent()).trim());
  }

  // A fourth from "More ideas" is refused with an alert, and stays unpicked.
  await results.openAllIdeas();
  const fourth = page.locator(`${S.themeIdeas} .suggestion:has(button.plan-toggle[aria-pressed="false"])`).first();
  const fourthId = await fourth.getAttribute('data-suggestion');
  const fourthButton = page.locator(`${S.themeIdeas} [data-suggestion="${fourthId}"] button.plan-toggle`);
  await fourthButton.click();
  const alert = page.locator(`${S.startHere} ${S.alert}`);
  await alert.waitFor({ state: 'visible' });
  assert.equal((await alert.textContent()).trim(), TEXT.planFull);
  assert.equal(await fourthButton.getAttribute('aria-pressed'), 'false');
  assert.equal((await fourthButton.textContent()).trim(), TEXT.addToPlan);
  assert.equal(await page.locator(`${S.planToggle}[aria-pressed="true"]`).count() >= 3, true);

  // The lowest parts, as the results name them ("Boundaries and off-hours – Needs care now").
  const priorities = (await page.locator('ol.priorities li').allTextContents()).map((t) => t.trim());

  // My plan: the three picks, and a note in the person's own words.
  const plan = await results.goToPlan();
  await plan.waitForHeadingFocus();
  assert.deepEqual(await plan.chosenActions(), picked);
  assert.equal((await page.locator('#part-helps .count').textContent()).trim(), '3 of 3 chosen');
  // No wall of ideas: beyond "start here", every idea sits in a closed group for its part of the
  // cup, the lowest parts first and in their order, each group saying how many ideas it holds.
  const groups = page.locator('.screen.plan details.theme-ideas');
  assert.ok((await groups.count()) >= 2);
  assert.equal(await page.locator('.screen.plan details.theme-ideas[open]').count(), 0);
  const summaries = (await groups.locator('summary').allTextContents()).map((t) => t.trim());
  const rank = summaries.map((t) => priorities.findIndex((p) => t.startsWith(p)));
  const ranked = rank.filter((r) => r >= 0);
  assert.ok(ranked.length >= 1, `${summaries} / ${priorities}`);
  assert.deepEqual(rank.slice(0, ranked.length), ranked, 'the lowest parts come first');
  assert.deepEqual(ranked, [...ranked].sort((a, b) => a - b), 'in their order');
  for (let i = 0; i < summaries.length; i += 1) {
    const n = await groups.nth(i).locator('.suggestion').count();
    assert.ok(summaries[i].endsWith(`(${n} ${n === 1 ? 'idea' : 'ideas'})`), summaries[i]);
  }
  await plan.writeNote(NOTE);
  await page.waitForFunction(
    ([sel, t]) => document.querySelector('.plan-print')?.textContent.includes(t),
    ['.plan-print', NOTE],
  );

  // Print to PDF: the whole plan on one or two pages, the picks and the note, the crisis lines,
  // none of the screen chrome.
  await page.emulateMedia({ media: 'print' });
  const { pages, text } = pdfFacts(await page.pdf({ format: 'A4' }));
  assert.ok(pages >= 1 && pages <= 2, `the plan prints on one or two pages (${pages})`);
  assert.ok(text.includes(TEXT.planCrisis), text);
  assert.ok(text.includes('My plan'), text);
  for (const action of picked) assert.ok(text.includes(action), `PDF has "${action}": ${text}`);
  assert.ok(text.includes(NOTE), `PDF has the note: ${text}`);
  assert.ok(!text.includes('Exit this page'), 'no exit button on paper');
  assert.ok(!text.includes('Download a calendar reminder'), 'no screen-only controls on paper');
  await page.emulateMedia({ media: 'screen' });

  // The .ics reminder, 14 days from today in local time.
  await plan.chooseReminder('In 14 days');
  const before = localDatePlus(14);
  const { name, text: ics } = await plan.downloadReminder();
  const after = localDatePlus(14);
  const lines = ics.split('\r\n');
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.ok(ics.includes('\r\n'), 'iCalendar lines end in CRLF');
  const start = lines.find((l) => l.startsWith('DTSTART;VALUE=DATE:'));
  assert.ok([`DTSTART;VALUE=DATE:${before}`, `DTSTART;VALUE=DATE:${after}`].includes(start), start);
  const day = start.split(':')[1];
  assert.equal(name, `full-cup-check-in-${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}.ics`);
  assert.ok(lines.includes(`SUMMARY:${TEXT.icsSummary}`), ics);
  assert.ok(lines.includes('END:VCALENDAR'));
  // Nothing about the person's answers or plan goes into the calendar.
  assert.ok(!ics.includes(NOTE.slice(0, 12)) && !picked.some((a) => ics.includes(a)));
});
