// Every selector and visible label the end-to-end tests rely on, in one place. Question ids, page
// order and every text come from content.en.json, which the app's own content writes
// (scripts/export-content.sh; a native test fails while it is out of date), so a new question or
// a changed text can never drift from a copy kept here.
import { readFileSync } from 'node:fs';

/** The language a test file drives (E2E_LANG, English by default): set it before importing. */
export const LANG = process.env.E2E_LANG || 'en';

/** The app's content in that language, as exported from src/content. */
export const CONTENT = JSON.parse(readFileSync(new URL(`./content.${LANG}.json`, import.meta.url), 'utf8'));

/** The content of another language. */
export const contentOf = (lang) =>
  JSON.parse(readFileSync(new URL(`./content.${lang}.json`, import.meta.url), 'utf8'));
const UI = CONTENT.ui;

/** Fills `{name}` placeholders, as the app's templates do. */
export const fill = (template, values) =>
  Object.entries(values).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, String(v)), template);

export const S = {
  // Always present
  exit: '#exit',
  skipLink: '.skip-link',
  heading: '#page-title',
  main: '#main',
  app: '.app',
  helpLink: '.site-header button.help-link',
  researchLink: `.site-header button:has-text("${UI.about_research}")`,
  privacyLink: `.site-footer button:has-text("${UI.your_privacy}")`,
  trainersLink: `.site-footer button:has-text("${UI.for_trainers}")`,
  langSelect: '.site-header select',

  // Welcome
  startFull: '#start-full',
  startPulse: '#start-pulse',
  choices: '.choices > .choice',
  linkNotice: '#link-notice',
  progressNotice: '#progress-notice',
  resume: `button:has-text("${UI.resume}")`,
  startOver: `button:has-text("${UI.start_over}")`,

  // Questions
  part: '#part',
  progress: 'progress',
  question: (id) => `#q-${id}`,
  radio: (id, key) => `#q-${id} input[type="radio"][value="${key}"]`,
  checked: (id) => `#q-${id} input[type="radio"]:checked`,
  radios: 'form.questions input[type="radio"]',
  fieldsets: 'form.questions fieldset.question',
  // The live region right after a safety question, where its support appears.
  inlineSupportAfter: (id) => `#q-${id} + .inline-support`,
  inlineSupport: '.support.inline',
  next: 'form.questions button[type="submit"]',
  back: 'form.questions .step-nav button[type="button"]',

  // Results
  results: '.screen.results',
  pulseTag: '#page-title .tag',
  supportPanel: '.screen.results > .support',
  cupSummary: '.cup-summary',
  cupText: '#cup-text',
  cupSvg: '.cup-summary svg.cup',
  howCup: '#how-cup',
  levels: '.levels > li.level',
  levelTitle: '.level-title',
  levelBand: '.level-band',
  levelNumber: '.level-number',
  strengths: '.strengths > li',
  priorities: '.priorities > li',
  alsoWatching: '.also-watching',
  standingOut: '.standing-out',
  standingOutItems: '.standing-out li',
  startHere: '.start-here',
  startHereCards: '.start-here .suggestion',
  themeIdeas: 'details.theme-ideas',
  planToggle: 'button.plan-toggle',
  alert: '[role="alert"]',
  goToPlan: '.start-here button.primary',
  contacts: '.contacts li',

  // Plan
  planSheet: '.plan-sheet',
  chosen: '.chosen > li',
  chosenAction: '.chosen > li > strong',
  note: '#plan-note',
  backToResults: '#back-to-results',
  reminderDays: '#reminder-days',
  downloadIcs: '#download-ics',
  planCards: '.screen.plan .suggestions .suggestion',
};

/** The answer keys in the order the radios appear: the scale, then "Prefer not to answer". */
export const KEYS = CONTENT.answer_keys;

const band = (key) => CONTENT.band_names.find((b) => b.id === key).text;

export const TEXT = {
  exit: UI.exit,
  startFull: UI.start_full,
  startPulse: UI.start_pulse,
  resume: UI.resume,
  next: UI.next,
  seeResults: UI.see_results,
  pulseTag: UI.pulse_results_note,
  planFull: fill(UI.plan_full.other, { n: CONTENT.max_picks }),
  addToPlan: UI.add_to_plan,
  inPlan: UI.in_plan,
  linkIgnored: UI.link_ignored,
  bands: { steady: band('steady'), watch: band('watch'), care: band('needs-care') },
  plan: UI.plan_title,
  planCrisis: UI.plan.crisis,
  icsSummary: UI.ics_summary,
  helpTitle: UI.help_title,
  researchTitle: UI.research_title,
  privacyTitle: UI.your_privacy,
  trainersTitle: UI.for_trainers,
  resultsTitle: UI.results_title,
  historyTitle: UI.history_nav,
  // "Because you answered Often to: “" — the start of a reason given for an answer.
  becauseOften: fill(UI.because_answer.split('{question}')[0], { answer: UI.scale[3] }),
};

/** Each scored question's healthiest answer and its far, unhealthy end, by id. */
export const ANSWER_ENDS = Object.fromEntries(
  CONTENT.questions.filter((q) => q.healthiest).map((q) => [q.id, { healthiest: q.healthiest, severe: q.severe, text: q.text }]),
);

/** Theme titles in page order, as shown on the results. */
export const THEMES = CONTENT.themes.map((t) => t.title);

/** Question ids per full-check-in page, in page order. */
export const FULL_PAGES = CONTENT.full_pages;
export const PULSE_IDS = CONTENT.pulse_ids;
export const SAFETY_IDS = CONTENT.safety_ids;
export const SESSION_KEY = CONTENT.session_key;
export const COUNTRY_KEY = CONTENT.country_key;
