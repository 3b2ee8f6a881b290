import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REGISTERS } from '../src/domain/registers.ts';
import { findTemplate } from '../src/domain/templateRegistry.ts';
import { TEN_ADVICE } from '../src/domain/method/tenAdvice.ts';
import { createOrganisation, createProject, signUp } from './support/accountPages.ts';
import { expectNoAxeViolations, launchChromium, screenshot, screenshotEveryPage } from './support/browser.ts';
import { startE2eServer, type E2eServer } from './support/e2eServer.ts';
import {
  checkByLabel,
  createWorkshop,
  expectReviewStep,
  joinOnJoinPage,
  nextStep,
  openBoardWindow,
  openDesktop,
  openPhone,
  switchLanguage,
  uiText,
  waitVisible,
} from './support/workshopPages.ts';

/**
 * The method in English, shortened: the about-the-method page on a phone and a laptop, and the
 * committee's dialogue on how technology moves tasks, with a task shift written from a phone and
 * an action sent upward to management.
 */

const ui = uiText('en');
const da = uiText('da');
const TASKS = findTemplate('tasks-move');
const stepTitle = (stepId: string) => TASKS?.steps.find((s) => s.id === stepId)?.title.en ?? '';

describe('the method in English', () => {
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

  /** The front page, switched to English with the header's language switch. */
  async function inEnglish(page: Page): Promise<void> {
    await page.goto(`${server.url}/`);
    await waitVisible(page.getByRole('heading', { name: da.t('home.title') }));
    await switchLanguage(page, 'en');
    await waitVisible(page.getByRole('heading', { name: ui.t('home.title') }));
  }

  it('explains the method and names its sources, on a phone and a laptop', async () => {
    for (const [device, name] of [
      [await openPhone(browser, 'en-GB'), 'phone'],
      [await openDesktop(browser, 'en-GB'), 'desktop'],
    ] as const) {
      const page = device.page;
      await inEnglish(page);
      await page.getByRole('link', { name: ui.t('method.footerLink') }).first().click();
      await waitVisible(page.getByRole('heading', { level: 1, name: ui.t('method.title') }));
      for (const heading of ['method.traitsTitle', 'method.phasesTitle', 'method.adviceTitle', 'method.rolesTitle', 'method.tasksTitle', 'method.sourcesTitle'] as const) {
        await waitVisible(page.getByRole('heading', { name: ui.t(heading), exact: true }));
      }
      for (const advice of TEN_ADVICE) await waitVisible(page.getByRole('heading', { name: advice.title.en, exact: false }).first());
      await waitVisible(page.getByText(ui.t('method.source1Title')).first());
      await expectNoAxeViolations(page, `method page, ${name}`);
      await screenshot(page, `en-m00-method-${name}`);
      await device.context.close();
    }
  });

  it('runs the committee dialogue on moved tasks, with a task shift from a phone and an action sent upward', async () => {
    const facilitator = (await openDesktop(browser, 'en-GB')).page;
    await inEnglish(facilitator);
    await signUp(facilitator, ui, server.url, { name: 'Sam Patel', email: 'sam.patel@council.example', password: 'the committee meets on thursdays' });
    await createOrganisation(facilitator, ui, 'Home care South');
    await createProject(facilitator, ui, { title: 'Route app', description: 'Routes planned in an app.', staffGroups: ['Care workers'], units: [], frame: {} });
    const workshop = await createWorkshop(facilitator, ui, { title: 'Committee on the route app', locale: 'en', anonymous: false, templateId: 'tasks-move' });
    const board = await openBoardWindow(browser, facilitator, 'en-GB');
    const phones: Page[] = [];
    for (const name of ['Alex', 'Kim']) {
      const phone = (await openPhone(browser, 'en-GB')).page;
      await phone.goto(workshop.joinLink);
      await joinOnJoinPage(phone, ui, name);
      phones.push(phone);
    }
    const [alex, kim] = phones as [Page, Page];
    // It opens with the review: the project's first workshop, so nothing was left open.
    await expectReviewStep([facilitator, board, alex, kim], ui, []);
    for (const stepId of ['intro', 'seen', 'burdens', 'whom', 'shifts']) await nextStep(facilitator, stepTitle(stepId), [board, alex, kim]);

    await alex.getByTestId('add-register-row').click();
    const dialog = alex.getByRole('dialog', { name: ui.t('registerStep.addTitle', { register: REGISTERS.taskShifts.name.en }) });
    const label = (field: string) => REGISTERS.taskShifts.fields.find((f) => f.id === field)?.label.en ?? field;
    await dialog.getByRole('textbox', { name: label('task'), exact: true }).fill('Logging changes to the route');
    await dialog.getByRole('textbox', { name: label('from'), exact: true }).fill('Planners');
    await dialog.getByRole('textbox', { name: label('to'), exact: true }).fill('Care workers in the car');
    await expectNoAxeViolations(alex, 'phone, register row dialog');
    await dialog.getByRole('button', { name: ui.t('common.save'), exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    for (const page of [facilitator, board, kim]) await waitVisible(page.getByText('Logging changes to the route').first());
    await screenshot(kim, 'en-m10-task-shifts-phone');
    await screenshot(board, 'en-m10-task-shifts-board');

    for (const stepId of ['invisible', 'remedies', 'actions']) await nextStep(facilitator, stepTitle(stepId), [board, alex, kim]);
    await facilitator.getByTestId('add-action').click();
    const action = facilitator.getByRole('dialog', { name: ui.t('actions.addTitle') });
    await action.getByRole('textbox', { name: ui.t('actions.what') }).fill('Ask for half an hour of training per new colleague');
    await action.getByRole('textbox', { name: ui.t('actions.who') }).fill('Safety rep');
    // The dialog asks for a problem and a follow-up too: who takes the action on, and where it is
    // sent, are at and below the dialog's fold.
    await checkByLabel(action.getByRole('radiogroup', { name: ui.t('actionScope.label') }).getByRole('radio', { name: ui.t('actionScope.choice.upward'), exact: true }));
    await checkByLabel(action.getByRole('radiogroup', { name: ui.t('actionScope.upwardToLabel') }).getByRole('radio', { name: ui.t('actionScope.target.management'), exact: true }));
    await action.getByRole('button', { name: ui.t('common.save') }).click();
    await action.waitFor({ state: 'hidden' });
    for (const page of [board, alex, kim]) {
      const row = page.getByTestId('action-row').filter({ hasText: 'Ask for half an hour' });
      await waitVisible(row);
      expect(await row.textContent()).toContain(ui.t('actionScope.upward.management'));
    }
    await expectNoAxeViolations(alex, 'phone, actions with scope');
    await screenshot(alex, 'en-m11-actions-phone');
  });
});
