import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Locale } from '../../src/domain/localized.ts';
import { REVIEW_STEP } from '../../src/domain/templates/reviewStep.ts';
import { translator, type Translator } from '../../src/web/i18n/useT.ts';
import { DESKTOP, newDevice, PHONE } from './browser.ts';

/**
 * Steps a person takes in Kompas, written against the pages' accessible names. Labels come from
 * the web app's own catalogues, so a test reads the same words a person sees.
 */

const POLL_MS = 50;
const DEFAULT_WAIT_MS = 15_000;

/** The catalogue of a language, as the web app uses it. */
export function uiText(locale: Locale): Translator {
  return translator(locale);
}

/** Polls until `read` gives `expected` (compared as JSON); fails with the last value after the deadline. */
export async function waitFor<T>(what: string, read: () => Promise<T>, expected: T, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const want = JSON.stringify(expected);
  let last = await read();
  while (JSON.stringify(last) !== want) {
    if (Date.now() > deadline) throw new Error(`${what}: expected ${want}, still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    last = await read();
  }
}

/** Waits until the locator matches exactly `n` elements. */
export function waitForCount(locator: Locator, n: number, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
  return waitFor(`count of ${locator.toString()}`, () => locator.count(), n, timeoutMs);
}

/** Waits until the locator matches at least one visible element. */
export async function waitVisible(locator: Locator, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Note cards whose text is exactly `text`. */
export function noteCards(page: Page, text: string): Locator {
  return page.getByTestId('note-card').filter({ has: page.getByText(text, { exact: true }) });
}

/** Waits until every page shows exactly `n` note cards with this text. */
export async function expectNoteOn(pages: readonly Page[], text: string, n = 1): Promise<void> {
  await Promise.all(pages.map((page) => waitForCount(noteCards(page, text), n)));
}

/**
 * Chooses a React Aria radio by its name. Its input is visually hidden inside the label, so the
 * click has to be forced; about one run in five such a click did not take (seen on the phone's
 * bottom sheet right after it opened), so click until the radio reports checked. Clicking a radio
 * that is already chosen changes nothing, so the retry cannot undo a choice.
 */
export async function chooseRadio(scope: Locator | Page, name: string | RegExp): Promise<void> {
  const radio = scope.getByRole('radio', { name, exact: true });
  await waitFor(
    `radio "${String(name)}" chosen`,
    async () => {
      if (!(await radio.isChecked())) await radio.click({ force: true });
      return radio.isChecked();
    },
    true,
  );
}

/**
 * Ticks a React Aria radio or checkbox by clicking the label that holds it, which scrolls it into
 * view: for a choice below the fold of a scrolling dialog, where a forced click on the hidden input
 * lands outside the viewport (or on the overlay, which closes the dialog). A click on a checkbox
 * toggles, so it is repeated only when the first did not take.
 */
export async function checkByLabel(control: Locator): Promise<void> {
  const label = control.locator('xpath=ancestor::label[1]');
  for (let attempt = 1; ; attempt++) {
    if (await control.isChecked()) return;
    await label.click();
    try {
      await waitFor(`${control.toString()} checked by its label`, () => control.isChecked(), true, 2_000);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Ticks or clears a React Aria checkbox (its input is visually hidden, so the click is forced).
 * A click toggles, so it is not repeated blindly as for a radio: one click, then a wait for the
 * new state, and only if it never came another click.
 */
export async function setCheckbox(checkbox: Locator, on: boolean): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if ((await checkbox.isChecked()) === on) return;
    await checkbox.click({ force: true });
    try {
      await waitFor(`checkbox ${checkbox.toString()} ${on ? 'ticked' : 'cleared'}`, () => checkbox.isChecked(), on, 2_000);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Turns a React Aria switch on or off by clicking its label, then waits for it to show the new
 * state: the facilitator's switches follow the server, so they change only after the round trip.
 */
export async function setSwitch(page: Page, name: string, on: boolean): Promise<void> {
  const input = page.getByRole('switch', { name, exact: true });
  if ((await input.isChecked()) === on) return;
  await page.locator('label', { has: input }).click();
  await waitFor(`switch ${name}`, () => input.isChecked(), on);
}

/**
 * The header's language switch. Not chooseRadio: the switch renames its own group ("Sprog" →
 * "Language"), so the page's new lang attribute is the sign that the click took.
 */
export async function switchLanguage(page: Page, to: Locale): Promise<void> {
  const names = [translator('da').t('header.language'), translator('en').t('header.language')];
  const switchGroup = page.getByRole('banner').getByRole('radiogroup', { name: new RegExp(`^(${names.join('|')})$`) });
  await switchGroup.getByRole('radio', { name: to === 'da' ? 'Dansk' : 'English', exact: true }).click({ force: true });
  await waitFor(`page in ${to}`, () => page.locator('html').getAttribute('lang'), to);
}

export interface Devices {
  readonly context: BrowserContext;
  readonly page: Page;
}

/** A separate desktop browser (facilitator's laptop, projector). */
export async function openDesktop(browser: Browser, locale: string): Promise<Devices> {
  const context = await newDevice(browser, DESKTOP, locale);
  return { context, page: await context.newPage() };
}

/** A separate phone browser. */
export async function openPhone(browser: Browser, locale: string): Promise<Devices> {
  const context = await newDevice(browser, PHONE, locale);
  return { context, page: await context.newPage() };
}

export interface CreatedWorkshop {
  readonly workshopId: string;
  readonly joinCode: string;
  readonly joinLink: string;
  /** The facilitator's "open the board" link as the page shows it: no key, the board runs on the session. */
  readonly boardLink: string;
}

/**
 * On a project's page: "New workshop", the dialog (title, language, anonymity), and the
 * facilitator's page it opens. Reads the code and the links from the facilitator's page.
 */
export async function createWorkshop(
  page: Page,
  ui: Translator,
  options: { title: string; locale: Locale; anonymous: boolean; templateId?: string; phase?: string },
): Promise<CreatedWorkshop> {
  await page.getByTestId('new-workshop').click();
  const dialog = page.getByRole('dialog', { name: ui.t('projectWorkshop.newTitle') });
  await waitVisible(dialog);
  await dialog.getByRole('textbox', { name: ui.t('projectWorkshop.titleLabel'), exact: true }).fill(options.title);
  if (options.templateId) await dialog.getByTestId(`template-${options.templateId}`).click();
  // The phase choice sits below the fold of the dialog: its label is clicked, which scrolls to it.
  if (options.phase) {
    const phases = dialog.getByRole('radiogroup', { name: ui.t('newWorkshop.phase'), exact: true });
    await phases.locator('label').filter({ hasText: options.phase }).first().click();
    await waitFor(`phase ${options.phase} chosen`, () => phases.getByRole('radio', { name: startingWith(options.phase ?? '') }).first().isChecked(), true);
  }
  const languages = dialog.getByRole('radiogroup', { name: ui.t('projectWorkshop.locale'), exact: true });
  await chooseRadio(languages, options.locale === 'da' ? 'Dansk' : 'English');
  await setCheckbox(dialog.getByRole('checkbox', { name: ui.t('projectWorkshop.anonymous'), exact: true }), options.anonymous);
  await dialog.getByRole('button', { name: ui.t('projectWorkshop.create'), exact: true }).click();
  await page.waitForURL(/\/w\/[^/]+\/facilitate$/);
  const workshopId = new URL(page.url()).pathname.split('/')[2] ?? '';
  await waitVisible(page.getByTestId('step-title'));
  const joinCode = (await page.getByTestId('join-code').textContent())?.trim() ?? '';
  const joinLink = (await page.getByRole('link', { name: /\/j\// }).getAttribute('href')) ?? '';
  const boardLink = (await page.getByTestId('open-board').getAttribute('href')) ?? '';
  return { workshopId, joinCode, joinLink, boardLink };
}

/**
 * The board on the projector, from the facilitator's "open the board" button. The button opens a
 * new tab, which the facilitator drags onto the projector's screen: a window of its own, on her
 * session. Kept as a tab behind the board, the facilitator's page got few animation frames and
 * each of its clicks waited about two seconds to be "stable" (it doubled the English journey), so
 * the tab is checked to open the board, closed, and its address opened in a window of its own
 * with the facilitator's cookies and storage.
 */
export async function openBoardWindow(browser: Browser, facilitator: Page, locale: string): Promise<Page> {
  const [tab] = await Promise.all([facilitator.context().waitForEvent('page'), facilitator.getByTestId('open-board').click()]);
  await tab.waitForURL(/\/w\/[^/]+\/board$/);
  const address = tab.url();
  await tab.close();
  const context = await newDevice(browser, DESKTOP, locale, await facilitator.context().storageState());
  const board = await context.newPage();
  await board.goto(address);
  await waitVisible(board.getByTestId('step-title'));
  return board;
}

/** On the join page: optionally a name, then join; lands on the participant's view. */
export async function joinOnJoinPage(page: Page, ui: Translator, name: string | null): Promise<void> {
  await waitVisible(page.getByTestId('join-workshop-title'));
  if (name !== null) await page.getByRole('textbox', { name: ui.t('join.nameLabel'), exact: true }).fill(name);
  await page.getByTestId('join-button').click();
  await page.waitForURL(/\/w\/[^/]+$/);
  await waitVisible(page.getByTestId('step-title'));
}

/** The add-note dialog on a phone: category, kind (when the step has several), text, send. */
export async function addNote(page: Page, ui: Translator, note: { category: string; kind?: string; text: string }): Promise<void> {
  const dialog = page.getByRole('dialog', { name: ui.t('noteForm.title') });
  await page.getByTestId('add-note').click();
  // About one run in eight, a click that comes while the previous note's dialog is still leaving
  // (its exit animation) opens nothing. A person would tap again; so does the test, once, and says so.
  try {
    await dialog.waitFor({ state: 'visible', timeout: 5_000 });
  } catch {
    console.warn('add-note: the first click opened no dialog; clicking again');
    await page.getByTestId('add-note').click();
  }
  await fillNoteDialog(dialog, ui, note);
  await dialog.getByTestId('send-note').click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Fills the open add-note dialog without sending it. */
export async function fillNoteDialog(dialog: Locator, ui: Translator, note: { category: string; kind?: string; text: string }): Promise<void> {
  await chooseRadio(dialog, note.category);
  if (note.kind) await chooseRadio(dialog, note.kind);
  await dialog.getByRole('textbox', { name: ui.t('noteForm.text'), exact: true }).fill(note.text);
}

/** The facilitator's "next step"; waits until `page` shows the new step's title. */
export async function nextStep(facilitator: Page, title: string, alsoOn: readonly Page[]): Promise<void> {
  await facilitator.getByTestId('next-step').click();
  await Promise.all([facilitator, ...alsoOn].map((page) => waitFor(`step title on ${page.url()}`, async () => (await page.getByTestId('step-title').textContent())?.trim(), title)));
}

/**
 * The review step every workshop opens with, on each of these pages: its title, and either the
 * words that no earlier workshop left an action open, or exactly these open actions (by what they
 * say, in any order), each saying which workshop decided it when `decidedIn` is given.
 */
export async function expectReviewStep(
  pages: readonly Page[],
  ui: Translator,
  openActions: ReadonlyArray<{ readonly what: string; readonly decidedIn?: string }>,
): Promise<void> {
  const title = REVIEW_STEP.title[ui.locale];
  for (const page of pages) {
    await waitFor(`review step title on ${page.url()}`, async () => (await page.getByTestId('step-title').textContent())?.trim(), title);
    const list = page.getByTestId('review-list');
    await waitVisible(list);
    if (openActions.length === 0) {
      await waitVisible(list.getByText(ui.t('review.empty'), { exact: true }));
      await waitForCount(list.getByTestId('review-item'), 0);
      continue;
    }
    await waitVisible(list.getByRole('heading', { name: ui.tn('review.count', openActions.length), exact: true }));
    const items = list.getByTestId('review-item');
    await waitFor(`open actions in the review on ${page.url()}`, async () => (await items.locator('.review-what').allTextContents()).map((s) => s.trim()).sort(), openActions.map((a) => a.what).sort());
    for (const action of openActions) {
      if (action.decidedIn === undefined) continue;
      const item = items.filter({ has: page.getByRole('heading', { name: action.what, exact: true }) });
      await waitVisible(item.getByText(action.decidedIn, { exact: true }));
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression for text that starts with `prefix`. */
export function startingWith(prefix: string): RegExp {
  return new RegExp(`^${escapeRegExp(prefix)}`);
}

/** A regular expression for text that contains `part`. */
export function containing(part: string): RegExp {
  return new RegExp(escapeRegExp(part));
}

/** The phone's "voting is open, you have N votes left" line. */
export function votesLeftLine(page: Page, ui: Translator): Locator {
  const one = ui.tn('participant.votesLeft', 1);
  const other = ui.tn('participant.votesLeft', 2);
  let common = 0;
  while (common < one.length && one[common] === other[common]) common++;
  return page.getByRole('status').filter({ hasText: startingWith(one.slice(0, common)) });
}

/** Waits until the phone says it has `left` votes left. */
export function expectVotesLeft(page: Page, ui: Translator, left: number): Promise<void> {
  return waitFor('votes left', async () => (await votesLeftLine(page, ui).textContent())?.trim(), ui.tn('participant.votesLeft', left));
}
