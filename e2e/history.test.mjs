// My history as a person meets it: saving is opt-in, trends and changes appear, deletion asks first,
// export and import move history between browsers, and broken storage or files lose nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, watchErrors, ORIGIN } from './lib/browser.mjs';
import { CheckInFlow, localStore, HISTORY_KEY, SET_ASIDE_KEY } from './lib/history.mjs';
import { CONTENT, fill } from './lib/selectors.mjs';

const { newContext } = useBrowser();

async function freshPage(options) {
  const context = await newContext(options);
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

test('saving is opt-in; history shows trends and changes; deleting asks first and names what goes', async () => {
  const { page, errors } = await freshPage();
  const flow = new CheckInFlow(page);
  await flow.open();
  await flow.pulse('often');
  assert.deepEqual(await localStore(page), {}, 'nothing is stored before the person chooses to save');
  await flow.save();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'see-history', 'focus moves on from the button that went');
  const stored = await localStore(page);
  assert.deepEqual(Object.keys(stored), [HISTORY_KEY]);
  assert.equal(JSON.parse(stored[HISTORY_KEY]).check_ins.length, 1);

  await flow.startAgain();
  await flow.pulse('rarely');
  await flow.save();
  const history = await flow.openHistory();
  assert.equal(await history.saved().count(), 2);
  assert.equal(await history.trends().count(), 9, 'the cup and each of the eight themes');
  const cupLabel = await history.trends().first().getAttribute('aria-label');
  assert.match(cupLabel, /^Cup level over 2 check-ins: \d+, \d+\.$/);
  // "Often" then "Rarely" moves every theme by 50 points, in one direction or the other.
  const changes = await history.changes().allInnerTexts();
  assert.match(changes[0], /^Your cup (went from \d+ to \d+|stayed at \d+)\.$/);
  assert.ok(changes.some((c) => /rose from 25 to 75/.test(c)) && changes.some((c) => /fell from 75 to 25/.test(c)), changes.join(' | '));

  await history.askDelete(0);
  const one = await history.confirmText();
  assert.match(one, /Delete the check-in from \u2066\d{4}-\d{2}-\d{2}\u2069 \(Quick pulse, cup \d+\) from this device\?/);
  // The question takes focus, so a screen reader reads what would go; answering returns focus.
  await page.waitForFunction(() => document.activeElement?.id === 'confirm-text');
  await history.keep();
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  assert.equal(await history.saved().count(), 2, '"No, keep it" deletes nothing');
  await history.askDelete(0);
  await history.confirm();
  assert.equal(await history.saved().count(), 1);
  assert.equal(JSON.parse((await localStore(page))[HISTORY_KEY]).check_ins.length, 1);

  await history.askDeleteAll();
  assert.match(await history.confirmText(), /Delete the 1 saved check-in from this device\?/);
  await history.confirm();
  await page.waitForSelector(history.sel.empty);
  assert.deepEqual(await localStore(page), {}, 'deleting all leaves nothing on the device');
  assert.deepEqual(errors, []);
});

