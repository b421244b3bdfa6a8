// Page objects for saving check-ins and for the My history screen. Selectors live here, once.
import { appUrl } from './browser.mjs';
import { Screen } from './pages.mjs';
import { CONTENT, TEXT } from './selectors.mjs';

export const HISTORY_KEY = CONTENT.history_key;
export const SET_ASIDE_KEY = CONTENT.set_aside_key;

const H = {
  startPulse: '#start-pulse',
  submit: 'form.questions button[type=submit]',
  safety: 'input[name=saf_alive]',
  save: '#save-check-in',
  saveStatus: '.save-box [role=status] .saved-note',
  saveBox: '.save-box',
  results: '.screen.results .cup-text',
  newCheckIn: '.results .actions button:not(.primary)',
  historyLink: `.site-nav button:has-text("${TEXT.historyTitle}")`,
  heading: '#page-title',
  saved: '.saved-list li.saved',
  trends: 'figure.trend svg',
  changes: 'ul.changes li',
  confirm: '[role=alertdialog]',
  confirmYes: '#confirm-yes',
  deleteAll: '#delete-all',
  empty: '#history-empty',
  exportButton: '#export',
  importFile: '#import-file',
  preview: '#import-preview',
  importConfirm: '#import-confirm',
  importMessage: '#import-message',
  unreadable: '#unreadable-notice',
};

/** Local storage as a plain object. */
export function localStore(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
}

export class CheckInFlow {
  constructor(page) {
    this.page = page;
  }

  async open(query = '') {
    await this.page.goto(appUrl(query));
    await this.page.waitForSelector(H.startPulse);
  }

  /** Completes a quick pulse answering every scored question with `value` and safety with never. */
  async pulse(value) {
    await this.page.click(H.startPulse);
    await this.page.waitForSelector(`input[value=${value}]`);
    for (const radio of await this.page.$$(`input[value=${value}]`)) await radio.check();
    await this.page.click(H.submit);
    await this.page.waitForSelector(H.safety);
    for (const radio of await this.page.$$('input[value=never]')) await radio.check();
    await this.page.click(H.submit);
    await this.page.waitForSelector(H.results);
  }

  saveBox() {
    return this.page.locator(H.saveBox);
  }

  async save() {
    await this.page.click(H.save);
    await this.page.waitForSelector(H.saveStatus);
  }

  async startAgain() {
    await this.page.click(H.newCheckIn);
    await this.page.waitForSelector(H.startPulse);
  }

  async openHistory() {
    await this.page.click(H.historyLink);
    await this.page.waitForFunction(([sel, title]) => document.querySelector(sel)?.textContent.trim() === title, [H.heading, TEXT.historyTitle]);
    return new HistoryScreen(this.page);
  }
}

export class HistoryScreen extends Screen {
  constructor(page) {
    super(page);
    this.sel = H;
  }

  saved() {
    return this.page.locator(H.saved);
  }

  trends() {
    return this.page.locator(H.trends);
  }

  changes() {
    return this.page.locator(H.changes);
  }

  confirmText() {
    return this.page.locator(H.confirm).innerText();
  }

  async askDelete(index) {
    await this.saved().nth(index).locator('button').click();
    await this.page.waitForSelector(H.confirm);
  }

  async askDeleteAll() {
    await this.page.click(H.deleteAll);
    await this.page.waitForSelector(H.confirm);
  }

  async confirm() {
    await this.page.click(H.confirmYes);
    await this.page.waitForSelector(H.confirm, { state: 'detached' });
  }

  async keep() {
    await this.page.locator(H.confirm).getByRole('button', { name: 'No, keep it' }).click();
    await this.page.waitForSelector(H.confirm, { state: 'detached' });
  }

  /** Clicks export and returns the downloaded file's text and name. */
  async exportFile() {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.click(H.exportButton)]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const c of stream) chunks.push(c);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  /** Chooses a file to import; waits for a preview or a message. */
  async chooseFile(name, text) {
    await this.page.setInputFiles(H.importFile, { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await this.page.waitForSelector(`${H.preview}, ${H.importMessage}`);
  }

  previewText() {
    return this.page.locator(H.preview).innerText();
  }

  messageText() {
    return this.page.locator(H.importMessage).innerText();
  }

  async confirmImport() {
    await this.page.click(H.importConfirm);
    await this.page.waitForSelector(H.importMessage);
  }
}
