import { and, count, eq, inArray, notInArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_FRAME_FIELDS, stepIndex } from '../domain/projectPhases.ts';
import type { MeResponse, MembersResponse } from '../protocol/accounts.ts';
import type { SummaryResponse } from '../protocol/http.ts';
import type { ActionHistoryResponse, ActionListResponse, ActionRecordView, ActionRevisionView } from '../protocol/actionPlan.ts';
import type { ProjectListResponse, ProjectView } from '../protocol/projects.ts';
import type { EntryHistoryResponse, ProjectRegistersResponse, RegisterView } from '../protocol/registers.ts';
import type { Database, Tx } from './db/database.ts';
import { openDatabase } from './db/openDatabase.ts';
import { members, organisations, users } from './db/schema.ts';
import { compareProject } from './features/comparison/compareProject.ts';
import { listProjects } from './features/projects/projectStore.ts';
import { DEMO_ORGANISATION_NAME, newDemoPassword, seedDemo, type DemoLogin } from './seedDemo.ts';
import { apiCall, cookieHeader } from './testing/accountFixtures.ts';
import { startTestServer, type TestServer } from './testing/startTestServer.ts';
import { openTestDatabase } from './testing/testDatabase.ts';

/**
 * The demo seed. Its own rule ("only on a database without organisations") is tested on an empty
 * database of this file's own: the migrated clone, or, when the other tests share a PostgreSQL
 * server (where organisations come and go all the time), a new embedded one. The lock that lets
 * only one of several instances seed is tested on the shared database itself.
 */

