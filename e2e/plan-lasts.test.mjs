// A plan that lasts, in each language: made from the results (warning signs and asks pre-filled
// from the answers), with a named person and a review date; printed as the whole plan, the page
// for a supervisor (with and without the letter) and the page for one's people, each checked as a
// real PDF; the review's calendar file carries the date and no word of the plan; nothing is kept
// until the person keeps it, after which it comes back on a reload and on Get help now; and it
// leaves in the history file and comes back whole in another browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pdfFacts } from './lib/pdf.mjs';
import { useBrowser, watchErrors, appUrl } from './lib/browser.mjs';
import { contentOf } from './lib/selectors.mjs';
import { CheckInFlow, HistoryScreen, HISTORY_KEY, localStore } from './lib/history.mjs';

const { newContext } = useBrowser();

/** Words of the person's own, the same in every language, easy to find anywhere. */
const MINE = {
  name: 'Ana Lima',
  reach: '+1 555 0100',
  ask: 'Text me back within the day',
  fullCup: 'FULLCUP laughing at dinner',
  hardNow: 'HARDNOW three cover shifts a week',
  loss: 'LOSSDAY walk by the river',
};

/** ISO date of today plus `days`, in local time, as the app computes it. */
function isoPlus(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function openPart(page, id) {
  const open = await page.locator(`#${id}`).evaluate((d) => d.open);
  if (!open) await page.click(`#${id} > summary`);
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const chunks = [];
  for await (const c of await file.createReadStream()) chunks.push(c);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Prints one of the three pages (the browser's dialog counted, not shown) and reads its PDF. */
async function printed(page, which) {
  const before = await page.evaluate(() => window.printed);
  await page.click(`#print-${which}`);
  await page.waitForFunction((n) => window.printed > n, before);
  await page.waitForSelector(`.plan-print .print-view.${which}`, { state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const pdf = pdfFacts(await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

for (const lang of ['en', 'es', 'ms', 'ar']) {
  const C = contentOf(lang);
  const P = C.ui.plan;
  const chip = (list, id) => P[list].find(([i]) => i === id)[1];
  // Arabic comes out of a PDF shaped and reordered; its own words are checked on the page instead.
  const readable = lang !== 'ar';

  test(`${lang}: a plan made from the results, printed three ways, kept only when asked, and carried in the history file`, async () => {
    const context = await newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await context.addInitScript(() => {
      window.printed = 0;
      window.print = () => {
        window.printed += 1;
      };
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    page.on('dialog', (d) => d.accept().catch(() => {}));
    const flow = new CheckInFlow(page);
    await flow.open(lang === 'en' ? '' : `?lang=${lang}`);
    // "Always" on the pulse: running empty and work spilling over, and feeling looked down on.
    await flow.pulse('always');
    await page.click('.start-here button.primary');
    await page.waitForFunction((t) => document.activeElement?.id === 'page-title' && document.activeElement.textContent === t, C.ui.plan_title);
    assert.deepEqual(Object.keys(await localStore(page)), [], 'nothing kept yet');

    // Pre-filled from the answers, and the person's to change.
    await openPart(page, 'part-signs');
    for (const id of ['sign_empty', 'sign_spill']) {
      assert.equal(await page.getAttribute(`#chip-${id}`, 'aria-pressed'), 'true', id);
    }
    assert.equal(await page.getAttribute('#chip-sign_urges', 'aria-pressed'), 'false');
    await page.click('#chip-sign_sleep');
    assert.equal(await page.getAttribute('#chip-sign_sleep', 'aria-pressed'), 'true');
    await openPart(page, 'part-asks');
    for (const id of ['ask_load', 'ask_hours', 'ask_respect']) {
      assert.equal(await page.getAttribute(`#chip-${id}`, 'aria-pressed'), 'true', id);
    }
    await page.fill('#plan-hardnow', MINE.hardNow);
    await openPart(page, 'part-full-cup');
    await page.fill('#plan-fullcup', MINE.fullCup);
    await openPart(page, 'part-loss');
    await page.click('#chip-loss_pause');
    await page.fill('#plan-loss', MINE.loss);

    // A named person, with a tap to call and to text.
    await openPart(page, 'part-people');
    assert.equal((await page.locator('#part-people .nudge').textContent()).trim(), P.people_none);
    await page.click('#add-person');
    await page.waitForFunction(() => document.activeElement?.id === 'person-0-name');
    await page.keyboard.type(MINE.name);
    await page.fill('#person-0-reach', MINE.reach);
    await page.fill('#person-0-ask', MINE.ask);
    assert.equal(await page.locator('#part-people .nudge').count(), 0);
    assert.equal(await page.getAttribute('#part-people a.number:not(.text)', 'href'), 'tel:+15550100');
    assert.equal(await page.getAttribute('#part-people a.number.text', 'href'), 'sms:+15550100');

    // The review: the suggested date (sooner, as parts need care now), and its calendar file.
    await openPart(page, 'part-review');
    await page.click('#use-suggested');
    const on = await page.inputValue('#review-on');
    assert.ok([isoPlus(14), isoPlus(15)].includes(on), on);
    const ics = await download(page, '#review-ics');
    assert.equal(ics.name, `full-cup-plan-review-${on}.ics`);
    assert.ok(ics.text.includes(`DTSTART;VALUE=DATE:${on.replaceAll('-', '')}`), ics.text);
    for (const words of [...Object.values(MINE), 'Ana', '555']) assert.ok(!ics.text.includes(words), `${words} in the calendar`);

    // The whole plan: every part filled in, the crisis lines, one or two pages.
    const mine = await printed(page, 'mine');
    assert.ok(mine.pages <= 2, `${mine.pages} pages`);
    for (const words of [MINE.name, MINE.fullCup, MINE.hardNow, MINE.loss]) assert.ok(mine.text.includes(words), `${words}: ${mine.text}`);
    // A PDF's text of a right-to-left page may list a date's parts from the right.
    const dateOn = (text) => text.includes(on) || text.includes(on.split('-').reverse().join('-'));
    assert.ok(dateOn(mine.text), `${on}: ${mine.text}`);
    if (readable) {
      for (const words of [P.crisis, chip('signs_chips', 'sign_sleep'), P.shows_mine]) assert.ok(mine.text.includes(words), `${words}: ${mine.text}`);
    }
    assert.ok(!mine.text.includes(C.ui.exit), 'no screen chrome on paper');

    // For a supervisor: the asks only; the letter adds what makes the work hard.
    const boss = await printed(page, 'supervisor');
    for (const words of [MINE.name, MINE.fullCup, MINE.hardNow, MINE.loss, '555']) assert.ok(!boss.text.includes(words), `${words} on the supervisor's page`);
    assert.ok(!dateOn(boss.text), 'no review date on the supervisor\'s page');
    if (readable) {
      assert.ok(boss.text.includes(chip('asks_chips', 'ask_hours')), boss.text);
      // It names nothing it leaves out, and never says it came from a check-in: the screen says so
      // instead, beside the buttons.
      for (const words of [P.shows_supervisor, C.ui.app_name, P.mine_footer]) assert.ok(!boss.text.includes(words), words);
      assert.ok((await page.locator('.share ul.shows').textContent()).includes(P.shows_supervisor));
      for (const id of ['sign_empty', 'sign_spill', 'sign_sleep']) assert.ok(!boss.text.includes(chip('signs_chips', id)), id);
    }
    await page.check('#letter');
    const letter = await printed(page, 'supervisor');
    assert.ok(letter.text.includes(MINE.hardNow), letter.text);
    if (readable) assert.ok(letter.text.includes(P.letter_open), letter.text);
    for (const words of [MINE.name, MINE.fullCup, MINE.loss]) assert.ok(!letter.text.includes(words), words);

    // For my people: what I'd like from them, and the signs they could see; no number.
    const people = await printed(page, 'people');
    assert.ok(people.text.includes(MINE.name) && people.text.includes(MINE.ask), people.text);
    for (const words of [MINE.fullCup, MINE.hardNow, MINE.loss, '555']) assert.ok(!people.text.includes(words), words);
    if (readable) {
      assert.ok(people.text.includes(chip('signs_chips', 'sign_spill')), people.text);
      assert.ok(!people.text.includes(chip('signs_chips', 'sign_empty')), 'a sign only the person sees');
    }

    // Copied as text: the same page.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('#copy-supervisor');
    await page.waitForFunction((t) => document.querySelector('.share [role=status]')?.textContent.includes(t), P.copied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.includes(chip('asks_chips', 'ask_hours')) && copied.includes(MINE.hardNow), copied);
    assert.ok(!copied.includes(MINE.name) && !copied.includes(MINE.fullCup), copied);

    // Nothing is kept until the person keeps it.
    assert.deepEqual(Object.keys(await localStore(page)), [], 'still nothing on the device');
    await page.click('#keep-plan');
    await page.waitForSelector('#forget-plan');
    assert.equal((await page.locator('.keep-plan [role=status]').textContent()).trim(), P.kept);
    const stored = (await localStore(page))[HISTORY_KEY];
    assert.ok(stored.includes(MINE.name) && stored.includes(MINE.fullCup), stored);
    // A change after keeping is kept as it is made.
    await page.fill('#plan-fullcup', `${MINE.fullCup} again`);
    await page.waitForFunction((k) => localStorage.getItem(k)?.includes('again'), HISTORY_KEY);

    // A reload: the welcome offers the plan, and it comes back whole.
    await page.reload();
    await page.waitForSelector('#open-plan');
    await page.click('#open-plan');
    await page.waitForFunction((t) => document.getElementById('page-title')?.textContent === t, C.ui.plan_title);
    await openPart(page, 'part-people');
    assert.equal(await page.inputValue('#person-0-name'), MINE.name);
    await openPart(page, 'part-full-cup');
    assert.equal(await page.inputValue('#plan-fullcup'), `${MINE.fullCup} again`);
    await openPart(page, 'part-signs');
    assert.equal(await page.getAttribute('#chip-sign_sleep', 'aria-pressed'), 'true');

    // The installed app's "My plan" shortcut (?open=plan) opens it straight away.
    await page.goto(appUrl(`${lang === 'en' ? '' : `${lang}/`}?open=plan`));
    await page.waitForFunction((t) => document.getElementById('page-title')?.textContent === t, C.ui.plan_title);

    // Get help now: my people first, a tap to call.
    await page.click('.site-header button.help-link');
    await page.waitForSelector('.my-people');
    assert.equal(await page.getAttribute('.my-people a.number:not(.text)', 'href'), 'tel:+15550100');

    // The history file carries the plan; another browser takes it up whole.
    await page.click(`.site-nav button:has-text("${C.ui.history_nav}")`);
    await page.waitForFunction((t) => document.getElementById('page-title')?.textContent.trim() === t, C.ui.history_nav);
    const file = await new HistoryScreen(page).exportFile();
    const json = JSON.parse(file.text);
    assert.equal(json.version, 3);
    assert.equal(json.plan.plan.people[0].name, MINE.name);
    assert.equal(json.plan.plan.review_on, on);

    const other = await newContext();
    const fresh = await other.newPage();
    const flow2 = new CheckInFlow(fresh);
    await flow2.open(lang === 'en' ? '' : `?lang=${lang}`);
    await fresh.click(`.site-nav button:has-text("${C.ui.history_nav}")`);
    const h2 = new HistoryScreen(fresh);
    await h2.chooseFile(file.name, file.text);
    assert.ok((await h2.previewText()).includes(C.ui.import_plan), await h2.previewText());
    await h2.confirmImport();
    await fresh.reload();
    await fresh.waitForSelector('#open-plan');
    await fresh.click('#open-plan');
    await openPart(fresh, 'part-people');
    assert.equal(await fresh.inputValue('#person-0-ask'), MINE.ask);
    await openPart(fresh, 'part-asks');
    assert.equal(await fresh.inputValue('#plan-hardnow'), MINE.hardNow);
    await openPart(fresh, 'part-review');
    assert.equal(await fresh.inputValue('#review-on'), on);

    // Deleting the kept plan removes it from the device and leaves it on the screen (the address
    // still asks for My plan, so a reload opens it).
    await page.reload();
    await page.waitForFunction((t) => document.getElementById('page-title')?.textContent === t, C.ui.plan_title);
    await page.click('#forget-plan');
    await page.waitForSelector('#keep-plan');
    assert.deepEqual(Object.keys(await localStore(page)), [], 'nothing left on the device');
    assert.deepEqual(errors, []);
    await other.close();
  });
}
