// Get help now straight from the address (?open=help), as the installed app's shortcut opens it:
// at once on the page written at build time, then in the app; each language's manifest names the
// shortcut in its own words.
import { test } from 'node:test';
import { contentOf } from './lib/selectors.mjs';
import assert from 'node:assert/strict';
import { useBrowser, appUrl, BASE_URL, holdWasm } from './lib/browser.mjs';
import { CONTENT, TEXT } from './lib/selectors.mjs';

const browser = useBrowser();

test('?open=help shows Get help now before the app is ready, and the app opens it too', async () => {
  const context = await browser.newContext();
  const release = await holdWasm(context);
  const page = await context.newPage();
  await page.goto(appUrl('?open=help'), { waitUntil: 'domcontentloaded' });
  const help = page.locator('#prerender [data-page="help"]');
  await help.waitFor({ state: 'visible' });
  assert.equal((await help.locator('h1').innerText()).trim(), CONTENT.ui.help_title);
  assert.ok(!(await page.locator('#prerender .screen.welcome').isVisible()), 'the welcome gives way');
  release();
  await page.waitForFunction((t) => document.querySelector('#page-title')?.textContent.trim().startsWith(t), TEXT.helpTitle);
  // Back goes to the welcome: nothing was under way.
  await page.locator('.screen.page .actions button').first().click();
  await page.locator('.screen.welcome').waitFor();
  await context.close();
});

test('an address that names no page opens nothing and says nothing of its own', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(appUrl('?open=%3Cb%3ECall%20now%3C%2Fb%3E'));
  await page.locator('.screen.welcome h1').waitFor();
  assert.equal(await page.locator('#prerender [data-page="help"]:visible').count(), 0);
  assert.ok(!(await page.content()).includes('Call now'), 'the address puts no words on the page');
  await context.close();
});

test('each language\'s install manifest has Get help now, My plan and Right now shortcuts in its own words', async () => {
  for (const lang of ['en', 'es', 'ms', 'ar']) {
    const folder = lang === 'en' ? '' : `${lang}/`;
    const manifest = await (await fetch(new URL(`${folder}manifest.webmanifest`, BASE_URL))).json();
    const page = await (await fetch(new URL(folder, BASE_URL))).text();
    const helpWords = /data-open="help">([^<]+)</.exec(page)[1];
    assert.equal(manifest.lang, lang);
    assert.equal(manifest.shortcuts.length, 3);
    assert.equal(manifest.shortcuts[0].url, './?open=help', lang);
    assert.equal(manifest.shortcuts[0].name, helpWords.replace(/&amp;/g, '&'), lang);
    assert.equal(manifest.shortcuts[1].url, './?open=plan', lang);
    assert.equal(manifest.shortcuts[1].name, contentOf(lang).ui.plan_title, lang);
    assert.equal(manifest.shortcuts[2].url, './?open=now', lang);
    assert.equal(manifest.shortcuts[2].name, contentOf(lang).ui.now.title, lang);
  }
});
