import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMPASS_BEFORE } from '../src/domain/templates/compassBefore.ts';
import {
  acceptInvitationByLink,
  changeRoles,
  createOrganisation,
  createProject,
  expectProjectAt,
  inviteMember,
  memberRow,
  movePhase,
  openSection,
  rolesText,
  signUp,
  statusLine,
  type Account,
  type Visit,
} from './support/accountPages.ts';
import { expectNoAxeViolations, launchChromium, screenshot, screenshotEveryPage } from './support/browser.ts';
import { startE2eServer, type E2eServer } from './support/e2eServer.ts';
import {
  addNote,
  chooseRadio,
  createWorkshop,
  expectNoteOn,
  expectReviewStep,
  joinOnJoinPage,
  nextStep,
  openBoardWindow,
  openDesktop,
  openPhone,
  switchLanguage,
  uiText,
  waitFor,
  waitVisible,
} from './support/workshopPages.ts';

/**
 * The same in English, shorter. Robin switches the front page to English, signs up and creates
 * the organisation; Sam is invited as a committee member and accepts on a phone; Robin makes Sam
 * a manager too, and Sam, now allowed to, describes the project and moves its phase from the
 * phone. Robin runs a workshop in it with a guest's phone; last, Robin changes the settings.
 */

const ui = uiText('en');
const ROBIN: Account = { name: 'Robin Shaw', email: 'robin.shaw@council.example', password: 'the rota is on the fridge door' };
const SAM = { name: 'Sam Okafor', email: 'sam.okafor@council.example' } as const;
const ORGANISATION = 'Home care North';
const PROJECT = {
  title: 'Rota app',
  description: 'Shifts are planned and swapped in an app instead of on paper.',
  staffGroups: ['Care workers'],
  units: ['Home care North'],
  frame: { fixed: 'The app has been bought.', open: 'How shift swaps are agreed.' },
} as const;

function visitor(prefix: string): Visit {
  let n = 0;
  return async (page, where) => {
    n += 1;
    await expectNoAxeViolations(page, `${prefix}: ${where}`);
    await screenshot(page, `${prefix}-${String(n).padStart(2, '0')}-${where}`);
  };
}

