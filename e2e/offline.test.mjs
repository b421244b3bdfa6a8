// Works offline after the first visit: the service worker keeps the app's own files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, watchErrors, appUrl } from './lib/browser.mjs';
import { CheckInFlow } from './lib/history.mjs';
import { waitInPage, workerActivated } from './lib/wait.mjs';

const { newContext } = useBrowser();

test('after one visit the app loads and completes a pulse with the network off', async () => {
  const context = await newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(appUrl());
  await page.waitForSelector('#start-pulse');
  // Wait until the worker controls the page and has stored the build's files.
  // `active` is set while the worker is still activating; a reload then may not be controlled.
  // Installing a whole version can take a while on a busy machine.
  await waitInPage(page, workerActivated, null, { timeout: 30_000 });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await waitInPage(page, async () => {
    const keys = await caches.keys();
    const build = keys.find((k) => k.startsWith('full-cup-') && !k.endsWith('-settings'));
    if (!build) return false;
    const cache = await caches.open(build);
    const urls = (await cache.keys()).map((r) => r.url);
    return urls.some((u) => u.endsWith('.wasm')) && urls.some((u) => u.endsWith('.css'));
  });

  await context.setOffline(true);
  await page.reload();
  const flow = new CheckInFlow(page);
  await page.waitForSelector('#start-pulse');
  await flow.pulse('sometimes');
  assert.match(await page.locator('.cup-text').innerText(), /^Your cup is 50 out of 100 full: Worth watching\.$/);
  assert.deepEqual(errors, []);
});
