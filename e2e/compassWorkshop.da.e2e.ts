import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NOTE_KINDS } from '../src/domain/noteKinds.ts';
import { COMPASS_BEFORE } from '../src/domain/templates/compassBefore.ts';
import { formatDueDate } from '../src/web/ui/actionText.ts';
import { createOrganisation, createProject, signInWithPassword, signUp, type Account } from './support/accountPages.ts';
import { expectNoAxeViolations, launchChromium, screenshot, screenshotEveryPage } from './support/browser.ts';
import { startE2eServer, type E2eServer } from './support/e2eServer.ts';
import {
  addNote,
  checkByLabel,
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
  setSwitch,
  startingWith,
  uiText,
  votesLeftLine,
  waitFor,
  waitForCount,
  waitVisible,
  type CreatedWorkshop,
  type Devices,
} from './support/workshopPages.ts';

/**
 * A whole compass workshop in Danish: a facilitator's laptop, the projector and three phones, each
 * its own browser, from the review of earlier actions through the five steps to the printed
 * summary, with private writing, a timer, dot voting, merging and grouping, and a phone that loses
 * its network while writing. The facilitator has an account and an organisation with a project;
 * the workshops start there, and the later ones open with the action the first one decided.
 */

const ui = uiText('da');
const stepTitle = (stepId: string) => COMPASS_BEFORE.steps.find((step) => step.id === stepId)?.title.da ?? '';
const TRAITS = ['Realistisk', 'Anerkendt', 'Selvstændigt', 'Meningsfyldt', 'Udviklende', 'Sundt og sikkert'] as const;
const KIND = { today: NOTE_KINDS.today.label.da, better: NOTE_KINDS.better.label.da, worse: NOTE_KINDS.worse.label.da, idea: NOTE_KINDS.idea.label.da };

/** "Skrevet af" — how a note names its author. */
const AUTHOR_PREFIX = ui.t('note.author', { name: '' }).trim();
/** A note on the wire that carries a name. */
const NAMED_AUTHOR = /"authorName":"/;

/** The facilitator: signed up, with an organisation and a project to hold the workshops. */
const LENE: Account = { name: 'Lene Holm', email: 'lene.holm@kommune.example', password: 'rejser til Aarhus hver tirsdag' };

/** The action the first workshop decides; the project's later workshops open with it. */
const ACTION = { what: 'Planlæg oplæring i hold på højst seks', who: 'MED-udvalget', due: '2027-03-01' } as const;
const FIRST_WORKSHOP = 'Nyt rejseafregningssystem';

interface Lead extends Devices {
  readonly projectPath: string;
}

/** Signs the facilitator up, and creates her organisation and a project; her browser stays signed in. */
async function setUpLead(browser: Browser, url: string): Promise<Lead> {
  const lead = await openDesktop(browser, 'da-DK');
  await signUp(lead.page, ui, url, LENE);
  await expectNoAxeViolations(lead.page, 'home, signed in');
  await screenshot(lead.page, 'da-00-home');
  await createOrganisation(lead.page, ui, 'Økonomiafdelingen');
  await createProject(lead.page, ui, { title: 'Nyt rejseafregningssystem', description: 'Rejser afregnes i et nyt system fra foråret.', staffGroups: ['Bogholdere'], units: [], frame: {} });
  return { ...lead, projectPath: new URL(lead.page.url()).pathname };
}

/** A new tab in the facilitator's browser, on the project's page, where a workshop starts. */
async function projectTab(lead: Lead, url: string): Promise<Page> {
  const page = await lead.context.newPage();
  await page.goto(`${url}${lead.projectPath}`);
  await waitVisible(page.getByTestId('new-workshop'));
  return page;
}

/** Every frame the page's sockets receive from now on. */
function collectFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))));
  return frames;
}

interface Room {
  readonly browser: Browser;
  readonly url: string;
  /** The project the workshop belongs to. */
  readonly projectPath: string;
  readonly workshop: CreatedWorkshop;
  readonly facilitator: Page;
  readonly board: Page;
  readonly mette: Page;
  readonly jonas: Page;
  readonly nameless: Page;
  readonly namelessContext: BrowserContext;
  readonly phones: readonly Page[];
  /** Everyone who sees the workshop live. */
  readonly everyone: readonly Page[];
}

