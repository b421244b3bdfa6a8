// Every language, as a peer worker meets it: each language's build is chosen by the address, the
// copy's default or the browser, in that order; the page's lang and dir always match; a full
// check-in, results, a plan and My history work by keyboard on a phone in each language with no
// English left on any screen; changing language keeps everything; the language's own crisis lines
// come first; a language once used works offline; and nothing is stored for any of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, appUrl, BASE_URL, watchErrors } from './lib/browser.mjs';
import { contentOf } from './lib/selectors.mjs';
import { CheckInFlow } from './lib/history.mjs';

const { newContext } = useBrowser();
const EN = contentOf('en');
const OTHERS = EN.languages.map((l) => l.tag).filter((t) => t !== 'en');

/** Every string of a content export (ui, questions, themes, bands, lines), flattened. */
function strings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

/**
 * The English a screen in `lang` must never show: each English text (split at its placeholders)
 * of 12 characters or more with a space in it, unless the language itself uses the same words
 * (names such as "Full Cup" or "config.json").
 */
function englishOnly(lang) {
  const theirs = strings(contentOf(lang)).join('\n');
  const ours = strings({ ui: EN.ui, questions: EN.questions, themes: EN.themes, bands: EN.band_names, help: EN.help_lines.map((l) => [l.region, l.note]), full: EN.full_description });
  return [...new Set(ours.flatMap((s) => s.split(/\{[a-z_]+\}/)).map((s) => s.trim()))]
    .filter((s) => s.length >= 12 && s.includes(' ') && !theirs.includes(s));
}

/** Fails if the page shows (or says to a screen reader) any English text of Full Cup. */
async function noEnglish(page, lang, where) {
  const shown = await page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')]
      .flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''));
    return [document.title, document.body.innerText, ...attrs].join('\n');
  });
  const left = englishOnly(lang).filter((s) => shown.includes(s));
  assert.deepEqual(left, [], `English left on ${where} in ${lang}`);
}

function focused(page, selector, text) {
  return page.evaluate(([sel, words]) => {
    const el = document.activeElement;
    const matches = !!el?.matches(sel) && (words === null || el.textContent.trim() === words);
    return { matches, type: el?.type ?? '', name: el?.name ?? '' };
  }, [selector, text]);
}

/** Presses Tab until the focused element matches `selector` (and says `text`, if given). */
async function tabTo(page, selector, text = null, max = 300) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page, selector, text)).matches) return;
  }
  assert.fail(`Tab never reached ${selector} ${text ?? ''}`);
}

const heading = (page) => page.locator('#page-title').textContent().then((t) => t.trim());
const langDir = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

for (const lang of OTHERS) {
  const C = contentOf(lang);
  test(`${lang}: a full check-in, results, a plan and My history by keyboard on a phone, with no English on any screen`, async () => {
    const context = await newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(appUrl(`?lang=${lang}`));
    await page.waitForURL(new RegExp(`/${lang}/\\?lang=${lang}$`));
    await page.waitForSelector('#start-full');
    assert.deepEqual(await langDir(page), [lang, C.dir]);
    await noEnglish(page, lang, 'the welcome screen');

    await tabTo(page, '#start-full');
    await page.keyboard.press('Enter');
    const pages = C.full_pages.length + 1;
    for (let n = 1; n <= pages; n += 1) {
      await page.waitForFunction(() => document.activeElement?.id === 'page-title');
      assert.equal(await page.locator('#part').textContent(), C.ui.part_of.replace('{n}', n).replace('{total}', pages));
      if (n === 1 || n === pages) await noEnglish(page, lang, `question page ${n}`);
      // Each radio group is one Tab stop; Space checks its first answer.
      const groups = await page.locator('fieldset.question').count();
      const seen = new Set();
      while (seen.size < groups) {
        await tabTo(page, 'input[type=radio]');
        const { name } = await focused(page, 'input', null);
        if (seen.has(name)) continue;
        seen.add(name);
        await page.keyboard.press('Space');
      }
      await tabTo(page, 'form.questions button[type=submit]');
      await page.keyboard.press('Enter');
    }
    await page.waitForSelector('.screen.results .cup-text');
    assert.equal(await heading(page), C.ui.results_title);
    await noEnglish(page, lang, 'the results');

    await tabTo(page, '.start-here button.plan-toggle');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.start-here button.plan-toggle[aria-pressed="true"]');
    await tabTo(page, '.start-here button.primary');
    await page.keyboard.press('Enter');
    await page.waitForFunction((t) => document.activeElement?.id === 'page-title' && document.activeElement.textContent === t, C.ui.plan_title);
    await tabTo(page, '#plan-note');
    await page.keyboard.type('123');
    assert.equal(await page.locator('ol.chosen li').count(), 1);
    await noEnglish(page, lang, 'the plan');

    await tabTo(page, '#back-to-results');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.screen.results');
    await tabTo(page, '#save-check-in');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.save-box [role=status] .saved-note');
    await tabTo(page, '.site-nav button', C.ui.history_nav);
    await page.keyboard.press('Enter');
    await page.waitForFunction((t) => document.getElementById('page-title')?.textContent.trim() === t, C.ui.history_nav);
    assert.equal(await page.locator('.saved-list li.saved').count(), 1);
    await noEnglish(page, lang, 'My history');
    assert.deepEqual(await langDir(page), [lang, C.dir], 'lang and dir still match');

    // The information pages, each in the language.
    const open = async (locator, title, where) => {
      await locator.click();
      await page.waitForFunction((t) => document.getElementById('page-title')?.textContent.trim() === t, title);
      await noEnglish(page, lang, where);
    };
    await open(page.locator('.site-header button.help-link'), C.ui.help_title, 'Get help now');
    await open(page.locator('.site-header button', { hasText: C.ui.about_research }), C.ui.research_title, 'About the research');
    await open(page.locator('.site-footer button', { hasText: C.ui.your_privacy }), C.ui.your_privacy, 'Your privacy');
    await open(page.locator('.site-footer button', { hasText: C.ui.for_trainers }), C.ui.for_trainers, 'For trainers');
    await open(page.locator('button', { hasText: C.ui.guide.link }), C.ui.guide_title, 'the guide');
    await page.locator('.site-footer button', { hasText: C.ui.for_trainers }).click();
    await open(page.locator('button', { hasText: C.ui.paper.link }), C.ui.paper_title, 'the paper version');
    assert.deepEqual(errors, []);
  });
}

