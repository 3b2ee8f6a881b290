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
  signInWithLink,
  signUp,
  statusLine,
  type Account,
  type Visit,
} from './support/accountPages.ts';
import { DESKTOP, expectNoAxeViolations, launchChromium, PHONE, screenshot, screenshotEveryPage } from './support/browser.ts';
import { startE2eServer, type E2eServer } from './support/e2eServer.ts';
import {
  addNote,
  createWorkshop,
  expectNoteOn,
  expectReviewStep,
  joinOnJoinPage,
  nextStep,
  openBoardWindow,
  openDesktop,
  openPhone,
  setSwitch,
  uiText,
  waitFor,
  waitForCount,
  waitVisible,
  type CreatedWorkshop,
} from './support/workshopPages.ts';

/**
 * A workplace sets itself up in Kompas, in Danish. Anne signs up on her laptop and confirms her
 * address from the mail, creates the organisation and invites her colleague Bo as employee and
 * union representative. Bo opens the invitation on his phone, gets a sign-in link by mail and
 * accepts; Anne changes his roles. Anne describes a project with its staff groups, units and
 * frame, and moves its phase; she starts a workshop, which Bo (a representative, so he may
 * facilitate) runs from his laptop, with a guest on a phone who has no account. Last, Anne
 * changes the organisation's settings. Every page is checked with axe and photographed.
 */

const ui = uiText('da');
const ANNE: Account = { name: 'Anne Dahl', email: 'anne.dahl@kommune.example', password: 'kaffe på tredje sal kl. 9' };
const BO = { name: 'Bo Nielsen', email: 'bo.nielsen@kommune.example' } as const;
const ORGANISATION = 'Hjemmeplejen Nord';
const PROJECT = {
  title: 'Digital ruteplanlægning',
  description: 'Ruterne i hjemmeplejen lægges af et planlægningssystem i stedet for på tavlen.',
  staffGroups: ['Social- og sundhedshjælpere', 'Planlæggere'],
  units: ['Hjemmeplejen Nord', 'Natholdet'],
  frame: {
    fixed: 'Systemet er valgt, og det tages i brug til efteråret.',
    open: 'Hvordan ruterne lægges, og hvem der kan ændre dem i løbet af dagen.',
    benefits: 'Mindre tid på kørsel og færre ændringer i sidste øjeblik.',
    harms: 'At der ikke bliver plads til de små snakke med borgerne.',
  },
} as const;
const WORKSHOP_TITLE = 'Kompasset før ruteplanlægningen';

/** axe on the page as it is, then a full-page screenshot, numbered per person in the order visited. */
function visitor(prefix: string): Visit {
  let n = 0;
  return async (page, where) => {
    n += 1;
    await expectNoAxeViolations(page, `${prefix}: ${where}`);
    await screenshot(page, `${prefix}-${String(n).padStart(2, '0')}-${where}`);
  };
}

/** The same page checked and photographed at a laptop's and at a phone's width. */
async function atBothWidths(page: Page, visit: Visit, where: string): Promise<void> {
  await visit(page, `${where}-desktop`);
  await page.setViewportSize(PHONE);
  await visit(page, `${where}-phone`);
  await page.setViewportSize(DESKTOP);
}