async function screenshots(room: Room, name: string): Promise<void> {
  await screenshot(room.mette, `da-${name}-phone`);
  await screenshot(room.board, `da-${name}-board`);
  await screenshot(room.facilitator, `da-${name}-facilitator`);
}

/**
 * The facilitator creates the workshop in the project; the projector, a computer of its own,
 * opens the board, is asked to sign in and comes back to it; three phones join.
 */
async function gather(browser: Browser, url: string, lead: Lead): Promise<Room> {
  const facilitator = await projectTab(lead, url);
  const workshop = await createWorkshop(facilitator, ui, { title: FIRST_WORKSHOP, locale: 'da', anonymous: false });
  expect(workshop.joinCode).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);
  // The board's address carries no secret: the board runs on a signed-in session.
  expect(workshop.boardLink).toBe(`/w/${workshop.workshopId}/board`);
  expect(workshop.joinLink).toBe(`${url}/j/${workshop.joinCode.replace('-', '')}`);

  const board = (await openDesktop(browser, 'da-DK')).page;
  await board.goto(`${url}${workshop.boardLink}`);
  await waitVisible(board.getByRole('heading', { level: 1, name: ui.t('projectWorkshop.signInTitle') }));
  await waitVisible(board.getByText(ui.t('projectWorkshop.signInFacilitator')));
  await expectNoAxeViolations(board, 'board, signed out');
  await screenshot(board, 'da-02-board-signed-out');
  await board.getByRole('link', { name: ui.t('projectWorkshop.signIn'), exact: true }).click();
  await signInWithPassword(board, ui, LENE);
  await board.waitForURL(`${url}${workshop.boardLink}`);
  await waitVisible(board.getByTestId('step-title'));
  expect(await board.getByTestId('join-code').textContent()).toContain(workshop.joinCode);
  // The QR code on the projector encodes the join link.
  await waitVisible(board.getByRole('img', { name: ui.t('board.qrLabel', { url: workshop.joinLink }) }));

  // Mette types the code on the front page (as someone might: lower case, with a space).
  const mette = (await openPhone(browser, 'da-DK')).page;
  await mette.goto(`${url}/`);
  await waitVisible(mette.getByRole('heading', { name: ui.t('home.title') }));
  await expectNoAxeViolations(mette, 'home on a phone, signed out');
  await screenshot(mette, 'da-01-phone-home');
  await mette.getByRole('textbox', { name: ui.t('home.joinCodeLabel'), exact: true }).fill(workshop.joinCode.toLowerCase().replace('-', ' '));
  await mette.getByRole('button', { name: ui.t('home.joinButton') }).click();
  await mette.waitForURL(/\/j\//);
  await waitVisible(mette.getByTestId('join-workshop-title'));
  await expectNoAxeViolations(mette, 'join page');
  await screenshot(mette, 'da-01-phone-join');
  await joinOnJoinPage(mette, ui, 'Mette');

  // Jonas and a participant without a name open the join link, as the QR code does.
  const jonas = (await openPhone(browser, 'da-DK')).page;
  await jonas.goto(workshop.joinLink);
  await joinOnJoinPage(jonas, ui, 'Jonas');
  const namelessDevice = await openPhone(browser, 'da-DK');
  const nameless = namelessDevice.page;
  await nameless.goto(workshop.joinLink);
  await joinOnJoinPage(nameless, ui, null);

  await waitVisible(board.getByText(ui.tn('board.participants', 3)));
  const phones = [mette, jonas, nameless];
  return { browser, url, projectPath: lead.projectPath, workshop, facilitator, board, mette, jonas, nameless, namelessContext: namelessDevice.context, phones, everyone: [facilitator, board, ...phones] };
}

/** The first workshop in the project: the review step says no earlier workshop left an action open. */
async function stepReview(room: Room): Promise<void> {
  await expectReviewStep(room.everyone, ui, []);
  await expectNoAxeViolations(room.mette, 'participant, review step');
  await expectNoAxeViolations(room.board, 'board, review step');
  await expectNoAxeViolations(room.facilitator, 'facilitator, review step');
  await screenshots(room, '05-review');
}

