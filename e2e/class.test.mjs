// For trainers in the room, in each language: class mode (?class=1, and the link on For trainers)
// moves through the ground rules, a circle per part of the cup, the code for later and a close
// with the lines by the keyboard alone (or a list to jump to), the arrow along the reading direction moving on; the breakout timer starts,
// pauses, carries on and says when time is up by the page's clock; nothing is kept and nothing a
// learner answered is shown. The QR codes, read back with a decoder, hold the copy's address with
// exactly the options chosen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { useBrowser, watchErrors, BASE_URL } from './lib/browser.mjs';
import { contentOf } from './lib/selectors.mjs';
import { CheckInFlow, localStore } from './lib/history.mjs';

const require = createRequire(import.meta.url);
const JSQR = require.resolve('jsqr/dist/jsQR.js');
const { newContext } = useBrowser();
const LANGS = ['en', 'es', 'ms', 'ar'];

const home = (lang, query = '') => new URL(`${lang === 'en' ? '' : `${lang}/`}${query}`, BASE_URL).href;
const fill = (text, values) => Object.entries(values).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, v), text);
const words = (s) => s.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
const ROOT = new URL('./', BASE_URL).href;

/** The text each QR code on the page holds: each SVG drawn on a canvas, read by jsQR. */
async function qrTexts(page) {
  await page.addScriptTag({ path: JSQR });
  return page.evaluate(async () => {
    const out = [];
    for (const svg of document.querySelectorAll('figure.qr svg')) {
      const source = new XMLSerializer().serializeToString(svg);
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
      await img.decode();
      const size = 400;
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0, size, size);
      const data = ctx.getImageData(0, 0, size, size);
      out.push(window.jsQR(data.data, size, size)?.data ?? null);
    }
    return out;
  });
}

