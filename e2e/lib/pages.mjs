// Page objects: one class per screen of Full Cup. Tests speak in these terms; every selector comes
// from selectors.mjs. Nothing here sleeps: each step waits for a condition in the page.
import { S, TEXT, KEYS, SESSION_KEY, CONTENT, fill } from './selectors.mjs';
import { appUrl } from './browser.mjs';

/** What every screen shares: the heading, the quick exit, the header and footer links, storage. */
export class Screen {
  constructor(page) {
    this.page = page;
  }

  heading() {
    return this.page.locator(S.heading);
  }

  /** Waits until the page heading starts with `text`. */
  async waitForHeading(text) {
    await this.page.waitForFunction(
      ([sel, t]) => document.querySelector(sel)?.textContent.trim().startsWith(t),
      [S.heading, text],
    );
  }

  /** Waits until the page heading has keyboard focus (what the app does at every step). */
  async waitForHeadingFocus() {
    await this.page.waitForFunction((id) => document.activeElement?.id === id, 'page-title');
  }

  /** The id, or else the tag and text, of the focused element. */
  focused() {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return { id: '', tag: 'body', text: '' };
      return { id: el.id, tag: el.tagName.toLowerCase(), text: el.textContent.trim(), type: el.type ?? '', name: el.name ?? '', value: el.value ?? '' };
    });
  }

  async exit() {
    await this.page.click(S.exit);
  }

  /** Presses Shift `times` times, as separate key presses. */
  async pressShift(times) {
    for (let i = 0; i < times; i += 1) await this.page.keyboard.press('Shift');
  }

  async openHelp() {
    await this.page.click(S.helpLink);
    const p = new InfoPage(this.page);
    await p.waitForHeading(TEXT.helpTitle);
    return p;
  }

  async openResearch() {
    await this.page.click(S.researchLink);
    const p = new InfoPage(this.page);
    await p.waitForHeading(TEXT.researchTitle);
    return p;
  }

  async openTrainers() {
    await this.page.click(S.trainersLink);
    const p = new InfoPage(this.page);
    await p.waitForHeading(TEXT.trainersTitle);
    return p;
  }

  async openPrivacy() {
    await this.page.click(S.privacyLink);
    const p = new InfoPage(this.page);
    await p.waitForHeading(TEXT.privacyTitle);
    return p;
  }

  /** The raw check-in in progress kept in this tab's sessionStorage, or null. */
  sessionProgress() {
    return this.page.evaluate((k) => sessionStorage.getItem(k), SESSION_KEY);
  }

  /**
   * Waits until the progress saved in sessionStorage (the app saves it in an effect after each
   * change) is at `step` (0-based) and holds every answer in `answers` ({ id: key }).
   */
  async waitForSaved({ step, answers = {} }) {
    await this.page.waitForFunction(
      ([k, wantStep, want]) => {
        const raw = sessionStorage.getItem(k);
        if (!raw) return false;
        const p = JSON.parse(raw);
        if (wantStep !== undefined && p.step !== wantStep) return false;
        return Object.entries(want).every(([id, key]) => p.answers?.[id] === key);
      },
      [SESSION_KEY, step, answers],
    );
  }

  localStorageLength() {
    return this.page.evaluate(() => localStorage.length);
  }

  /** Horizontal overflow of the document in CSS pixels (0 when nothing scrolls sideways). */
  horizontalOverflow() {
    return this.page.evaluate(() => {
      const el = document.documentElement;
      return el.scrollWidth - el.clientWidth;
    });
  }
}

export class WelcomePage extends Screen {
  /** Opens the app in a new page of `context`, with an optional query string. */
  static async open(context, query = '') {
    const page = await context.newPage();
    const w = new WelcomePage(page);
    await w.goto(query);
    return w;
  }

  async goto(query = '') {
    await this.page.goto(appUrl(query));
    await this.waitForReady();
  }

  async waitForReady() {
    await this.page.locator(S.startFull).waitFor();
  }

  async startFull() {
    await this.page.click(S.startFull);
    const q = new QuestionPage(this.page);
    await q.waitForPart(1, 9);
    return q;
  }

  async startPulse() {
    await this.page.click(S.startPulse);
    const q = new QuestionPage(this.page);
    await q.waitForPart(1, 2);
    return q;
  }

  resumeButton() {
    return this.page.locator(S.resume);
  }

  async resume() {
    await this.resumeButton().click();
    const q = new QuestionPage(this.page);
    await this.page.locator(S.part).waitFor();
    return q;
  }

  /** The visible titles of the two check-in cards, in order, and whether each is "preferred". */
  choices() {
    return this.page.$$eval(S.choices, (cards) =>
      cards.map((c) => ({ title: c.querySelector('h3').textContent.trim(), preferred: c.classList.contains('preferred') })),
    );
  }