async function stepTraits(room: Room): Promise<void> {
  await nextStep(room.facilitator, stepTitle('traits'), [room.board, ...room.phones]);
  for (const phone of room.phones) {
    expect(await phone.getByTestId('step-title').textContent()).toBe(stepTitle('traits'));
    for (const trait of TRAITS) await waitVisible(phone.getByRole('heading', { name: trait, exact: true }));
  }
  for (const trait of TRAITS) await waitVisible(room.board.getByRole('heading', { name: trait, exact: true }));
  await expectNoAxeViolations(room.mette, 'participant, traits step');
  await expectNoAxeViolations(room.board, 'board, traits step');
  await expectNoAxeViolations(room.facilitator, 'facilitator, traits step');
  await screenshots(room, '10-traits');
}

async function stepToday(room: Room): Promise<void> {
  const { facilitator, board, mette, jonas, nameless, everyone } = room;
  await nextStep(facilitator, stepTitle('today'), [board, ...room.phones]);
  const orange = [
    { page: mette, category: 'Realistisk', text: 'Vi taster de samme kvitteringer to gange' },
    { page: jonas, category: 'Selvstændigt', text: 'Systemet bestemmer rækkefølgen i sagsbehandlingen' },
    { page: nameless, category: 'Sundt og sikkert', text: 'For meget tid foran skærmen uden pauser' },
  ];
  for (const note of orange) await addNote(note.page, ui, note);
  for (const note of orange) {
    await expectNoteOn(everyone, note.text);
    expect(await noteCards(board, note.text).textContent()).toContain(KIND.today);
  }
  await waitForCount(board.getByTestId('note-card'), 3);

  // Names with the notes, when the facilitator shows them; a note without a name has none.
  await setSwitch(facilitator, ui.t('facilitator.showAuthors'), true);
  await waitVisible(noteCards(board, orange[0]?.text ?? '').getByText(ui.t('note.author', { name: 'Mette' })));
  await waitVisible(noteCards(jonas, orange[0]?.text ?? '').getByText(ui.t('note.author', { name: 'Mette' })));
  expect(await noteCards(board, orange[2]?.text ?? '').textContent()).not.toContain(AUTHOR_PREFIX);

  // Private writing: Jonas's note is hidden from the room (a count only) until it is revealed.
  await setSwitch(facilitator, ui.t('facilitator.privateWriting'), true);
  await waitVisible(jonas.getByText(ui.t('participant.privateWriting')));
  const secret = 'Jeg er usikker på, om jeg kan finde ud af det nye';
  await addNote(jonas, ui, { category: 'Udviklende', text: secret });
  await waitVisible(noteCards(jonas, secret).getByText(ui.t('note.hiddenMine')));
  for (const phone of [mette, nameless]) await waitVisible(phone.getByText(ui.tn('participant.hiddenCount', 1)));
  await waitVisible(board.getByText(ui.tn('board.hiddenCount', 1)));
  await waitVisible(facilitator.getByRole('button', { name: ui.tn('facilitator.revealCount', 1) }));
  for (const page of [facilitator, board, mette, nameless]) expect(await noteCards(page, secret).count()).toBe(0);
  await screenshot(mette, 'da-20-phone-private');
  await screenshot(board, 'da-20-board-private');
  await facilitator.getByRole('button', { name: ui.tn('facilitator.revealCount', 1) }).click();
  await expectNoteOn(everyone, secret);
  await waitForCount(board.getByText(ui.tn('board.hiddenCount', 1)), 0);
  await setSwitch(facilitator, ui.t('facilitator.privateWriting'), false);
  await waitForCount(jonas.getByText(ui.t('participant.privateWriting')), 0);

  await expectNoAxeViolations(mette, 'participant, notes step');
  await expectNoAxeViolations(board, 'board, notes step');
  await expectNoAxeViolations(facilitator, 'facilitator, notes step');
  await screenshots(room, '20-today');
  await screenshot(nameless, 'da-20-today-phone-nameless');
}

