// Waiting for something that the page can only find out asynchronously (the service worker's
// state, what the caches hold). Playwright's waitForFunction does not await a promise: an async
// predicate returns one at once, a promise is truthy, and the wait passes whatever is true.

/**
 * Evaluates `predicate` (async or not) in the page every 50 ms until it gives a truthy value, and
 * returns that value. A navigation in between only means asking again; after `timeout` ms it
 * throws, naming what it waited for.
 */
export async function waitInPage(page, predicate, arg, { timeout = 10_000 } = {}) {
  const end = Date.now() + timeout;
  const late = () => new Error(`waited ${timeout} ms in vain for: ${predicate}`);
  for (;;) {
    // A check whose promise never settles must not outlast the wait either.
    let timer;
    const expired = new Promise((_, reject) => { timer = setTimeout(() => reject(late()), Math.max(0, end - Date.now())); });
    const asked = page.evaluate(predicate, arg).catch((e) => {
      if (/context was destroyed|navigation/i.test(e.message)) return undefined;
      throw e;
    });
    const value = await Promise.race([asked, expired]).finally(() => clearTimeout(timer));
    if (value) return value;
    if (Date.now() > end) throw late();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The worker of this page's scope has finished activating (so a reload will be controlled). */
export const workerActivated = async () =>
  (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated';

/**
 * After a first visit: waits until the worker controls the page (reloading once it has activated)
 * and this build's cache holds the wasm and the styles, so that the app opens with the network off.
 */
export async function readyOffline(page) {
  // `active` is set while the worker is still activating; a reload then may not be controlled.
  // Installing a whole version can take a while on a busy machine.
  await waitInPage(page, workerActivated, null, { timeout: 30_000 });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await waitInPage(page, async () => {
    const keys = await caches.keys();
    const build = keys.find((k) => k.startsWith('full-cup-') && !k.endsWith('-settings'));
    if (!build) return false;
    const urls = (await (await caches.open(build)).keys()).map((r) => r.url);
    return urls.some((u) => u.endsWith('.wasm')) && urls.some((u) => u.endsWith('.css'));
  });
}