describe('an organisation in Danish: accounts, invitations, roles, a project and a workshop', () => {
  let server: E2eServer;
  let browser: Browser;
  let anne: Page;
  let boPhone: Page;
  let organisationId = '';
  let projectPath = '';
  let workshop: CreatedWorkshop;
  const visitAnne = visitor('da-org-anne');
  const visitBo = visitor('da-org-bo');
  const visitGuest = visitor('da-org-guest');

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

  it('Anne signs up, confirms her address from the mail and creates the organisation', async () => {
    anne = (await openDesktop(browser, 'da-DK')).page;
    await anne.goto(`${server.url}/`);
    await waitVisible(anne.getByRole('heading', { name: ui.t('account.ctaTitle') }));
    await atBothWidths(anne, visitAnne, 'home-signed-out');
    await signUp(anne, ui, server.url, ANNE, visitAnne);
    await waitVisible(anne.getByText(ui.t('org.mineEmpty')));
    await visitAnne(anne, 'home-signed-in');

    organisationId = await createOrganisation(anne, ui, ORGANISATION);
    expect(organisationId).not.toBe('');
    await waitVisible(anne.getByText(ui.t('project.none')));
    await waitVisible(anne.getByTestId('new-project'));
    // The header names the organisation and its sections; an administrator has Settings too.
    const nav = anne.getByRole('navigation', { name: ui.t('org.navLabel', { name: ORGANISATION }) });
    for (const section of ['org.navProjects', 'org.navMembers', 'org.navSettings'] as const) await waitVisible(nav.getByRole('link', { name: ui.t(section), exact: true }));
    await atBothWidths(anne, visitAnne, 'projects-empty');
  });

  it('Anne invites Bo as employee and union representative; Bo accepts from the mail on his phone', async () => {
    await openSection(anne, ui, ORGANISATION, 'org.navMembers');
    const me = memberRow(anne, ANNE.name);
    await waitVisible(me.getByText(ui.t('members.you')));
    await waitVisible(me.getByRole('cell', { name: rolesText(ui, ['admin']), exact: true }));
    await inviteMember(anne, ui, BO.email, ['employee', 'union_rep'], visitAnne);
    await atBothWidths(anne, visitAnne, 'members-invited');

    boPhone = (await openPhone(browser, 'da-DK')).page;
    const joined = await acceptInvitationByLink(boPhone, ui, server.url, { ...BO, organisationName: ORGANISATION, roles: ['employee', 'union_rep'] }, visitBo);
    expect(joined).toBe(organisationId);
    // Bo may read the projects but not create them, nor change the settings.
    await waitVisible(boPhone.getByText(ui.t('project.noneAskLeader')));
    expect(await boPhone.getByTestId('new-project').count()).toBe(0);
    const nav = boPhone.getByRole('navigation', { name: ui.t('org.navLabel', { name: ORGANISATION }) });
    await waitVisible(nav.getByRole('link', { name: ui.t('org.navMembers'), exact: true }));
    expect(await nav.getByRole('link', { name: ui.t('org.navSettings'), exact: true }).count()).toBe(0);
    await visitBo(boPhone, 'projects-as-member');
  });

  it("Anne changes Bo's roles on the members page, and Bo sees them", async () => {
    await anne.reload();
    await waitVisible(memberRow(anne, BO.name));
    await waitVisible(memberRow(anne, BO.name).getByRole('cell', { name: rolesText(ui, ['employee', 'union_rep']), exact: true }));
    await waitVisible(anne.getByText(ui.t('members.noInvitations')));
    await changeRoles(anne, ui, BO.name, ['union_rep', 'safety_rep'], visitAnne);
    await visitAnne(anne, 'members-roles-changed');

    await boPhone.goto(`${server.url}/`);
    const link = boPhone.getByTestId('org-link').filter({ hasText: ORGANISATION });
    await waitVisible(link.getByText(ui.t('org.myRoles', { roles: rolesText(ui, ['union_rep', 'safety_rep']) }), { exact: true }));
    await visitBo(boPhone, 'home-with-organisation');
    // His list of members shows no email addresses and no controls: he does not manage members.
    await link.click();
    await openSection(boPhone, ui, ORGANISATION, 'org.navMembers');
    await waitForCount(boPhone.getByTestId('member-row'), 2);
    expect(await boPhone.getByTestId('invite-open').count()).toBe(0);
    expect(await boPhone.getByRole('columnheader', { name: ui.t('members.email') }).count()).toBe(0);
    expect(await boPhone.getByRole('button', { name: ui.t('members.editOne', { name: ANNE.name }) }).count()).toBe(0);
    await visitBo(boPhone, 'members-as-member');
  });

  it('Anne creates a project with staff groups, units and a frame, edits it, and moves its phase', async () => {
    await openSection(anne, ui, ORGANISATION, 'org.navProjects');
    await createProject(anne, ui, PROJECT, visitAnne);
    projectPath = new URL(anne.url()).pathname;
    await expectProjectAt(anne, ui, 'idea', 'need');
    for (const tag of [...PROJECT.staffGroups, ...PROJECT.units]) await waitVisible(anne.getByRole('listitem').filter({ hasText: tag }).first());
    await waitVisible(anne.getByText(PROJECT.frame.harms, { exact: true }));
    // The history starts with where the project was created.
    const history = anne.getByRole('region', { name: ui.t('phase.history') });
    await waitForCount(history.getByRole('listitem'), 1);
    await waitVisible(history.getByText(ui.t('phase.historyEntry', { phase: 'Idé', step: 'Behov eller problem' }), { exact: true }));
    await atBothWidths(anne, visitAnne, 'project-new');

    // The frame: one more answer.
    await anne.getByTestId('edit-frame').click();
    const frameDialog = anne.getByRole('dialog', { name: ui.t('frame.editTitle') });
    const freed = 'Den sparede køretid går til borgerne, ikke til flere besøg.';
    await frameDialog.getByRole('textbox', { name: ui.t('frame.freedResources'), exact: true }).fill(freed);
    await visitAnne(anne, 'project-edit-frame');
    await frameDialog.getByRole('button', { name: ui.t('common.save'), exact: true }).click();
    await frameDialog.waitFor({ state: 'hidden' });
    await waitVisible(statusLine(anne, ui.t('project.saved')));
    await waitVisible(anne.getByText(freed, { exact: true }));

    // The details: a unit fewer.
    await anne.getByTestId('edit-project').click();
    const details = anne.getByRole('dialog', { name: ui.t('project.editDetailsTitle') });
    await details.getByRole('button', { name: ui.t('project.tagRemove', { tag: 'Natholdet' }), exact: true }).click();
    await waitVisible(details.getByRole('status').filter({ hasText: ui.t('project.tagRemoved', { tag: 'Natholdet' }) }));
    await details.getByRole('button', { name: ui.t('common.save'), exact: true }).click();
    await details.waitFor({ state: 'hidden' });
    await waitForCount(anne.getByRole('list', { name: ui.t('project.units'), exact: true }).getByRole('listitem'), 1);

    await movePhase(anne, ui, 'assessment', 'benefit_mapping', visitAnne);
    await expectProjectAt(anne, ui, 'assessment', 'benefit_mapping');
    // Newest first, with who moved it.
    await waitForCount(history.getByRole('listitem'), 2);
    const newest = history.getByRole('listitem').first();
    await waitVisible(newest.getByText(ui.t('phase.historyEntry', { phase: 'Konsekvensvurdering', step: 'Gevinstkortlægning' }), { exact: true }));
    await waitVisible(newest.getByText(ui.t('phase.historyBy', { name: ANNE.name }), { exact: true }));
    await atBothWidths(anne, visitAnne, 'project-moved');

    // The list of projects says the same, in words.
    await anne.getByRole('link', { name: ui.t('project.backToList') }).click();
    const card = anne.getByTestId('project-card').filter({ hasText: PROJECT.title });
    await waitVisible(card.getByText(ui.t('project.phaseOf', { number: 2, total: 4, phase: 'Konsekvensvurdering' })));
    await waitVisible(card.getByText(ui.t('project.stepIs', { step: 'Gevinstkortlægning' })));
    await waitVisible(card.getByText(ui.tn('project.workshops', 0)));
    await visitAnne(anne, 'projects-one');
  });

  it('Anne starts a workshop; Bo facilitates it from his laptop; a guest joins on a phone and writes a note', async () => {
    await anne.goto(`${server.url}${projectPath}`);
    await waitVisible(anne.getByTestId('new-workshop'));
    await anne.getByTestId('new-workshop').click();
    await waitVisible(anne.getByRole('dialog', { name: ui.t('projectWorkshop.newTitle') }));
    await visitAnne(anne, 'project-new-workshop-dialog');
    await anne.getByRole('dialog').getByRole('button', { name: ui.t('common.cancel'), exact: true }).click();
    workshop = await createWorkshop(anne, ui, { title: WORKSHOP_TITLE, locale: 'da', anonymous: false });
    await waitVisible(anne.getByRole('link', { name: ui.t('projectWorkshop.backToProject') }));
    await visitAnne(anne, 'facilitator');

    // Bo on his laptop: the project's page asks him to sign in; a sign-in link brings him back.
    const boLaptop = (await openDesktop(browser, 'da-DK')).page;
    await boLaptop.goto(`${server.url}${projectPath}`);
    await waitVisible(boLaptop.getByRole('heading', { level: 1, name: ui.t('org.signInTitle') }));
    await visitBo(boLaptop, 'project-signed-out');
    await boLaptop.getByRole('link', { name: ui.t('account.signInLink'), exact: true }).click();
    await signInWithLink(boLaptop, ui, server.url, BO.email, visitBo);
    await boLaptop.waitForURL(`${server.url}${projectPath}`);
    const listed = boLaptop.getByTestId('project-workshop').filter({ hasText: WORKSHOP_TITLE });
    await waitVisible(listed.getByText(ui.t('projectWorkshop.open'), { exact: true }));
    await waitVisible(listed.getByText(workshop.joinCode, { exact: true }));
    // A representative may facilitate, but not manage the project.
    expect(await boLaptop.getByTestId('move-phase').count()).toBe(0);
    await visitBo(boLaptop, 'project-as-representative');
    await listed.getByRole('link', { name: ui.t('projectWorkshop.facilitateOne', { title: WORKSHOP_TITLE }) }).click();
    await boLaptop.waitForURL(`${server.url}/w/${workshop.workshopId}/facilitate`);
    await waitVisible(boLaptop.getByTestId('step-title'));
    await visitBo(boLaptop, 'facilitator');
    const board = await openBoardWindow(browser, boLaptop, 'da-DK');
    await visitBo(board, 'board');

    // A guest without an account joins with the code on the front page.
    const guest = (await openPhone(browser, 'da-DK')).page;
    await guest.goto(`${server.url}/`);
    await guest.getByRole('textbox', { name: ui.t('home.joinCodeLabel'), exact: true }).fill(workshop.joinCode);
    await guest.getByRole('button', { name: ui.t('home.joinButton') }).click();
    await guest.waitForURL(/\/j\//);
    await visitGuest(guest, 'join');
    await joinOnJoinPage(guest, ui, 'Karin');
    await waitVisible(board.getByText(ui.tn('board.participants', 1)));

    // The project's first workshop: its review step says no earlier workshop left an action open.
    await expectReviewStep([boLaptop, board, guest, anne], ui, []);
    const stepTitle = (stepId: string) => COMPASS_BEFORE.steps.find((step) => step.id === stepId)?.title.da ?? '';
    await nextStep(boLaptop, stepTitle('traits'), [board, guest, anne]);
    const notesStep = stepTitle('today');
    await nextStep(boLaptop, notesStep, [board, guest, anne]);
    const text = 'Vi ringer til hinanden for at bytte ruter';
    await addNote(guest, ui, { category: 'Selvstændigt', text });
    await expectNoteOn([guest, board, boLaptop, anne], text);
    await visitGuest(guest, 'note-written');
    await visitBo(board, 'board-with-note');
    await visitBo(boLaptop, 'facilitator-with-note');
  });

  it("Anne changes the organisation's settings: the smallest group shown, and anonymity by default", async () => {
    await anne.goto(`${server.url}/org/${organisationId}`);
    await waitVisible(anne.getByTestId('project-card'));
    await waitVisible(anne.getByText(ui.t('project.workshopsAndOpen', { workshops: ui.tn('project.workshops', 1), open: ui.tn('project.openWorkshops', 1) })));
    await openSection(anne, ui, ORGANISATION, 'org.navSettings');
    const size = anne.getByRole('textbox', { name: ui.t('settings.minGroupSize'), exact: true });
    expect(await size.inputValue()).toBe('5');
    await size.fill('7');
    await setSwitch(anne, ui.t('settings.anonymousDefault'), true);
    await atBothWidths(anne, visitAnne, 'settings');
    await anne.getByTestId('settings-save').click();
    await waitVisible(statusLine(anne, ui.t('settings.saved')));
    await visitAnne(anne, 'settings-saved');

    // Kept: after a reload the form shows the stored values …
    await anne.reload();
    await waitFor('smallest group after reload', () => anne.getByRole('textbox', { name: ui.t('settings.minGroupSize'), exact: true }).inputValue(), '7');
    expect(await anne.getByRole('switch', { name: ui.t('settings.anonymousDefault'), exact: true }).isChecked()).toBe(true);
    // … and a new workshop now starts anonymous.
    await anne.goto(`${server.url}${projectPath}`);
    await anne.getByTestId('new-workshop').click();
    const dialog = anne.getByRole('dialog', { name: ui.t('projectWorkshop.newTitle') });
    expect(await dialog.getByRole('checkbox', { name: ui.t('projectWorkshop.anonymous'), exact: true }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: ui.t('common.cancel'), exact: true }).click();

    // Bo is no administrator: the settings page tells him so.
    await boPhone.goto(`${server.url}/org/${organisationId}/settings`);
    await waitVisible(boPhone.getByText(ui.t('settings.notAllowed')));
    await visitBo(boPhone, 'settings-not-allowed');
  });
});