async function stepExpectations(room: Room): Promise<void> {
  const { facilitator, board, mette, jonas, nameless, everyone } = room;
  await nextStep(facilitator, stepTitle('expectations'), [board, ...room.phones]);

  // The add-note dialog, checked while open.
  await mette.getByTestId('add-note').click();
  const dialog = mette.getByRole('dialog', { name: ui.t('noteForm.title') });
  await waitVisible(dialog);
  const green = { category: 'Realistisk', kind: KIND.better, text: 'Kvitteringen bliver fotograferet med det samme' };
  await fillNoteDialog(dialog, ui, green);
  await expectNoAxeViolations(mette, 'participant, add-note dialog');
  await screenshot(mette, 'da-30-phone-dialog');
  await dialog.getByTestId('send-note').click();
  await dialog.waitFor({ state: 'hidden' });
  const red = { category: 'Anerkendt', kind: KIND.worse, text: 'Ingen ser længere, hvor meget arbejde der ligger i en sag' };
  await addNote(jonas, ui, red);
  for (const [note, kind] of [[green, KIND.better], [red, KIND.worse]] as const) {
    await expectNoteOn(everyone, note.text);
    // The kind is said in words, not by colour alone.
    for (const page of [board, nameless, facilitator]) expect(await noteCards(page, note.text).textContent()).toContain(kind);
  }

  // A countdown, the same on the phones and the projector.
  await facilitator.getByRole('group', { name: ui.t('facilitator.timerPresets') }).getByRole('button', { name: ui.t('facilitator.minutes', { minutes: 3 }) }).click();
  for (const page of [board, ...room.phones]) {
    const clock = page.getByTestId('timer').getByRole('timer');
    await waitVisible(clock);
    expect(await clock.textContent()).toMatch(/^[0-3]:[0-5]\d$/);
  }
  await screenshots(room, '30-expectations');

  await offlineWriting(room);
}

/** The nameless phone loses its network, writes two notes, and comes back: each lands once. */
async function offlineWriting(room: Room): Promise<void> {
  const { nameless, namelessContext } = room;
  const status = nameless.getByTestId('offline-status');
  const offlineNotes = [
    { category: 'Meningsfyldt', kind: KIND.better, text: 'Mere tid til borgerne, når bilagene går af sig selv' },
    { category: 'Sundt og sikkert', kind: KIND.worse, text: 'Stress, når systemet går ned ved månedsafslutning' },
  ];
  await namelessContext.setOffline(true);
  await waitFor('offline status', async () => (await status.textContent())?.trim(), ui.t('status.offline'));
  for (const note of offlineNotes) await addNote(nameless, ui, note);
  await waitFor('offline status with waiting notes', async () => (await status.textContent())?.trim(), ui.tn('status.offlineNotes', 2));
  for (const note of offlineNotes) await waitVisible(noteCards(nameless, note.text).getByText(ui.t('note.pending')));
  await screenshot(nameless, 'da-35-phone-offline');
  for (const page of [room.board, room.facilitator, room.mette]) {
    for (const note of offlineNotes) expect(await noteCards(page, note.text).count()).toBe(0);
  }

  await namelessContext.setOffline(false);
  for (const note of offlineNotes) await expectNoteOn(room.everyone, note.text);
  await waitForCount(nameless.getByText(ui.t('note.pending')), 0);
  await nameless.reload();
  await waitVisible(nameless.getByTestId('step-title'));
  for (const note of offlineNotes) {
    await expectNoteOn(room.everyone, note.text);
    expect(await noteCards(nameless, note.text).textContent()).not.toContain(ui.t('note.pending'));
  }
}

