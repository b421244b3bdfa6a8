// Full Cup inside a course page on another origin: Exit leaves the whole tab (or, where the frame
// may not, the frame itself); a way to open it in a new tab is offered; the check-in moves on in a
// frame sandboxed without allow-forms; and where the frame cannot run the app at all, plain HTML
// offers the way out.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { useBrowser, BASE_URL } from './lib/browser.mjs';
import { S, CONTENT, FULL_PAGES, PULSE_IDS, SAFETY_IDS, TEXT } from './lib/selectors.mjs';
import { WelcomePage } from './lib/pages.mjs';

const browser = useBrowser();
// A course page on an origin of its own: another port on 127.0.0.1, served by this test. Its
// ?sandbox= says how the frame is sandboxed ("none" for no sandbox).
// What the embed builder made, pasted into /built.html by the builder's test.
let builtCode = '';
const host = createServer((req, res) => {
  if (req.url.startsWith('/built.html')) {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>Course</title><h1>Week 4</h1>${builtCode}`);
    return;
  }
  const asked = new URL(req.url, 'http://x').searchParams;
  const sandbox = asked.get('sandbox') ?? 'none';
  // ?app= is the frame's own query (embed=1 unless said).
  const app = asked.get('app') ?? 'embed=1';
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end(`<!doctype html><title>Course</title>
    <script>window.heights = []; addEventListener('message', (e) => window.heights.push(e.data));</script>
    <h1>Week 3: caring for yourself</h1>
    <iframe title="Full Cup" src="${BASE_URL}?${app}" ${sandbox === 'none' ? '' : `sandbox="${sandbox}"`}
      style="width: 420px; height: 700px"></iframe>`);
});
await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
const HOST = `http://127.0.0.1:${host.address().port}/course.html`;
after(() => host.close());

async function coursePage(sandbox, config = null, app = 'embed=1') {
  const context = await browser.newContext();
  if (config) {
    await context.route('**/config.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(config) }),
    );
  }
  await context.route('https://www.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Search</title>' }),
  );
  const page = await context.newPage();
  const url = `${HOST}?sandbox=${encodeURIComponent(sandbox ?? 'none')}&app=${encodeURIComponent(app)}`;
  await page.goto(url);
  return { context, page, url, frame: page.frameLocator('iframe') };
}

test('in a course page, a new-tab link is offered and Exit takes the whole tab away', async () => {
  const { context, page, frame } = await coursePage(null);
  await frame.locator(S.startFull).waitFor();
  assert.equal(await frame.locator('#frame-fallback').count(), 0, 'the app started: no fallback');
  const link = frame.locator('a.new-tab');
  assert.equal((await link.textContent()).trim(), CONTENT.ui.open_new_tab);
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.ok(!(await link.getAttribute('href')).includes('embed'), 'the new tab is the app on its own');
  await frame.locator(S.exit).click();
  await page.waitForURL('https://www.google.com/**');
  await context.close();
});

test('sandboxed without allow-forms, the check-in still moves on; Exit leaves at least the frame', async () => {
  const { context, page, url, frame } = await coursePage('allow-scripts allow-same-origin');
  await frame.locator(S.startFull).click();
  await frame.locator(S.radio(FULL_PAGES[0][0], 'often')).check();
  await frame.locator(S.next).click();
  await frame.locator(S.part).filter({ hasText: '2' }).waitFor();
  assert.match(await frame.locator(S.part).textContent(), /2/);
  // Without allow-top-navigation the tab cannot be taken away, so the frame leaves instead.
  const left = page.waitForEvent('framenavigated', { predicate: (f) => f.url().startsWith('https://www.google.com/') });
  await frame.locator(S.exit).click();
  await left;
  assert.equal(page.url(), url, 'the course page itself stays');
  await context.close();
});

test('sandboxed without allow-same-origin the app can never start: the page says so at the top, at once, and promises nothing', async () => {
  const { context, page, frame } = await coursePage('allow-scripts');
  const fallback = frame.locator('#frame-fallback.blocked');
  await fallback.waitFor({ state: 'visible', timeout: 3_000 });
  const app = page.frames().find((f) => f !== page.mainFrame());
  assert.equal(await app.evaluate(() => document.body.firstElementChild.id), 'frame-fallback', 'at the top');
  const link = fallback.locator('a');
  assert.equal(await link.getAttribute('target'), '_blank');
  const lines = (await fallback.locator('p').allTextContents()).map((t) => t.trim().replace(/\s+/g, ' '));
  assert.deepEqual(lines, [
    `${CONTENT.ui.frame_fallback} ${CONTENT.ui.open_new_tab}`,
    `${CONTENT.ui.frame_blocked} ${BASE_URL}`,
    `${CONTENT.ui.frame_sandbox_words} sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"`,
  ]);
  // A first page can still be read, but Next promises nothing it cannot keep.
  await frame.locator('#prerender [data-start=pulse]').click();
  await frame.locator(`#early-pulse-${PULSE_IDS[0]} input[value=often]`).check();
  await frame.locator('#prerender [data-page=pulse] [data-next]').click();
  assert.equal(await frame.locator('#prerender [data-status]').textContent(), CONTENT.ui.frame_fallback);
  await context.close();
  // A page asked for by the address (Right now, class mode) is never promised there either: the
  // welcome stays, with nothing said under the way out at the top.
  for (const app of ['embed=1&open=now', 'embed=1&class=1']) {
    const asked = await coursePage('allow-scripts', null, app);
    await asked.frame.locator('#frame-fallback.blocked').waitFor({ state: 'visible', timeout: 3_000 });
    assert.ok(await asked.frame.locator('#prerender .screen.welcome').isVisible(), app);
    assert.equal(await asked.frame.locator('#prerender [data-status]').textContent(), '', app);
    await asked.context.close();
  }
});

test('sandboxed with what the page asks for, the app starts and the way out is never shown', async () => {
  const { context, frame } = await coursePage('allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
  await frame.locator(S.startFull).waitFor();
  assert.equal(await frame.locator('#frame-fallback').count(), 0);
  await context.close();
});

test('the course page is told the frame height only when config.json turns it on, and only a number', async () => {
  const off = await coursePage(null);
  await off.frame.locator(S.startFull).click();
  await off.frame.locator(S.part).waitFor();
  assert.deepEqual(await off.page.evaluate(() => window.heights), [], 'off by default');
  await off.context.close();

  const { context, page, frame } = await coursePage(null, { frame_height: true });
  await frame.locator(S.startFull).waitFor();
  await page.waitForFunction(() => window.heights.length > 0);
  const first = await page.evaluate(() => window.heights.at(-1));
  assert.deepEqual(Object.keys(first).sort(), ['height', 'subject']);
  assert.equal(first.subject, 'lti.frameResize');
  assert.ok(Number.isInteger(first.height) && first.height > 200, JSON.stringify(first));
  // A page of questions is taller than the welcome: the new height is told.
  await frame.locator(S.startFull).click();
  await page.waitForFunction((h) => window.heights.at(-1).height !== h, first.height);
  for (const m of await page.evaluate(() => window.heights)) {
    assert.deepEqual(Object.keys(m).sort(), ['height', 'subject']);
  }
  await context.close();
});

test('the frame height never tells the course page what was answered', async () => {
  // The same pulse twice, differing only in one safety answer: the course page must be told the
  // same heights from the safety page on (the support shown beside "Rarely", and the results'
  // support panel, change how tall the page is).
  const told = async (alive) => {
    const { context, page, frame } = await coursePage(null, { frame_height: true });
    await frame.locator(S.startPulse).click();
    for (const id of PULSE_IDS) await frame.locator(S.radio(id, 'sometimes')).check();
    await frame.locator(S.next).click();
    await frame.locator(S.radio('saf_alive', 'never')).waitFor();
    const from = await page.evaluate(() => window.heights.length);
    for (const id of SAFETY_IDS) await frame.locator(S.radio(id, id === 'saf_alive' ? alive : 'never')).check();
    await frame.locator(S.next).click();
    await frame.locator(S.levels).first().waitFor();
    // Two frames for the resize observer to run, then a marker from the frame: messages from one
    // window arrive in order, so once the marker is in, every height told before it is too.
    await frame.locator('body').evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => {
      parent.postMessage({ marker: true }, '*');
      r();
    }))));
    await page.waitForFunction(() => window.heights.some((m) => m.marker));
    const heights = (await page.evaluate(() => window.heights)).slice(from).filter((m) => !m.marker).map((m) => m.height);
    await context.close();
    return heights;
  };
  const never = await told('never');
  const rarely = await told('rarely');
  assert.deepEqual(rarely, never, 'the same messages whatever was answered');
});

