import { chromium } from 'playwright-core';
import { LAUNCH_OPTIONS } from './lib/browser.mjs';
import { SCREENS } from './lib/screens.mjs';
const names = process.argv.slice(2);
const browser = await chromium.launch(LAUNCH_OPTIONS);
for (const name of names) {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const s = await SCREENS[name](context);
    await s.page.screenshot({ path: `/work/tmp/shot-${process.env.E2E_LANG || 'en'}-${name}-${width}.png`, fullPage: true });
    await context.close();
  }
}
await browser.close();
