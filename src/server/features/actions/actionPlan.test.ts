import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopCommand } from '../../../domain/workshopCommands.ts';
import type { ActionHistoryResponse, ActionListResponse, ActionRecordView } from '../../../protocol/actionPlan.ts';
import type { ServerMessage } from '../../../protocol/socketMessages.ts';
import { addTestMember, apiCall, createTestOrganisation, createTestUser, type TestUser } from '../../testing/accountFixtures.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { TestSocket } from '../../testing/testSocket.ts';
import { createTestProject, createTestWorkshop, joinTestWorkshop, type TestWorkshop } from '../../testing/workshopFixtures.ts';

/** 10:00 in Copenhagen on 2 March 2026: "today" for overdue is 2026-03-02. */
let clock = Date.UTC(2026, 2, 2, 9, 0);
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
});

afterAll(async () => {
  await server.close();
});

interface Place {
  readonly organisationId: string;
  readonly projectId: string;
  readonly facilitator: TestUser;
}

async function newPlace(): Promise<Place> {
  const facilitator = await createTestUser(server, { name: 'Tina Tillid' });
  const organisationId = await createTestOrganisation(server, facilitator);
  const project = await createTestProject(server, facilitator, organisationId, 'Ny vagtplan');
  return { organisationId, projectId: project.id, facilitator };
}

async function facilitate(w: TestWorkshop): Promise<TestSocket> {
  return TestSocket.join(server.wsUrl, w.workshopId, { role: 'facilitator' }, null, w.facilitator.cookie);
}

async function acked(socket: TestSocket, command: WorkshopCommand): Promise<void> {
  const answer = await socket.command(command);
  expect(answer, JSON.stringify(answer)).toMatchObject({ type: 'command.ack' });
}

const addAction = (actionId: string, fields: Partial<Extract<WorkshopCommand, { type: 'action.add' }>> = {}): WorkshopCommand => ({
  type: 'action.add',
  actionId,
  what: `Handling ${actionId}`,
  who: 'Teamet',
  due: null,
  noteIds: [],
  traitId: null,
  ...fields,
});

async function actionsOf(place: Place, user: TestUser, query = ''): Promise<ActionRecordView[]> {
  const response = await apiCall(server, 'GET', `/api/organisations/${place.organisationId}/actions${query}`, { cookie: user.cookie });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return (response.body as ActionListResponse).actions;
}

const actionPath = (place: Place, actionId: string) => `/api/organisations/${place.organisationId}/projects/${place.projectId}/actions/${actionId}`;

async function change(place: Place, user: TestUser, actionId: string, body: Record<string, unknown>) {
  return apiCall(server, 'PATCH', actionPath(place, actionId), { cookie: user.cookie, body });
}

async function historyOf(place: Place, user: TestUser, actionId: string) {
  const response = await apiCall(server, 'GET', `${actionPath(place, actionId)}/history`, { cookie: user.cookie });
  expect(response.status).toBe(200);
  return (response.body as ActionHistoryResponse).revisions;
}

