// Benchmark: time from navigation to the first screen's heading, in headless Chromium, over fresh
// browser contexts (a first visit each time). Usage: BASE_URL=... node scripts/bench-load.mjs [runs]
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:8080/';
const runs = Number(process.argv[2] ?? 15);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const times = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.getElementById('page-title')) {
        window.__firstScreen = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(base);
  await page.waitForFunction(() => window.__firstScreen !== undefined);
  times.push(await page.evaluate(() => window.__firstScreen));
  await context.close();
}
await browser.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`first screen: median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms (${runs} cold loads from 127.0.0.1)`);
