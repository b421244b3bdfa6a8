// The no-egress promise, checked from the outside: every request a page makes during real use goes
// to the app's own origin, no cookie is set, localStorage stays empty, and the Content-Security-
// Policy in the built page is strict and never violated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, ORIGIN, BASE_URL, watchErrors } from './lib/browser.mjs';
import * as screens from './lib/screens.mjs';
import { SAFETY_IDS } from './lib/selectors.mjs';

const browser = useBrowser();

/** Records every CSP violation a page reports, from before the app's first script runs. */
const CSP_LISTENER = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI}`);
  });
};

/** The Content-Security-Policy meta of the built index.html, as directives by name. */
function directives(html) {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  assert.ok(meta, 'index.html has a Content-Security-Policy meta');
  return Object.fromEntries(
    meta[1].split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...values] = d.split(/\s+/);
      return [name.toLowerCase(), values];
    }),
  );
}

test('the built index.html carries a strict Content-Security-Policy', async () => {
  const context = await browser.newContext();
  const response = await context.request.get(BASE_URL);
  assert.equal(response.status(), 200);
  const csp = directives(await response.text());
  assert.deepEqual(csp['default-src'], ["'none'"]);
  const scriptSrc = csp['script-src'];
  assert.ok(scriptSrc, 'script-src is set');
  assert.ok(!scriptSrc.includes("'unsafe-inline'"), `script-src: ${scriptSrc.join(' ')}`);
  assert.ok(!scriptSrc.includes("'unsafe-eval'"), `script-src: ${scriptSrc.join(' ')}`);
  assert.ok(scriptSrc.every((s) => s === "'self'" || s === "'wasm-unsafe-eval'" || /^'sha256-[A-Za-z0-9+/=]+'$/.test(s)),
    `script-src allows only the app itself: ${scriptSrc.join(' ')}`);
  assert.deepEqual(csp['connect-src'], ["'self'"], 'no fetch or XHR to other origins');
  assert.equal(csp['frame-ancestors'], undefined, 'no frame-ancestors, so trainers can embed the app');
  assert.ok(Object.values(csp).flat().every((v) => !/^https?:|^\*$/.test(v)), 'no other origin anywhere in the policy');
});

test('a full check-in, a pulse, a plan with reminder and every page make no request off the device', async () => {
  const context = await browser.newContext();
  await context.addInitScript(CSP_LISTENER);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const violations = [];
  const consoleErrors = new Map();
  context.on('page', (p) => consoleErrors.set(p, watchErrors(p)));
  const pages = [];
  const track = (screen) => {
    pages.push(screen.page);
    return screen;
  };
  const collect = async (page) => {
    violations.push(...(await page.evaluate(() => window.__cspViolations ?? ['listener missing'])));
  };

  // A full check-in (with a safety signal), then the plan and its calendar reminder.
  const results = track(await screens.results(context));
  await collect(results.page);
  const plan = track(await screens.plan(context));
  await plan.chooseReminder('In 7 days');
  const { text } = await plan.downloadReminder();
  assert.match(text, /^BEGIN:VCALENDAR/);
  await collect(plan.page);

  // A quick pulse from start to results.
  const pulse = track(await screens.pulsePage(context));
  await pulse.answerAll({ awa_notice: 'often', bou_spill: 'rarely', sup_talk: 'often', mea_purpose: 'often', wor_looked_down: 'rarely' });
  await pulse.next(2, 2);
  await pulse.answerAll(Object.fromEntries(SAFETY_IDS.map((id) => [id, 'never'])));
  const pulseResults = await pulse.finish();
  await collect(pulseResults.page);

  // Every always-present page.
  for (const open of [screens.help, screens.research, screens.privacy]) {
    const p = track(await open(context));
    await collect(p.page);
  }

  assert.ok(requests.length > 0, 'requests were recorded');
  // A download is made on the device as a blob: URL of the app's own origin.
  const offDevice = requests.filter((u) => !u.startsWith(`${ORIGIN}/`) && !u.startsWith(`blob:${ORIGIN}/`));
  assert.deepEqual(offDevice, [], 'every request stays on the app origin');
  assert.deepEqual(await context.cookies(), [], 'no cookies');
  for (const page of pages) {
    assert.equal(await page.evaluate(() => localStorage.length), 0, `localStorage is empty on ${page.url()}`);
  }
  assert.deepEqual(violations, [], 'no CSP violations');
  const logged = [...consoleErrors.values()].flat();
  assert.deepEqual(logged.filter((e) => /Content Security Policy|Refused to/i.test(e)), [], 'no CSP errors in the console');
  assert.deepEqual(logged, [], 'no errors at all in the console');
});

test('the policy is enforced: an injected request to another origin is blocked and reported', async () => {
  // A control for the test above: it shows that the listener sees violations and that the
  // browser blocks the request before it is made.
  const context = await browser.newContext();
  await context.addInitScript(CSP_LISTENER);
  const failed = [];
  const responses = [];
  context.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  context.on('response', (r) => responses.push(r.url()));
  const welcome = await screens.welcome(context);
  await welcome.page.evaluate(() => {
    const img = document.createElement('img');
    img.alt = '';
    img.src = 'https://tracker.example/pixel.png';
    document.body.append(img);
  });
  await welcome.page.waitForFunction(() => window.__cspViolations.length > 0);
  const reported = await welcome.page.evaluate(() => window.__cspViolations);
  assert.match(reported[0], /^img-src blocked https:\/\/tracker\.example/);
  // Playwright sees the attempt, but the browser fails it before it leaves.
  await welcome.page.waitForFunction(() => document.querySelector('img[src*="tracker"]').complete);
  assert.ok(failed.some((f) => f.startsWith('https://tracker.example/pixel.png') && /BLOCKED_BY_CSP|\bcsp\b/i.test(f)), failed.join('\n'));
  assert.ok(!responses.some((u) => u.includes('tracker.example')), 'no response from the other origin');
});