async function stepPreconditions(room: Room): Promise<{ merged: string; grouped: string }> {
  const { facilitator, board, mette, jonas, nameless, everyone } = room;
  await nextStep(facilitator, stepTitle('preconditions'), [board, ...room.phones]);
  const ideas = {
    training: { page: mette, category: 'Før', text: 'Oplæring i små hold' },
    test: { page: mette, category: 'Før', text: 'Test systemet med rigtige rejser' },
    golive: { page: jonas, category: 'Før', text: 'Oplæring før vi går live' },
    superuser: { page: jonas, category: 'Under', text: 'En superbruger på hver afdeling' },
    review: { page: nameless, category: 'Efter', text: 'Evaluering efter tre måneder' },
  };
  for (const idea of Object.values(ideas)) await addNote(idea.page, ui, idea);
  for (const idea of Object.values(ideas)) await expectNoteOn(everyone, idea.text);
  expect(await noteCards(board, ideas.review.text).textContent()).toContain(KIND.idea);

  // Dot voting: three dots each; the count goes down and stops at the budget.
  await facilitator.getByTestId('open-voting').click();
  const voteOn = (page: Page, text: string) => page.getByRole('button', { name: ui.t('vote.giveOn', { text }) });
  const votesLeftIs = (page: Page, left: number) => expectVotesLeft(page, ui, left);
  for (const phone of room.phones) await votesLeftIs(phone, 3);
  await waitVisible(board.getByText(ui.t('board.votingOpen')));
  await screenshot(mette, 'da-40-phone-voting');

  await voteOn(mette, ideas.training.text).click();
  await votesLeftIs(mette, 2);
  await voteOn(mette, ideas.superuser.text).click();
  await votesLeftIs(mette, 1);
  await voteOn(mette, ideas.training.text).click();
  await votesLeftIs(mette, 0);
  // Out of dots: every vote button on Mette's phone is disabled.
  const voteButtons = await mette.getByRole('button', { name: startingWith(ui.t('vote.giveOn', { text: '' })) }).all();
  expect(voteButtons).toHaveLength(Object.keys(ideas).length);
  for (const button of voteButtons) expect(await button.isDisabled()).toBe(true);
  await waitVisible(noteCards(mette, ideas.training.text).getByText(ui.tn('vote.mine', 2)));

  await voteOn(jonas, ideas.golive.text).click();
  await votesLeftIs(jonas, 2);
  await voteOn(nameless, ideas.superuser.text).click();
  await votesLeftIs(nameless, 2);
  // A vote in a named workshop can be taken back.
  await nameless.getByRole('button', { name: ui.t('vote.retractOn', { text: ideas.superuser.text }) }).click();
  await votesLeftIs(nameless, 3);
  await voteOn(nameless, ideas.review.text).click();
  await votesLeftIs(nameless, 2);

  const votesOn = (text: string, n: number) => waitVisible(noteCards(board, text).getByText(ui.tn('note.votes', n), { exact: true }));
  await votesOn(ideas.training.text, 2);
  await votesOn(ideas.superuser.text, 1);
  await votesOn(ideas.golive.text, 1);
  await votesOn(ideas.review.text, 1);
  await screenshots(room, '40-voting');
  await facilitator.getByRole('button', { name: ui.t('facilitator.closeVoting') }).click();
  await waitForCount(votesLeftLine(mette, ui), 0);
  await waitForCount(board.getByText(ui.t('board.votingOpen')), 0);

  // The facilitator merges two notes that say the same (their votes add up) …
  const select = (text: string) => facilitator.getByRole('checkbox', { name: ui.t('facilitator.selectNote', { text }) }).check({ force: true });
  await select(ideas.training.text);
  await select(ideas.golive.text);
  await facilitator.getByTestId('merge-notes').click();
  const mergeDialog = facilitator.getByRole('dialog', { name: ui.tn('merge.title', 2) });
  const merged = 'Oplæring i små hold, før vi går live';
  await mergeDialog.getByRole('textbox', { name: ui.t('merge.text') }).fill(merged);
  await mergeDialog.getByRole('button', { name: ui.t('merge.confirm') }).click();
  await expectNoteOn(everyone, merged);
  await expectNoteOn(everyone, ideas.training.text, 0);
  await expectNoteOn(everyone, ideas.golive.text, 0);
  await votesOn(merged, 3);

  // … and groups two others.
  const grouped = 'Støtte undervejs';
  await select(ideas.superuser.text);
  await select(ideas.review.text);
  await facilitator.getByTestId('group-notes').click();
  const groupDialog = facilitator.getByRole('dialog', { name: ui.tn('group.title', 2) });
  await groupDialog.getByRole('textbox', { name: ui.t('group.name') }).fill(grouped);
  await groupDialog.getByRole('button', { name: ui.t('group.confirm') }).click();
  const groupOnBoard = board.getByRole('region', { name: `${grouped} (${ui.tn('board.noteCount', 2)})` });
  await waitVisible(groupOnBoard);
  await waitForCount(groupOnBoard.getByTestId('note-card'), 2);
  await waitVisible(mette.getByRole('region', { name: new RegExp(`^${grouped}`) }));
  await expectNoteOn(everyone, ideas.superuser.text);
  await expectNoAxeViolations(board, 'board, brainstorm with a group');
  await expectNoAxeViolations(facilitator, 'facilitator, brainstorm with a group');
  await screenshots(room, '41-merged-grouped');
  return { merged, grouped };
}

