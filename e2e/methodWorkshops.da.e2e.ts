import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { categoriesOf } from '../src/domain/categories.ts';
import { PHASE_QUESTIONS } from '../src/domain/method/phaseQuestions.ts';
import { NOTE_KINDS } from '../src/domain/noteKinds.ts';
import { REGISTERS } from '../src/domain/registers.ts';
import type { RegisterId } from '../src/domain/registerTypes.ts';
import { findTemplate } from '../src/domain/templateRegistry.ts';
import { REVIEW_STEP } from '../src/domain/templates/reviewStep.ts';
import type { WorkshopCommand } from '../src/domain/workshopCommands.ts';
import { createOrganisation, createProject, signUp, type Account } from './support/accountPages.ts';
import { expectNoAxeViolations, launchChromium, screenshot, screenshotEveryPage } from './support/browser.ts';
import { startE2eServer, type E2eServer } from './support/e2eServer.ts';
import { cookieOf, createWorkshopOverHttp, facilitatorSends, guestSends } from './support/protocolGuests.ts';
import {
  addNote,
  checkByLabel,
  createWorkshop,
  expectNoteOn,
  expectReviewStep,
  joinOnJoinPage,
  nextStep,
  noteCards,
  openBoardWindow,
  openDesktop,
  openPhone,
  uiText,
  waitFor,
  waitVisible,
  type CreatedWorkshop,
  type Devices,
} from './support/workshopPages.ts';

/**
 * The method's other dialogues in Danish, each walked by a facilitator, the projector and two
 * phones: the roles plan filled in together, the status after with its comparison below and at
 * the minimum group size, technology moving tasks with its registers and an action sent upward,
 * and the involvement dialogue for a chosen phase. Extra participants, where a room needs more
 * people than a test opens browsers for, take part through the protocol (support/protocolGuests.ts).
 */

const ui = uiText('da');
const LEAD: Account = { name: 'Birgitte Lund', email: 'birgitte.lund@kommune.example', password: 'MED-udvalget mødes hver torsdag' };

function template(id: string) {
  const found = findTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}
const stepTitle = (templateId: string, stepId: string) => template(templateId).steps.find((s) => s.id === stepId)?.title.da ?? '';
const stepIndex = (templateId: string, stepId: string) => template(templateId).steps.findIndex((s) => s.id === stepId);
const fieldLabel = (register: RegisterId, field: string) => REGISTERS[register].fields.find((f) => f.id === field)?.label.da ?? field;
const fixedLabel = (register: RegisterId, row: string) => REGISTERS[register].fixedRows.find((r) => r.id === row)?.label.da ?? row;
const categoryLabel = (set: Parameters<typeof categoriesOf>[0], id: string) => categoriesOf(set).find((c) => c.id === id)?.label.da ?? id;

interface Lead extends Devices {
  readonly projectPath: string;
  readonly organisationId: string;
  readonly projectId: string;
}

interface Room {
  readonly facilitator: Page;
  readonly board: Page;
  readonly phones: readonly [Page, Page];
  readonly workshop: CreatedWorkshop;
}

let server: E2eServer;
let browser: Browser;
let lead: Lead;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchChromium();
  const devices = await openDesktop(browser, 'da-DK');
  await signUp(devices.page, ui, server.url, LEAD);
  const organisationId = await createOrganisation(devices.page, ui, 'Hjemmeplejen Nord');
  await createProject(devices.page, ui, {
    title: 'Ny planlægningsapp',
    description: 'Ruterne planlægges i en app i stedet for på tavlen.',
    staffGroups: ['Social- og sundhedshjælpere'],
    units: [],
    frame: {},
  });
  const projectPath = new URL(devices.page.url()).pathname;
  const projectId = decodeURIComponent(projectPath.split('/').at(-1) ?? '');
  lead = { ...devices, projectPath, organisationId, projectId };
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await screenshotEveryPage(browser, context.task.name);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The facilitator starts a workshop of a template on the project page; the board and two phones
 * join. The workshop opens with the review of the project's open actions from earlier workshops
 * (`openActions`: none, unless a workshop before decided some); every device shows it, and the
 * facilitator goes on to the template's own first step.
 */
