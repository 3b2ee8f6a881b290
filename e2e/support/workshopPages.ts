import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Locale } from '../../src/domain/localized.ts';
import { translator, type Translator } from '../../src/web/i18n/useT.ts';
import { storageKeys } from '../../src/web/realtime/storageKeys.ts';
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
export async function chooseRadio(scope: Locator | Page, name: string): Promise<void> {
  const radio = scope.getByRole('radio', { name, exact: true });
  await waitFor(
    `radio "${name}" chosen`,
    async () => {
      if (!(await radio.isChecked())) await radio.click({ force: true });
      return radio.isChecked();
    },
    true,
  );
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
  /** The facilitator's "open the board" link as the page shows it (no key: the same device has it). */
  readonly boardLink: string;
  /** The board for a separate projector device, with the facilitator's key in the fragment. */
  readonly boardHref: string;
}

/** On the front page: fill in the start form and land on the facilitator's view. */
export async function createWorkshop(page: Page, ui: Translator, options: { title: string; locale: Locale; anonymous: boolean }): Promise<CreatedWorkshop> {
  await page.getByRole('textbox', { name: ui.t('home.titleLabel'), exact: true }).fill(options.title);
  const languages = page.getByRole('radiogroup', { name: ui.t('home.localeLabel'), exact: true });
  await chooseRadio(languages, options.locale === 'da' ? 'Dansk' : 'English');
  const anonymous = page.getByRole('checkbox', { name: ui.t('home.anonymousLabel') });
  if ((await anonymous.isChecked()) !== options.anonymous) await anonymous.setChecked(options.anonymous, { force: true });
  await page.getByTestId('start-workshop').click();
  await page.waitForURL(/\/w\/[^/]+\/facilitate/);
  const workshopId = new URL(page.url()).pathname.split('/')[2] ?? '';
  await waitVisible(page.getByTestId('step-title'));
  const joinCode = (await page.getByTestId('join-code').textContent())?.trim() ?? '';
  const joinLink = (await page.getByRole('link', { name: /\/j\// }).getAttribute('href')) ?? '';
  const boardLink = (await page.getByTestId('open-board').getAttribute('href')) ?? '';
  // A separate browser has no stored key, so hand it over in the fragment, as a facilitator would.
  const stored = await page.evaluate((key) => window.localStorage.getItem(key), storageKeys.facilitator(workshopId));
  if (stored === null) throw new Error(`no facilitator key stored for workshop ${workshopId}`);
  const facilitatorKey = JSON.parse(stored) as string;
  const boardHref = `${boardLink}#key=${encodeURIComponent(facilitatorKey)}`;
  return { workshopId, joinCode, joinLink, boardLink, boardHref };
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
  await page.getByTestId('add-note').click();
  const dialog = page.getByRole('dialog', { name: ui.t('noteForm.title') });
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