test('changing language keeps the answers in progress, the results and the plan, and stores nothing', async () => {
  const context = await newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  // Changing language is not leaving: no "leave this page?" question, even with plan words typed.
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    d.accept().catch(() => {});
  });
  await page.goto(appUrl());
  await page.click('#start-full');
  const first = EN.full_pages[0];
  await page.check(`#q-${first[0]} input[value=often]`);
  await page.check(`#q-${first[1]} input[value=rarely]`);
  await page.click('form.questions button[type=submit]');
  await page.check(`#q-${EN.full_pages[1][0]} input[value=always]`);

  const switchTo = async (lang) => {
    await page.selectOption('.site-header select', lang);
    await page.waitForFunction((l) => document.documentElement.lang === l && document.querySelector('.app:not(#prerender) #page-title, .app:not(#prerender) #start-full'), lang);
    await page.waitForSelector('#page-title');
  };
  await switchTo('es');
  assert.match(page.url(), /\/es\/\?lang=es$/);
  assert.equal(await page.locator('#part').textContent(), contentOf('es').ui.part_of.replace('{n}', 2).replace('{total}', 9));
  assert.equal(await page.isChecked(`#q-${EN.full_pages[1][0]} input[value=always]`), true, 'this page\'s answer came along');
  await page.click('form.questions .step-nav button[type=button]');
  assert.equal(await page.isChecked(`#q-${first[0]} input[value=often]`), true, 'and the first page\'s');

  // On to the end (every question not answered yet: "sometimes"), then a plan with a note.
  for (let n = 1; n <= 9; n += 1) {
    await page.waitForFunction((k) => document.getElementById('part')?.textContent.includes(String(k)), n);
    for (const id of await page.$$eval('form.questions fieldset.question', (fs) => fs.map((f) => f.id.slice(2)))) {
      if (!(await page.$(`#q-${id} input:checked`))) await page.check(`#q-${id} input[value=sometimes]`);
    }
    await page.click('form.questions button[type=submit]');
  }
  await page.waitForSelector('.screen.results .cup-text');
  const cup = await page.locator('#cup-text').textContent();
  await page.locator('.start-here button.plan-toggle').first().click();
  await page.click('.start-here button.primary');
  await page.fill('#plan-note', 'Llamar a Ana el martes');
  const picks = await page.locator('ol.chosen li strong').count();

  await switchTo('ar');
  assert.equal(await page.locator('#page-title').textContent(), contentOf('ar').ui.plan_title);
  assert.equal(await page.inputValue('#plan-note'), 'Llamar a Ana el martes');
  assert.equal(await page.locator('ol.chosen li strong').count(), picks);
  await page.click('#back-to-results');
  await page.waitForSelector('.screen.results .cup-text');
  // The same cup level, written the Arabic way.
  const level = cup.match(/\d+(\.\d)?/)[0];
  assert.ok((await page.locator('#cup-text').textContent()).includes(level));

  await switchTo('en');
  const english = await page.locator('#cup-text').textContent();
  assert.ok(english.startsWith(EN.ui.cup_label.split('{')[0]) && english.includes(level), `back in English, the same level: ${english}`);
  assert.equal(await page.locator('#page-title').textContent(), EN.ui.results_title);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'nothing written to the device');
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes('handover'))), [], 'the hand-over is read once and gone');
  assert.deepEqual(dialogs, [], 'no question on changing language');
  // A finished check-in is not kept in the tab: a reload starts afresh, with nothing to resume.
  // (The reload itself asks first, since the plan's words are not saved anywhere.)
  await page.reload();
  await page.waitForSelector('#start-full');
  assert.equal(await page.locator(`button:has-text("${EN.ui.resume}")`).count(), 0);
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), []);
  assert.deepEqual(errors, []);
});