test('export then import in a fresh browser merges without duplicates, with no request off the device', async () => {
  const first = await freshPage();
  const flow = new CheckInFlow(first.page);
  await flow.open();
  await flow.pulse('sometimes');
  await flow.save();
  const exported = await (await flow.openHistory()).exportFile();
  assert.match(exported.name, /^full-cup-history-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(exported.text);
  assert.equal(file.format, 'full-cup-history');
  assert.equal(file.version, 2);
  assert.equal(file.check_ins.length, 1);

  const second = await freshPage();
  const requests = [];
  second.page.on('request', (r) => requests.push(r.url()));
  const flow2 = new CheckInFlow(second.page);
  await flow2.open();
  await flow2.pulse('always');
  await flow2.save();
  const history = await flow2.openHistory();
  await history.chooseFile(exported.name, exported.text);
  assert.match(await history.previewText(), /This file has 1 check-in: 1 new, 0 already here\./);
  assert.equal(JSON.parse((await localStore(second.page))[HISTORY_KEY]).check_ins.length, 1, 'a preview changes nothing');
  await history.confirmImport();
  assert.match(await history.messageText(), /Added 1 check-in to your history/);
  assert.equal(await history.saved().count(), 2);

  await history.chooseFile(exported.name, exported.text);
  assert.match(await history.messageText(), /already here\. Nothing was changed\./);
  assert.equal(await history.saved().count(), 2, 'importing twice adds nothing');
  for (const url of requests) assert.ok(url.startsWith(ORIGIN + '/') || url.startsWith('blob:' + ORIGIN), `request off the device: ${url}`);
  assert.deepEqual(second.errors, []);
});

test('a broken or edited import file is explained and changes nothing', async () => {
  const { page } = await freshPage();
  const flow = new CheckInFlow(page);
  await flow.open();
  await flow.pulse('often');
  await flow.save();
  const history = await flow.openHistory();
  const before = await localStore(page);
  const good = JSON.parse(before[HISTORY_KEY]);

  const newer = JSON.stringify({ ...good, version: 9 });
  await history.chooseFile('newer.json', newer);
  assert.match(await history.messageText(), /newer version of Full Cup \(file version 9; this app reads up to 4\)\. Nothing was changed\./);

  await history.chooseFile('cut.json', before[HISTORY_KEY].slice(0, 80));
  assert.match(await history.messageText(), /not a Full Cup history file.*Nothing was changed\./);

  const edited = structuredClone(good);
  edited.check_ins[0].answers.made_up = 'often';
  edited.check_ins[0].at += 1;
  await history.chooseFile('edited.json', JSON.stringify(edited));
  // The value from the file is shown isolated (U+2068 … U+2069), so it cannot reorder the sentence.
  assert.match(await history.messageText(), /Check-in 1 in this file cannot be used: it has an answer to a question Full Cup does not know \(\u2068made_up\u2069\)/);

  await history.chooseFile('huge.json', 'x'.repeat(6 * 1024 * 1024));
  assert.match(await history.messageText(), /This file is 6\.0 MB.*Nothing was changed\./);

  // A new check-in listed three times: counted once, and the repeats said so.
  const repeated = structuredClone(good);
  const entry = { ...good.check_ins[0], at: good.check_ins[0].at + 5 };
  repeated.check_ins = [entry, entry, entry];
  await history.chooseFile('three-times.json', JSON.stringify(repeated));
  const preview = await history.previewText();
  assert.ok(preview.includes(fill(CONTENT.ui.import_preview.one, { n: 1, new: 1, dup: 0 })), preview);
  assert.ok(preview.includes(fill(CONTENT.ui.import_repeated.one, { n: 1 })), preview);

  assert.deepEqual(await localStore(page), before, 'nothing stored was changed by any bad file');
  assert.equal(await history.saved().count(), 1);
});

test('history a newer version wrote stays where it is: this tab says to update and offers a copy, never to delete it', async () => {
  const { page, errors } = await freshPage();
  const flow = new CheckInFlow(page);
  await flow.open();
  const newer = '{"format":"full-cup-history","version":9,"check_ins":[],"things":"to come"}';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [HISTORY_KEY, newer]);
  await page.reload();
  await page.waitForSelector('#start-pulse');
  const history = await flow.openHistory();
  await page.waitForSelector(history.sel.unreadable);
  const notice = history.page.locator(history.sel.unreadable);
  assert.match(await notice.innerText(), /newer version of Full Cup.*update Full Cup/s);
  assert.equal(await notice.getByRole('button', { name: 'Download the data that could not be read' }).count(), 1);
  assert.equal(await notice.getByRole('button', { name: 'Delete the data that could not be read' }).count(), 0);
  assert.deepEqual(await localStore(page), { [HISTORY_KEY]: newer }, 'left exactly as it was');
  assert.deepEqual(errors, []);
});

test('unreadable stored history is kept aside, can be downloaded, and is never written over', async () => {
  const { page, errors } = await freshPage();
  const flow = new CheckInFlow(page);
  await flow.open();
  const garbage = '{"format":"full-cup-history","version":2,"check_ins":[{"at":';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [HISTORY_KEY, garbage]);
  await page.reload();
  await page.waitForSelector('#start-pulse');
  assert.deepEqual(await localStore(page), { [SET_ASIDE_KEY]: garbage }, 'moved aside exactly as it was');

  const history = await flow.openHistory();
  await page.waitForSelector(history.sel.unreadable);
  assert.match(await page.locator(history.sel.unreadable).innerText(), /could not be read.*kept aside exactly as they were/s);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(history.sel.unreadable).getByRole('button', { name: 'Download the data that could not be read' }).click(),
  ]);
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  assert.equal(Buffer.concat(chunks).toString('utf8'), garbage);

  await page.goBack().catch(() => {});
  await flow.open();
  await flow.pulse('often');
  await flow.save();
  const after = await localStore(page);
  assert.equal(after[SET_ASIDE_KEY], garbage, 'saving a new check-in leaves the unreadable data alone');
  assert.equal(JSON.parse(after[HISTORY_KEY]).check_ins.length, 1);
  assert.deepEqual(errors, []);
});

test('when the browser refuses storage, the app still runs and says it cannot save', async () => {
  const { page, errors } = await freshPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const flow = new CheckInFlow(page);
  await flow.open();
  await flow.pulse('often');
  assert.match(await flow.saveBox().innerText(), /not letting Full Cup keep anything on this device/);
  assert.equal(await page.locator('#save-check-in').count(), 0);
  assert.ok((await page.locator('.cup-text').innerText()).startsWith('Your cup is'), 'results still work');
  assert.deepEqual(errors, []);
});

test('when storage is full, saving says so and nothing already saved changes', async () => {
  const { page } = await freshPage();
  const flow = new CheckInFlow(page);
  await flow.open();
  await flow.pulse('often');
  await flow.save();
  const before = await localStore(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await flow.startAgain();
  await flow.pulse('rarely');
  await page.click('#save-check-in');
  await page.waitForSelector('.save-box [role=alert]');
  assert.match(await page.locator('.save-box [role=alert]').innerText(), /could not be saved.*Nothing already saved was changed/);
  assert.deepEqual(await localStore(page), before);
});
