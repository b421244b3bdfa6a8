// Ways to reach each screen of Full Cup from a fresh context, shared by the accessibility tests
// and the screenshot script. Each returns the page object of the screen, ready to look at.
import { WelcomePage, InfoPage } from './pages.mjs';
import { S, SAFETY_IDS, CONTENT } from './selectors.mjs';
import { CheckInFlow } from './history.mjs';
import { appUrl } from './browser.mjs';

const NO_SIGNAL = Object.fromEntries(SAFETY_IDS.map((id) => [id, 'never']));

/**
 * A realistic mixed full check-in: heavy work and thin boundaries, own recovery and meaning
 * holding, some support; and urges to use "Often", which raises the relapse-risk signal.
 */
export const MIXED_PERSONA = {
  int_drained: 'often', int_pain: 'often', int_grief: 'sometimes', int_systems: 'always', int_past: 'often',
  int_story: 'sometimes',
  rec_practice: 'often', rec_first: 'sometimes', rec_work_as_recovery: 'rarely', rec_slide: 'rarely',
  rec_front: 'often', rec_meetings: 'rarely',
  out_responsible: 'sometimes', out_blame: 'rarely', out_replay: 'sometimes', out_pace: 'often', out_seeds: 'often',
  awa_notice: 'sometimes', awa_triggers: 'often', awa_honest: 'often', awa_step_back: 'rarely', awa_late: 'sometimes',
  bou_spill: 'often', bou_phone: 'always', bou_town: 'sometimes', bou_yes: 'often', bou_switch_off: 'rarely', bou_sleep: 'often',
  sup_talk: 'sometimes', sup_checkin: 'rarely', sup_supervision: 'never', sup_debrief: 'rarely', sup_alone: 'often', sup_learning: 'sometimes',
  // Meaning stays steady while one answer in it is at the far end: it stands out.
  mea_purpose: 'always', mea_progress: 'always', mea_good_times: 'often', mea_grounding: 'never', mea_doubt: 'rarely',
  mea_healing: 'often',
  wor_looked_down: 'sometimes', wor_unclear: 'often', wor_beyond: 'sometimes', wor_unsafe: 'rarely', wor_money: 'always',
  wor_ladder: 'sometimes',
  saf_urges: 'often', saf_withdraw: 'sometimes', saf_hopeless: 'rarely', saf_alive: 'never',
};

export async function welcome(context) {
  return WelcomePage.open(context);
}

/** The first page of the full check-in, with two answers given. */
export async function questionPage(context) {
  const q = await (await WelcomePage.open(context)).startFull();
  await q.answer('int_drained', 'often');
  await q.answer('int_pain', 'sometimes');
  return q;
}

/** The quick pulse page, partly answered. */
export async function pulsePage(context) {
  const q = await (await WelcomePage.open(context)).startPulse();
  await q.answerAll({ int_drained: 'sometimes', rec_practice: 'often', out_responsible: 'rarely' });
  return q;
}

/** The safety page of the quick pulse with the inline support showing. */
export async function safetyPage(context) {
  const q = await pulsePage(context);
  await q.next(2, 2);
  await q.answerAll({ saf_urges: 'never', saf_withdraw: 'rarely', saf_hopeless: 'sometimes', saf_alive: 'rarely' });
  await q.inlineSupportAfter('saf_alive').waitFor({ state: 'visible' });
  return q;
}

/** Results of the mixed persona's full check-in, with the support panel leading. */
export async function results(context, answers = MIXED_PERSONA) {
  const q = await (await WelcomePage.open(context)).startFull();
  for (let n = 1; n <= 9; n += 1) {
    const ids = await q.questionIds();
    for (const id of ids) await q.answer(id, answers[id] ?? NO_SIGNAL[id] ?? 'sometimes');
    if (n < 9) await q.next(n + 1, 9);
  }
  const r = await q.finish();
  await r.page.locator(S.levels).first().waitFor();
  return r;
}

/** My plan with the three "start here" ideas and a note. */
export async function plan(context) {
  const r = await results(context);
  const cards = r.startHereCards();
  for (let i = 0; i < 3; i += 1) {
    await r.togglePlan(cards.nth(i));
    await r.page.waitForFunction(
      (n) => document.querySelectorAll('button.plan-toggle[aria-pressed="true"]').length >= n,
      i + 1,
    );
  }
  const p = await r.goToPlan();
  await p.writeNote('Tell my supervisor on Monday. Phone off at 6 pm, back in the drawer.');
  return p;
}