test('while the other language\'s app loads, its page says the screen will come back, and a Start pressed there cannot lose the check-in', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(appUrl());
  await page.click('#start-pulse');
  await page.check(`#q-${EN.pulse_ids[0]} input[value=often]`);
  // The Arabic app is held back, so its page stays as written at build time.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(/\/ar\/[^/]*\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.selectOption('.site-header select', 'ar');
  await page.waitForFunction(() => document.documentElement.lang === 'ar' && document.querySelector('#prerender'));
  const ar = contentOf('ar');
  await page.waitForFunction((t) => document.querySelector('#prerender [data-status]')?.textContent === t, ar.ui.early_loading);
  // Someone who takes the welcome for a fresh start and presses Start keeps their answer.
  await page.click('#prerender [data-start="pulse"]');
  release();
  await page.waitForSelector('.app:not(#prerender) form.questions');
  await page.waitForSelector(`#q-${EN.pulse_ids[0]} input[value=often]:checked`, { state: 'attached' });
  assert.equal(await page.locator('#prerender').count(), 0);

  // A copy whose default is Arabic sends an untouched welcome there: nothing was chosen, and the
  // page says nothing of the kind.
  const copy = await newContext();
  await copy.route('**/config.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ language: 'ar' }) }));
  await copy.route(/\/ar\/[^/]*\.wasm$/, () => {});
  const visit = await copy.newPage();
  await visit.goto(appUrl());
  await visit.waitForFunction(() => document.documentElement.lang === 'ar' && document.querySelector('#prerender .screen.welcome'));
  // early.js has run, and with it what it does once the page is read.
  await visit.waitForFunction(() => window.fullCupEarly && document.readyState !== 'loading');
  assert.ok(await visit.evaluate((k) => sessionStorage.getItem(k) !== null, EN.handover_key), 'the copy\'s default was handed over');
  assert.equal(await visit.locator('#prerender [data-status]').textContent(), '');
});

test('where another language\'s build cannot be loaded, the page stays as it was and the tab keeps nothing new', async () => {
  const context = await newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(appUrl());
  await page.waitForSelector('.app:not(#prerender) #start-pulse');
  await new CheckInFlow(page).pulse('sometimes');
  // A finished check-in is never kept in the tab.
  await page.waitForFunction(() => sessionStorage.length === 0);
  // As on a host that answers a missing language folder with this very page.
  await page.evaluate(() => { window.fullCupLanguage = () => false; });
  await page.selectOption('.site-header select', 'es');
  assert.equal(await page.inputValue('.site-header select'), 'en', 'the switcher shows the language still shown');
  assert.equal(await page.locator('.screen.results .cup-text').count(), 1, 'the results stay');
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), [], 'nothing written for the move is left');
  assert.deepEqual(errors, []);
});

test('changing language before starting leaves nothing behind, and a check-in offered for resuming stays offered', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(appUrl());
  await page.waitForSelector('#start-full');
  await page.selectOption('.site-header select', 'ms');
  await page.waitForFunction(() => document.documentElement.lang === 'ms' && document.querySelector('#start-full'));
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), [], 'no check-in invented');

  // A check-in half done, then a reload: it is offered. Changing language keeps the offer.
  await page.click('#start-pulse');
  await page.check(`#q-${EN.pulse_ids[0]} input[value=often]`);
  await page.waitForFunction(([k, id]) => sessionStorage.getItem(k)?.includes(id), [EN.session_key, EN.pulse_ids[0]]);
  await page.reload();
  const ms = contentOf('ms');
  await page.locator(`button:has-text("${ms.ui.resume}")`).waitFor();
  await page.selectOption('.site-header select', 'es');
  await page.waitForFunction(() => document.documentElement.lang === 'es' && document.querySelector('#start-full'));
  const es = contentOf('es');
  await page.locator(`button:has-text("${es.ui.resume}")`).click();
  await page.waitForSelector(`#q-${EN.pulse_ids[0]} input[value=often]:checked`, { state: 'attached' });
});

