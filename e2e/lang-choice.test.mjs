// The choice of a language's build before the page loads (static/lang.js), run in Node against a
// stand-in page: which build each address, folder and browser leads to, and the addresses that
// fullCupLanguage writes. No browser needed; e2e/languages.test.mjs checks the same in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const SOURCE = readFileSync(new URL('../static/lang.js', import.meta.url), 'utf8');

/** Runs lang.js on a page of the `here` build at `path` + `search`; returns where it went. */
function run({ here = 'en', path = '/', search = '', browser = ['en-US'], call = null, offline = false, chosen = true, host = null, tab = {}, kept = null }) {
  return runIn({ here, path, search, browser, call, offline, chosen, host, tab, kept }).went;
}

/** A host's answer: a page in `lang`, a file of `type`, or a status. */
const answer = ({ status = 200, type = 'text/html', lang = null } = {}) => ({
  ok: status >= 200 && status < 300,
  status,
  headers: { get: (h) => (h.toLowerCase() === 'content-type' ? type : null) },
  text: async () => (lang ? `<!doctype html>\n<html lang="${lang}" dir="ltr" data-root="../">` : 'not found'),
});

/** As run, and also gives the page's window and the tab's storage. `host(url, init)` answers the
 *  page's fetches (none when null); `kept` is what the device's caches hold, by address. */
function runIn({ here = 'en', path = '/', search = '', browser = ['en-US'], call = null, offline = false, chosen = true, host = null, tab = {}, kept = null, timers = null }) {
  const went = [];
  const attrs = { 'data-root': here === 'en' ? './' : '../', 'data-langs': 'en es ms ar' };
  const window = {};
  const context = {
    window,
    addEventListener: () => {},
    document: {
      documentElement: { lang: here, getAttribute: (a) => attrs[a] ?? null },
      // The page names the whole app's script and wasm, each with its hash (scripts/postbuild.py).
      querySelector: (s) => (s === 'meta[name="full-cup-whole"]' ? { getAttribute: () => './full-cup-0a1b2c3d4e5f6071.js sha384-x ./full-cup-0a1b2c3d4e5f6071_bg.wasm sha384-y' } : null),
    },
    location: { pathname: path, search, hash: '', replace: (url) => went.push(url), assign: (url) => went.push(`assign ${url}`) },
    navigator: { languages: browser, language: browser[0], onLine: !offline },
    URL,
    Promise,
    fetch: async (url, init) => {
      if (!host) throw new TypeError('offline');
      return host(new URL(url, `http://copy.example${path}`).pathname, init);
    },
    sessionStorage: { getItem: (k) => tab[k] ?? null, setItem: (k, v) => { tab[k] = String(v); } },
  };
  context.location.href = `http://copy.example${path}${search}`;
  if (kept) context.caches = { match: async (url) => kept[new URL(url).pathname] };
  if (timers) Object.assign(context, { AbortController, ...timers });
  vm.runInNewContext(SOURCE, context);
  if (call) assert.equal(window.fullCupLanguage(call, chosen), went.length > 0, 'says whether it is going');
  return { went, window, tab };
}

const settle = () => new Promise((r) => setTimeout(r, 10));