/** My plan with every part open and filled in as a person might. */
export async function planParts(context) {
  const p = await plan(context);
  const { page } = p;
  await page.evaluate(() => document.querySelectorAll('details.plan-part').forEach((d) => { d.open = true; }));
  await page.click('#add-person');
  await page.fill('#person-0-name', 'Ana');
  await page.fill('#person-0-reach', '+1 555 0100');
  await page.fill('#person-0-ask', 'Call me back the same day');
  await page.fill('#plan-fullcup', 'I sleep well, laugh with my kids and call my sponsor without being asked.');
  await page.click('#chip-support_sponsor');
  await page.fill('#plan-supports', 'Thursday evening meeting; sponsor on Sundays');
  await page.click('#chip-loss_pause');
  await page.click('#use-suggested');
  return p;
}

/** One of the plan's three printed pages, as the printer gets it. */
function planPrint(which) {
  return async (context) => {
    const p = await planParts(context);
    const { page } = p;
    await page.evaluate(() => { window.print = () => {}; });
    if (which === 'supervisor') await page.check('#letter');
    await page.click(`#print-${which}`);
    await page.waitForSelector(`.plan-print .print-view.${which}`, { state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    return p;
  };
}

export async function help(context) {
  return (await WelcomePage.open(context)).openHelp();
}

export async function research(context) {
  return (await WelcomePage.open(context)).openResearch();
}

export async function privacy(context) {
  return (await WelcomePage.open(context)).openPrivacy();
}

/** For trainers, with the live check of the config.json this copy ships. */
export async function trainers(context) {
  return (await WelcomePage.open(context)).openTrainers();
}

/** For trainers after a SCORM package was asked for with the form's config.json while the form
 *  has a problem: the builder's message, styled as an error, under the form's own check. */
export async function trainersPackage(context) {
  const screen = await trainers(context);
  await screen.page.fill('#form-exit', 'not an address');
  await screen.page.check('#package-config-form');
  await screen.page.click('#package-download');
  await screen.page.locator('#package-status.error').waitFor();
  return screen;
}

/** My history asked for the first time on a device that cannot reach the whole app (its files
 *  refused, as offline): the page says so, with a way back (src/ui/widgets/whole.rs). */
export async function wholeUnreached(context) {
  const screen = await WelcomePage.open(context);
  const named = await screen.page.locator('meta[name="full-cup-whole"]').getAttribute('content');
  const files = named.split(' ').filter((part) => part.startsWith('./'));
  for (const file of files) await context.route(`**/${file.replace('./', '')}*`, (route) => route.abort());
  await screen.page.click(`.site-header button:has-text("${CONTENT.ui.history_nav}")`);
  await screen.page.locator('.whole-notice .notice').waitFor();
  return screen;
}

/** The facilitator guide, reached from For trainers. */
export async function guide(context) {
  const p = await (await WelcomePage.open(context)).openTrainers();
  await p.page.click(`button:has-text("${CONTENT.ui.guide.link}")`);
  await p.waitForHeading(CONTENT.ui.guide_title);
  return p;
}

/** Full Cup on paper, reached from For trainers. */
export async function paper(context) {
  const p = await (await WelcomePage.open(context)).openTrainers();
  await p.page.click(`button:has-text("${CONTENT.ui.paper.link}")`);
  await p.waitForHeading(CONTENT.ui.paper_title);
  return p;
}

/** Class mode as For trainers opens it, in a tab of its own (?class=1): the opening slide. */
export async function classMode(context) {
  const page = await context.newPage();
  await page.goto(appUrl('?class=1'));
  const p = new InfoPage(page);
  await p.waitForHeading(CONTENT.ui.class_title);
  return p;
}

/** Class mode on the first circle, with the breakout timer started. */
export async function classCircle(context) {
  const p = await classMode(context);
  await p.page.click('#slide-next');
  await p.page.click('#timer-toggle');
  await p.page.locator('#timer-toggle', { hasText: CONTENT.ui.class.pause }).waitFor();
  return p;
}

/** Class mode's close, chosen from the list of slides: thanks, and the lines. */
export async function classClose(context) {
  const p = await classMode(context);
  const last = (await p.page.locator('#slide-go option').count()) - 1;
  await p.page.selectOption('#slide-go', String(last));
  await p.page.locator('.slide .contacts li, .slide .emergency').first().waitFor();
  return p;
}

/** The class pack, reached from For trainers. */
export async function classPack(context) {
  const p = await (await WelcomePage.open(context)).openTrainers();
  await p.page.click(`button:has-text("${CONTENT.ui.class.pack_link}")`);
  await p.waitForHeading(CONTENT.ui.pack_title);
  return p;
}

/** The crosswalk for course plans, reached from For trainers. */
export async function crosswalk(context) {
  const p = await (await WelcomePage.open(context)).openTrainers();
  await p.page.click(`button:has-text("${CONTENT.ui.crosswalk.link}")`);
  await p.waitForHeading(CONTENT.ui.crosswalk_title);
  return p;
}

/** My history with two saved quick pulses, so that trends and changes show. */
export async function history(context) {
  const page = await context.newPage();
  const flow = new CheckInFlow(page);
  await flow.open();
  await flow.pulse('sometimes');
  await flow.save();
  await flow.startAgain();
  await flow.pulse('rarely');
  await flow.save();
  const screen = await flow.openHistory();
  await screen.trends().first().waitFor();
  return screen;
}

/** Right now, from the header: the moments to choose from. */
export async function rightNow(context) {
  const w = await WelcomePage.open(context);
  await w.page.click('.site-nav .now-link');
  const p = new InfoPage(w.page);
  await p.waitForHeading(CONTENT.ui.now.title);
  await w.page.locator('#moment-loss').waitFor();
  return p;
}

/** Right now after a rating of 9 after a loss: the support panel above the pause. */
export async function rightNowSupport(context) {
  const p = await rightNow(context);
  await p.page.click('#moment-loss');
  await p.page.check('input[name="rating"][value="9"]');
  await p.page.click('#rate-go-on');
  await p.page.locator('.now-support').waitFor();
  await p.page.locator('#tool-start').waitFor();
  return p;
}

/** Right now's slow breathing, running. */
export async function rightNowBreathing(context) {
  const p = await rightNow(context);
  await p.page.click('#moment-switch_off');
  await p.page.click('#rate-skip');
  await p.page.click('#tool-start');
  await p.page.locator('.breath').waitFor();
  return p;
}

/** What next, after urge surfing stopped early and rated twice. */
export async function rightNowNext(context) {
  const p = await rightNow(context);
  await p.page.click('#moment-craving');
  await p.page.check('input[name="rating"][value="7"]');
  await p.page.click('#rate-go-on');
  await p.page.click('#tool-stop');
  await p.page.check('input[name="rating"][value="5"]');
  await p.page.click('#rate-go-on');
  await p.page.locator('#now-another').waitFor();
  return p;
}

/** The daily check, red, with a long stretch without a day off. */
export async function dailyCheck(context) {
  const w = await WelcomePage.open(context);
  await w.page.click('.between-links button >> nth=1');
  const p = new InfoPage(w.page);
  await p.waitForHeading(CONTENT.ui.now.day_title);
  await w.page.check('input[name="colour"][value="red"]');
  await w.page.fill('#days-off', '20');
  await w.page.locator('.now-support').waitFor();
  return p;
}

/** Every screen by the name used in test titles and screenshot file names. */
export const SCREENS = {
  welcome,
  question: questionPage,
  pulse: pulsePage,
  safety: safetyPage,
  results,
  plan,
  planParts,
  planPrintMine: planPrint('mine'),
  planPrintSupervisor: planPrint('supervisor'),
  planPrintPeople: planPrint('people'),
  help,
  research,
  privacy,
  trainers,
  trainersPackage,
  wholeUnreached,
  guide,
  paper,
  classMode,
  classCircle,
  classClose,
  classPack,
  crosswalk,
  history,
  rightNow,
  rightNowSupport,
  rightNowBreathing,
  rightNowNext,
  dailyCheck,
};
