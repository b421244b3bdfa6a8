// Launching Debian's Chromium through playwright-core, and the address of the app under test.
// Every test gets a fresh browser context (no shared storage, cookies or service worker).
import { before, after, afterEach } from 'node:test';
import { chromium } from 'playwright-core';
import { LANG } from './selectors.mjs';

/** Where the release build is served; scripts/test.sh sets it to a static server of dist/. */
export const BASE_URL = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:8090/').href;
/** The app's own origin: the only place Full Cup may ever talk to. */
export const ORIGIN = new URL(BASE_URL).origin;

export const LAUNCH_OPTIONS = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/**
 * The app's address with an optional query string, for example appUrl('?embed=1'): the root (the
 * English build), or the folder of the language the test file drives (E2E_LANG).
 */
export function appUrl(query = '') {
  return new URL(query, LANG === 'en' ? BASE_URL : new URL(`${LANG}/`, BASE_URL)).href;
}

/** Holds back every wasm request of `context`, as on a slow link, until the returned function is
 *  called: the page written at build time is then all there is. */
export async function holdWasm(context) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

export function launch() {
  return chromium.launch(LAUNCH_OPTIONS);
}

/**
 * Registers before/after hooks for one test file: one browser for the file, a fresh context for
 * every call of `newContext`, all contexts closed after each test.
 */
export function useBrowser() {
  let browser;
  let open = [];
  before(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    const closing = open;
    open = [];
    await Promise.all(closing.map((c) => c.close().catch(() => {})));
  });
  after(async () => {
    await browser?.close();
  });
  return {
    /** A fresh context: 1280×900 and a US English browser unless told otherwise; downloads accepted. */
    async newContext(options = {}) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
        locale: 'en-US',
        ...options,
      });
      // Fail fast with a clear timeout rather than Playwright's 30 s default.
      context.setDefaultTimeout(10_000);
      open.push(context);
      return context;
    },
  };
}

/**
 * Collects what must never happen in a page: uncaught errors (a wasm panic shows up here),
 * console errors and Content-Security-Policy violations.
 */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}