test('the address decides first, then (on the root page only) the browser', () => {
  assert.deepEqual(run({}), [], 'English where English is wanted');
  assert.deepEqual(run({ browser: ['fr-FR', 'es-MX', 'en'] }), ['./es/'], 'the first browser language spoken');
  assert.deepEqual(run({ browser: ['fr', 'de'] }), [], 'none spoken: English');
  assert.deepEqual(run({ search: '?lang=ar&embed=1' }), ['./ar/?lang=ar&embed=1']);
  assert.deepEqual(run({ search: '?embed=1&lang=EN-gb', browser: ['es'] }), [], 'the address wins over the browser');
  assert.deepEqual(run({ search: '?lang=xx', browser: ['ms'] }), ['./ms/?lang=xx'], 'an unknown language is ignored');
  assert.deepEqual(run({ search: '?lang=%E0%A4%A', browser: ['ms'] }), ['./ms/?lang=%E0%A4%A'], 'a broken one too');
  // As the app reads it (url_options::parse): the first lang only, decoded.
  assert.deepEqual(run({ search: '?lang=%65s' }), ['./es/?lang=%65s']);
  assert.deepEqual(run({ search: '?lang=ar&lang=es' }), ['./ar/?lang=ar&lang=es']);
  assert.deepEqual(run({ search: '?lang&lang=es', browser: ['ms'] }), ['./ms/?lang&lang=es'], 'a first lang with no value decides too');
  assert.deepEqual(run({ search: '?xlang=es' }), [], 'only a parameter named lang');
  assert.deepEqual(run({ here: 'es', browser: ['ar'] }), [], 'a language\'s folder is a choice');
  assert.deepEqual(run({ here: 'es', path: '/es/', search: '?lang=en' }), ['../?lang=en']);
  assert.deepEqual(run({ path: '/course/index.html', browser: ['es'] }), ['./es/index.html'], 'a page opened by file name');
  assert.deepEqual(run({ here: 'ar', path: '/c/ar/index.html', search: '?lang=en' }), ['../index.html?lang=en']);
});

test('fullCupLanguage keeps every option of the address and sets lang', () => {
  assert.deepEqual(run({ here: 'es', path: '/es/', search: '?embed=1&lang=es&length=pulse', call: 'ms' }),
    ['../ms/?embed=1&length=pulse&lang=ms']);
  assert.deepEqual(run({ call: 'ar' }), ['./ar/?lang=ar']);
  assert.deepEqual(run({ here: 'ms', call: 'en' }), ['../?lang=en']);
  assert.deepEqual(run({ call: 'xx' }), [], 'a language Full Cup does not speak goes nowhere');
  assert.deepEqual(run({ here: 'es', call: 'es' }), [], 'nor the language already shown');
  assert.deepEqual(run({ call: 'ms', offline: true }), ['assign ./ms/?lang=ms'], 'offline, Back can return');
  assert.deepEqual(run({ call: 'ms', offline: true, chosen: false }), ['./ms/?lang=ms'], 'not for a choice made for the person');
});

test('a host that answers a missing language folder with the root page sends nobody round in circles', () => {
  assert.deepEqual(run({ path: '/es/', search: '?lang=es' }), []);
  assert.deepEqual(run({ path: '/app/ar/index.html', browser: ['ar'] }), []);
  assert.deepEqual(run({ path: '/es/', call: 'es' }), []);
  assert.deepEqual(run({ path: '/es/', call: 'ms' }), ['./ms/?lang=ms'], 'another language still goes');
});

test('a copy missing a language folder, on a host that answers it with the root page: the tab goes back to the root, and is not sent there again', async () => {
  // The root page at /es/: its files are not there either (the host answers them with the page).
  const missing = runIn({ path: '/es/', browser: ['es'], host: () => answer() });
  await settle();
  assert.deepEqual(missing.went, ['/'], 'back to the root');
  assert.equal(missing.tab['fullcup.unreached'], 'es', 'remembered for this tab');
  const deeper = runIn({ path: '/c/es/index.html', search: '?lang=es&embed=1', host: () => answer() });
  await settle();
  assert.deepEqual(deeper.went, ['/c/index.html?lang=es&embed=1'], 'every option of the address kept');
  // A copy that really lives in a folder named like a language: its files are there, it stays.
  // It asks for a file the page names (not the manifest, which some hosts do not serve).
  const probed = [];
  const real = runIn({ path: '/es/', browser: ['es'], host: (file) => {
    probed.push(file);
    if (file.endsWith('.webmanifest')) return answer({ status: 404 });
    return answer({ type: file.endsWith('.js') ? 'text/javascript' : 'text/html' });
  } });
  await settle();
  assert.deepEqual(real.went, []);
  assert.deepEqual(real.tab, {});
  assert.deepEqual(probed, ['/es/full-cup-0a1b2c3d4e5f6071.js']);
  // Back at the root, the tab is not sent to the missing folder again, by the browser or the address.
  assert.deepEqual(run({ browser: ['es'], tab: { 'fullcup.unreached': 'es' } }), []);
  assert.deepEqual(run({ search: '?lang=es', tab: { 'fullcup.unreached': 'es' } }), []);
  assert.deepEqual(run({ browser: ['ar'], tab: { 'fullcup.unreached': 'es' } }), ['./ar/'], 'another language still goes');
});

