import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { findTemplate } from '../src/domain/templateRegistry.ts';
import type { WorkshopCommand } from '../src/domain/workshopCommands.ts';
import { createOrganisation, createProject, signUp, type Account } from './support/accountPages.ts';
import { expectNoAxeViolations, launchChromium, screenshot, screenshotEveryPage } from './support/browser.ts';
import { startE2eServer, type E2eServer } from './support/e2eServer.ts';
import { cookieOf, createWorkshopOverHttp, facilitatorSends, guestSends } from './support/protocolGuests.ts';
import { chooseRadio, createWorkshop, openDesktop, openPhone, switchLanguage, uiText, waitForCount, waitVisible } from './support/workshopPages.ts';

/**
 * The follow-up in English, shorter: the action plan filtered to what is late, the next workshop's
 * review on the facilitator's page, and the committee's overview on a laptop and a phone.
 */

const ui = uiText('en');
const ROBIN: Account = { name: 'Robin Shaw', email: 'robin.follow@council.example', password: 'we follow up every month' };
const expectationsStep = findTemplate('compass-before')?.steps.findIndex((s) => s.id === 'expectations') ?? -1;

let server: E2eServer;
let browser: Browser;
let page: Page;
let organisationId: string;
let projectId: string;
let cookie: string;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchChromium();
  const desktop = await openDesktop(browser, 'en-GB');
  page = desktop.page;
  await page.goto(`${server.url}/`);
  await switchLanguage(page, 'en');
  await signUp(page, ui, server.url, ROBIN);
  organisationId = await createOrganisation(page, ui, 'Home care West');
  projectId = await createProject(page, ui, { title: 'Rota app', description: 'Shifts move to an app.', staffGroups: [], units: ['Home care West'], frame: {} });
  cookie = await cookieOf(desktop.context);
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await screenshotEveryPage(browser, context.task.name);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const addAction = (actionId: string, what: string, due: string): WorkshopCommand => ({ type: 'action.add', actionId, what, who: 'Team lead', due, noteIds: [], traitId: null });

describe('following up, in English', () => {
  it('filters the action plan to what is late and reviews it at the next workshop', async () => {
    const place = { organisationId, projectId };
    const first = await createWorkshopOverHttp(server.url, cookie, place, { title: 'Spring compass', templateId: 'compass-before' });
    await facilitatorSends(server.url, first.workshopId, cookie, [
      addAction('late', 'Write a checklist for shift swaps', '2024-02-01'),
      addAction('later', 'Ask for training time', '2030-06-01'),
      { type: 'workshop.finish' },
    ]);
    await page.goto(`${server.url}/org/${encodeURIComponent(organisationId)}/actions`);
    await waitVisible(page.getByRole('heading', { level: 1, name: ui.t('actionPlan.title') }));
    await waitForCount(page.getByTestId('action-plan-row'), 2);
    await chooseRadio(page, ui.t('actionPlan.state.overdue'));
    await waitForCount(page.getByTestId('action-plan-row'), 1);
    await waitVisible(page.getByTestId('action-plan-row').getByText(ui.t('projectActions.overdue')));
    await expectNoAxeViolations(page, 'action plan, English');
    await screenshot(page, 'en-f01-action-plan');

    await page.goto(`${server.url}/org/${encodeURIComponent(organisationId)}/projects/${encodeURIComponent(projectId)}`);
    await createWorkshop(page, ui, { title: 'Status after six months', locale: 'en', anonymous: false, templateId: 'status-after' });
    const items = page.getByTestId('review-item');
    await waitForCount(items, 2);
    await items.filter({ hasText: 'Write a checklist for shift swaps' }).getByTestId('review-dropped').click();
    const dialog = page.getByRole('dialog');
    await waitVisible(dialog);
    await dialog.getByRole('textbox', { name: ui.t('review.reasonLabel'), exact: true }).fill('The app shows the swaps itself');
    await dialog.getByRole('button', { name: ui.t('review.save'), exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitVisible(page.getByText(ui.t('review.outcome.dropped')).first());
    await expectNoAxeViolations(page, 'review step, English');
    await screenshot(page, 'en-f02-review');
  });

  it('shows the committee every project, on a laptop and a phone', async () => {
    const compass = await createWorkshopOverHttp(server.url, cookie, { organisationId, projectId }, { title: 'Compass with everyone', templateId: 'compass-before' });
    await facilitatorSends(server.url, compass.workshopId, cookie, [{ type: 'step.go', stepIndex: expectationsStep }]);
    for (const i of [0, 1, 2, 3, 4]) {
      await guestSends(server.url, compass.joinCode, [
        { type: 'note.add', noteId: `en-ov-${i}`, stepId: 'expectations', category: 'realistic', kind: i < 3 ? 'better' : 'worse', text: `Expectation ${i}` },
      ]);
    }
    await facilitatorSends(server.url, compass.workshopId, cookie, [{ type: 'workshop.finish' }]);
    await page.goto(`${server.url}/org/${encodeURIComponent(organisationId)}/overview`);
    await waitVisible(page.getByRole('heading', { level: 1, name: ui.t('overview.title') }));
    await waitVisible(page.getByTestId('overview-project').getByText(ui.tn('overview.sideShown', 5)));
    await expectNoAxeViolations(page, 'overview, English');
    await screenshot(page, 'en-f03-overview-desktop');

    const phone = await openPhone(browser, 'en-GB');
    await phone.context.addCookies(await page.context().cookies());
    await phone.page.goto(`${server.url}/`);
    await switchLanguage(phone.page, 'en');
    await phone.page.goto(`${server.url}/org/${encodeURIComponent(organisationId)}/overview`);
    await waitVisible(phone.page.getByRole('heading', { level: 1, name: ui.t('overview.title') }));
    await waitVisible(phone.page.getByTestId('overview-project'));
    await expectNoAxeViolations(phone.page, 'overview on a phone, English');
    await screenshot(phone.page, 'en-f04-overview-phone');
    await phone.context.close();
  });
});