describe('the action plan', () => {
  let place: Place;
  let employee: TestUser & { memberId: string };
  let first: TestWorkshop;

  beforeAll(async () => {
    place = await newPlace();
    employee = await addTestMember(server, place.organisationId, ['employee'], 'Erik Medarbejder');
    first = await createTestWorkshop(server, { title: 'Kompasset i januar', in: place });
    const socket = await facilitate(first);
    await acked(socket, addAction('late', { what: 'Oplæring i vagtplanen', due: '2026-02-15', problem: 'Nye kan ikke finde vagterne', followUp: 'På næste personalemøde' }));
    await acked(socket, addAction('soon', { due: '2026-04-01', scope: 'upward', upwardTo: 'management' }));
    await acked(socket, addAction('undated'));
    await acked(socket, addAction('finished', { due: '2026-01-10' }));
    await acked(socket, { type: 'action.update', actionId: 'finished', status: 'done' });
    socket.close();
  });

  it('holds every action a workshop decides, for every member, with where it came from', async () => {
    const actions = await actionsOf(place, employee);
    expect(actions.map((a) => a.id)).toEqual(['finished', 'late', 'soon', 'undated']);
    expect(actions.find((a) => a.id === 'late')).toMatchObject({
      projectId: place.projectId,
      projectTitle: 'Ny vagtplan',
      workshopId: first.workshopId,
      workshopTitle: 'Kompasset i januar',
      templateId: 'compass-before',
      what: 'Oplæring i vagtplanen',
      problem: 'Nye kan ikke finde vagterne',
      followUp: 'På næste personalemøde',
      status: 'open',
      overdue: true,
      responsibleUserId: null,
      mayChange: 'none',
    });
    expect(actions.find((a) => a.id === 'finished')).toMatchObject({ status: 'done', overdue: false, version: 2 });
  });

  it('filters open, overdue, closed, sent upward and by project', async () => {
    const ids = async (query: string) => (await actionsOf(place, employee, query)).map((a) => a.id);
    expect(await ids('?state=open')).toEqual(['late', 'soon', 'undated']);
    expect(await ids('?state=overdue')).toEqual(['late']);
    expect(await ids('?state=closed')).toEqual(['finished']);
    expect(await ids('?upward=true')).toEqual(['soon']);
    expect(await ids('?state=open&upward=false')).toEqual(['late', 'undated']);
    expect(await ids(`?projectId=${place.projectId}&state=overdue`)).toEqual(['late']);
    const elsewhere = await createTestProject(server, place.facilitator, place.organisationId, 'Andet projekt');
    expect(await ids(`?projectId=${elsewhere.id}`)).toEqual([]);
    const bad = await apiCall(server, 'GET', `/api/organisations/${place.organisationId}/actions?state=late`, { cookie: employee.cookie });
    expect(bad.status).toBe(400);
  });

  it('counts overdue by the Danish calendar day', async () => {
    const saved = clock;
    try {
      // 23:30 UTC on 31 March is 1 April in Copenhagen: 'soon' (due 1 April) is not yet overdue.
      clock = Date.UTC(2026, 2, 31, 22, 30);
      expect((await actionsOf(place, employee, '?state=overdue')).map((a) => a.id)).toEqual(['late']);
      clock = Date.UTC(2026, 3, 1, 22, 30);
      expect((await actionsOf(place, employee, '?state=overdue')).map((a) => a.id)).toEqual(['late', 'soon']);
    } finally {
      clock = saved;
    }
  });

  it('lets whoever runs the dialogue name who answers for an action, who then finds it under mine and follows it up', async () => {
    expect((await change(place, employee, 'late', { status: 'in_progress' })).status).toBe(403);
    const named = await change(place, place.facilitator, 'late', { responsibleUserId: employee.userId });
    expect(named.status).toBe(200);
    expect(named.body).toMatchObject({ responsibleUserId: employee.userId, responsibleName: 'Erik Medarbejder', mayChange: 'all' });
    expect((await actionsOf(place, employee, '?mine=true')).map((a) => a.id)).toEqual(['late']);
    expect(await actionsOf(place, place.facilitator, '?mine=true')).toEqual([]);
    const followed = await change(place, employee, 'late', { status: 'in_progress', due: '2026-03-20', comment: 'Første hold er oplært' });
    expect(followed.status).toBe(200);
    expect(followed.body).toMatchObject({ status: 'in_progress', due: '2026-03-20', overdue: false, mayChange: 'followUp' });
    // The rest of the action is not theirs to change.
    const refused = await change(place, employee, 'late', { what: 'Noget andet' });
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'not_allowed' } } });
  });

  it('refuses a drop without a reason, a change that changes nothing, and someone outside as responsible', async () => {
    expect(await change(place, place.facilitator, 'undated', { status: 'dropped' })).toMatchObject({ status: 400, body: { error: { code: 'reason_required' } } });
    expect(await change(place, place.facilitator, 'undated', { status: 'open' })).toMatchObject({ status: 400, body: { error: { code: 'nothing_changed' } } });
    const stranger = await createTestUser(server, { name: 'Udefra' });
    expect(await change(place, place.facilitator, 'undated', { responsibleUserId: stranger.userId })).toMatchObject({
      status: 422,
      body: { error: { code: 'not_a_member' } },
    });
    expect(await change(place, place.facilitator, 'undated', { due: '2026-02-30' })).toMatchObject({ status: 400 });
    expect(await change(place, place.facilitator, 'nope', { status: 'done' })).toMatchObject({ status: 404 });
    expect((await actionsOf(place, employee)).find((a) => a.id === 'undated')).toMatchObject({ status: 'open', version: 1 });
  });

  it('keeps the history of every change: who, where, what changed and the comment', async () => {
    const revisions = await historyOf(place, employee, 'late');
    expect(revisions.map((r) => [r.version, r.byName, r.workshopTitle, r.changed, r.comment])).toEqual([
      [3, 'Erik Medarbejder', null, ['due', 'status'], 'Første hold er oplært'],
      [2, 'Tina Tillid', null, ['responsible'], ''],
      [1, 'Tina Tillid', 'Kompasset i januar', ['what', 'problem', 'who', 'responsible', 'due', 'followUp', 'status', 'scope', 'upwardTo'], ''],
    ]);
    expect(revisions[0]).toMatchObject({ status: 'in_progress', responsibleName: 'Erik Medarbejder', due: '2026-03-20' });
  });

  it('opens the next workshop of the project with a review of its open actions, and writes the decisions back', async () => {
    const next = await createTestWorkshop(server, { title: 'Status i marts', templateId: 'status-after', in: place });
    const socket = await facilitate(next);
    const welcome = await socket.waitFor<Extract<ServerMessage, { type: 'welcome' }>>((m) => m.type === 'welcome');
    expect(welcome.snapshot?.workshop.stepIndex).toBe(0);
    expect(welcome.snapshot?.review.map((item) => [item.id, item.decidedIn, item.outcome])).toEqual([
      ['late', 'Kompasset i januar', null],
      ['soon', 'Kompasset i januar', null],
      ['undated', 'Kompasset i januar', null],
    ]);
    // A guest in the room sees the list but does not record the decisions.
    const guest = await joinTestWorkshop(server, next.joinCode, 'Gæst');
    const phone = await TestSocket.join(server.wsUrl, next.workshopId, { role: 'participant', token: guest.participantToken });
    expect((await phone.command({ type: 'action.review', actionId: 'late', outcome: 'done', due: null, comment: '' })).type).toBe('command.rejected');

    await acked(socket, { type: 'action.review', actionId: 'late', outcome: 'done', due: null, comment: 'Alle er oplært' });
    await acked(socket, { type: 'action.review', actionId: 'soon', outcome: 'open', due: '2026-06-01', comment: 'Ledelsen svarer i maj' });
    await acked(socket, { type: 'action.review', actionId: 'undated', outcome: 'dropped', due: null, comment: 'Ikke længere nødvendigt' });
    const patch = await phone.waitFor((m) => m.type === 'patch' && JSON.stringify(m).includes('Ikke længere nødvendigt'));
    expect(JSON.stringify(patch)).toContain('review.upsert');
    phone.close();
    socket.close();

    const actions = await actionsOf(place, employee);
    expect(actions.filter((a) => ['late', 'soon', 'undated'].includes(a.id)).map((a) => [a.id, a.status, a.due])).toEqual([
      ['late', 'done', '2026-03-20'],
      ['soon', 'open', '2026-06-01'],
      ['undated', 'dropped', null],
    ]);
    const [latest] = await historyOf(place, employee, 'undated');
    expect(latest).toMatchObject({ workshopTitle: 'Status i marts', byName: 'Tina Tillid', comment: 'Ikke længere nødvendigt', changed: ['status'] });
  });

  it('keeps a follow-up field changed on the plan when the workshop later changes another field of the action', async () => {
    const w = await createTestWorkshop(server, { title: 'Rollerne', templateId: 'roles-plan', in: place });
    const socket = await facilitate(w);
    await acked(socket, addAction('merge-me', { what: 'Udpeg superbrugere' }));
    expect((await change(place, place.facilitator, 'merge-me', { followUp: 'Tjek på MED i april' })).status).toBe(200);
    await acked(socket, { type: 'action.update', actionId: 'merge-me', what: 'Udpeg to superbrugere' });
    socket.close();
    expect((await actionsOf(place, employee)).find((a) => a.id === 'merge-me')).toMatchObject({
      what: 'Udpeg to superbrugere',
      followUp: 'Tjek på MED i april',
      version: 3,
    });
  });

  it('does not let a workshop take over an action of another workshop by its id', async () => {
    const w = await createTestWorkshop(server, { title: 'Et andet møde', templateId: 'roles-plan', in: place });
    const socket = await facilitate(w);
    // 'soon' is open and under review in this workshop: its id is not free.
    const answer = await socket.command(addAction('soon', { what: 'Overtaget' }));
    expect(answer).toMatchObject({ type: 'command.rejected', code: 'action_exists' });
    socket.close();
    expect((await actionsOf(place, employee)).find((a) => a.id === 'soon')).toMatchObject({ what: 'Handling soon' });
  });
});
