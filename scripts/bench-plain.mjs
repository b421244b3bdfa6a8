// Writes the benchmark's plain HTML form: the same full check-in as Full Cup (every question of
// every page, the safety questions, the same answer words), as one static page with Full Cup's
// stylesheet and no script. Usage: node scripts/bench-plain.mjs OUT_DIR DIST_DIR
import { mkdirSync, writeFileSync, readFileSync, readdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';

const [out, dist] = process.argv.slice(2);
const content = JSON.parse(readFileSync(new URL('../e2e/lib/content.en.json', import.meta.url), 'utf8'));
const ui = content.ui;
const text = Object.fromEntries(content.questions.map((q) => [q.id, q.text]));
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const words = [...ui.scale, ui.prefer_not];
const question = (id) => `<fieldset class="question" id="q-${id}"><legend>${escape(text[id])}</legend>
${content.answer_keys.map((k, i) => `<label class="answer"><input type="radio" name="${id}" value="${k}"> ${escape(words[i])}</label>`).join('\n')}
</fieldset>`;
const pages = [...content.full_pages, content.safety_ids];
const css = readdirSync(dist).find((n) => n.endsWith('.css'));
mkdirSync(out, { recursive: true });
copyFileSync(join(dist, css), join(out, css));
writeFileSync(join(out, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(ui.app_name)}</title><link rel="stylesheet" href="${css}"></head>
<body><div class="app"><main id="main">
<h1 id="page-title">${escape(ui.welcome_title)}</h1>
<p class="lead">${escape(ui.welcome_lead)}</p>
<p><a id="start-full" class="button primary" href="#questions">${escape(ui.start_full)}</a></p>
<form class="questions" id="questions" action="#">
${pages.map((ids, i) => `<section><h2>${escape(ui.part_of.replace('{n}', i + 1).replace('{total}', pages.length))}</h2>
${ids.map(question).join('\n')}</section>`).join('\n')}
</form></main></div></body></html>
`);
console.log(`bench-plain: wrote ${join(out, 'index.html')} (${pages.flat().length} questions)`);