for (const lang of LANGS) {
  const C = contentOf(lang);
  const W = C.ui.class;
  const next = C.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = C.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';

  test(`${lang}: class mode moves by the keys alone, times a breakout by the clock, and keeps nothing`, async () => {
    // The decoder is the test's own script, let in past the app's Content-Security-Policy.
    const context = await newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    await page.clock.install();
    const errors = watchErrors(page);
    await page.goto(home(lang, '?class=1'));
    // Class mode is the whole app's: it takes over from the first-visit build, focus on its title.
    await page.waitForFunction(() => document.activeElement?.id === 'page-title' && document.querySelector('.collected'));
    assert.equal(words(await page.locator('#page-title').innerText()), C.ui.class_title);
    assert.equal(words(await page.locator('.collected').innerText()), words(W.collected));
    const total = C.themes.length + 3;
    const at = async () => words(await page.locator('#slide-of').innerText());
    const heading = async () => words(await page.locator('.slide-heading').innerText());
    assert.equal(await at(), fill(W.slide_of, { n: 1, total }));
    assert.equal(await heading(), W.opening_heading);
    assert.deepEqual(
      (await page.locator('.slide-rules li').allInnerTexts()).map(words),
      C.ui.guide.rules.map(words),
    );
    assert.equal(words(await page.locator('.slide-note').innerText()), words(W.opening_note));
    assert.equal(await page.locator('figure.qr').count(), 0, 'no code at the start: nobody is asked to take it in the room');

    // The arrow that points along the reading direction moves on; the other comes back.
    await page.keyboard.press(next);
    assert.equal(await at(), fill(W.slide_of, { n: 2, total }));
    assert.equal(await heading(), words(C.themes[0].title));
    await page.keyboard.press(next);
    assert.equal(await heading(), words(C.themes[1].title));
    await page.keyboard.press(back);
    assert.equal(await heading(), words(C.themes[0].title));
    await page.keyboard.press('End');
    assert.equal(await at(), fill(W.slide_of, { n: total, total }));
    assert.equal(await heading(), W.closing_heading);
    assert.ok((await page.locator('.slide .contacts li').count()) > 0, 'lines on the close');
    assert.equal(await page.locator('.slide .emergency').count(), 1, 'the emergency number on the close');
    // Just before the close, the code for taking Full Cup later opens this copy in the class's language.
    await page.keyboard.press(back);
    assert.equal(await heading(), W.later_heading);
    assert.deepEqual(await qrTexts(page), [`${ROOT}?lang=${lang}`]);
    await page.keyboard.press(next);
    await page.keyboard.press(next);
    assert.equal(await heading(), W.closing_heading, 'the close holds');
    await page.keyboard.press('Home');
    assert.equal(await heading(), W.opening_heading);

    // The space bar starts, pauses and carries on the timer; the page's clock drives it.
    const face = async () => words(await page.locator('.timer-face').innerText());
    const said = async () => words(await page.locator('.timer-said').innerText());
    assert.equal(await face(), '5:00');
    await page.keyboard.press(' ');
    assert.equal(words(await page.locator('#timer-toggle').innerText()), W.pause);
    await page.clock.runFor(61_000);
    assert.equal(await face(), '3:59');
    await page.keyboard.press(' ');
    assert.equal(await said(), W.timer_paused);
    await page.clock.runFor(120_000);
    assert.equal(await face(), '3:59', 'a pause holds');
    await page.keyboard.press(' ');
    assert.equal(await said(), '');
    // A tab in the background: the clock moves on without ticks, and the face is right at once.
    await page.clock.fastForward(240_000);
    await page.clock.runFor(1_000);
    assert.equal(await face(), '0:00');
    assert.equal(await said(), words(W.time_up));
    assert.equal(words(await page.locator('#timer-toggle').innerText()), W.start);
    // A circle chosen from the list, then back by the keys.
    await page.selectOption('#slide-go', '4');
    assert.equal(await heading(), words(C.themes[3].title));
    await page.focus('#page-title');
    await page.keyboard.press('Home');
    assert.equal(await heading(), W.opening_heading);
    // The list shows where the room is, even after a person picked from it and the keys moved on.
    assert.equal(await page.inputValue('#slide-go'), '0');
    await page.keyboard.press(next);
    assert.equal(await page.inputValue('#slide-go'), '1');
    await page.keyboard.press('Home');
    // Another length, chosen from the list, makes the timer ready again.
    await page.selectOption('#timer-length', '3');
    assert.equal(await face(), '3:00');
    // Space on a focused button presses that button, as everywhere else.
    await page.focus('#slide-next');
    await page.keyboard.press(' ');
    assert.equal(await heading(), words(C.themes[0].title));
    assert.equal(await face(), '3:00', 'the timer did not start');

    assert.deepEqual(await localStore(page), {}, 'nothing kept on the device');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('class mode opens from For trainers in a tab of its own: nothing of the check-in behind it, and Back from Get help returns to the slides', async () => {
  const C = contentOf('en');
  const context = await newContext();
  const page = await context.newPage();
  // A quick pulse answered "often" throughout, to its results, in the trainer's own tab.
  const flow = new CheckInFlow(page);
  await flow.open();
  await flow.pulse('often');
  await page.click(`.site-footer button:has-text("${C.ui.for_trainers}")`);
  const [room] = await Promise.all([context.waitForEvent('page'), page.click('#class-link')]);
  await room.locator('.class-mode').waitFor();
  assert.equal(new URL(room.url()).search, '?class=1');
  const nothingAnswered = async (where) => {
    const text = words(await room.locator('body').innerText());
    for (const band of Object.values(C.band_names)) assert.ok(!text.includes(band), `${where} names a level: ${band}`);
    assert.ok(!text.includes(C.ui.results_title), where);
    assert.ok(!/\d+%|\/ ?100/.test(text), `${where} shows a score`);
  };
  assert.equal(await room.locator(`.site-header button:has-text("${C.ui.history_nav}")`).count(), 0, 'no link to My history on the projector');
  for (let i = 0; i < C.themes.length + 3; i += 1) {
    await nothingAnswered(`slide ${i + 1}`);
    await room.click('#slide-next');
  }
  // Get help now from the slides, then Back: the slides again, never the results behind them.
  await room.click(`.site-header button:has-text("${C.ui.get_help}")`);
  await room.locator('#page-title', { hasText: C.ui.help_title }).waitFor();
  await nothingAnswered('Get help now');
  await room.click(`button:has-text("${C.ui.back}")`);
  await room.locator('.class-mode').waitFor();
  assert.deepEqual(await room.evaluate(() => ({ ...localStorage })), {});
  // The trainer's own tab is where it was.
  assert.equal(await page.locator('.class-mode').count(), 0);
  await context.close();
});

test('the QR code on For trainers holds the copy address with exactly the options chosen', async () => {
  const C = contentOf('es');
  const context = await newContext({ bypassCSP: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  // Opened from the Spanish build: the code still holds the copy's root.
  await page.goto(home('es'));
  await page.click(`.site-footer button:has-text("${C.ui.for_trainers}")`);
  await page.locator('#qr-heading').waitFor();
  assert.deepEqual(await qrTexts(page), [ROOT]);
  const caption = async () => words(await page.locator('.qr-address').innerText());
  assert.equal(await caption(), ROOT);
  await page.selectOption('#qr-lang', 'ar');
  await page.check('#qr-pulse');
  assert.deepEqual(await qrTexts(page), [`${ROOT}?lang=ar&length=pulse`]);
  await page.check('#qr-embed');
  await page.uncheck('#qr-pulse');
  assert.deepEqual(await qrTexts(page), [`${ROOT}?embed=1&lang=ar`]);
  assert.equal(await caption(), `${ROOT}?embed=1&lang=ar`);
  assert.equal(
    await page.locator('figure.qr svg').getAttribute('aria-label'),
    // The address held left to right (present::qr, QrView::label).
    fill(C.ui.class.qr_label, { address: `\u2066${ROOT}?embed=1&lang=ar\u2069` }),
  );
  // The download is the same code, as a file of its own.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#qr-download')]);
  assert.equal(download.suggestedFilename(), 'full-cup-qr.svg');
  const file = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
  assert.match(file, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.ok(file.includes(`<title>${fill(C.ui.class.qr_label, { address: `\u2066${ROOT}?embed=1&amp;lang=ar\u2069` })}</title>`));
  // Drawn on the device: no request leaves the copy's own origin.
  const origin = new URL(BASE_URL).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')), []);
  assert.deepEqual(errors, []);
  await context.close();
});