describe('an organisation in English', () => {
  let server: E2eServer;
  let browser: Browser;
  let robin: Page;
  let sam: Page;
  let projectPath = '';
  const visitRobin = visitor('en-org-robin');
  const visitSam = visitor('en-org-sam');

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

  it('Robin signs up in English and creates the organisation; Sam is invited and accepts on a phone', async () => {
    robin = (await openDesktop(browser, 'en-GB')).page;
    await robin.goto(`${server.url}/`);
    await switchLanguage(robin, 'en');
    await waitVisible(robin.getByRole('heading', { name: ui.t('home.title') }));
    await signUp(robin, ui, server.url, ROBIN, visitRobin);
    await createOrganisation(robin, ui, ORGANISATION);
    await visitRobin(robin, 'projects-empty');

    await openSection(robin, ui, ORGANISATION, 'org.navMembers');
    await inviteMember(robin, ui, SAM.email, ['committee'], visitRobin);

    sam = (await openPhone(browser, 'en-GB')).page;
    await sam.goto(`${server.url}/`);
    await switchLanguage(sam, 'en');
    await acceptInvitationByLink(sam, ui, server.url, { ...SAM, organisationName: ORGANISATION, roles: ['committee'] }, visitSam);
    await waitVisible(sam.getByText(ui.t('project.noneAskLeader')));
    expect(await sam.getByTestId('new-project').count()).toBe(0);
    await visitSam(sam, 'projects-as-committee-member');
  });

  it('Robin makes Sam a manager; Sam creates the project from the phone and moves its phase', async () => {
    await robin.reload();
    await waitVisible(memberRow(robin, SAM.name));
    await waitVisible(memberRow(robin, SAM.name).getByRole('cell', { name: rolesText(ui, ['committee']), exact: true }));
    await changeRoles(robin, ui, SAM.name, ['leader', 'committee'], visitRobin);

    // A manager may create projects: after a reload Sam's list of projects offers it.
    await sam.reload();
    await waitVisible(sam.getByTestId('new-project'));
    await createProject(sam, ui, PROJECT, visitSam);
    projectPath = new URL(sam.url()).pathname;
    await expectProjectAt(sam, ui, 'idea', 'need');
    await movePhase(sam, ui, 'development', 'procurement', visitSam);
    await expectProjectAt(sam, ui, 'development', 'procurement');
    const newest = sam.getByRole('region', { name: ui.t('phase.history') }).getByRole('listitem').first();
    await waitVisible(newest.getByText(ui.t('phase.historyBy', { name: SAM.name }), { exact: true }));
    await visitSam(sam, 'project-moved');
  });

  it('Robin runs a workshop in the project; a guest joins on a phone and writes a note', async () => {
    await robin.goto(`${server.url}${projectPath}`);
    await expectProjectAt(robin, ui, 'development', 'procurement');
    await visitRobin(robin, 'project');
    const workshop = await createWorkshop(robin, ui, { title: 'The compass before the rota app', locale: 'en', anonymous: false });
    await visitRobin(robin, 'facilitator');
    const board = await openBoardWindow(browser, robin, 'en-GB');

    const guest = (await openPhone(browser, 'en-GB')).page;
    await guest.goto(workshop.joinLink);
    await waitVisible(guest.getByRole('textbox', { name: ui.t('join.nameLabel') }));
    await joinOnJoinPage(guest, ui, null);
    await waitVisible(board.getByText(ui.tn('board.participants', 1)));
    // The project's first workshop: its review step says no earlier workshop left an action open.
    await expectReviewStep([robin, board, guest], ui, []);
    const stepTitle = (stepId: string) => COMPASS_BEFORE.steps.find((step) => step.id === stepId)?.title.en ?? '';
    await nextStep(robin, stepTitle('traits'), [board, guest]);
    await nextStep(robin, stepTitle('today'), [board, guest]);
    const text = 'Swapping a shift takes three phone calls';
    await addNote(guest, ui, { category: 'Autonomous', text });
    await expectNoteOn([guest, board, robin], text);
    await expectNoAxeViolations(guest, 'en-org-guest: note written');
    await screenshot(guest, 'en-org-guest-01-note-written');
    await visitRobin(board, 'board-with-note');
  });

  it("Robin changes the organisation's settings", async () => {
    await robin.goto(`${server.url}${projectPath}`);
    await openSection(robin, ui, ORGANISATION, 'org.navSettings');
    const size = robin.getByRole('textbox', { name: ui.t('settings.minGroupSize'), exact: true });
    await size.fill('10');
    const form = robin.locator('form').filter({ has: robin.getByTestId('settings-save') });
    await chooseRadio(form.getByRole('radiogroup', { name: ui.t('settings.defaultLocale'), exact: true }), 'Dansk');
    await robin.getByTestId('settings-save').click();
    await waitVisible(statusLine(robin, ui.t('settings.saved')));
    await visitRobin(robin, 'settings-saved');
    await robin.reload();
    await waitFor('smallest group after reload', () => robin.getByRole('textbox', { name: ui.t('settings.minGroupSize'), exact: true }).inputValue(), '10');
    // New workshops now start in Danish.
    await robin.goto(`${server.url}${projectPath}`);
    await robin.getByTestId('new-workshop').click();
    const dialog = robin.getByRole('dialog', { name: ui.t('projectWorkshop.newTitle') });
    expect(await dialog.getByRole('radiogroup', { name: ui.t('projectWorkshop.locale') }).getByRole('radio', { name: 'Dansk' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: ui.t('common.cancel'), exact: true }).click();
  });
});
