// Every selector and visible label the end-to-end tests rely on, in one place.

export const S = {
  // Always present
  exit: '#exit',
  skipLink: '.skip-link',
  heading: '#page-title',
  main: '#main',
  app: '.app',
  helpLink: '.site-header button.help-link',
  researchLink: '.site-header button:has-text("About the research")',
  privacyLink: '.site-footer button:has-text("Your privacy")',
  langSelect: '.site-header select',

  // Welcome
  startFull: '#start-full',
  startPulse: '#start-pulse',
  choices: '.choices > .choice',
  linkNotice: '#link-notice',
  progressNotice: '#progress-notice',
  resume: 'button:has-text("Carry on where I was")',
  startOver: 'button:has-text("Start again")',

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
  reminderDays: '#reminder-days',
  downloadIcs: '#download-ics',
  planCards: '.screen.plan .suggestions .suggestion',
};

/** The answer keys in the order the radios appear: the scale, then "Prefer not to answer". */
export const KEYS = ['never', 'rarely', 'sometimes', 'often', 'always', 'skip'];

export const TEXT = {
  exit: 'Exit this page',
  startFull: 'Start the full check-in',
  startPulse: 'Start the quick pulse',
  resume: 'Carry on where I was',
  next: 'Next',
  seeResults: 'See my results',
  pulseTag: 'Quick pulse results',
  planFull: 'Your plan already has 3 ideas. Remove one to add another.',
  addToPlan: 'Add to my plan',
  inPlan: 'In my plan (remove)',
  linkIgnored: 'Some settings in the link you followed were not understood, so Full Cup ignored them:',
  progressUnreadable: 'could not be read',
  bands: { steady: 'Steady', watch: 'Worth watching', care: 'Needs care now' },
  plan: 'My plan',
  icsSummary: 'Full Cup check-in',
};

/** Theme titles in page order, as shown on the results. */
export const THEMES = [
  'Carrying the weight',
  'My own recovery',
  'Holding outcomes lightly',
  'Knowing my signals',
  'Boundaries and off-hours',
  'Support around me',
  'Meaning and anchoring',
  'Role and workplace',
];

/** Question ids per full-check-in page, in page order (from src/assessment/bank.rs). */
export const FULL_PAGES = [
  ['int_drained', 'int_pain', 'int_grief', 'int_systems', 'int_strength'],
  ['rec_practice', 'rec_first', 'rec_work_as_recovery', 'rec_unwind', 'rec_slide'],
  ['out_responsible', 'out_blame', 'out_replay', 'out_pace', 'out_seeds'],
  ['awa_notice', 'awa_triggers', 'awa_honest', 'awa_step_back', 'awa_late'],
  ['bou_spill', 'bou_phone', 'bou_town', 'bou_yes', 'bou_switch_off'],
  ['sup_talk', 'sup_checkin', 'sup_supervision', 'sup_debrief', 'sup_alone'],
  ['mea_purpose', 'mea_progress', 'mea_good_times', 'mea_grounding', 'mea_doubt'],
  ['wor_looked_down', 'wor_unclear', 'wor_no_say', 'wor_pay', 'wor_trained'],
];
export const PULSE_IDS = FULL_PAGES.map((p) => p[0]);
export const SAFETY_IDS = ['saf_urges', 'saf_withdraw', 'saf_hopeless', 'saf_alive'];
export const SESSION_KEY = 'fullcup.progress';
