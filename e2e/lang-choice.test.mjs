// The choice of a language's build before the page loads (static/lang.js), run in Node against a
// stand-in page: which build each address, folder and browser leads to, and the addresses that
// fullCupLanguage writes. No browser needed; e2e/languages.test.mjs checks the same in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const SOURCE = readFileSync(new URL('../static/lang.js', import.meta.url), 'utf8');

/** Runs lang.js on a page of the `here` build at `path` + `search`; returns where it went. */
function run({ here = 'en', path = '/', search = '', browser = ['en-US'], call = null, offline = false, chosen = true }) {
  const went = [];
  const attrs = { 'data-root': here === 'en' ? './' : '../', 'data-langs': 'en es ms ar' };
  const window = {};
  const context = {
    window,
    addEventListener: () => {},
    document: { documentElement: { lang: here, getAttribute: (a) => attrs[a] ?? null } },
    location: { pathname: path, search, hash: '', replace: (url) => went.push(url), assign: (url) => went.push(`assign ${url}`) },
    navigator: { languages: browser, language: browser[0], onLine: !offline },
  };
  vm.runInNewContext(SOURCE, context);
  if (call) assert.equal(window.fullCupLanguage(call, chosen), went.length > 0, 'says whether it is going');
  return went;
}

test('the address decides first, then (on the root page only) the browser', () => {
  assert.deepEqual(run({}), [], 'English where English is wanted');
  assert.deepEqual(run({ browser: ['fr-FR', 'es-MX', 'en'] }), ['./es/'], 'the first browser language spoken');
  assert.deepEqual(run({ browser: ['fr', 'de'] }), [], 'none spoken: English');
  assert.deepEqual(run({ search: '?lang=ar&embed=1' }), ['./ar/?lang=ar&embed=1']);
  assert.deepEqual(run({ search: '?embed=1&lang=EN-gb', browser: ['es'] }), [], 'the address wins over the browser');
  assert.deepEqual(run({ search: '?lang=xx', browser: ['ms'] }), ['./ms/?lang=xx'], 'an unknown language is ignored');
  assert.deepEqual(run({ search: '?lang=%E0%A4%A', browser: ['ms'] }), ['./ms/?lang=%E0%A4%A'], 'a broken one too');
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
