// The form on For trainers that makes a config.json with no build tools: checked as it is typed by
// the same reader as the copy's own file (a mistake is named where it is), downloaded, accepted by
// the app and by scripts/scorm.py, and loaded back into the form to edit; a broken file is refused
// with its problems, and the form keeps what it had. Nothing typed leaves the device.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useBrowser, watchErrors, BASE_URL } from './lib/browser.mjs';
import { contentOf } from './lib/selectors.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');
const { newContext } = useBrowser();
const C = contentOf('en');
const F = C.ui.form;
const words = (s) => s.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

async function openForm(context) {
  const page = await context.newPage();
  await page.goto(BASE_URL);
  await page.click(`.site-footer button:has-text("${C.ui.for_trainers}")`);
  await page.locator('#form-check').waitFor();
  return page;
}

const checkText = async (page) => words(await page.locator('#form-check').innerText());

test('a config.json made with the form is checked as it is typed, downloaded, and accepted by the app and the SCORM script', async () => {
  const context = await newContext();
  const page = await openForm(context);
  const errors = watchErrors(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  assert.ok((await checkText(page)).includes(words(F.ready)), 'an empty form is a file of defaults');

  await page.fill('#form-organisation', 'Riverbend Academy');
  await page.click('#form-add-contact');
  await page.fill('#contact-0-name', 'Peer Warmline');
  await page.fill('#contact-0-phone', 'call me');
  let check = await checkText(page);
  assert.ok(check.includes(words(F.not_ready)), check);
  assert.ok(check.includes('contacts[0].phone'), 'the mistake is named where it is');
  await page.fill('#contact-0-phone', '+1 202 555 0147');
  await page.fill('#contact-0-hours', 'Every day, 8 am to 10 pm');
  await page.click('#form-add-line');
  await page.fill('#line-0-country', 'MY');
  await page.fill('#line-0-name', 'Riverbend Crisis Line');
  await page.fill('#line-0-phone', '+60 3 5555 0123');
  await page.fill('#form-country', 'MY');
  await page.selectOption('#form-language', 'es');
  await page.selectOption('#form-length', 'pulse');
  await page.uncheck('#form-plan');
  await page.fill('#form-exit', 'https://example.org/');
  await page.selectOption('#form-complete', 'plan');
  check = await checkText(page);
  assert.ok(check.includes(words(F.ready)), check);
  assert.ok(check.includes('My plan'), 'what the file turns off is said, as for the copy');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#form-download')]);
  assert.equal(download.suggestedFilename(), 'config.json');
  const text = readFileSync(await download.path(), 'utf8');
  assert.deepEqual(JSON.parse(text), {
    $schema: './config.schema.json',
    organisation: 'Riverbend Academy',
    contacts: [{ name: 'Peer Warmline', phone: '+1 202 555 0147', hours: 'Every day, 8 am to 10 pm' }],
    crisis_lines: [{ country: 'MY', name: 'Riverbend Crisis Line', phone: '+60 3 5555 0123' }],
    country: 'MY',
    language: 'es',
    length: 'pulse',
    modules: { history: true, pulse: true, plan: false },
    exit_url: 'https://example.org/',
    lms_complete_at: 'plan',
  });
  const origin = new URL(BASE_URL).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')), []);
  assert.deepEqual(errors, []);

  // scripts/scorm.py puts it in the package as it is.
  const dir = mkdtempSync(join(tmpdir(), 'fullcup-form-'));
  const file = join(dir, 'config.json');
  writeFileSync(file, text);
  const zip = join(dir, 'package.zip');
  execFileSync('python3', [join(ROOT, 'scripts/scorm.py'), '--dist', DIST, '--out', zip, '--config', file]);
  const held = execFileSync('python3', ['-c', 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("config.json").decode())', zip], { encoding: 'utf8' });
  assert.equal(held, text);

  // The app reads it as this copy's config.json: the check on For trainers says it is in use.
  const served = await newContext({ serviceWorkers: 'block' });
  await served.route('**/config.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: text }));
  const app = await served.newPage();
  await app.goto(`${BASE_URL}?lang=en`);
  await app.click(`.site-footer button:has-text("${C.ui.for_trainers}")`);
  const inUse = words(await app.locator('#config-check').innerText());
  assert.ok(inUse.includes('Riverbend Academy'), inUse);
  assert.ok(!inUse.includes(words(C.ui.trainers.config_bad)), inUse);
  await served.close();

  // Loaded back into a fresh form: every field as it was.
  const again = await openForm(await newContext());
  await again.setInputFiles('#form-load', file);
  await again.locator('#form-load ~ .status', { hasText: F.load_done }).waitFor();
  assert.equal(await again.inputValue('#form-organisation'), 'Riverbend Academy');
  assert.equal(await again.inputValue('#contact-0-phone'), '+1 202 555 0147');
  assert.equal(await again.inputValue('#line-0-country'), 'MY');
  assert.equal(await again.inputValue('#form-language'), 'es');
  // Picked by hand, then a file loaded over it: the list shows the file's choice.
  await again.selectOption('#form-language', 'ar');
  await again.setInputFiles('#form-load', file);
  await again.waitForFunction(() => document.querySelector('#form-language').value === 'es');
  // Away to the guide and back: what was typed is still there.
  await again.fill('#form-organisation', 'Riverbend Academy, north');
  await again.click(`button:has-text("${C.ui.guide.link}")`);
  await again.click(`button:has-text("${C.ui.back}")`);
  assert.equal(await again.inputValue('#form-organisation'), 'Riverbend Academy, north');
  await again.fill('#form-organisation', 'Riverbend Academy');
  assert.equal(await again.isChecked('#form-plan'), false);
  const [second] = await Promise.all([again.waitForEvent('download'), again.click('#form-download')]);
  assert.equal(readFileSync(await second.path(), 'utf8'), text, 'written again, the same bytes');

  // A broken file is refused with its problems, and the form keeps what it had.
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"organisaton": "typo", "exit_url": "javascript:alert(1)"}');
  await again.setInputFiles('#form-load', broken);
  const status = again.locator('#form-load ~ .status');
  await status.locator('li').first().waitFor();
  const said = words(await status.innerText());
  assert.ok(said.includes(words(F.load_refused)), said);
  assert.ok(said.includes('organisaton') && said.includes('exit_url'), said);
  assert.equal(await again.inputValue('#form-organisation'), 'Riverbend Academy');
});
