// Works offline after the first visit: the service worker keeps the app's own files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, watchErrors, appUrl } from './lib/browser.mjs';
import { CheckInFlow } from './lib/history.mjs';
import { readyOffline } from './lib/wait.mjs';

const { newContext } = useBrowser();

test('after one visit the app loads and completes a pulse with the network off', async () => {
  const context = await newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(appUrl());
  await page.waitForSelector('#start-pulse');
  await readyOffline(page);

  await context.setOffline(true);
  await page.reload();
  const flow = new CheckInFlow(page);
  await page.waitForSelector('#start-pulse');
  await flow.pulse('sometimes');
  assert.match(await page.locator('.cup-text').innerText(), /^Your cup is 50 out of 100 full: Worth watching\.$/);
  assert.deepEqual(errors, []);
});