async function gather(templateId: string, title: string, options: { phase?: string; openActions?: ReadonlyArray<{ what: string; decidedIn?: string }> } = {}): Promise<Room> {
  const { phase, openActions = [] } = options;
  const facilitator = await lead.context.newPage();
  await facilitator.goto(`${server.url}${lead.projectPath}`);
  await waitVisible(facilitator.getByTestId('new-workshop'));
  const workshop = await createWorkshop(facilitator, ui, { title, locale: 'da', anonymous: false, templateId, ...(phase ? { phase } : {}) });
  expect(await facilitator.getByTestId('step-title').textContent()).toBe(REVIEW_STEP.title.da);
  expect(template(templateId).steps[0]?.id).toBe(REVIEW_STEP.id);
  const board = await openBoardWindow(browser, facilitator, 'da-DK');
  const phones: Page[] = [];
  for (const name of ['Hanne', 'Omar']) {
    const phone = (await openPhone(browser, 'da-DK')).page;
    await phone.goto(workshop.joinLink);
    await joinOnJoinPage(phone, ui, name);
    phones.push(phone);
  }
  await expectReviewStep([facilitator, board, ...phones], ui, openActions);
  const first = template(templateId).steps[1];
  if (!first) throw new Error(`${templateId} has no step after the review`);
  await nextStep(facilitator, first.title.da, [board, ...phones]);
  return { facilitator, board, phones: phones as [Page, Page], workshop };
}

async function closeRoom(room: Room): Promise<void> {
  for (const page of [room.board, ...room.phones]) await page.context().close();
  await room.facilitator.close();
}

async function next(room: Room, templateId: string, stepId: string): Promise<void> {
  await nextStep(room.facilitator, stepTitle(templateId, stepId), [room.board, ...room.phones]);
}