async function stepActions(room: Room, linkedNote: string): Promise<{ what: string; who: string; due: string }> {
  const { facilitator, board } = room;
  await nextStep(facilitator, stepTitle('actions'), [board, ...room.phones]);
  const action = ACTION;
  await facilitator.getByTestId('add-action').click();
  const dialog = facilitator.getByRole('dialog', { name: ui.t('actions.addTitle') });
  await dialog.getByRole('textbox', { name: ui.t('actions.what') }).fill(action.what);
  await dialog.getByRole('textbox', { name: ui.t('actions.who') }).fill(action.who);
  await dialog.getByLabel(ui.t('actions.due'), { exact: true }).fill(action.due);
  await dialog.getByRole('button', { name: containing(ui.t('actions.trait')) }).click();
  await facilitator.getByRole('option', { name: 'Udviklende', exact: true }).click();
  // Below the problem and the follow-up, the notes to link are past the dialog's fold.
  await checkByLabel(dialog.getByRole('checkbox', { name: containing(linkedNote) }));
  await expectNoAxeViolations(facilitator, 'facilitator, action dialog');
  await dialog.getByRole('button', { name: ui.t('common.save') }).click();
  await dialog.waitFor({ state: 'hidden' });

  const dueText = formatDueDate(action.due, 'da') ?? '';
  for (const page of room.everyone) {
    const row = page.getByTestId('action-row').filter({ hasText: action.what });
    await waitForCount(row, 1);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(action.who);
    expect(text).toContain(dueText);
    expect(text).toContain('Udviklende');
  }
  expect(await board.getByTestId('action-row').textContent()).toContain(linkedNote);
  await expectNoAxeViolations(room.mette, 'participant, actions step');
  await expectNoAxeViolations(board, 'board, actions step');
  await screenshots(room, '50-actions');
  return { ...action, due: dueText };
}

/**
 * A guest's token works only while the workshop is open: the phones say thank you and that the
 * organisation keeps the summary (its members read it signed in); the join link no longer lets
 * anyone in, and a phone that took part is refused the summary.
 */
async function guestsAreDone(room: Room): Promise<void> {
  for (const phone of room.phones) await waitVisible(phone.getByRole('link', { name: ui.t('participant.endedSignIn') }));
  expect(await room.mette.getByRole('link', { name: ui.t('participant.seeSummary'), exact: true }).count()).toBe(0);
  await expectNoAxeViolations(room.mette, 'participant, workshop finished');
  // Opened again, the phone's token is refused; the page says why instead of the workshop.
  await room.jonas.reload();
  const ended = room.jonas.getByTestId('workshop-ended');
  await waitVisible(ended.getByText(ui.t('participant.finished'), { exact: true }));
  await waitVisible(ended.getByText(ui.t('participant.endedKept'), { exact: true }));
  await waitVisible(ended.getByRole('link', { name: ui.t('participant.endedSignIn') }));
  expect(await room.jonas.getByTestId('step-title').count()).toBe(0);
  await expectNoAxeViolations(room.jonas, 'participant reopened after the end');
  await screenshot(room.jonas, 'da-60-finished-phone-reopened');

  const late = (await openPhone(room.browser, 'da-DK')).page;
  await late.goto(room.workshop.joinLink);
  await waitVisible(late.getByText(ui.t('join.finished')));
  expect(await late.getByTestId('join-button').count()).toBe(0);
  await expectNoAxeViolations(late, 'join page, workshop finished');
  await screenshot(late, 'da-61-phone-join-finished');

  const summaryOnPhone = await room.mette.context().newPage();
  await summaryOnPhone.goto(`${room.url}/w/${room.workshop.workshopId}/summary`);
  await waitVisible(summaryOnPhone.getByRole('heading', { level: 1, name: ui.t('projectWorkshop.signInTitle') }));
  await waitVisible(summaryOnPhone.getByText(ui.t('projectWorkshop.signInSummary')));
  expect(await summaryOnPhone.getByRole('heading', { name: ui.t('summary.heading', { title: 'Nyt rejseafregningssystem' }) }).count()).toBe(0);
  await expectNoAxeViolations(summaryOnPhone, 'summary refused on a guest phone');
  await screenshot(summaryOnPhone, 'da-62-phone-summary-refused');
  await summaryOnPhone.close();
}

