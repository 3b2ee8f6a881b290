import type { Locator, Page } from 'playwright-core';
import type { ProjectFrameField, ProjectPhaseId, ProjectStepId } from '../../src/domain/projectPhases.ts';
import { ROLE_LABELS, ROLES, type Role } from '../../src/domain/roles.ts';
import { invitationMail, magicLinkMail, verifyEmailMail } from '../../src/server/mail/mailTexts.ts';
import { formatRoleList } from '../../src/web/features/organisation/roleText.ts';
import { phaseStepText } from '../../src/web/features/projects/projectText.ts';
import type { Translator } from '../../src/web/i18n/useT.ts';
import { chooseRadio, containing, setCheckbox, waitFor, waitVisible } from './workshopPages.ts';

/**
 * Accounts, organisations and projects, the way a person goes through them: forms filled by their
 * labels (from the web app's own catalogues), mail read on the development outbox, and every link
 * followed in the same browser that asked for it.
 */

/** What a journey does on each page it reaches (typically axe and a screenshot). */
export type Visit = (page: Page, where: string) => Promise<void>;
const nothing: Visit = async () => undefined;

export interface Account {
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

const CONFIRM_SUBJECT = verifyEmailMail('', '').subject;
const SIGN_IN_LINK_SUBJECT = magicLinkMail('', '').subject;
const invitationSubject = (organisationName: string) =>
  invitationMail({ to: '', url: '', organisationName, inviterName: '', roles: { da: '', en: '' } }).subject;

function h1(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** A polite status line ("Saved", "The invitation has been sent …") containing this text. */
export function statusLine(page: Page, text: string): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

/** Every link followed from the outbox so far: a sign-in link works once, so a second one is waited for. */
const followed = new Set<string>();

/**
 * On /dev/outbox: waits for the newest mail to `to` with this subject (queued mail can take a
 * moment; the page's own "load again" button asks again) and follows its link in this browser.
 * Returns the address followed.
 */
export async function followMailLink(page: Page, ui: Translator, baseUrl: string, mail: { to: string; subject: string }, visit: Visit = nothing): Promise<string> {
  await page.goto(`${baseUrl}/dev/outbox`);
  await waitVisible(h1(page, ui.t('outbox.title')));
  // Newest first. A link followed before (an earlier sign-in link) is not the one being waited for.
  const card = page
    .getByTestId('outbox-mail')
    .filter({ has: page.getByRole('heading', { name: mail.subject, exact: true }) })
    .filter({ hasText: mail.to })
    .first();
  // The mail says everything in Danish, then in English: the same link twice.
  const link = card.getByRole('link').first();
  const reload = page.getByRole('button', { name: ui.t('outbox.reload'), exact: true });
  await waitFor(
    `a new mail "${mail.subject}" to ${mail.to} in the outbox`,
    async () => {
      if ((await card.count()) > 0 && !followed.has((await link.getAttribute('href')) ?? '')) return true;
      if (await reload.isVisible()) await reload.click();
      return false;
    },
    true,
  );
  await visit(page, 'outbox');
  const href = (await link.getAttribute('href')) ?? '';
  if (!href.startsWith(`${baseUrl}/`)) throw new Error(`the mail's link ${href} does not lead to ${baseUrl}`);
  followed.add(href);
  await link.click();
  await page.waitForURL((url) => url.pathname !== '/dev/outbox');
  return href;
}

/**
 * From the front page's "create an account": name, email and password; the check-email page;
 * then the confirmation link from the outbox, which signs the person in and returns to the front
 * page, where their (empty) list of organisations shows.
 */
export async function signUp(page: Page, ui: Translator, baseUrl: string, account: Account, visit: Visit = nothing): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByTestId('cta-sign-up').click();
  await waitVisible(h1(page, ui.t('account.signUpTitle')));
  await page.getByRole('textbox', { name: ui.t('account.name'), exact: true }).fill(account.name);
  await page.getByRole('textbox', { name: ui.t('account.email'), exact: true }).fill(account.email);
  await page.getByLabel(ui.t('account.password'), { exact: true }).fill(account.password);
  await visit(page, 'sign-up');
  await page.getByTestId('sign-up-submit').click();
  await page.waitForURL(/\/check-email$/);
  await waitVisible(page.getByTestId('check-email-body').getByText(ui.t('account.checkEmailSignUp', { email: account.email }), { exact: true }));
  await visit(page, 'check-email');
  await followMailLink(page, ui, baseUrl, { to: account.email, subject: CONFIRM_SUBJECT }, visit);
  await page.waitForURL(`${baseUrl}/`);
  await waitVisible(page.getByRole('heading', { name: ui.t('org.mineTitle'), exact: true }));
  await waitVisible(page.getByTestId('account-menu').getByText(account.name, { exact: true }));
}

/** On a sign-in page (perhaps with ?next=): email and password; waits until it has left the page. */
export async function signInWithPassword(page: Page, ui: Translator, account: Account, visit: Visit = nothing): Promise<void> {
  await waitVisible(h1(page, ui.t('account.signInTitle')));
  await page.getByRole('textbox', { name: ui.t('account.email'), exact: true }).fill(account.email);
  await page.getByLabel(ui.t('account.password'), { exact: true }).fill(account.password);
  await visit(page, 'sign-in');
  await page.getByTestId('sign-in-submit').click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/**
 * On a sign-in page (perhaps with ?next=): "email me a sign-in link", the check-email page, and the
 * link from the outbox, which signs in and returns to where the sign-in page was asked to return.
 */
export async function signInWithLink(page: Page, ui: Translator, baseUrl: string, email: string, visit: Visit = nothing): Promise<void> {
  await waitVisible(h1(page, ui.t('account.signInTitle')));
  await page.getByRole('textbox', { name: ui.t('account.email'), exact: true }).fill(email);
  await visit(page, 'sign-in');
  await page.getByTestId('send-magic-link').click();
  await page.waitForURL(/\/check-email$/);
  await waitVisible(page.getByTestId('check-email-body').getByText(ui.t('account.checkEmailLink', { email }), { exact: true }));
  await visit(page, 'check-email-link');
  await followMailLink(page, ui, baseUrl, { to: email, subject: SIGN_IN_LINK_SUBJECT });
}

/** On the signed-in front page: name the organisation and create it; returns its id, on its projects page. */
export async function createOrganisation(page: Page, ui: Translator, name: string): Promise<string> {
  await page.getByRole('textbox', { name: ui.t('org.name'), exact: true }).fill(name);
  await page.getByTestId('create-org').click();
  await page.waitForURL(/\/org\/[^/]+$/);
  await waitVisible(h1(page, ui.t('project.listTitle')));
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
}

export type Section = 'org.navProjects' | 'org.navMembers' | 'org.navSettings';
const SECTION_HEADING = { 'org.navProjects': 'project.listTitle', 'org.navMembers': 'members.title', 'org.navSettings': 'settings.title' } as const;

/** Follows one of the organisation's section links in the header, and waits for the section's heading. */
export async function openSection(page: Page, ui: Translator, organisationName: string, section: Section): Promise<void> {
  const nav = page.getByRole('navigation', { name: ui.t('org.navLabel', { name: organisationName }), exact: true });
  await nav.getByRole('link', { name: ui.t(section), exact: true }).click();
  await waitVisible(h1(page, ui.t(SECTION_HEADING[section])));
  await waitFor(`${section} marked current`, () => nav.getByRole('link', { name: ui.t(section), exact: true }).getAttribute('aria-current'), 'page');
}

/** Ticks exactly these roles in a roles field (the invite and change-roles dialogs). */
export async function setRoles(scope: Locator, ui: Translator, roles: readonly Role[]): Promise<void> {
  // Tick the new ones first, so the field never passes through "no role".
  for (const role of ROLES) if (roles.includes(role)) await setCheckbox(scope.getByRole('checkbox', { name: ui.l(ROLE_LABELS[role]), exact: true }), true);
  for (const role of ROLES) if (!roles.includes(role)) await setCheckbox(scope.getByRole('checkbox', { name: ui.l(ROLE_LABELS[role]), exact: true }), false);
}

/** Roles as the pages write them: "Medarbejder og Tillidsrepræsentant (TR)". */
export function rolesText(ui: Translator, roles: readonly Role[]): string {
  return formatRoleList(roles, ui.locale);
}

/** On the members page: invite someone with these roles; waits for the invitation in the list. */
export async function inviteMember(page: Page, ui: Translator, email: string, roles: readonly Role[], visit: Visit = nothing): Promise<void> {
  await page.getByTestId('invite-open').click();
  const dialog = page.getByRole('dialog', { name: ui.t('invite.title'), exact: true });
  await waitVisible(dialog);
  await dialog.getByRole('textbox', { name: ui.t('invite.email'), exact: true }).fill(email);
  await setRoles(dialog, ui, roles);
  await visit(page, 'members-invite-dialog');
  await dialog.getByRole('button', { name: ui.t('invite.submit'), exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await waitVisible(statusLine(page, ui.t('members.invited', { email })));
  const row = page.getByTestId('invitation-row').filter({ hasText: email });
  await waitVisible(row);
  await waitVisible(row.getByText(containing(rolesText(ui, roles))));
}

/**
 * The invited person's own browser: the invitation from the outbox, a sign-in link asked for on
 * the invitation page (with their name, for a new account), that link from the outbox, which
 * returns to the invitation, and "accept". Ends on the organisation's projects page; returns its id.
 */
export async function acceptInvitationByLink(
  page: Page,
  ui: Translator,
  baseUrl: string,
  invited: { name: string; email: string; organisationName: string; roles: readonly Role[] },
  visit: Visit = nothing,
): Promise<string> {
  await followMailLink(page, ui, baseUrl, { to: invited.email, subject: invitationSubject(invited.organisationName) }, visit);
  await page.waitForURL(/\/invitation\/[^/]+$/);
  const invitationUrl = page.url();
  await waitVisible(h1(page, ui.t('invite.heading', { organisation: invited.organisationName })));
  await waitVisible(page.getByText(rolesText(ui, invited.roles), { exact: true }));
  await waitVisible(page.getByRole('heading', { name: ui.t('invite.signInTitle'), exact: true }));
  await page.getByRole('textbox', { name: ui.t('invite.nameLabel'), exact: true }).fill(invited.name);
  await visit(page, 'invitation');
  await page.getByTestId('invitation-send-link').click();
  await page.waitForURL(/\/check-email$/);
  await waitVisible(page.getByTestId('check-email-body').getByText(ui.t('account.checkEmailLink', { email: invited.email }), { exact: true }));
  await visit(page, 'check-email-link');
  await followMailLink(page, ui, baseUrl, { to: invited.email, subject: SIGN_IN_LINK_SUBJECT });
  // The link signs in and returns to the invitation, which can now be accepted.
  await page.waitForURL(invitationUrl);
  const accept = page.getByTestId('accept-invitation');
  await waitVisible(accept);
  await waitVisible(page.getByText(ui.t('invite.acceptLead', { organisation: invited.organisationName }), { exact: true }));
  await visit(page, 'invitation-signed-in');
  await accept.click();
  await page.waitForURL(/\/org\/[^/]+$/);
  await waitVisible(h1(page, ui.t('project.listTitle')));
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
}

/** A member's row on the members page. */
export function memberRow(page: Page, name: string): Locator {
  return page.getByTestId('member-row').filter({ has: page.getByRole('rowheader', { name: containing(name) }) });
}

/** On the members page: change someone's roles; waits until their row shows the new ones. */
export async function changeRoles(page: Page, ui: Translator, name: string, roles: readonly Role[], visit: Visit = nothing): Promise<void> {
  await memberRow(page, name).getByRole('button', { name: ui.t('members.editOne', { name }), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: ui.t('members.editTitle', { name }), exact: true });
  await waitVisible(dialog);
  await setRoles(dialog, ui, roles);
  await visit(page, 'members-edit-roles');
  await dialog.getByRole('button', { name: ui.t('common.save'), exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await waitVisible(statusLine(page, ui.t('members.rolesSaved', { name })));
  await waitVisible(memberRow(page, name).getByRole('cell', { name: rolesText(ui, roles), exact: true }));
}

export interface NewProject {
  readonly title: string;
  readonly description: string;
  readonly staffGroups: readonly string[];
  readonly units: readonly string[];
  readonly frame: Partial<Readonly<Record<ProjectFrameField, string>>>;
}

/** Adds names to a tag list: the first with Enter, the rest with the Add button; waits for each chip. */
async function addTags(page: Page, ui: Translator, testId: string, listLabel: string, inputLabel: string, tags: readonly string[]): Promise<void> {
  const field = page.getByTestId(testId);
  const input = field.getByRole('textbox', { name: inputLabel, exact: true });
  for (const [index, tag] of tags.entries()) {
    await input.fill(tag);
    if (index === 0) await input.press('Enter');
    else await field.getByRole('button', { name: ui.t('project.tagAddTo', { list: listLabel }), exact: true }).click();
    await waitVisible(field.getByRole('list', { name: listLabel, exact: true }).getByRole('listitem').filter({ hasText: tag }));
  }
}

/**
 * From the organisation's projects page: "New project", the form (title, description, staff
 * groups, units, the frame), "Create". Ends on the project's page; returns its id.
 */
export async function createProject(page: Page, ui: Translator, project: NewProject, visit: Visit = nothing): Promise<string> {
  await page.getByTestId('new-project').click();
  await page.waitForURL(/\/projects\/new$/);
  await waitVisible(h1(page, ui.t('project.createTitle')));
  await page.getByRole('textbox', { name: ui.t('project.titleLabel'), exact: true }).fill(project.title);
  await page.getByRole('textbox', { name: ui.t('project.descriptionLabel'), exact: true }).fill(project.description);
  await addTags(page, ui, 'staff-groups', ui.t('project.staffGroups'), ui.t('project.staffGroupNew'), project.staffGroups);
  await addTags(page, ui, 'units', ui.t('project.units'), ui.t('project.unitNew'), project.units);
  for (const [field, text] of Object.entries(project.frame) as [ProjectFrameField, string][]) {
    await page.getByRole('textbox', { name: ui.t(`frame.${field}`), exact: true }).fill(text);
  }
  await visit(page, 'project-new');
  await page.getByTestId('create-project').click();
  await page.waitForURL((url) => /\/projects\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
  await waitVisible(h1(page, project.title));
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[4] ?? '');
}

function phaseLabels(ui: Translator, phase: ProjectPhaseId, step: ProjectStepId) {
  const labels = phaseStepText(phase, step, ui.locale);
  if (!labels) throw new Error(`no such phase and step: ${phase}/${step}`);
  return labels;
}

/** On a project's page: "Change phase or step", pick them, move; waits for the confirmation. */
export async function movePhase(page: Page, ui: Translator, phase: ProjectPhaseId, step: ProjectStepId, visit: Visit = nothing): Promise<void> {
  const target = phaseLabels(ui, phase, step);
  await page.getByTestId('move-phase').click();
  const dialog = page.getByRole('dialog', { name: ui.t('phase.move'), exact: true });
  await waitVisible(dialog);
  // A phase's radio reads "Phase 2" and then the phase's name.
  const phaseName = new RegExp(`${target.phase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await chooseRadio(dialog.getByRole('radiogroup', { name: ui.t('phase.phaseLabel'), exact: true }), phaseName);
  await chooseRadio(dialog.getByRole('radiogroup', { name: ui.t('phase.stepLabel', { phase: target.phase }), exact: true }), target.step);
  await visit(page, 'project-move-phase');
  await dialog.getByRole('button', { name: ui.t('phase.moveSubmit'), exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await waitVisible(statusLine(page, ui.t('phase.moved', { phase: target.phase, step: target.step })));
}

/**
 * The project's page says in words where the project is: the line under the title, the
 * timeline's current step (marked aria-current, with "now" written out) and its phase.
 */
export async function expectProjectAt(page: Page, ui: Translator, phase: ProjectPhaseId, step: ProjectStepId): Promise<void> {
  const target = phaseLabels(ui, phase, step);
  await waitVisible(page.getByText(`${ui.t('project.phaseOf', target)} — ${ui.t('project.stepIs', { step: target.step })}`, { exact: true }));
  const timeline = page.getByRole('list', { name: ui.t('phase.timeline'), exact: true });
  const current = timeline.locator('[aria-current="step"]');
  await waitFor('the one current step on the timeline', async () => ((await current.count()) === 1 ? ((await current.innerText()).replace(/\s+/g, ' ').trim()) : null), `${target.step} ${ui.t('phase.currentShort')}`);
  const currentPhase = timeline.getByRole('listitem').filter({ has: page.locator('[aria-current="step"]') }).first();
  await waitVisible(currentPhase.getByText(ui.t('phase.current'), { exact: true }));
  await waitVisible(currentPhase.getByText(target.phase, { exact: true }));
}