/** Opens a register row's dialog on a page (a fixed row by its label, or a new row), fills fields, saves. */
async function saveRow(page: Page, register: RegisterId, row: { edit: string } | 'new', fields: Readonly<Record<string, string>>): Promise<void> {
  const title = row === 'new' ? ui.t('registerStep.addTitle', { register: REGISTERS[register].name.da }) : ui.t('registerStep.editTitle', { row: row.edit });
  if (row === 'new') await page.getByTestId('add-register-row').click();
  else await page.getByRole('button', { name: ui.t('registerStep.editOne', { row: row.edit }), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await waitVisible(dialog);
  for (const [field, value] of Object.entries(fields)) {
    await dialog.getByRole('textbox', { name: fieldLabel(register, field), exact: true }).fill(value);
  }
  await dialog.getByRole('button', { name: ui.t('common.save'), exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function expectTextOn(pages: readonly Page[], text: string): Promise<void> {
  for (const page of pages) await waitVisible(page.getByText(text, { exact: false }).first());
}

describe('the method’s dialogues, in Danish', () => {
  it('fills in the roles plan together, live on every device, and keeps it on the project', async () => {
    const room = await gather('roles-plan', 'Hvem gør hvad i appen?');
    const [hanne, omar] = room.phones;
    const everyone = [room.facilitator, room.board, hanne, omar];
    await waitVisible(hanne.getByRole('heading', { name: 'Ledere', exact: false }).first());

    await next(room, 'roles-plan', 'plan');
    for (const page of everyone) await waitVisible(page.getByRole('heading', { name: REGISTERS.rolesPlan.name.da, exact: true }));
    await saveRow(hanne, 'rolesPlan', { edit: fixedLabel('rolesPlan', 'leaders') }, { what: 'Fortæller, hvad der ligger fast, og hvad vi kan ændre' });
    await expectTextOn(everyone, 'Fortæller, hvad der ligger fast, og hvad vi kan ændre');
    await saveRow(omar, 'rolesPlan', 'new', { who: 'Planlæggerne på kontoret', how: 'Et kort møde hver mandag' });
    await expectTextOn(everyone, 'Planlæggerne på kontoret');
    await expectNoAxeViolations(hanne, 'participant, register step');
    await expectNoAxeViolations(room.board, 'board, register step');
    await expectNoAxeViolations(room.facilitator, 'facilitator, register step');
    await screenshot(hanne, 'da-m10-roles-plan-phone');
    await screenshot(room.board, 'da-m10-roles-plan-board');

    // A row half written on a phone outlives the facilitator moving on, and a reload.
    const newRow = hanne.getByRole('dialog', { name: ui.t('registerStep.addTitle', { register: REGISTERS.rolesPlan.name.da }) });
    const who = fieldLabel('rolesPlan', 'who');
    await hanne.getByTestId('add-register-row').click();
    await waitVisible(newRow);
    await newRow.getByRole('textbox', { name: who, exact: true }).fill('Superbrugerne på hvert hold');
    await next(room, 'roles-plan', 'advice');
    await newRow.waitFor({ state: 'hidden' });
    await waitVisible(hanne.getByRole('heading', { name: REGISTERS.adviceChecklist.name.da, exact: true }));
    expect(await hanne.getByTestId('register-draft').count()).toBe(0);
    await room.facilitator.getByTestId('previous-step').click();
    for (const page of everyone) await waitFor(`step title on ${page.url()}`, async () => (await page.getByTestId('step-title').textContent())?.trim(), stepTitle('roles-plan', 'plan'));
    const kept = hanne.getByTestId('register-draft');
    await waitVisible(kept.getByText('Superbrugerne på hvert hold', { exact: false }));
    await hanne.reload();
    await waitVisible(kept.getByText('Superbrugerne på hvert hold', { exact: false }));
    await expectNoAxeViolations(hanne, 'participant, register step with a row kept');
    await screenshot(hanne, 'da-m10-roles-plan-kept-row-phone');
    await kept.getByRole('button', { name: ui.t('registerStep.draftReopen'), exact: true }).click();
    await waitVisible(newRow);
    expect(await newRow.getByRole('textbox', { name: who, exact: true }).inputValue()).toBe('Superbrugerne på hvert hold');
    await newRow.getByRole('textbox', { name: fieldLabel('rolesPlan', 'how'), exact: true }).fill('Viser de andre appen i pauserne');
    await newRow.getByRole('button', { name: ui.t('common.save'), exact: true }).click();
    await newRow.waitFor({ state: 'hidden' });
    await expectTextOn(everyone, 'Viser de andre appen i pauserne');
    await expectTextOn(everyone, 'Superbrugerne på hvert hold');
    expect(await kept.count()).toBe(0);

    await next(room, 'roles-plan', 'advice');
    await saveRow(omar, 'adviceChecklist', { edit: fixedLabel('adviceChecklist', 'involve-early') }, { note: 'Vi var med fra idéen' });
    await expectTextOn([room.board, hanne], 'Vi var med fra idéen');
    await screenshot(omar, 'da-m11-advice-phone');

    // What the room wrote is the project's roles plan and checklist.
    const project = room.facilitator;
    await project.goto(`${server.url}${lead.projectPath}`);
    await expectTextOn([project], 'Planlæggerne på kontoret');
    await expectTextOn([project], 'Vi var med fra idéen');
    // Coming back to the tab asks for the registers again (they change in workshops elsewhere).
    const askedAgain = project.waitForRequest((request) => request.url().endsWith('/registers'));
    await project.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await askedAgain;
    await closeRoom(room);
  });

  it('takes stock after the system came, and compares with the compass only from the minimum group size', async () => {
    // Months ago: a compass workshop in which five people wrote what they expected.
    const cookie = await cookieOf(lead.context);
    const compass = await createWorkshopOverHttp(server.url, cookie, lead, { title: 'Kompasset før appen', templateId: 'compass-before' });
    await facilitatorSends(server.url, compass.workshopId, cookie, [{ type: 'step.go', stepIndex: stepIndex('compass-before', 'expectations') }]);
    const expected: Array<[string, 'better' | 'worse']> = [
      ['realistic', 'better'],
      ['realistic', 'better'],
      ['healthy', 'worse'],
      ['autonomous', 'worse'],
      ['meaningful', 'better'],
    ];
    for (const [i, [category, kind]] of expected.entries()) {
      await guestSends(server.url, compass.joinCode, [{ type: 'note.add', noteId: `before-${i}`, stepId: 'expectations', category, kind, text: `Forventning ${i + 1}` }]);
    }

    const room = await gather('status-after', 'Status et halvt år efter');
    const [hanne, omar] = room.phones;
    const everyone = [room.facilitator, room.board, hanne, omar];
    await next(room, 'status-after', 'changes');
    const better = { category: 'Realistisk', kind: NOTE_KINDS.improved.label.da, text: 'Ruterne er klar, når vi møder ind' };
    const worse = { category: 'Sundt og sikkert', kind: NOTE_KINDS.worsened.label.da, text: 'Vi kigger på telefonen, mens vi kører' };
    await addNote(hanne, ui, better);
    await addNote(omar, ui, worse);
    await expectNoteOn(everyone, worse.text);
    expect(await noteCards(room.board, worse.text).textContent()).toContain(NOTE_KINDS.worsened.label.da);
    // Two more colleagues write from their phones: four in all.
    const after = (id: string, category: string, kind: 'improved' | 'worsened'): WorkshopCommand => ({
      type: 'note.add',
      noteId: id,
      stepId: 'changes',
      category,
      kind,
      text: `Oplevet ${id}`,
    });
    await guestSends(server.url, room.workshop.joinCode, [after('g1', 'healthy', 'worsened')]);
    await guestSends(server.url, room.workshop.joinCode, [after('g2', 'meaningful', 'improved')]);
    await screenshot(hanne, 'da-m20-status-changes-phone');

    await next(room, 'status-after', 'why-good');
    await addNote(hanne, ui, { category: 'Realistisk', text: 'Superbrugerne hjalp os de første uger' });
    await expectNoteOn([room.board], 'Superbrugerne hjalp os de første uger');

    // Which deteriorations can we act on: the worsened notes only, with dots.
    await next(room, 'status-after', 'pick');
    await waitVisible(omar.getByText(worse.text).first());
    expect(await hanne.getByText(better.text).count()).toBe(0);
    await room.facilitator.getByTestId('open-voting').click();
    await omar.getByRole('button', { name: ui.t('vote.giveOn', { text: worse.text }) }).click();
    await waitVisible(noteCards(room.board, worse.text).getByText(ui.tn('note.votes', 1), { exact: true }));
    await expectNoAxeViolations(omar, 'participant, select step');
    await screenshot(omar, 'da-m21-status-pick-phone');

    await next(room, 'status-after', 'actions');
    await next(room, 'status-after', 'comparison');
    // Four took part after; five are needed on each side: every device says why nothing is shown.
    const tooFew = ui.tn('comparisonView.tooFewExperienced', 4, { title: 'Status et halvt år efter', min: 5 });
    for (const page of everyone) await waitVisible(page.getByText(tooFew));
    for (const page of everyone) expect(await page.getByRole('table').count()).toBe(0);
    await expectNoAxeViolations(hanne, 'participant, comparison hidden');
    await screenshot(hanne, 'da-m22-comparison-hidden-phone');
    await screenshot(room.board, 'da-m22-comparison-hidden-board');

    // A fifth colleague wrote on paper: the facilitator types the note in for the room and records
    // one person on paper, and the comparison appears, trait by trait.
    const cookieNow = await cookieOf(lead.context);
    await facilitatorSends(server.url, room.workshop.workshopId, cookieNow, [{ type: 'step.go', stepIndex: stepIndex('status-after', 'changes') }]);
    await waitFor('back at the changes', async () => (await room.facilitator.getByTestId('step-title').textContent())?.trim(), stepTitle('status-after', 'changes'));
    const quick = room.facilitator.locator('#quick-entry');
    await quick.getByTestId('quick-code').fill('1g');
    await quick.getByTestId('quick-code').press('Enter');
    const paperNote = 'Ingen papirlister i bilen mere';
    await quick.getByRole('textbox', { name: ui.t('noteForm.text'), exact: true }).fill(paperNote);
    await quick.getByTestId('quick-add').click();
    await expectNoteOn([room.board], paperNote);
    expect(await noteCards(room.board, paperNote).textContent()).toContain(NOTE_KINDS.improved.label.da);
    await quick.getByTestId('paper-headcount').fill('1');
    await quick.getByTestId('paper-headcount').press('Enter');
    await quick.locator('.paper-headcount').getByRole('button', { name: ui.t('common.save'), exact: true }).click();
    await waitFor('saved headcount', () => quick.locator('.paper-headcount').getByRole('button', { name: ui.t('common.save'), exact: true }).isDisabled(), true);
    await expectNoAxeViolations(room.facilitator, 'facilitator, typing for the room with a paper count');
    await quick.scrollIntoViewIfNeeded();
    await screenshot(room.facilitator, 'da-m22-paper-count-facilitator');
    await facilitatorSends(server.url, room.workshop.workshopId, cookieNow, [{ type: 'step.go', stepIndex: stepIndex('status-after', 'comparison') }]);
    for (const page of everyone) {
      const table = page.getByRole('table', { name: ui.t('comparisonView.caption') });
      await waitVisible(table);
      // Realistic: better expected 2 and experienced 2 (Hanne's and the one from paper); worse none.
      const realistic = table.getByRole('row').filter({ hasText: 'Realistisk' }).getByRole('cell');
      await waitFor('realistic row', async () => (await realistic.allTextContents()).map((c) => c.trim()), ['2', '2', '0', '0']);
    }
    // Healthy and safe: better expected 0 and experienced 0; worse expected 1 and experienced 2 (Omar's and g1's).
    const cells = await room.board.getByRole('table').getByRole('row').filter({ hasText: 'Sundt og sikkert' }).getByRole('cell').allTextContents();
    expect(cells.map((c) => c.trim())).toEqual(['0', '0', '1', '2']);
    await expectNoAxeViolations(hanne, 'participant, comparison shown');
    await expectNoAxeViolations(room.board, 'board, comparison shown');
    await screenshot(hanne, 'da-m23-comparison-phone');
    await screenshot(room.board, 'da-m23-comparison-board');
    await closeRoom(room);
  });

  it('finds where technology moved tasks, records the shifts and the invisible work, and sends an action upward', async () => {
    const room = await gather('tasks-move', 'MED-møde om appen');
    const [hanne, omar] = room.phones;
    const everyone = [room.facilitator, room.board, hanne, omar];
    await next(room, 'tasks-move', 'seen');
    const seen = { category: categoryLabel('taskMoves', categoriesOf('taskMoves')[0]?.id ?? ''), text: 'Ruteændringer skrives nu af hjælperne selv' };
    await addNote(hanne, ui, seen);
    await expectNoteOn(everyone, seen.text);
    expect(await noteCards(room.board, seen.text).textContent()).toContain(NOTE_KINDS.consequence.label.da);

    await next(room, 'tasks-move', 'burdens');
    const burden = { category: categoryLabel('burdens', categoriesOf('burdens')[0]?.id ?? ''), text: 'Mindre tid hos borgeren' };
    await addNote(omar, ui, burden);
    await expectNoteOn(everyone, burden.text);

    await next(room, 'tasks-move', 'whom');
    const whom = { category: categoryLabel('burdened', categoriesOf('burdened')[0]?.id ?? ''), text: 'Hjælperne med de længste ruter' };
    await addNote(hanne, ui, whom);
    await expectNoteOn(everyone, whom.text);

    await next(room, 'tasks-move', 'shifts');
    await saveRow(hanne, 'taskShifts', 'new', { task: 'Indtaste ændringer i ruten', from: 'Planlæggerne', to: 'Hjælperne i bilen' });
    await expectTextOn(everyone, 'Indtaste ændringer i ruten');
    await expectNoAxeViolations(hanne, 'participant, task shifts');
    await screenshot(hanne, 'da-m30-task-shifts-phone');

    await next(room, 'tasks-move', 'invisible');
    await saveRow(omar, 'invisibleWork', 'new', { work: 'Lære nye kolleger appens genveje', carriedBy: 'De erfarne hjælpere' });
    await expectTextOn(everyone, 'Lære nye kolleger appens genveje');
    await screenshot(room.board, 'da-m31-invisible-work-board');

    await next(room, 'tasks-move', 'remedies');
    const remedy = { category: categoryLabel('scope', 'upward'), text: 'Tid til oplæring af nye i planen' };
    await addNote(hanne, ui, remedy);
    await expectNoteOn(everyone, remedy.text);

    await next(room, 'tasks-move', 'actions');
    const action = { what: 'Bed om en halv time til oplæring af hver ny kollega', who: 'AMR' };
    await room.facilitator.getByTestId('add-action').click();
    const dialog = room.facilitator.getByRole('dialog', { name: ui.t('actions.addTitle') });
    await dialog.getByRole('textbox', { name: ui.t('actions.what') }).fill(action.what);
    await dialog.getByRole('textbox', { name: ui.t('actions.who') }).fill(action.who);
    // The dialog asks for a problem and a follow-up too: who takes the action on, and where it is
    // sent, are at and below the dialog's fold.
    await checkByLabel(dialog.getByRole('radiogroup', { name: ui.t('actionScope.label') }).getByRole('radio', { name: ui.t('actionScope.choice.upward'), exact: true }));
    await checkByLabel(dialog.getByRole('radiogroup', { name: ui.t('actionScope.upwardToLabel') }).getByRole('radio', { name: ui.t('actionScope.target.management'), exact: true }));
    await expectNoAxeViolations(room.facilitator, 'facilitator, action sent upward');
    await dialog.getByRole('button', { name: ui.t('common.save') }).click();
    await dialog.waitFor({ state: 'hidden' });
    for (const page of everyone) {
      const row = page.getByTestId('action-row').filter({ hasText: action.what });
      await waitVisible(row);
      expect(await row.textContent()).toContain(ui.t('actionScope.upward.management'));
    }
    await screenshot(omar, 'da-m32-actions-phone');

    // On the project page: the shift, the invisible work and the action among those sent upward.
    const project = room.facilitator;
    await project.goto(`${server.url}${lead.projectPath}`);
    await expectTextOn([project], 'Indtaste ændringer i ruten');
    await expectTextOn([project], 'Lære nye kolleger appens genveje');
    const planned = project.getByTestId('action-plan-row').filter({ hasText: action.what });
    await waitVisible(planned);
    await waitVisible(planned.getByText(ui.t('actionPlan.sentTo.management'), { exact: true }));
    await expectNoAxeViolations(project, 'project page with registers and actions');
    await screenshot(project, 'da-m33-project-page');
    await closeRoom(room);
  });

  it('talks through the questions of a chosen phase and ends at the roles plan', async () => {
    const operation = 'Implementering og drift';
    // The committee's meeting before (the test above) sent an action upward; it is still open, so
    // this workshop in the same project opens with it.
    const room = await gather('four-phases', 'Inddragelse i driften', {
      phase: operation,
      openActions: [{ what: 'Bed om en halv time til oplæring af hver ny kollega', decidedIn: 'MED-møde om appen' }],
    });
    const [hanne, omar] = room.phones;
    const everyone = [room.facilitator, room.board, hanne, omar];
    // The template's first step, after the review, says in words which phase the workshop is about.
    await waitVisible(hanne.getByTestId('phase-operation'));
    await screenshot(hanne, 'da-m40-phases-phone');

    await next(room, 'four-phases', 'questions');
    const [first, second] = PHASE_QUESTIONS.operation;
    const answers = [
      { page: hanne, category: first?.text.da ?? '', text: 'Superbrugerne laver korte videoer' },
      { page: omar, category: second?.text.da ?? '', text: 'Vi øver på rigtige ruter, før vi går i gang' },
    ];
    for (const answer of answers) await addNote(answer.page, ui, answer);
    for (const answer of answers) await expectNoteOn(everyone, answer.text);
    // Only the chosen phase's questions are offered.
    const ideaQuestion = PHASE_QUESTIONS.idea[0]?.text.da ?? '';
    expect(await room.board.getByText(ideaQuestion).count()).toBe(0);
    await expectNoAxeViolations(hanne, 'participant, phase questions');
    await screenshot(hanne, 'da-m41-phase-questions-phone');
    await screenshot(room.board, 'da-m41-phase-questions-board');

    await next(room, 'four-phases', 'actions');
    await next(room, 'four-phases', 'roles');
    for (const page of everyone) await waitVisible(page.getByRole('heading', { name: REGISTERS.rolesPlan.name.da, exact: true }));
    await closeRoom(room);
  });
});
