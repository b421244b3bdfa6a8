// The class pack, in each language: one print with every part — the statement to read aloud with
// the copy's QR code (read back with a decoder), a discussion card per part of the cup, the dot
// poster with a column per part, and the paper version with its scoring key and this copy's lines —
// each part starting a page of its own; nothing a learner answered, and nothing kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { useBrowser, watchErrors, BASE_URL } from './lib/browser.mjs';
import { contentOf } from './lib/selectors.mjs';
import { localStore } from './lib/history.mjs';
import { pdfFacts } from './lib/pdf.mjs';

const require = createRequire(import.meta.url);
const JSQR = require.resolve('jsqr/dist/jsQR.js');
const { newContext } = useBrowser();
const home = (lang) => new URL(lang === 'en' ? '' : `${lang}/`, BASE_URL).href;
const words = (s) => s.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
const ROOT = new URL('./', BASE_URL).href;

for (const lang of ['en', 'es', 'ms', 'ar']) {
  const C = contentOf(lang);
  const W = C.ui.class;
  // Arabic comes out of a PDF shaped and reordered; its words are checked on the page instead.
  const readable = lang !== 'ar';

  test(`${lang}: the class pack prints every part, each from a page of its own`, async () => {
    // The decoder is the test's own script, let in past the app's Content-Security-Policy.
    const context = await newContext({ bypassCSP: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(home(lang));
    await page.click(`.site-footer button:has-text("${C.ui.for_trainers}")`);
    await page.click(`button:has-text("${W.pack_link}")`);
    await page.locator('.cards').waitFor();
    assert.equal(words(await page.locator('#page-title').innerText()), C.ui.pack_title);

    // On the page: the statement, the cards in page order, the poster's columns, the paper sheet.
    assert.equal(words(await page.locator('.read-aloud-text').innerText()), words(W.read_aloud));
    const cards = page.locator('.card');
    assert.equal(await cards.count(), C.themes.length);
    for (const [i, t] of C.themes.entries()) {
      const card = cards.nth(i);
      assert.equal(words(await card.locator('h3').innerText()), words(t.title));
      assert.equal(words(await card.locator('.card-situation').innerText()), words(t.card.situation));
      assert.deepEqual((await card.locator('li').allInnerTexts()).map(words), t.card.questions.map(words));
      assert.equal(words(await card.locator('.card-footer').innerText()), words(W.card_footer), 'each card, cut out, says where to turn');
    }
    assert.deepEqual(
      (await page.locator('.dot-poster li').allInnerTexts()).map(words),
      C.themes.map((t) => words(t.title)),
    );
    assert.equal(await page.locator('.paper-table').count() > C.themes.length, true, 'the sheet and its key');
    assert.ok((await page.locator('.read-aloud .contacts li').count()) > 0, 'the lines beside the statement');
    assert.deepEqual((await page.locator('.read-aloud .privacy-points li').allInnerTexts()).map(words), C.ui.guide.rules.map(words));
    assert.ok((await page.locator('.pack-part').nth(3).locator('.contacts li').count()) > 0, 'the lines beside the safety questions');
    assert.equal(words(await page.locator('.paper-note').innerText()), words(W.paper_note));

    // The code holds the copy's address in the class's language.
    await page.addScriptTag({ path: JSQR });
    const decoded = await page.evaluate(async () => {
      const svg = document.querySelector('figure.qr svg');
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 400;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0, 400, 400);
      return window.jsQR(ctx.getImageData(0, 0, 400, 400).data, 400, 400)?.data ?? null;
    });
    assert.equal(decoded, `${ROOT}?lang=${lang}`);

    // Printed: every part, each starting a new page, and nothing of the screen's buttons.
    await page.emulateMedia({ media: 'print' });
    const { pages, text } = pdfFacts(await page.pdf({ format: 'A4' }));
    const starts = await page.evaluate(() => [...document.querySelectorAll('.pack-part')].map((p) => getComputedStyle(p).breakBefore));
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(starts, ['auto', 'page', 'page', 'page']);
    assert.ok(pages >= 4 + 2, `${pages} pages`);
    if (readable) {
      const pdf = words(text);
      for (const part of [W.read_aloud_heading, C.ui.guide.rules_heading, C.ui.guide.distress_heading, W.cards_heading, C.ui.guide.dot_heading, C.ui.paper_title, C.ui.paper.key_heading]) {
        assert.ok(pdf.includes(words(part)), `the print has "${part}"`);
      }
      // The cards print two to a row, so their lines interleave in the PDF's text: each card's
      // footer begins a line of its own, and there is one per card.
      const footerStart = words(W.card_footer).split(' ').slice(0, 2).join(' ');
      assert.ok(pdf.split(footerStart).length - 1 >= C.themes.length, `a footer on each card: ${footerStart}`);
    }
    assert.deepEqual(await localStore(page), {}, 'nothing kept');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