test('the address, then the copy\'s default, then the browser choose the language; lang and dir always match', async () => {
  const land = async (options, query = '', config = null) => {
    const context = await newContext(options);
    if (config) await context.route('**/config.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(config) }));
    const page = await context.newPage();
    await page.goto(new URL(query, BASE_URL).href);
    // The app may still ask for another build (the copy's default) and move there: wait until
    // the network has been quiet, then read the page that stayed.
    await page.waitForSelector('#start-full');
    await page.waitForLoadState('networkidle');
    await page.waitForSelector('.app:not(#prerender) #start-full');
    const [lang, dir] = await langDir(page);
    const title = await page.locator('.screen.welcome h1').textContent();
    assert.equal(title, contentOf(lang).ui.welcome_title, `${lang} words on a ${lang} page`);
    const url = page.url();
    await context.close();
    return { lang, dir, url };
  };
  assert.deepEqual(await land({}), { lang: 'en', dir: 'ltr', url: BASE_URL });
  assert.equal((await land({ locale: 'es-MX' })).lang, 'es', 'the browser\'s language on a first visit');
  assert.deepEqual(await land({ locale: 'ar-EG' }), { lang: 'ar', dir: 'rtl', url: new URL('ar/', BASE_URL).href });
  assert.equal((await land({ locale: 'fr-FR' })).lang, 'en', 'a language Full Cup does not speak: English');
  assert.equal((await land({ locale: 'es-MX' }, '', { language: 'ms' })).lang, 'ms', 'the copy\'s default wins over the browser');
  assert.equal((await land({ locale: 'es-MX' }, '?lang=ar', { language: 'ms' })).lang, 'ar', 'the address wins over both');
  assert.equal((await land({}, '?lang=xx')).lang, 'en', 'an unknown language is ignored');
  assert.equal((await land({ locale: 'ar' }, 'es/')).lang, 'es', 'a language\'s folder holds against the browser');
});

test('the language\'s own country leads the crisis lines, and the browser\'s region can lead instead', async () => {
  const first = async (options, path) => {
    const context = await newContext(options);
    const page = await context.newPage();
    await page.goto(new URL(path, BASE_URL).href);
    await page.waitForSelector('#start-full');
    await page.click('.site-header button.help-link');
    await page.waitForSelector('.contacts li');
    const names = await page.locator('.contacts li .name').allTextContents();
    await context.close();
    return names[0];
  };
  const line = (id) => EN.lines.find((l) => l.id === id).name;
  for (const lang of OTHERS) {
    const C = contentOf(lang);
    const own = C.lines.find((l) => l.countries.includes(C.country));
    assert.ok(own, `${lang}: a built-in line answers ${C.country}`);
    assert.equal(await first({}, `${lang}/`), own.name, `${lang}: ${C.country}'s line first`);
  }
  assert.equal(await first({ locale: 'es-ES' }, 'es/'), line('es_024'), 'Spain, from the browser');
  assert.equal(await first({ locale: 'es-MX' }, 'es/'), line('mx_linea_vida'), 'Mexico, from the browser');
  assert.equal(await first({ locale: 'ar-QA' }, 'ar/'), line('qa_16000'), 'Qatar, from the browser');
  assert.equal(await first({ locale: 'ar-LB' }, 'ar/'), line('lb_1564'), 'Lebanon, from the browser');
  assert.equal(await first({ locale: 'en-GB' }, './'), line('uk_samaritans'), 'the UK, from the browser');
});

test('a language once used opens offline', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(appUrl('es/'));
  await page.waitForSelector('#start-full');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#start-full');
  assert.equal(await page.locator('.screen.welcome h1').textContent(), contentOf('es').ui.welcome_title);
});

test('offline, a language never opened here is not left for: the page stays, says so, and keeps the answers', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(appUrl());
  await page.waitForSelector('#start-full');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await page.click('#start-pulse');
  await page.check(`#q-${EN.pulse_ids[0]} input[value=often]`);
  await context.setOffline(true);
  const before = page.url();
  await page.selectOption('.site-header select', 'ar');
  await page.waitForSelector('#language-unreached');
  assert.equal((await page.locator('#language-unreached').textContent()).trim(), EN.ui.language_unreached.replace('{language}', 'العربية'));
  assert.equal(page.url(), before, 'never an error page');
  assert.ok(await page.isChecked(`#q-${EN.pulse_ids[0]} input[value=often]`));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
});
