// The crosswalk for course plans, in each language: every framework's table with its rows, the
// parts of the cup beside each, its sources with the day they were checked, and both timing
// sheets; printed, every framework and both sheets are in the PDF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, watchErrors, BASE_URL } from './lib/browser.mjs';
import { contentOf } from './lib/selectors.mjs';
import { pdfFacts } from './lib/pdf.mjs';

const { newContext } = useBrowser();
const home = (lang) => new URL(lang === 'en' ? '' : `${lang}/`, BASE_URL).href;
const words = (s) => s.replace(/[\u2066-\u2069\u200e]/g, '').replace(/\s+/g, ' ').trim();

for (const lang of ['en', 'es', 'ms', 'ar']) {
  const C = contentOf(lang);
  const W = C.ui.crosswalk;
  const readable = lang !== 'ar';

  test(`${lang}: the crosswalk shows every framework with its rows and sources, and both timing sheets`, async () => {
    const context = await newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(home(lang));
    await page.click(`.site-footer button:has-text("${C.ui.for_trainers}")`);
    await page.click(`button:has-text("${W.link}")`);
    await page.locator('.crosswalk').first().waitFor();
    const sections = page.locator('.crosswalk');
    assert.equal(await sections.count(), W.frameworks.length);
    const titles = new Set(C.themes.map((t) => words(t.title)));
    for (const [i, f] of W.frameworks.entries()) {
      const section = sections.nth(i);
      assert.equal(words(await section.locator('h2').innerText()), words(f.name));
      const rows = section.locator('tbody tr');
      assert.equal(await rows.count(), f.rows.length);
      for (const [j, r] of f.rows.entries()) {
        const row = rows.nth(j);
        assert.equal(words(await row.locator('th').innerText()), words(r.element));
        const parts = (await row.locator('.parts li').allInnerTexts()).map(words);
        assert.ok(parts.length > 0 && parts.every((p) => titles.has(p)), `${f.name}, ${r.element}: ${parts}`);
      }
      const sources = (await section.locator('.crosswalk-sources .citation').allInnerTexts()).map(words);
      assert.ok(sources.length > 0, `${f.name}: a source`);
      for (const s of sources) assert.ok(s.includes('2026-12-07'), s);
    }
    assert.equal(await page.locator('.timing-steps').nth(0).locator('li').count(), W.ten_steps.length);
    assert.equal(await page.locator('.timing-steps').nth(1).locator('li').count(), W.thirty_steps.length);

    await page.emulateMedia({ media: 'print' });
    const { text } = pdfFacts(await page.pdf({ format: 'A4' }));
    await page.emulateMedia({ media: 'screen' });
    if (readable) {
      const pdf = words(text);
      for (const part of [...W.frameworks.map((f) => f.name), W.ten_heading, W.thirty_heading]) {
        assert.ok(pdf.includes(words(part)), `the print has "${part}"`);
      }
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}