test('fullCupReaches says whether a language\'s build can be loaded: from the host, or kept on the device', async () => {
  const reaches = (options, lang) => runIn(options).window.fullCupReaches(lang);
  assert.equal(await reaches({ host: () => answer({ lang: 'es' }) }, 'es'), true);
  assert.equal(await reaches({ host: () => answer({ lang: 'en' }) }, 'es'), false, 'the root page in the folder\'s place');
  assert.equal(await reaches({ host: () => answer({ status: 404 }) }, 'es'), false, 'a 404');
  assert.equal(await reaches({ host: () => answer({ lang: 'ar' }) }, 'xx'), false, 'a language Full Cup does not speak');
  // Offline: a copy kept by the language's service worker will do; none, and it cannot load.
  assert.equal(await reaches({ kept: { '/es/': answer({ lang: 'es' }) } }, 'es'), true);
  assert.equal(await reaches({ kept: {} }, 'es'), false);
  assert.equal(await reaches({}, 'es'), false, 'no caches at all');
  // Asked from another language's folder, of the root page.
  const asked = [];
  assert.equal(await reaches({ here: 'ms', path: '/ms/', host: (file) => { asked.push(file); return answer({ lang: 'en' }); } }, 'en'), true);
  assert.deepEqual(asked, ['/']);
});

test('fullCupReaches does not wait on a host that never answers: after 30 seconds it counts as not answering', { timeout: 5_000 }, async () => {
  const waits = [];
  // The page's clock, moved on at once: each timer set fires straight away.
  const timers = { setTimeout: (f, ms) => { waits.push(ms); queueMicrotask(f); return waits.length; }, clearTimeout: () => {} };
  // A host that never answers; the request ends only when the page gives up on it.
  const stalled = (file, init) => new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(new Error('aborted'))));
  const reaches = (options, lang) => runIn({ ...options, timers }).window.fullCupReaches(lang);
  assert.equal(await reaches({ host: stalled }, 'es'), false, 'nothing kept: it cannot load');
  assert.equal(await reaches({ host: stalled, kept: { '/es/': answer({ lang: 'es' }) } }, 'es'), true, 'a copy kept on the device will do');
  assert.deepEqual(waits, [30000, 30000]);
});

test('fullCupReaches answers as the host does, and then stops its clock', { timeout: 5_000 }, async () => {
  const cleared = [];
  // A clock that never fires here: only the host's answer can settle the question.
  const timers = { setTimeout: () => 7, clearTimeout: (id) => cleared.push(id) };
  const reaches = (options, lang) => runIn({ ...options, timers }).window.fullCupReaches(lang);
  assert.equal(await reaches({ host: () => answer({ lang: 'es' }) }, 'es'), true);
  assert.equal(await reaches({ host: () => answer({ status: 404 }) }, 'es'), false);
  assert.deepEqual(cleared, [7, 7]);
});

test('a language\'s folder asked for without its last slash is asked for again with it', () => {
  assert.deepEqual(run({ here: 'es', path: '/es', search: '?embed=1' }), ['/es/?embed=1']);
  assert.deepEqual(run({ here: 'ar', path: '/copy/ar', browser: ['es'] }), ['/copy/ar/']);
  assert.deepEqual(run({ here: 'es', path: '/es/' }), [], 'with it, nothing to do');
  assert.deepEqual(run({ here: 'es', path: '/yes' }), [], 'only the folder of its own language');
});