async function finishAndSummarise(room: Room, made: { merged: string; grouped: string; action: { what: string; who: string; due: string } }): Promise<void> {
  const { facilitator, board } = room;
  await facilitator.getByTestId('finish-workshop').click();
  const confirm = facilitator.getByRole('alertdialog', { name: ui.t('facilitator.finishConfirmTitle') });
  await confirm.getByRole('button', { name: ui.t('facilitator.finish') }).click();
  for (const phone of room.phones) await waitVisible(phone.getByText(ui.t('participant.finished')));
  await waitVisible(board.getByText(ui.t('board.finished')));
  await screenshots(room, '60-finished');
  await guestsAreDone(room);

  await facilitator.getByTestId('summary-link').click();
  await waitVisible(facilitator.getByRole('heading', { name: ui.t('summary.heading', { title: 'Nyt rejseafregningssystem' }) }));
  const section = (title: string) => facilitator.getByRole('region', { name: title, exact: true });
  const counts = async (step: string, trait: string) =>
    (await section(step).getByRole('region', { name: trait, exact: true }).locator('.kind-counts li').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());

  // The review: the first workshop in the project had nothing to follow up.
  await waitVisible(section(stepTitle('review')).getByText(ui.t('review.emptyMinutes'), { exact: true }));

  // Per trait: how many notes of each kind, and the notes themselves.
  expect(await counts(stepTitle('today'), 'Realistisk')).toEqual([`${KIND.today} 1 seddel`]);
  expect(await counts(stepTitle('today'), 'Udviklende')).toEqual([`${KIND.today} 1 seddel`]);
  expect(await counts(stepTitle('today'), 'Anerkendt')).toEqual([]);
  await waitVisible(section(stepTitle('today')).getByRole('region', { name: 'Anerkendt', exact: true }).getByText(ui.t('summary.noNotes')));
  expect(await counts(stepTitle('expectations'), 'Sundt og sikkert')).toEqual([`${KIND.worse} 1 seddel`]);
  expect(await counts(stepTitle('expectations'), 'Realistisk')).toEqual([`${KIND.better} 1 seddel`]);
  await waitVisible(section(stepTitle('expectations')).getByText('Kvitteringen bliver fotograferet med det samme'));

  // The brainstorm with its votes and group.
  const brainstorm = section(stepTitle('preconditions'));
  const mergedNote = brainstorm.locator('.summary-note').filter({ hasText: made.merged });
  await waitForCount(mergedNote, 1);
  expect(await mergedNote.textContent()).toContain(ui.tn('note.votes', 3));
  await waitVisible(brainstorm.getByText(ui.t('summary.groupWithCount', { label: made.grouped, count: ui.tn('board.noteCount', 2) })));

  // The action.
  const row = section(ui.t('summary.actions')).getByTestId('action-row');
  await waitForCount(row, 1);
  const rowText = (await row.textContent()) ?? '';
  for (const part of [made.action.what, made.action.who, made.action.due, made.merged]) expect(rowText).toContain(part);

  await expectNoAxeViolations(facilitator, 'summary');
  await screenshot(facilitator, 'da-70-summary');
  await facilitator.emulateMedia({ media: 'print' });
  await waitForCount(facilitator.getByRole('button', { name: ui.t('summary.print') }).locator('visible=true'), 0);
  await screenshot(facilitator, 'da-71-summary-print');
  await facilitator.emulateMedia({ media: 'screen' });

  // Back on the project's page, the workshop is listed as finished.
  await facilitator.goto(`${room.url}${room.projectPath}`);
  const listed = facilitator.getByTestId('project-workshop').filter({ hasText: 'Nyt rejseafregningssystem' });
  await waitVisible(listed.getByText(ui.t('projectWorkshop.finished'), { exact: true }));
  await expectNoAxeViolations(facilitator, 'project page with a finished workshop');
  await screenshot(facilitator, 'da-72-project-finished');
}

