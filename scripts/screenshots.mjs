// Takes the screenshots in docs/screenshots/ from the release build:
//   BASE_URL=http://127.0.0.1:8090/ node scripts/screenshots.mjs
// Each screen at 360 and 1280 px wide (full page), plus the results in dark mode at 360 px.
// Uses the same page objects and routes to each screen as the end-to-end tests.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, BASE_URL } from '../e2e/lib/browser.mjs';
import { SCREENS } from '../e2e/lib/screens.mjs';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'screenshots');
const WIDTHS = [360, 1280];
const only = process.argv.slice(2);

const shots = [];
for (const name of Object.keys(SCREENS)) {
  for (const width of WIDTHS) shots.push({ name, width, colorScheme: 'light', file: `${name}-${width}.png` });
}
shots.push({ name: 'results', width: 360, colorScheme: 'dark', file: 'results-dark-360.png' });

mkdirSync(OUT, { recursive: true });
const browser = await launch();
try {
  for (const shot of shots) {
    if (only.length && !only.some((o) => shot.file.startsWith(o))) continue;
    const context = await browser.newContext({
      viewport: { width: shot.width, height: 800 },
      deviceScaleFactor: 1,
      colorScheme: shot.colorScheme,
      reducedMotion: 'reduce',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(15_000);
    try {
      const screen = await SCREENS[shot.name](context);
      const { page } = screen;
      // The picture shows the screen as it first appears: no focus ring, scrolled to the top.
      await page.evaluate(() => {
        document.activeElement?.blur();
        window.scrollTo(0, 0);
      });
      await page.screenshot({ path: join(OUT, shot.file), fullPage: true, animations: 'disabled' });
      console.log(`wrote docs/screenshots/${shot.file}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`screenshots of ${BASE_URL} done`);
