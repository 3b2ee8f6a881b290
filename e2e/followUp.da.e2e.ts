import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findTemplate } from '../src/domain/templateRegistry.ts';
import type { WorkshopCommand } from '../src/domain/workshopCommands.ts';
import { createOrganisation, createProject, signUp, type Account } from './support/accountPages.ts';
import { expectNoAxeViolations, launchChromium, screenshot, screenshotEveryPage } from './support/browser.ts';
import { startE2eServer, type E2eServer } from './support/e2eServer.ts';
import { cookieOf, createWorkshopOverHttp, facilitatorSends, guestSends } from './support/protocolGuests.ts';
import {
  chooseRadio,
  containing,
  createWorkshop,
  joinOnJoinPage,
  openBoardWindow,
  openDesktop,
  openPhone,
  setCheckbox,
  uiText,
  waitFor,
  waitForCount,
  waitVisible,
  type Devices,
} from './support/workshopPages.ts';

/**
 * Following up in Danish: actions decided in one workshop land on the organisation's action plan,
 * where they are filtered, followed up and their history read; the project's next workshop opens
 * with a review of them, on the facilitator's page, the board and a phone; and the committee's
 * overview shows every project, withholding one where too few took part.
 */

const ui = uiText('da');
const LEAD: Account = { name: 'Tove Nielsen', email: 'tove.nielsen@kommune.example', password: 'Vi følger op hver måned i MED' };

const stepIndex = (templateId: string, stepId: string) => findTemplate(templateId)?.steps.findIndex((s) => s.id === stepId) ?? -1;

let server: E2eServer;
let browser: Browser;
let lead: Devices & { organisationId: string; projectId: string; projectPath: string; cookie: string };

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchChromium();
  const devices = await openDesktop(browser, 'da-DK');
  await signUp(devices.page, ui, server.url, LEAD);
  const organisationId = await createOrganisation(devices.page, ui, 'Ældreplejen Vest');
  const projectId = await createProject(devices.page, ui, {
    title: 'Digital vagtplan',
    description: 'Vagtplanen flytter fra papir til en app.',
    staffGroups: ['Social- og sundhedsassistenter'],
    units: ['Plejecenter Solhaven'],
    frame: {},
  });
  const projectPath = new URL(devices.page.url()).pathname;
  lead = { ...devices, organisationId, projectId, projectPath, cookie: await cookieOf(devices.context) };
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await screenshotEveryPage(browser, context.task.name);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const addAction = (actionId: string, what: string, fields: Partial<Extract<WorkshopCommand, { type: 'action.add' }>> = {}): WorkshopCommand => ({
  type: 'action.add',
  actionId,
  what,
  who: 'Teamleder',
  due: null,
  noteIds: [],
  traitId: null,
  ...fields,
});

const rows = (page: Page) => page.getByTestId('action-plan-row');
const row = (page: Page, what: string) => rows(page).filter({ hasText: what });

async function openActionPlan(page: Page, query = ''): Promise<void> {
  await page.goto(`${server.url}/org/${encodeURIComponent(lead.organisationId)}/actions${query}`);
  await waitVisible(page.getByRole('heading', { level: 1, name: ui.t('actionPlan.title') }));
}

