// Works offline after the first visit: the service worker keeps the app's own files, asks only
// this copy's host for them, and is never needed for Full Cup to run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { useBrowser, watchErrors, appUrl } from './lib/browser.mjs';
import { countingHost } from './lib/files.mjs';
import { CheckInFlow } from './lib/history.mjs';
import { readyOffline, waitInPage, workerActivated } from './lib/wait.mjs';
import { S, TEXT } from './lib/selectors.mjs';

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

test("a trainer's own contacts are there offline on the visit after the first, though the page read them before the worker took over", async () => {
  const context = await newContext();
  await context.route('**/config.json', (route) => route.fulfill({
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify({ contacts: [{ name: 'Riverbend Peer Warmline', phone: '+1 555 010 0199' }] }),
  }));
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(appUrl());
  await page.waitForSelector('#start-pulse');
  // No visit under the worker: it installs and activates, and the next visit is offline.
  await waitInPage(page, workerActivated, null, { timeout: 30_000 });
  // From here on only what the device kept can answer (a route would answer even offline).
  await context.unroute('**/config.json');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector(S.app);
  await page.click(S.helpLink);
  await page.waitForSelector(`h1:has-text("${TEXT.helpTitle}")`);
  assert.match(await page.locator(`${S.contacts} >> nth=0`).innerText(), /Riverbend Peer Warmline/);
  assert.deepEqual(errors, []);
});

/** Another site, as a host's redirect could lead to: it counts what it is asked. */
const otherSite = countingHost(process.env.DIST_DIR ?? fileURLToPath(new URL('../dist', import.meta.url)));

test('what the worker does not keep it asks of the host only, never through a redirect to another site', async () => {
  const context = await newContext();
  // A host that answers a path it does not have by sending the browser elsewhere.
  await context.route('**/nowhere/**', (route) => route.fulfill({ status: 302, headers: { location: `${otherSite.base()}index.html` } }));
  const page = await context.newPage();
  await page.goto(appUrl());
  await page.waitForSelector('#start-pulse');
  await readyOffline(page);
  // Asked by the page under the worker (as the language check asks for a folder the copy lacks).
  const answer = await page.evaluate(() => fetch('nowhere/index.html').then((r) => r.status, () => 'failed'));
  assert.equal(answer, 'failed');
  assert.equal(otherSite.asked.size, 0, `the other site was asked: ${[...otherSite.asked.keys()]}`);
});

test('a browser without service workers (plain http on a network address, workers turned off) opens Full Cup all the same', async () => {
  const context = await newContext();
  await context.addInitScript(() => { delete Navigator.prototype.serviceWorker; });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(appUrl());
  assert.equal(await page.evaluate(() => 'serviceWorker' in navigator), false);
  await page.waitForSelector('main#main');
  const flow = new CheckInFlow(page);
  await flow.pulse('sometimes');
  assert.match(await page.locator('.cup-text').innerText(), /^Your cup is 50 out of 100 full: Worth watching\.$/);
  assert.deepEqual(errors, []);
});