async function signIn(server: TestServer, email: string, password: string): Promise<string> {
  const response = await fetch(`${server.url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status).toBe(200);
  const cookie = cookieHeader(response.headers.getSetCookie());
  expect(cookie).toContain('kompas');
  return cookie;
}

describe('seedDemo on an empty database', () => {
  let database: Database;
  let server: TestServer;
  let login: DemoLogin;
  const printed: string[] = [];

  beforeAll(async () => {
    database = process.env.DATABASE_URL ? await openDatabase({ kind: 'pglite', dataDir: null }) : await openTestDatabase();
    server = await startTestServer({ database });
    const seeded = await seedDemo(server.ctx, server.url, { print: (text) => printed.push(text) });
    if (!seeded) throw new Error('the seed did nothing on an empty database');
    login = seeded;
  });

  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  it('creates exactly one organisation, marked as a demo, and prints how to sign in once', async () => {
    const rows = await database.db.select({ id: organisations.id, name: organisations.name, isDemo: organisations.isDemo, locale: organisations.defaultLocale }).from(organisations);
    expect(rows).toEqual([{ id: login.organisationId, name: DEMO_ORGANISATION_NAME, isDemo: true, locale: 'da' }]);
    expect(printed).toEqual([login.message]);
    expect(login.message).toContain(`${server.url}/sign-in`);
    expect(login.message).toContain(login.email);
    expect(login.message).toContain(login.password);
    expect(login.message).toContain('DEMO');
    expect(login.message).toContain(`${server.url}/dev/outbox`);
    expect(login.email).toMatch(/@kompas\.invalid$/);
    expect(login.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  });

  it('lets the demo leader sign in over HTTP and see the organisation as administrator and leader', async () => {
    const cookie = await signIn(server, login.email, login.password);
    const me = await apiCall(server, 'GET', '/api/me', { cookie });
    expect(me.status).toBe(200);
    const body = me.body as MeResponse;
    expect(body.user).toMatchObject({ name: 'Demo Leder', email: login.email, emailVerified: true });
    expect(body.organisations).toEqual([
      { id: login.organisationId, name: DEMO_ORGANISATION_NAME, slug: expect.stringMatching(/^demo-/) as unknown, isDemo: true, roles: ['admin', 'leader'] },
    ]);

    const wrong = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email: login.email, password: 'korrekt-hest-batteri' }),
    });
    expect(wrong.status).toBe(401);
  });

  it('has members with different roles, none of whom but the leader has a password', async () => {
    const cookie = await signIn(server, login.email, login.password);
    const response = await apiCall(server, 'GET', `/api/organisations/${login.organisationId}/members`, { cookie });
    expect(response.status).toBe(200);
    const list = (response.body as MembersResponse).members;
    expect(list.length).toBeGreaterThanOrEqual(5);
    const roles = new Set(list.flatMap((m) => m.roles));
    for (const role of ['admin', 'leader', 'employee', 'union_rep', 'safety_rep'] as const) expect(roles).toContain(role);
    const verified = await database.db.select({ verified: users.emailVerified }).from(users);
    expect(verified.every((u) => u.verified)).toBe(true);
  });

  it('has a project in implementation with a filled frame, a phase history and two workshops', async () => {
    const cookie = await signIn(server, login.email, login.password);
    const list = await apiCall(server, 'GET', `/api/organisations/${login.organisationId}/projects`, { cookie });
    expect(list.status).toBe(200);
    const projects = (list.body as ProjectListResponse).projects;
    expect(projects).toHaveLength(2);
    expect(projects).toContainEqual(
      expect.objectContaining({ id: login.projectId, title: 'Nyt rejseafregningssystem', phase: 'operation', step: 'implementation', workshopCount: 3, openWorkshopCount: 1 }),
    );

    const detail = await apiCall(server, 'GET', `/api/organisations/${login.organisationId}/projects/${login.projectId}`, { cookie });
    expect(detail.status).toBe(200);
    const project = detail.body as ProjectView;
    expect(project.description.length).toBeGreaterThan(50);
    expect(project.staffGroups.length).toBeGreaterThan(0);
    expect(project.units.length).toBeGreaterThan(0);
    for (const field of PROJECT_FRAME_FIELDS) expect(project.frame[field].length, field).toBeGreaterThan(20);

    const history = project.phaseHistory;
    expect(history.length).toBeGreaterThanOrEqual(5);
    expect(history.at(-1)).toMatchObject({ phase: 'operation', step: 'implementation', byName: 'Demo Leder' });
    const steps = history.map((h) => stepIndex(h.phase, h.step));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    const times = history.map((h) => Date.parse(h.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeLessThan(Date.now() - 300 * 24 * 3600_000);

    expect(project.workshops.map((w) => `${w.templateId}:${w.status}`).sort()).toEqual(['compass-before:finished', 'compass-before:open', 'four-phases:finished']);
    const open = project.workshops.find((w) => w.status === 'open');
    expect(open?.id).toBe(login.openWorkshop.id);
  });

  it('has a finished workshop with notes on every step, votes and actions', async () => {
    const cookie = await signIn(server, login.email, login.password);
    const project = (await apiCall(server, 'GET', `/api/organisations/${login.organisationId}/projects/${login.projectId}`, { cookie })).body as ProjectView;
    const finished = project.workshops.find((w) => w.status === 'finished' && w.templateId === 'compass-before');
    if (!finished) throw new Error('no finished workshop');
    const response = await apiCall(server, 'GET', `/api/workshops/${finished.id}/summary`, { cookie });
    expect(response.status).toBe(200);
    const summary = response.body as SummaryResponse;
    expect(summary.workshop.status).toBe('finished');
    expect(summary.workshop.participantCount).toBeGreaterThanOrEqual(3);
    const notesOf = (stepId: string) => summary.steps.find((s) => s.stepId === stepId)?.categories.flatMap((c) => c.notes) ?? [];
    for (const stepId of ['today', 'expectations', 'preconditions']) expect(notesOf(stepId).length, stepId).toBeGreaterThanOrEqual(4);
    expect(notesOf('expectations').map((n) => n.kind)).toEqual(expect.arrayContaining(['better', 'worse']));
    expect(notesOf('preconditions').reduce((sum, n) => sum + n.votes, 0)).toBeGreaterThan(0);
    expect(summary.actions.length).toBeGreaterThanOrEqual(2);
    expect(summary.actions.every((a) => a.what.length > 0 && a.who.length > 0)).toBe(true);
    expect(new Set(summary.actions.map((a) => a.status)).size).toBeGreaterThan(1);
  });

  it('has an open workshop standing at a middle step with some notes', async () => {
    const room = await server.ctx.rooms.get(login.openWorkshop.id);
    if (!room) throw new Error('no open workshop');
    expect(room.state.status).toBe('open');
    expect(room.state.joinCode).toBe(login.openWorkshop.joinCode);
    expect(room.state.stepIndex).toBeGreaterThan(0);
    expect(room.state.stepIndex).toBeLessThan(room.template.steps.length - 1);
    expect(room.state.notes.size).toBeGreaterThan(0);
    expect(room.state.participants.size).toBeGreaterThan(0);
  });

  // The HTTP sign-in is rate-limited per address: the tests below share one session.
  let sharedCookie: string | null = null;
  async function leaderCookie(): Promise<string> {
    sharedCookie ??= await signIn(server, login.email, login.password);
    return sharedCookie;
  }

  const projectPath = (projectId: string) => `/api/organisations/${login.organisationId}/projects/${projectId}`;

  async function homeCareProject(cookie: string): Promise<ProjectView> {
    const list = (await apiCall(server, 'GET', `/api/organisations/${login.organisationId}/projects`, { cookie })).body as ProjectListResponse;
    const found = list.projects.find((p) => p.title === 'Planlægningsapp i hjemmeplejen');
    if (!found) throw new Error('no second project');
    expect(found).toMatchObject({ phase: 'operation', step: 'operation', workshopCount: 3, openWorkshopCount: 0 });
    const detail = await apiCall(server, 'GET', projectPath(found.id), { cookie });
    expect(detail.status).toBe(200);
    return detail.body as ProjectView;
  }

  async function registersOf(cookie: string, projectId: string): Promise<ReadonlyMap<string, RegisterView>> {
    const response = await apiCall(server, 'GET', `${projectPath(projectId)}/registers`, { cookie });
    expect(response.status).toBe(200);
    return new Map((response.body as ProjectRegistersResponse).registers.map((r) => [r.register, r]));
  }

  it('has a second project in operation, with a compass from months before, a status after and a MED meeting on moved tasks', async () => {
    const project = await homeCareProject(await leaderCookie());
    for (const field of PROJECT_FRAME_FIELDS) expect(project.frame[field].length, field).toBeGreaterThan(20);
    expect(project.phaseHistory.length).toBeGreaterThanOrEqual(8);
    expect(project.phaseHistory.at(-1)).toMatchObject({ phase: 'operation', step: 'operation', byName: 'Demo Leder' });
    expect(project.workshops.map((w) => `${w.templateId}:${w.status}`).sort()).toEqual(['compass-before:finished', 'status-after:finished', 'tasks-move:finished']);
    const heldAt = (templateId: string) => Date.parse(project.workshops.find((w) => w.templateId === templateId)?.createdAt ?? '');
    expect(heldAt('compass-before')).toBeLessThan(heldAt('status-after') - 150 * 24 * 3600_000);
    expect(heldAt('status-after')).toBeLessThan(heldAt('tasks-move'));
    expect(heldAt('tasks-move')).toBeLessThan(Date.now());
  });

  it("shows the second project's before/after comparison: enough people on each side and a mix per trait", async () => {
    const cookie = await leaderCookie();
    const project = await homeCareProject(cookie);
    const comparison = await compareProject(server.ctx, login.organisationId, project.id, 5, null);
    expect(comparison.hiddenReason).toBeNull();
    expect(comparison.expected?.contributors).toBeGreaterThanOrEqual(5);
    expect(comparison.experienced?.contributors).toBeGreaterThanOrEqual(5);
    const traits = comparison.traits ?? [];
    expect(traits).toHaveLength(6);
    for (const t of traits) expect(t.expectedPositive + t.expectedNegative + t.experiencedPositive + t.experiencedNegative, t.traitId).toBeGreaterThan(0);
    expect(traits.some((t) => t.experiencedPositive > 0 && t.experiencedNegative > 0)).toBe(true);
    expect(traits.some((t) => t.experiencedNegative > t.expectedNegative)).toBe(true);
    expect(traits.some((t) => t.experiencedPositive > t.expectedPositive)).toBe(true);
    // Members see the same on the project page.
    const response = await apiCall(server, 'GET', `${projectPath(project.id)}/comparison`, { cookie });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(comparison);

    // The status after voted on its deteriorations and sent some of them upward.
    const statusAfter = project.workshops.find((w) => w.templateId === 'status-after');
    const summary = (await apiCall(server, 'GET', `/api/workshops/${statusAfter?.id}/summary`, { cookie })).body as SummaryResponse;
    expect(summary.workshop.settings.anonymous).toBe(true);
    const changes = summary.steps.find((s) => s.stepId === 'changes')?.categories.flatMap((c) => c.notes) ?? [];
    expect(changes.filter((n) => n.kind === 'worsened').reduce((sum, n) => sum + n.votes, 0)).toBe(18);
    expect(changes.filter((n) => n.kind === 'improved').every((n) => n.votes === 0)).toBe(true);
    expect(summary.steps.find((s) => s.stepId === 'why-good')?.categories.flatMap((c) => c.notes).length).toBeGreaterThanOrEqual(3);
  });

  it('has actions the groups keep and actions sent upward, to the committee and to management', async () => {
    const cookie = await leaderCookie();
    const project = await homeCareProject(cookie);
    const response = await apiCall(server, 'GET', `${projectPath(project.id)}/actions`, { cookie });
    expect(response.status).toBe(200);
    const actions = (response.body as ActionListResponse).actions;
    const kinds = new Set(actions.map((action) => (action.scope === 'upward' ? `upward:${action.upwardTo}` : 'ours')));
    expect([...kinds].sort()).toEqual(['ours', 'upward:committee', 'upward:management']);
    for (const templateId of ['status-after', 'tasks-move']) {
      const scopes = new Set(actions.filter((a) => a.templateId === templateId).map((a) => a.scope));
      expect([...scopes].sort(), templateId).toEqual(['ours', 'upward']);
    }
    expect(new Set(actions.map((a) => a.status)).size).toBeGreaterThanOrEqual(3);
  });

  it('fills the registers: roles plan, advice, task shifts, invisible work, benefits and judged assumptions', async () => {
    const cookie = await leaderCookie();
    const project = await homeCareProject(cookie);
    const registers = await registersOf(cookie, project.id);
    const entries = (id: string) => registers.get(id)?.entries ?? [];

    const roles = entries('rolesPlan');
    expect(roles).toHaveLength(7);
    expect(roles.filter((e) => !e.fixed)).toHaveLength(1);
    expect(roles.every((e) => e.version >= 1 && e.updatedByName !== null)).toBe(true);

    const advice = entries('adviceChecklist');
    expect(advice).toHaveLength(10);
    expect(advice.every((e) => e.version >= 1)).toBe(true);
    expect(new Set(advice.map((e) => e.data.status)).size).toBeGreaterThanOrEqual(4);

    const shifts = entries('taskShifts');
    expect(shifts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(shifts.map((e) => e.data.how)).size).toBeGreaterThanOrEqual(3);
    expect(shifts.some((e) => e.updatedByName === 'Mette Holm')).toBe(true);
    const invisible = entries('invisibleWork');
    expect(invisible.length).toBeGreaterThanOrEqual(2);
    expect(invisible.flatMap((e) => e.selfNamed)).toEqual(['Aisha Karimi']);
    // Rows the MED meeting wrote carry its date, not the seed's.
    const meeting = Date.parse(project.workshops.find((w) => w.templateId === 'tasks-move')?.createdAt ?? '');
    for (const row of [...shifts, ...invisible]) expect(Math.abs(Date.parse(row.updatedAt ?? '') - meeting)).toBeLessThan(24 * 3600_000);

    expect(entries('benefits').length).toBeGreaterThanOrEqual(3);
    const assumptions = entries('assumptions');
    expect(assumptions.length).toBeGreaterThanOrEqual(3);
    for (const a of assumptions) {
      expect(a.judgements?.total, a.id).toBeGreaterThanOrEqual(5);
      expect(a.judgements?.counts, a.id).not.toBeNull();
      expect(a.judgements?.reasons?.every((r) => r.reason.length > 0)).toBe(true);
    }
    const verdicts = assumptions.flatMap((a) => Object.entries(a.judgements?.counts ?? {}).filter(([, n]) => n > 0).map(([v]) => v));
    expect(new Set(verdicts)).toEqual(new Set(['realistic', 'doubtful', 'unrealistic']));

    // A living document: at least one assumption was revised after the status after.
    const revised = assumptions.find((a) => a.version > 1);
    if (!revised) throw new Error('no assumption was revised');
    const history = await apiCall(server, 'GET', `${projectPath(project.id)}/registers/assumptions/entries/${revised.id}/history`, { cookie });
    expect((history.body as EntryHistoryResponse).revisions.map((r) => r.byName)).toEqual(['Demo Leder', 'Demo Leder']);
  });

  it('gives the first project a finished phase dialogue that filled part of its roles plan', async () => {
    const cookie = await leaderCookie();
    const project = (await apiCall(server, 'GET', projectPath(login.projectId), { cookie })).body as ProjectView;
    const dialogue = project.workshops.find((w) => w.templateId === 'four-phases');
    expect(dialogue?.status).toBe('finished');
    const summary = (await apiCall(server, 'GET', `/api/workshops/${dialogue?.id}/summary`, { cookie })).body as SummaryResponse;
    expect(summary.steps.find((s) => s.stepId === 'questions')?.categories.flatMap((c) => c.notes).length).toBeGreaterThanOrEqual(3);
    expect(summary.actions.length).toBeGreaterThanOrEqual(2);
    const roles = (await registersOf(cookie, login.projectId)).get('rolesPlan')?.entries ?? [];
    const filled = roles.filter((e) => e.version > 0);
    expect(filled.length).toBeGreaterThan(0);
    expect(filled.length).toBeLessThan(roles.length);
    expect(filled.every((e) => e.updatedByName === 'Demo Leder')).toBe(true);
  });

  async function actionPlan(cookie: string, state: 'all' | 'overdue' = 'all'): Promise<ActionListResponse> {
    const response = await apiCall(server, 'GET', `/api/organisations/${login.organisationId}/actions?state=${state}`, { cookie });
    expect(response.status).toBe(200);
    return response.body as ActionListResponse;
  }

  async function historyOf(cookie: string, action: ActionRecordView): Promise<ActionRevisionView[]> {
    const response = await apiCall(server, 'GET', `${projectPath(action.projectId)}/actions/${action.id}/history`, { cookie });
    expect(response.status).toBe(200);
    return (response.body as ActionHistoryResponse).revisions;
  }

  /** Revisions a later workshop's review made: in another workshop than the one that decided it, with the meeting's comment. */
  const reviewsIn = (action: ActionRecordView, revisions: readonly ActionRevisionView[]) =>
    revisions.filter((r) => r.workshopTitle !== null && r.workshopTitle !== action.workshopTitle && r.comment !== '');

  it("gives the action plan its problems, follow-ups and members who answer for them, named by the leader", async () => {
    const cookie = await leaderCookie();
    const { actions } = await actionPlan(cookie);
    expect(new Set(actions.map((a) => a.projectId)).size).toBe(2);
    for (const action of actions) {
      expect(action.problem.length, action.what).toBeGreaterThan(20);
      expect(action.followUp.length, action.what).toBeGreaterThan(20);
    }
    const named = actions.filter((a) => a.responsibleUserId !== null);
    expect(named.length).toBeGreaterThan(actions.length / 2);
    expect(new Set(named.map((a) => a.responsibleName)).size).toBeGreaterThanOrEqual(4);
    // Realistic: some open actions, sent upward to another unit, have no member answering for them.
    expect(actions.some((a) => a.responsibleUserId === null && (a.status === 'open' || a.status === 'in_progress'))).toBe(true);

    // The leader named them on the plan after the meeting, on the meeting's day.
    const action = named.find((a) => a.responsibleName !== 'Demo Leder');
    if (!action) throw new Error('no action with another member responsible');
    const revisions = await historyOf(cookie, action);
    const naming = revisions.find((r) => r.changed.includes('responsible') && r.version > 1);
    expect(naming).toMatchObject({ byName: 'Demo Leder', workshopTitle: null, responsibleName: action.responsibleName });
    const created = revisions.find((r) => r.version === 1);
    expect(Math.abs(Date.parse(naming?.at ?? '') - Date.parse(created?.at ?? ''))).toBeLessThan(24 * 3600_000);
  });

  it("records later workshops' reviews on the plan: done, kept open with a new date, dropped with a reason, each with its comment", async () => {
    const cookie = await leaderCookie();
    const { actions } = await actionPlan(cookie);
    const project = await homeCareProject(cookie);
    const heldAt = new Map(project.workshops.map((w) => [w.title, Date.parse(w.createdAt)]));
    const first = (await apiCall(server, 'GET', projectPath(login.projectId), { cookie })).body as ProjectView;
    for (const w of first.workshops) heldAt.set(w.title, Date.parse(w.createdAt));

    const outcomes: string[] = [];
    const reviewedIn = new Set<string>();
    for (const action of actions) {
      const revisions = await historyOf(cookie, action);
      const reviews = reviewsIn(action, revisions);
      if (reviews.length === 0) continue;
      const created = revisions.find((r) => r.version === 1);
      for (const review of reviews) {
        // Decided in an earlier workshop, reviewed in a later one, and dated by it.
        expect(heldAt.get(review.workshopTitle ?? '')).toBeGreaterThan(heldAt.get(action.workshopTitle ?? '') ?? Infinity);
        expect(Date.parse(review.at)).toBeGreaterThan(Date.parse(created?.at ?? ''));
        expect(Date.parse(review.at)).toBeLessThan((heldAt.get(review.workshopTitle ?? '') ?? 0) + 24 * 3600_000);
        reviewedIn.add(review.workshopTitle ?? '');
      }
      // Nothing after the latest review contradicts it: the action stands as the meeting left it.
      const latest = reviews[0];
      if (!latest) throw new Error('unreachable');
      expect(revisions.filter((r) => r.version > latest.version).map((r) => r.changed).flat(), action.what).not.toContain('status');
      expect(action.status, action.what).toBe(latest.status);
      if (latest.status === 'dropped') outcomes.push('dropped');
      else if (latest.status === 'done') outcomes.push('done');
      else {
        // A new date, later than the one it had.
        const before = revisions.find((r) => r.version === latest.version - 1);
        expect(latest.changed, action.what).toContain('due');
        expect((latest.due ?? '') > (before?.due ?? '~'), action.what).toBe(true);
        expect(action.due).toBe(latest.due);
        outcomes.push('open');
      }
    }
    expect(new Set(outcomes)).toEqual(new Set(['done', 'open', 'dropped']));
    expect(outcomes.filter((o) => o === 'done').length).toBeGreaterThanOrEqual(2);
    expect([...reviewedIn].sort()).toEqual(
      [...project.workshops.filter((w) => w.templateId !== 'compass-before'), ...first.workshops.filter((w) => w.templateId === 'four-phases')].map((w) => w.title).sort(),
    );

    // The meeting's own summary shows what it decided on its review step.
    const statusAfter = project.workshops.find((w) => w.templateId === 'status-after');
    const summary = (await apiCall(server, 'GET', `/api/workshops/${statusAfter?.id}/summary`, { cookie })).body as SummaryResponse;
    expect(summary.review.map((item) => item.outcome?.outcome).sort()).toEqual(['done', 'dropped']);
    expect(summary.review.every((item) => (item.outcome?.comment.length ?? 0) > 20)).toBe(true);

    // The workshop under way opened on the review step with the first project's open actions as they stand now.
    const room = await server.ctx.rooms.get(login.openWorkshop.id);
    const stillOpen = actions.filter((a) => a.projectId === login.projectId && (a.status === 'open' || a.status === 'in_progress'));
    expect([...(room?.state.review.keys() ?? [])].sort()).toEqual(stillOpen.map((a) => a.id).sort());
  });

  it('keeps an action past its date and one due within days, each with a member who answers for it', async () => {
    const cookie = await leaderCookie();
    const overdue = await actionPlan(cookie, 'overdue');
    const late = overdue.actions.filter((a) => a.responsibleUserId !== null);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((a) => a.overdue && (a.due ?? '') < overdue.today)).toBe(true);
    // One of them got its new date at a review, and that date has passed since.
    const histories = await Promise.all(late.map(async (a) => reviewsIn(a, await historyOf(cookie, a))));
    expect(histories.some((reviews) => reviews.some((r) => r.changed.includes('due')))).toBe(true);

    const { actions, today } = await actionPlan(cookie);
    const soon = actions.filter((a) => {
      const days = a.due === null ? -1 : (Date.parse(a.due) - Date.parse(today)) / (24 * 3600_000);
      return (a.status === 'open' || a.status === 'in_progress') && a.responsibleUserId !== null && days >= 0 && days <= 3;
    });
    expect(soon.length).toBeGreaterThan(0);
  });

  it('does nothing the second time', async () => {
    expect(await seedDemo(server.ctx, server.url, { print: (text) => printed.push(text) })).toBeNull();
    const [row] = await database.db.select({ n: count() }).from(organisations);
    expect(row?.n).toBe(1);
    expect(printed).toHaveLength(1);
  });
});

describe('seedDemo with several instances starting at once', () => {
  let first: TestServer;
  let second: TestServer;
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase();
    first = await startTestServer({ database });
    second = await startTestServer({ database });
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.close();
  });

  it('seeds once: the check and the insert hold one lock', async () => {
    // Other test files share this database and create organisations of their own; this test's
    // condition is "no demo organisation but those that were here before".
    const before = (await database.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.isDemo, true))).map((r) => r.id);
    const needed = async (tx: Tx): Promise<boolean> => {
      const rows = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(before.length > 0 ? and(eq(organisations.isDemo, true), notInArray(organisations.id, before)) : eq(organisations.isDemo, true))
        .limit(1);
      // Widens the window between check and insert: without the lock, every instance would seed.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return rows.length === 0;
    };
    const quiet = { needed, print: () => undefined };
    const results = await Promise.all([seedDemo(first.ctx, first.url, quiet), seedDemo(second.ctx, second.url, quiet), seedDemo(first.ctx, first.url, quiet)]);
    const winners = results.filter((r): r is DemoLogin => r !== null);
    try {
      expect(winners).toHaveLength(1);
      const login = winners[0];
      if (!login) throw new Error('unreachable');
      const demos = await database.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.isDemo, true));
      expect(demos.map((d) => d.id).filter((id) => !before.includes(id))).toEqual([login.organisationId]);
      // The whole method is seeded on this database too: the second project's comparison shows.
      const projects = await listProjects(database.db, login.organisationId);
      const homeCare = projects.find((p) => p.id !== login.projectId);
      if (!homeCare) throw new Error('no second project');
      expect((await compareProject(first.ctx, login.organisationId, homeCare.id, 5, null)).traits).toHaveLength(6);
      // The password works on this database too (server side: the HTTP sign-in is rate-limited per address).
      const signedIn = await first.ctx.auth.api.signInEmail({ body: { email: login.email, password: login.password } });
      expect(signedIn.user.email).toBe(login.email);
      expect(await seedDemo(second.ctx, second.url, quiet)).toBeNull();
    } finally {
      // The shared database keeps no demo of this test's, even when it fails.
      for (const { organisationId } of winners) {
        const people = await database.db.select({ userId: members.userId }).from(members).where(eq(members.organizationId, organisationId));
        await database.db.delete(organisations).where(eq(organisations.id, organisationId));
        if (people.length > 0) await database.db.delete(users).where(inArray(users.id, people.map((p) => p.userId)));
      }
    }
  });

  it('makes a new random password every time', () => {
    const passwords = new Set(Array.from({ length: 20 }, () => newDemoPassword()));
    expect(passwords.size).toBe(20);
  });
});