test('the embed builder makes the code for a course page, and that code works there', async () => {
  const T = CONTENT.ui.trainers;
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const welcome = await WelcomePage.open(context);
  const page = welcome.page;
  await page.click(S.trainersLink);
  const code = page.locator('#embed-code');
  const sandbox = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-downloads allow-modals';
  const frame = (query, height, sandboxed) =>
    `<iframe src="${BASE_URL}?${query}" title="${T.embed_frame_title}" width="100%" height="${height}" style="border: 0; max-width: 100%;" referrerpolicy="no-referrer"${sandboxed ? ` sandbox="${sandbox}"` : ''}></iframe>`;
  assert.equal(await code.inputValue(), frame('embed=1', 720, true), 'the defaults: compact, sandboxed');

  await page.selectOption('#embed-length', 'pulse');
  await page.selectOption('#embed-lang', 'en');
  await page.check('#embed-history');
  await page.fill('#embed-height', '12');
  await page.locator('#embed-height').blur();
  await page.uncheck('#embed-sandbox');
  assert.equal(await code.inputValue(), frame('embed=1&amp;lang=en&amp;length=pulse&amp;history=off', 320, false));
  await page.check('#embed-sandbox');
  await page.fill('#embed-height', '900');
  await page.locator('#embed-height').blur();
  const made = await code.inputValue();
  assert.equal(made, frame('embed=1&amp;lang=en&amp;length=pulse&amp;history=off', 900, true));

  await page.click('#embed-copy');
  await page.locator('.embed-builder [role=status]').filter({ hasText: T.embed_copied }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), made);

  // Pasted into a course page on another origin: compact, the pulse first, nothing to save,
  // and Exit still takes the whole tab away from inside the sandbox.
  builtCode = made;
  await context.route('https://www.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Search</title>' }),
  );
  const course = await context.newPage();
  await course.goto(`http://127.0.0.1:${host.address().port}/built.html`);
  const app = course.frameLocator('iframe');
  await app.locator(S.startPulse).waitFor();
  assert.equal(await app.locator(`${S.app}.embed`).count(), 1);
  assert.equal((await app.locator(`${S.choices} >> nth=0 >> button`).textContent()).trim(), TEXT.startPulse);
  assert.equal(await app.locator(`.site-header button:has-text("${TEXT.historyTitle}")`).count(), 0, 'history is off');
  await app.locator(S.exit).click();
  await course.waitForURL('https://www.google.com/**');
  await context.close();
});

test('in a course page, Right now works inside the frame: a 9 opens the lines there, and a tool runs', async () => {
  const { context, frame } = await coursePage('allow-scripts allow-same-origin');
  await frame.locator(S.startFull).waitFor();
  await frame.locator('.site-nav .now-link').click();
  await frame.locator('#moment-craving').click();
  await frame.locator('input[name="rating"][value="9"]').check();
  await frame.locator('#rate-go-on').click();
  await frame.locator('.now-support .contacts li').first().waitFor();
  await frame.locator('#tool-start').click();
  assert.equal((await frame.locator('#tool-step').innerText()).trim(), CONTENT.ui.now.tools[2].steps[0]);
  assert.equal(await frame.locator('#tool-pause').count(), 1, 'the timer runs');
  await context.close();
});
