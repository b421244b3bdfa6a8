// Accessibility: axe finds no WCAG 2.2 AA violations on any screen, at phone and desktop widths,
// in light and dark; and nothing scrolls sideways at 320 px or at 200% zoom.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { useBrowser } from './lib/browser.mjs';
import { SCREENS } from './lib/screens.mjs';
import { ResultsPage } from './lib/pages.mjs';
import { S } from './lib/selectors.mjs';

const browser = useBrowser();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [360, 1280];
const SCHEMES = ['light', 'dark'];
// 320 px wide phones, and a 1280 × 800 window at 200% zoom, which lays out as 640 × 400 CSS px.
const REFLOW = [
  { width: 320, height: 640 },
  { width: 640, height: 400 },
];

function describe(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `      at ${n.target.join(' ')}\n        ${n.failureSummary.replace(/\n/g, '\n        ')}`)
        .join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'})\n${nodes}`;
    })
    .join('\n');
}

for (const [name, reach] of Object.entries(SCREENS)) {
  test(`${name}: no axe violations at 360 and 1280 px, light and dark; no sideways scroll at 320 px or 200% zoom`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const screen = await reach(context);
    const { page } = screen;
    if (name === 'results') {
      // Checked with the support panel leading and every idea group open.
      assert.equal(await page.locator(S.supportPanel).count(), 1, 'the persona raises a signal');
      await new ResultsPage(page).openAllIdeas();
    }
    if (name === 'safety') assert.equal(await page.locator(S.inlineSupport).count(), 1, 'inline support is showing');

    const problems = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        if (violations.length) problems.push(`${name} at ${width} px, ${colorScheme}:\n${describe(violations)}`);
      }
    }
    for (const size of REFLOW) {
      await page.setViewportSize(size);
      // Measured once the new width has been laid out and painted (two frames), not mid-change.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const overflow = await screen.horizontalOverflow();
      if (overflow > 0) {
        const wide = await page.evaluate((w) => [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > w + 0.5)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`), size.width);
        problems.push(`${name} at ${size.width}×${size.height}: scrolls sideways by ${overflow}px; widest: ${wide.join(', ')}`);
      }
    }
    assert.equal(problems.length, 0, `\n${problems.join('\n\n')}`);
  });
}