describe('the compass workshop in Danish', () => {
  let server: E2eServer;
  let browser: Browser;
  let lead: Lead;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    lead = await setUpLead(browser, server.url);
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && browser) await screenshotEveryPage(browser, task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs the review and all five steps with a facilitator, a projector and three phones', async () => {
    const room = await gather(browser, server.url, lead);
    await stepReview(room);
    await stepTraits(room);
    await stepToday(room);
    await stepExpectations(room);
    const made = await stepPreconditions(room);
    const action = await stepActions(room, made.merged);
    await finishAndSummarise(room, { ...made, action });
  });

  it('keeps an anonymous workshop anonymous: no name field, no names on notes', async () => {
    const facilitator = await projectTab(lead, server.url);
    const workshop = await createWorkshop(facilitator, ui, { title: 'Ny vagtplan', locale: 'da', anonymous: true });
    await waitVisible(facilitator.getByText(ui.t('facilitator.isAnonymous')));
    // "Show names" cannot be turned on in an anonymous workshop.
    expect(await facilitator.getByRole('switch', { name: ui.t('facilitator.showAuthors') }).isDisabled()).toBe(true);

    // The board in another tab of the facilitator's browser, every frame it receives recorded.
    const board = await lead.context.newPage();
    const frames = collectFrames(board);
    await board.goto(`${server.url}${workshop.boardLink}`);
    await waitVisible(board.getByTestId('step-title'));

    const phones: Page[] = [];
    for (const i of [0, 1]) {
      const phone = (await openPhone(browser, 'da-DK')).page;
      await phone.goto(workshop.joinLink);
      await waitVisible(phone.getByTestId('join-workshop-title'));
      await waitVisible(phone.getByText(ui.t('join.anonymousExplained')));
      expect(await phone.getByRole('textbox', { name: ui.t('join.nameLabel') }).count()).toBe(0);
      if (i === 0) await screenshot(phone, 'da-80-anonymous-join');
      await joinOnJoinPage(phone, ui, null);
      phones.push(phone);
    }
    const [writer, reader] = phones as [Page, Page];
    // The workshop opens with the action the first workshop decided, still open.
    await expectReviewStep([facilitator, board, writer, reader], ui, [{ what: ACTION.what, decidedIn: FIRST_WORKSHOP }]);
    await nextStep(facilitator, stepTitle('traits'), [board, writer, reader]);
    await nextStep(facilitator, stepTitle('today'), [board, writer, reader]);
    const text = 'Vagtplanen bliver lagt uden om os';
    await addNote(writer, ui, { category: 'Selvstændigt', text });
    await expectNoteOn([facilitator, board, writer, reader], text);
    for (const page of [facilitator, board, writer, reader]) expect(await noteCards(page, text).textContent()).not.toContain(AUTHOR_PREFIX);
    expect(frames.filter((frame) => NAMED_AUTHOR.test(frame))).toEqual([]);
    await screenshot(reader, 'da-81-anonymous-phone');
  });

  it('hides every name once the workshop is made anonymous, even with "show names" on', async () => {
    const facilitator = await projectTab(lead, server.url);
    const workshop = await createWorkshop(facilitator, ui, { title: 'Ny telefonløsning', locale: 'da', anonymous: false });
    const board = await openBoardWindow(browser, facilitator, 'da-DK');
    const phone = (await openPhone(browser, 'da-DK')).page;
    await phone.goto(workshop.joinLink);
    await joinOnJoinPage(phone, ui, 'Mette');
    await expectReviewStep([facilitator, board, phone], ui, [{ what: ACTION.what, decidedIn: FIRST_WORKSHOP }]);
    await nextStep(facilitator, stepTitle('traits'), [board, phone]);
    await nextStep(facilitator, stepTitle('today'), [board, phone]);
    await setSwitch(facilitator, ui.t('facilitator.showAuthors'), true);
    const before = 'Vi kan ikke se, hvem der har ringet';
    await addNote(phone, ui, { category: 'Anerkendt', text: before });
    await waitVisible(noteCards(board, before).getByText(ui.t('note.author', { name: 'Mette' })));

    await facilitator.getByRole('button', { name: ui.t('facilitator.makeAnonymous') }).click();
    await facilitator.getByRole('alertdialog', { name: ui.t('facilitator.anonymousConfirmTitle') }).getByRole('button', { name: ui.t('facilitator.anonymousConfirm') }).click();
    await waitVisible(facilitator.getByText(ui.t('facilitator.isAnonymous')));
    const frames = collectFrames(board);
    await board.reload();
    await waitVisible(board.getByTestId('step-title'));
    const after = 'Opkaldene bliver fordelt automatisk';
    await addNote(phone, ui, { category: 'Selvstændigt', text: after });
    await expectNoteOn([facilitator, board, phone], after);
    await waitForCount(board.getByText(AUTHOR_PREFIX), 0);
    for (const page of [facilitator, board, phone]) {
      for (const text of [before, after]) expect(await noteCards(page, text).textContent()).not.toContain(AUTHOR_PREFIX);
    }
    expect(frames.filter((frame) => NAMED_AUTHOR.test(frame))).toEqual([]);
  });
});