describe('following up what the workshops decided', () => {
  it('lists, filters and follows up the actions, then reviews them at the next workshop on every screen', async () => {
    // A first workshop decided three actions: one already late, one sent upward, one to let go.
    const first = await createWorkshopOverHttp(server.url, lead.cookie, lead, { title: 'Kompasset i foråret', templateId: 'compass-before' });
    await facilitatorSends(server.url, first.workshopId, lead.cookie, [
      addAction('late', 'Lav en tjekliste til vagtbytte', { due: '2024-02-01', problem: 'Vagtbytter bliver glemt' }),
      addAction('upward', 'Bed om tid til oplæring', { due: '2030-06-01', scope: 'upward', upwardTo: 'committee' }),
      addAction('obsolete', 'Hæng vagtplanen op i køkkenet', { due: '2030-01-15' }),
      { type: 'workshop.finish' },
    ]);

    const page = lead.page;
    await openActionPlan(page);
    await waitForCount(rows(page), 3);
    await expectNoAxeViolations(page, 'action plan');
    await screenshot(page, 'da-f01-action-plan-desktop');
    // Over the date: only the late one, marked so in words, not by colour alone.
    await chooseRadio(page, ui.t('actionPlan.state.overdue'));
    await waitForCount(rows(page), 1);
    await waitVisible(row(page, 'Lav en tjekliste til vagtbytte').getByText(ui.t('projectActions.overdue')));
    expect(new URL(page.url()).search).toBe('?state=overdue');
    // Sent upward, among the open ones.
    await chooseRadio(page, ui.t('actionPlan.state.open'));
    await setCheckbox(page.getByRole('checkbox', { name: ui.t('actionPlan.upwardOnly'), exact: true }), true);
    await waitForCount(rows(page), 1);
    await waitVisible(row(page, 'Bed om tid til oplæring').getByText(ui.t('actionPlan.sentTo.committee')));
    await setCheckbox(page.getByRole('checkbox', { name: ui.t('actionPlan.upwardOnly'), exact: true }), false);
    await waitForCount(rows(page), 3);

    // Letting one go needs a reason: refused without, saved with, and kept in its history.
    const what = 'Hæng vagtplanen op i køkkenet';
    await row(page, what).getByRole('button', { name: ui.t('actionPlan.followUpOf', { what }) }).click();
    const dialog = page.getByRole('dialog', { name: ui.t('actionPlan.changeTitle', { what }) });
    await waitVisible(dialog);
    await dialog.getByRole('button', { name: containing(ui.t('actions.status')) }).click();
    await page.getByRole('option', { name: ui.t('actionStatus.dropped'), exact: true }).click();
    await dialog.getByRole('button', { name: ui.t('common.save'), exact: true }).click();
    await waitVisible(dialog.getByRole('alert').filter({ hasText: ui.error('reason_required') }));
    await expectNoAxeViolations(page, 'follow-up dialog with its error');
    await dialog.getByRole('textbox', { name: ui.t('actionPlan.reason'), exact: true }).fill('Appen viser vagtplanen på telefonen');
    await dialog.getByRole('button', { name: ui.t('common.save'), exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitVisible(row(page, what).getByText(ui.t('actionStatus.dropped')));
    await row(page, what).getByRole('button', { name: ui.t('actionPlan.historyOf', { what }) }).click();
    const history = page.getByRole('dialog', { name: ui.t('actionPlan.historyTitle', { what }) });
    await waitVisible(history.getByText('Appen viser vagtplanen på telefonen'));
    await waitForCount(history.getByTestId('action-revision'), 2);
    await waitVisible(history.getByText(ui.t('registers.inWorkshop', { title: 'Kompasset i foråret' })));
    await screenshot(page, 'da-f02-action-history');
    await history.getByRole('button', { name: ui.t('registers.close'), exact: true }).click();

    // The project's next workshop opens with the two open actions, on the facilitator's page, the board and a phone.
    const facilitator = await lead.context.newPage();
    await facilitator.goto(`${server.url}${lead.projectPath}`);
    const second = await createWorkshop(facilitator, ui, { title: 'Status efter et halvt år', locale: 'da', anonymous: false, templateId: 'status-after' });
    const board = await openBoardWindow(browser, facilitator, 'da-DK');
    const phone = (await openPhone(browser, 'da-DK')).page;
    await phone.goto(second.joinLink);
    await joinOnJoinPage(phone, ui, 'Sofie');
    for (const screen of [facilitator, board, phone]) {
      await waitForCount(screen.getByTestId('review-item'), 2);
      await waitVisible(screen.getByText('Lav en tjekliste til vagtbytte'));
    }
    await expectNoAxeViolations(facilitator, 'review step, facilitator');
    await expectNoAxeViolations(phone, 'review step, phone');
    await screenshot(phone, 'da-f03-review-phone');

    // Done, and still open with a new date.
    const late = facilitator.getByTestId('review-item').filter({ hasText: 'Lav en tjekliste til vagtbytte' });
    await late.getByTestId('review-done').click();
    const done = facilitator.getByRole('dialog');
    await waitVisible(done);
    await done.getByRole('button', { name: ui.t('review.save'), exact: true }).click();
    await done.waitFor({ state: 'hidden' });
    const upward = facilitator.getByTestId('review-item').filter({ hasText: 'Bed om tid til oplæring' });
    await upward.getByTestId('review-open').click();
    const open = facilitator.getByRole('dialog');
    await waitVisible(open);
    await open.getByLabel(ui.t('review.newDue'), { exact: true }).fill('2031-03-01');
    await open.getByRole('button', { name: ui.t('review.save'), exact: true }).click();
    await open.waitFor({ state: 'hidden' });
    for (const screen of [facilitator, board, phone]) {
      await waitVisible(screen.getByText(ui.t('review.outcome.done')).first());
      await waitVisible(screen.getByText(ui.t('review.outcome.open', { due: '1. marts 2031' })).first());
    }
    await screenshot(board, 'da-f04-review-board');

    // The action plan has what the meeting decided, and the history says where.
    await openActionPlan(page, '?state=all');
    await waitVisible(row(page, 'Lav en tjekliste til vagtbytte').getByText(ui.t('actionStatus.done')));
    await waitVisible(row(page, 'Bed om tid til oplæring').getByText('1. marts 2031'));
    await row(page, 'Bed om tid til oplæring').getByRole('button', { name: ui.t('actionPlan.historyOf', { what: 'Bed om tid til oplæring' }) }).click();
    await waitVisible(page.getByRole('dialog').getByText(ui.t('registers.inWorkshop', { title: 'Status efter et halvt år' })));
    await page.keyboard.press('Escape');
    await phone.context().close();
    await board.context().close();
    await facilitator.close();
  });

  it('gives the committee an overview that withholds a project where too few took part', async () => {
    // The first project's compass: five people wrote, so it counts.
    const compass = await createWorkshopOverHttp(server.url, lead.cookie, lead, { title: 'Kompas med hele huset', templateId: 'compass-before' });
    await facilitatorSends(server.url, compass.workshopId, lead.cookie, [{ type: 'step.go', stepIndex: stepIndex('compass-before', 'expectations') }]);
    const notes: Array<[string, 'better' | 'worse']> = [
      ['realistic', 'better'],
      ['realistic', 'better'],
      ['healthy', 'worse'],
      ['meaningful', 'better'],
      ['healthy', 'worse'],
    ];
    for (const [i, [category, kind]] of notes.entries()) {
      await guestSends(server.url, compass.joinCode, [{ type: 'note.add', noteId: `ov-${i}`, stepId: 'expectations', category, kind, text: `Forventning ${i}` }]);
    }
    await facilitatorSends(server.url, compass.workshopId, lead.cookie, [{ type: 'workshop.finish' }]);

    // A second, small project: two people only.
    const page = lead.page;
    await page.goto(`${server.url}/org/${encodeURIComponent(lead.organisationId)}`);
    const smallId = await createProject(page, ui, { title: 'Nyt medicinmodul', description: '', staffGroups: [], units: ['Plejecenter Birken'], frame: {} });
    const small = await createWorkshopOverHttp(server.url, lead.cookie, { organisationId: lead.organisationId, projectId: smallId }, { title: 'Lille kompas', templateId: 'compass-before' });
    await facilitatorSends(server.url, small.workshopId, lead.cookie, [{ type: 'step.go', stepIndex: stepIndex('compass-before', 'expectations') }]);
    for (const i of [0, 1]) {
      await guestSends(server.url, small.joinCode, [{ type: 'note.add', noteId: `small-${i}`, stepId: 'expectations', category: 'healthy', kind: 'worse', text: `Bekymring ${i}` }]);
    }
    await facilitatorSends(server.url, small.workshopId, lead.cookie, [{ type: 'workshop.finish' }]);

    await page.getByRole('link', { name: ui.t('org.navOverview'), exact: true }).click();
    await waitVisible(page.getByRole('heading', { level: 1, name: ui.t('overview.title') }));
    const projects = page.getByTestId('overview-project');
    await waitForCount(projects, 2);
    const big = projects.filter({ hasText: 'Digital vagtplan' });
    await waitVisible(big.getByText(ui.tn('overview.sideShown', 5)));
    await waitVisible(projects.filter({ hasText: 'Nyt medicinmodul' }).getByText(ui.t('overview.sideTooFew')));
    await waitVisible(page.getByText(ui.tn('overview.projectsWithheld', 1, { min: '5' })));
    // The trait table counts only the project shown: two red on "Sundt og sikkert", not four.
    const traitRow = page.getByRole('row', { name: /^Sundt og sikkert/ });
    await waitFor('red on healthy', async () => (await traitRow.getByRole('cell').allTextContents()).slice(0, 2), ['0', '2']);
    await waitVisible(page.getByRole('img', { name: new RegExp(`^${ui.t('overview.beforeTitle')}`) }));
    await expectNoAxeViolations(page, 'overview, desktop');
    await screenshot(page, 'da-f05-overview-desktop');
    // The unit filter narrows to the small project, whose counts are in no total.
    await page.getByRole('button', { name: containing(ui.t('overview.unit')) }).click();
    await page.getByRole('option', { name: 'Plejecenter Birken', exact: true }).click();
    await waitForCount(projects, 1);
    await waitFor('red on healthy, small project only', async () => (await traitRow.getByRole('cell').allTextContents()).slice(0, 2), ['0', '0']);

    const phone = (await openPhone(browser, 'da-DK')).context;
    await phone.addCookies(await lead.context.cookies());
    const phonePage = await phone.newPage();
    await phonePage.goto(`${server.url}/org/${encodeURIComponent(lead.organisationId)}/overview`);
    await waitForCount(phonePage.getByTestId('overview-project'), 2);
    await expectNoAxeViolations(phonePage, 'overview, phone');
    await screenshot(phonePage, 'da-f06-overview-phone');
    expect(await phonePage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();
  });
});
