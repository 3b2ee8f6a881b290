import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NOTE_KINDS } from '../src/domain/noteKinds.ts';
import { COMPASS_BEFORE } from '../src/domain/templates/compassBefore.ts';
import { formatDueDate } from '../src/web/ui/actionText.ts';
import { createOrganisation, createProject, signUp } from './support/accountPages.ts';
import { expectNoAxeViolations, launchChromium, screenshot, screenshotEveryPage } from './support/browser.ts';
import { startE2eServer, type E2eServer } from './support/e2eServer.ts';
import {
  addNote,
  containing,
  createWorkshop,
  expectNoteOn,
  expectReviewStep,
  expectVotesLeft,
  fillNoteDialog,
  joinOnJoinPage,
  nextStep,
  noteCards,
  openBoardWindow,
  openDesktop,
  openPhone,
  uiText,
  votesLeftLine,
  waitForCount,
  waitVisible,
} from './support/workshopPages.ts';

/**
 * The compass workshop in English, shortened: the facilitator switches the front page to English,
 * signs up, creates an organisation (in English) and a project, and starts the workshop there; the
 * board in a second tab and two phones follow it from the review (nothing left open: it is the
 * project's first workshop) through one note per notes step, a vote, an action and the summary.
 */

const ui = uiText('en');
const da = uiText('da');
const stepTitle = (stepId: string) => COMPASS_BEFORE.steps.find((step) => step.id === stepId)?.title.en ?? '';
const TRAITS = ['Realistic', 'Recognised', 'Autonomous', 'Meaningful', 'Developing', 'Healthy and safe'] as const;

async function screenshots(pages: { facilitator: Page; board: Page; phone: Page }, name: string): Promise<void> {
  await screenshot(pages.phone, `en-${name}-phone`);
  await screenshot(pages.board, `en-${name}-board`);
  await screenshot(pages.facilitator, `en-${name}-facilitator`);
}