  linkNotice() {
    return this.page.locator(S.linkNotice);
  }

  progressNotice() {
    return this.page.locator(S.progressNotice);
  }
}

export class QuestionPage extends Screen {
  async partText() {
    return (await this.page.locator(S.part).textContent()).trim();
  }

  /** Waits for "Part n of total". */
  async waitForPart(n, total) {
    await this.page.waitForFunction(
      ([sel, t]) => document.querySelector(sel)?.textContent.trim() === t,
      [S.part, fill(CONTENT.ui.part_of, { n, total })],
    );
  }

  /** The question ids on this page, in order. */
  questionIds() {
    return this.page.$$eval(S.fieldsets, (fs) => fs.map((f) => f.id.replace(/^q-/, '')));
  }

  /** Answers question `id` with `key` (never … always, or skip) by clicking its radio. */
  async answer(id, key) {
    if (!KEYS.includes(key)) throw new Error(`unknown answer ${key}`);
    await this.page.check(S.radio(id, key));
  }

  async answerAll(answers) {
    for (const [id, key] of Object.entries(answers)) await this.answer(id, key);
  }

  /** The key of the checked radio of question `id`, or null. */
  checkedKey(id) {
    return this.page.evaluate((sel) => document.querySelector(sel)?.value ?? null, S.checked(id));
  }

  nextButton() {
    return this.page.locator(S.next);
  }

  /** Clicks Next and waits for part n of total. */
  async next(n, total) {
    await this.nextButton().click();
    await this.waitForPart(n, total);
  }

  /** Clicks "See my results" on the last page. */
  async finish() {
    await this.nextButton().click();
    const r = new ResultsPage(this.page);
    await r.waitForReady();
    return r;
  }

  async back() {
    await this.page.click(S.back);
  }

  /** The support shown right after safety question `id` (empty until an answer raises it). */
  inlineSupportAfter(id) {
    return this.page.locator(`${S.inlineSupportAfter(id)} .support`);
  }
}

export class ResultsPage extends Screen {
  async waitForReady() {
    await this.page.locator(S.results).waitFor();
    await this.waitForHeading(TEXT.resultsTitle);
  }

  /** Every theme as shown: title, band word and "N out of 100". */
  levels() {
    return this.page.$$eval(S.levels, (items) =>
      items.map((li) => ({
        title: li.querySelector('.level-title').textContent.trim(),
        band: li.querySelector('.level-band').textContent.trim(),
        number: li.querySelector('.level-number').textContent.trim(),
      })),
    );
  }

  async cupText() {
    return (await this.page.locator(S.cupText).textContent()).trim();
  }

  async howCup() {
    return (await this.page.locator(S.howCup).textContent()).trim();
  }

  listTexts(selector) {
    return this.page.$$eval(selector, (els) => els.map((e) => e.textContent.trim()));
  }

  pulseTag() {
    return this.page.locator(S.pulseTag);
  }

  supportPanel() {
    return this.page.locator(S.supportPanel);
  }

  /** True when the support panel comes before the cup in document order. */
  supportLeads() {
    return this.page.evaluate(([a, b]) => {
      const support = document.querySelector(a);
      const cup = document.querySelector(b);
      return Boolean(support && cup && support.compareDocumentPosition(cup) & Node.DOCUMENT_POSITION_FOLLOWING);
    }, [S.supportPanel, S.cupSummary]);
  }

  /** Opens every "More ideas" group. */
  async openAllIdeas() {
    const n = await this.page.locator(S.themeIdeas).count();
    for (let i = 0; i < n; i += 1) {
      const d = this.page.locator(S.themeIdeas).nth(i);
      if (!(await d.evaluate((el) => el.open))) await d.locator('summary').click();
    }
  }

  startHereCards() {
    return this.page.locator(S.startHereCards);
  }

  /** Toggles a suggestion card's plan button and waits for the re-render to settle. */
  async togglePlan(card) {
    await card.locator(S.planToggle).click();
  }

  async goToPlan() {
    await this.page.click(S.goToPlan);
    const p = new PlanPage(this.page);
    await p.waitForHeading(TEXT.plan);
    return p;
  }
}

export class PlanPage extends Screen {
  chosenActions() {
    return this.page.$$eval(S.chosenAction, (els) => els.map((e) => e.textContent.trim()));
  }

  async writeNote(text) {
    await this.page.fill(S.note, text);
  }

  async chooseReminder(label) {
    await this.page.selectOption(S.reminderDays, { label });
  }

  /** Clicks the reminder button and returns the downloaded file's name and text. */
  async downloadReminder() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.click(S.downloadIcs),
    ]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const c of stream) chunks.push(c);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}

/** Get help now, About the research, Your privacy. */
export class InfoPage extends Screen {
  async back() {
    await this.page.click('.screen.page .actions button');
  }
}
