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
  for (;;) {
    const value = await page.evaluate(predicate, arg).catch((e) => {
      if (/context was destroyed|navigation/i.test(e.message)) return undefined;
      throw e;
    });
    if (value) return value;
    if (Date.now() > end) throw new Error(`waited ${timeout} ms in vain for: ${predicate}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The worker of this page's scope has finished activating (so a reload will be controlled). */
export const workerActivated = async () =>
  (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated';