describe('the compass workshop in English', () => {
  let server: E2eServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && browser) await screenshotEveryPage(browser, task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs the review and the five steps in English with a projector and two phones', async () => {
    // The front page opens in Danish; the header's switch turns it to English. The organisation
    // created from the English page speaks English, and so do its new workshops.
    const facilitator = (await openDesktop(browser, 'en-GB')).page;
    await facilitator.goto(`${server.url}/`);
    await waitVisible(facilitator.getByRole('heading', { name: da.t('home.title') }));
    // Not chooseRadio: the switch renames its own group ("Sprog" → "Language"), so the English
    // heading is the sign that the click took.
    await facilitator
      .getByRole('radiogroup', { name: da.t('header.language'), exact: true })
      .getByRole('radio', { name: 'English', exact: true })
      .click({ force: true });
    await waitVisible(facilitator.getByRole('heading', { name: ui.t('home.title') }));
    await expectNoAxeViolations(facilitator, 'home (English)');
    await screenshot(facilitator, 'en-00-home');
    await signUp(facilitator, ui, server.url, { name: 'Robin Shaw', email: 'robin.shaw@council.example', password: 'the rota is on the fridge' });
    const organisationLanguage = facilitator
      .getByRole('region', { name: ui.t('org.createTitle'), exact: true })
      .getByRole('radiogroup', { name: ui.t('org.defaultLocale'), exact: true });
    expect(await organisationLanguage.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    await createOrganisation(facilitator, ui, 'Home care North');
    await createProject(facilitator, ui, { title: 'New rota system', description: 'Shifts planned in an app.', staffGroups: ['Care workers'], units: ['Home care North'], frame: {} });

    await facilitator.getByTestId('new-workshop').click();
    const newWorkshop = facilitator.getByRole('dialog', { name: ui.t('projectWorkshop.newTitle') });
    const workshopLanguage = newWorkshop.getByRole('radiogroup', { name: ui.t('projectWorkshop.locale'), exact: true });
    expect(await workshopLanguage.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    await newWorkshop.getByRole('button', { name: ui.t('common.cancel'), exact: true }).click();
    await newWorkshop.waitFor({ state: 'hidden' });
    const title = 'New rota system';
    const workshop = await createWorkshop(facilitator, ui, { title, locale: 'en', anonymous: false });
    await waitVisible(facilitator.getByRole('heading', { name: ui.t('facilitator.steps') }));

    const board = await openBoardWindow(browser, facilitator, 'en-GB');
    await waitVisible(board.getByText(ui.t('board.joinAt', { host: new URL(server.url).host })));

    // Two phones open the join link; the workshop's language is theirs until they pick another.
    const alex = (await openPhone(browser, 'en-GB')).page;
    await alex.goto(workshop.joinLink);
    await waitVisible(alex.getByRole('textbox', { name: ui.t('join.nameLabel') }));
    await expectNoAxeViolations(alex, 'join page (English)');
    await screenshot(alex, 'en-01-phone-join');
    await joinOnJoinPage(alex, ui, 'Alex');
    const sam = (await openPhone(browser, 'en-GB')).page;
    await sam.goto(workshop.joinLink);
    await joinOnJoinPage(sam, ui, null);
    const phones = [alex, sam];
    const everyone = [facilitator, board, ...phones];
    await waitVisible(board.getByText(ui.tn('board.participants', 2)));
    const pages = { facilitator, board, phone: alex };

    // Step 1, the review: the project's first workshop, so no earlier workshop left an action open.
    await expectReviewStep(everyone, ui, []);
    await expectNoAxeViolations(alex, 'participant, review step (English)');
    await expectNoAxeViolations(board, 'board, review step (English)');
    await expectNoAxeViolations(facilitator, 'facilitator, review step (English)');
    await screenshots(pages, '05-review');

    // Step 2: the six traits.
    await nextStep(facilitator, stepTitle('traits'), [board, ...phones]);
    for (const trait of TRAITS) await waitVisible(alex.getByRole('heading', { name: trait, exact: true }));
    for (const trait of TRAITS) await waitVisible(board.getByRole('heading', { name: trait, exact: true }));
    await expectNoAxeViolations(board, 'board, traits (English)');
    await screenshots(pages, '10-traits');

    // Step 3: one orange note.
    await nextStep(facilitator, stepTitle('today'), [board, ...phones]);
    const today = 'Shift swaps are done by text message';
    await addNote(alex, ui, { category: 'Autonomous', text: today });
    await expectNoteOn(everyone, today);
    expect(await noteCards(board, today).textContent()).toContain(NOTE_KINDS.today.label.en);
    await expectNoAxeViolations(sam, 'participant, notes step (English)');
    await expectNoAxeViolations(facilitator, 'facilitator, notes step (English)');
    await expectNoAxeViolations(board, 'board, notes step (English)');
    await screenshots(pages, '20-today');

    // Step 4: one red note, written with the dialog checked while open.
    await nextStep(facilitator, stepTitle('expectations'), [board, ...phones]);
    await sam.getByTestId('add-note').click();
    const dialog = sam.getByRole('dialog', { name: ui.t('noteForm.title') });
    const worse = 'Less say over my own hours';
    await fillNoteDialog(dialog, ui, { category: 'Autonomous', kind: NOTE_KINDS.worse.label.en, text: worse });
    await expectNoAxeViolations(sam, 'participant, add-note dialog (English)');
    await screenshot(sam, 'en-30-phone-dialog');
    await dialog.getByTestId('send-note').click();
    await expectNoteOn(everyone, worse);
    for (const page of [board, alex]) expect(await noteCards(page, worse).textContent()).toContain(NOTE_KINDS.worse.label.en);
    await screenshots(pages, '30-expectations');

    // Step 5: a precondition each, and a vote.
    await nextStep(facilitator, stepTitle('preconditions'), [board, ...phones]);
    const ideas = [
      { page: alex, category: 'Before', text: 'Agree the rules for swapping shifts' },
      { page: sam, category: 'During', text: 'Keep the paper rota for a month' },
    ];
    for (const idea of ideas) await addNote(idea.page, ui, idea);
    for (const idea of ideas) await expectNoteOn(everyone, idea.text);
    await facilitator.getByTestId('open-voting').click();
    await expectVotesLeft(sam, ui, 3);
    await sam.getByRole('button', { name: ui.t('vote.giveOn', { text: ideas[0]?.text ?? '' }) }).click();
    await expectVotesLeft(sam, ui, 2);
    await waitVisible(noteCards(board, ideas[0]?.text ?? '').getByText(ui.tn('note.votes', 1), { exact: true }));
    await screenshots(pages, '40-voting');
    await facilitator.getByRole('button', { name: ui.t('facilitator.closeVoting') }).click();
    await waitForCount(votesLeftLine(sam, ui), 0);

    // Step 6: an action, linked to a trait.
    await nextStep(facilitator, stepTitle('actions'), [board, ...phones]);
    const action = { what: 'Write down the rules for swapping shifts', who: 'Safety rep', due: '2027-05-14' };
    await facilitator.getByTestId('add-action').click();
    const actionDialog = facilitator.getByRole('dialog', { name: ui.t('actions.addTitle') });
    await actionDialog.getByRole('textbox', { name: ui.t('actions.what') }).fill(action.what);
    await actionDialog.getByRole('textbox', { name: ui.t('actions.who') }).fill(action.who);
    await actionDialog.getByLabel(ui.t('actions.due'), { exact: true }).fill(action.due);
    await actionDialog.getByRole('button', { name: containing(ui.t('actions.trait')) }).click();
    await facilitator.getByRole('option', { name: 'Autonomous', exact: true }).click();
    await expectNoAxeViolations(facilitator, 'facilitator, action dialog (English)');
    await actionDialog.getByRole('button', { name: ui.t('common.save') }).click();
    const due = formatDueDate(action.due, 'en') ?? '';
    for (const page of everyone) {
      const row = page.getByTestId('action-row').filter({ hasText: action.what });
      await waitForCount(row, 1);
      const text = (await row.textContent()) ?? '';
      for (const part of [action.who, due, 'Autonomous']) expect(text).toContain(part);
    }
    await expectNoAxeViolations(alex, 'participant, actions step (English)');
    await screenshots(pages, '50-actions');

    // Finish, and the summary.
    await facilitator.getByTestId('finish-workshop').click();
    await facilitator.getByRole('alertdialog', { name: ui.t('facilitator.finishConfirmTitle') }).getByRole('button', { name: ui.t('facilitator.finish') }).click();
    // The guests are thanked; the summary stays with the organisation, for members signed in.
    for (const phone of phones) await waitVisible(phone.getByText(ui.t('participant.finished')));
    for (const phone of phones) await waitVisible(phone.getByRole('link', { name: ui.t('participant.endedSignIn') }));
    await expectNoAxeViolations(alex, 'participant, workshop finished (English)');
    await screenshot(alex, 'en-60-finished-phone');
    await waitVisible(board.getByText(ui.t('board.finished')));
    await facilitator.getByTestId('summary-link').click();
    await waitVisible(facilitator.getByRole('heading', { name: ui.t('summary.heading', { title }) }));
    const section = (name: string) => facilitator.getByRole('region', { name, exact: true });
    await waitVisible(section(stepTitle('review')).getByText(ui.t('review.emptyMinutes'), { exact: true }));
    const counts = (step: string, category: string) => section(step).getByRole('region', { name: category, exact: true }).locator('.kind-counts li');
    expect((await counts(stepTitle('today'), 'Autonomous').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim())).toEqual([`${NOTE_KINDS.today.label.en} 1 note`]);
    expect((await counts(stepTitle('expectations'), 'Autonomous').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim())).toEqual([`${NOTE_KINDS.worse.label.en} 1 note`]);
    const voted = section(stepTitle('preconditions')).locator('.summary-note').filter({ hasText: ideas[0]?.text ?? '' });
    expect(await voted.textContent()).toContain(ui.tn('note.votes', 1));
    const row = section(ui.t('summary.actions')).getByTestId('action-row');
    await waitForCount(row, 1);
    for (const part of [action.what, action.who, due]) expect(await row.textContent()).toContain(part);
    await expectNoAxeViolations(facilitator, 'summary (English)');
    await screenshot(facilitator, 'en-70-summary');
    await facilitator.emulateMedia({ media: 'print' });
    await screenshot(facilitator, 'en-71-summary-print');
  });
});
