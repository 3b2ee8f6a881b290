import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER_IDS, type RegisterId } from '../../../domain/registerTypes.ts';
import type { EntryHistoryResponse, EntryView, ProjectRegistersResponse } from '../../../protocol/registers.ts';
import { addTestMember, apiCall, createTestOrganisation, createTestUser, type TestUser } from '../../testing/accountFixtures.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { createTestProject, createTestWorkshop } from '../../testing/workshopFixtures.ts';
import { loadRegisterEntries, writeRegisterEntry } from './registerStore.ts';

let server: TestServer;
let admin: TestUser;
let leader: TestUser;
let employee: TestUser;
let organisationId: string;
let projectId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await createTestUser(server, { name: 'Anne Admin' });
  organisationId = await createTestOrganisation(server, admin);
  projectId = (await createTestProject(server, admin, organisationId)).id;
  leader = await addTestMember(server, organisationId, ['leader'], 'Lise Leder');
  employee = await addTestMember(server, organisationId, ['employee'], 'Mads Medarbejder');
});
afterAll(async () => {
  await server.close();
});

const registersPath = (org = organisationId, project = projectId) => `/api/organisations/${org}/projects/${project}/registers`;
const entryPath = (register: RegisterId, entryId: string) => `${registersPath()}/${register}/entries/${entryId}`;

async function save(user: TestUser, register: RegisterId, entryId: string, fields: Record<string, unknown>, position?: number) {
  return apiCall(server, 'PUT', entryPath(register, entryId), { cookie: user.cookie, body: { fields, ...(position !== undefined ? { position } : {}) } });
}

async function saved(user: TestUser, register: RegisterId, entryId: string, fields: Record<string, unknown>): Promise<EntryView> {
  const response = await save(user, register, entryId, fields);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as EntryView;
}

async function registers(user: TestUser): Promise<ProjectRegistersResponse> {
  const response = await apiCall(server, 'GET', registersPath(), { cookie: user.cookie });
  expect(response.status).toBe(200);
  return response.body as ProjectRegistersResponse;
}

async function entries(user: TestUser, register: RegisterId): Promise<EntryView[]> {
  return (await registers(user)).registers.find((r) => r.register === register)?.entries ?? [];
}

async function history(user: TestUser, register: RegisterId, entryId: string) {
  return apiCall(server, 'GET', `${entryPath(register, entryId)}/history`, { cookie: user.cookie });
}

describe('registers: reading', () => {
  it('every member sees all six registers, with the fixed rows before anything is saved', async () => {
    const answer = await registers(employee);
    expect(answer.registers.map((r) => r.register)).toEqual([...REGISTER_IDS]);
    expect(answer.minGroupSize).toBe(5);
    const roles = answer.registers.find((r) => r.register === 'rolesPlan');
    expect(roles?.entries.map((e) => e.id)).toEqual(['leaders', 'employees', 'specialists', 'representatives', 'committees', 'others']);
    expect(roles?.entries[0]).toEqual({
      id: 'leaders',
      register: 'rolesPlan',
      position: 0,
      data: { who: null, what: null, how: null, when: null, status: null, nextStep: null },
      version: 0,
      fixed: true,
      updatedAt: null,
      updatedByName: null,
      selfNamed: [],
      selfNamedByMe: false,
      judgements: null,
    });
    expect(answer.registers.find((r) => r.register === 'adviceChecklist')?.entries).toHaveLength(10);
    expect(answer.registers.find((r) => r.register === 'taskShifts')?.entries).toEqual([]);
  });

  it('says who may change what: benefits and assumptions only those who manage the project', async () => {
    const canEdit = (answer: ProjectRegistersResponse) => Object.fromEntries(answer.registers.map((r) => [r.register, r.canEdit]));
    expect(canEdit(await registers(employee))).toEqual({
      rolesPlan: true,
      adviceChecklist: true,
      taskShifts: true,
      invisibleWork: true,
      benefits: false,
      assumptions: false,
    });
    expect(Object.values(canEdit(await registers(leader)))).toEqual([true, true, true, true, true, true]);
  });
});

describe('registers: saving, changing and deleting rows', () => {
  it('a member adds a row; a retry of the same save writes no second revision', async () => {
    const first = await saved(employee, 'taskShifts', 'shift-1', { task: '  Rejseafregning ', from: 'Administrationen', burdens: ['invisible_work', 'work_pressure'] });
    expect(first).toMatchObject({
      id: 'shift-1',
      register: 'taskShifts',
      version: 1,
      fixed: false,
      updatedByName: 'Mads Medarbejder',
      data: { task: 'Rejseafregning', from: 'Administrationen', burdens: ['work_pressure', 'invisible_work'], status: null },
    });
    expect(first.updatedAt).toEqual(expect.any(String));
    const again = await saved(employee, 'taskShifts', 'shift-1', { task: 'Rejseafregning', from: 'Administrationen', burdens: ['work_pressure', 'invisible_work'] });
    expect(again.version).toBe(1);
    expect(((await history(employee, 'taskShifts', 'shift-1')).body as EntryHistoryResponse).revisions).toHaveLength(1);
  });

  it('a change touches only the fields given; delete keeps the history, newest first, with names', async () => {
    await saved(employee, 'taskShifts', 'shift-2', { task: 'Indtastning i journalen', from: 'Lægesekretærer' });
    const changed = await saved(leader, 'taskShifts', 'shift-2', { to: 'Læger og sygeplejersker', status: 'open' });
    expect(changed).toMatchObject({ version: 2, updatedByName: 'Lise Leder', data: { task: 'Indtastning i journalen', from: 'Lægesekretærer', to: 'Læger og sygeplejersker' } });

    const deleted = await apiCall(server, 'DELETE', entryPath('taskShifts', 'shift-2'), { cookie: employee.cookie });
    expect(deleted.status).toBe(204);
    expect((await entries(employee, 'taskShifts')).map((e) => e.id)).not.toContain('shift-2');
    const again = await apiCall(server, 'DELETE', entryPath('taskShifts', 'shift-2'), { cookie: employee.cookie });
    expect(again.status).toBe(204);

    const revisions = ((await history(employee, 'taskShifts', 'shift-2')).body as EntryHistoryResponse).revisions;
    expect(revisions.map((r) => [r.version, r.deleted, r.byName, r.workshopTitle])).toEqual([
      [3, true, 'Mads Medarbejder', null],
      [2, false, 'Lise Leder', null],
      [1, false, 'Mads Medarbejder', null],
    ]);
    expect(revisions[2]?.data).toMatchObject({ task: 'Indtastning i journalen', to: null });

    const revived = await save(employee, 'taskShifts', 'shift-2', { task: 'Igen' });
    expect(revived.status).toBe(404);
    expect(revived.body).toMatchObject({ error: { code: 'entry_not_found' } });
  });

  it('new rows go last unless a position is given; rows are listed by position', async () => {
    await saved(employee, 'invisibleWork', 'iw-a', { work: 'Dække ind ved sygdom' });
    await saved(employee, 'invisibleWork', 'iw-b', { work: 'Oplæring af nye kolleger' });
    expect((await save(employee, 'invisibleWork', 'iw-c', { work: 'Få dagens logistik til at gå op' }, 0)).status).toBe(200);
    // Equal positions fall back to the id: the page moves the others when it reorders.
    expect((await entries(employee, 'invisibleWork')).map((e) => [e.id, e.position])).toEqual([
      ['iw-a', 0],
      ['iw-c', 0],
      ['iw-b', 1],
    ]);
  });

  it('a fixed row is filled in and cleared but never deleted; its history starts empty', async () => {
    expect(((await history(employee, 'rolesPlan', 'others')).body as EntryHistoryResponse).revisions).toEqual([]);
    const leaders = await saved(employee, 'rolesPlan', 'leaders', { what: 'Sætte rammen og fortælle, hvad der ligger fast', status: 'under_way' });
    expect(leaders).toMatchObject({ fixed: true, position: 0, version: 1, data: { who: null, status: 'under_way' } });
    const cleared = await saved(employee, 'rolesPlan', 'leaders', { what: '', status: null });
    expect(cleared).toMatchObject({ version: 2, data: { what: null, status: null } });

    const deleted = await apiCall(server, 'DELETE', entryPath('rolesPlan', 'leaders'), { cookie: admin.cookie });
    expect(deleted.status).toBe(409);
    expect(deleted.body).toMatchObject({ error: { code: 'entry_is_fixed' } });
    expect((await entries(employee, 'rolesPlan')).map((e) => e.id)).toContain('leaders');

    await saved(employee, 'adviceChecklist', 'invisible-work', { status: 'done', note: 'Drøftet i MED' });
    const added = await save(employee, 'adviceChecklist', 'eleventh-advice', { note: 'x' });
    expect(added.status).toBe(404);
    expect(added.body).toMatchObject({ error: { code: 'entry_not_found' } });
  });

  it('a row id is the project’s, across its registers', async () => {
    const fixedElsewhere = await save(employee, 'taskShifts', 'leaders', { task: 'x' });
    expect(fixedElsewhere.status).toBe(409);
    expect(fixedElsewhere.body).toMatchObject({ error: { code: 'entry_exists' } });
    const storedElsewhere = await save(employee, 'invisibleWork', 'shift-1', { work: 'x' });
    expect(storedElsewhere.status).toBe(409);
    expect(storedElsewhere.body).toMatchObject({ error: { code: 'entry_exists' } });
    expect((await apiCall(server, 'DELETE', entryPath('invisibleWork', 'shift-1'), { cookie: employee.cookie })).status).toBe(404);
    expect((await history(employee, 'invisibleWork', 'shift-1')).status).toBe(404);
    expect((await history(employee, 'taskShifts', 'never-saved')).status).toBe(404);
  });

  it('refuses what the register does not allow, with the code the page translates', async () => {
    const cases: Array<[RegisterId, Record<string, unknown>, number, string]> = [
      ['taskShifts', { task: 'x', colleague: 'Mette' }, 400, 'unknown_field'],
      ['taskShifts', { task: 'x'.repeat(301) }, 400, 'field_too_long'],
      ['taskShifts', { task: 'x', how: 'outsourcing' }, 400, 'invalid_choice'],
      ['taskShifts', { task: 'x', burdens: ['work_pressure', 'boredom'] }, 400, 'invalid_choice'],
      ['taskShifts', { from: 'Sekretærerne' }, 400, 'field_required'],
      ['taskShifts', { task: 'nul\u0000byte' }, 400, 'invalid_body'],
    ];
    for (const [register, fields, status, code] of cases) {
      const response = await save(employee, register, 'refused-row', fields);
      expect(response.status, code).toBe(status);
      expect(response.body).toMatchObject({ error: { code } });
    }
    expect((await save(employee, 'taskShifts', 'shift-1', { task: '  ' })).body).toMatchObject({ error: { code: 'field_required' } });
    expect((await history(employee, 'taskShifts', 'refused-row')).status).toBe(404);
  });
});

describe('registers: benefits and the judgement of assumptions', () => {
  it('an employee cannot change benefits or assumptions; a leader can; an assumption must point at a live benefit', async () => {
    const refused = await save(employee, 'benefits', 'benefit-1', { benefit: 'Hurtigere afregning' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { code: 'not_allowed' } });
    await saved(leader, 'benefits', 'benefit-1', { benefit: 'Hurtigere afregning', owner: 'Økonomichefen', uncertainty: 'medium' });
    const dangling = await save(leader, 'assumptions', 'assumption-x', { benefit: 'no-such-benefit', assumption: 'Alle kan bruge appen' });
    expect(dangling.body).toMatchObject({ error: { code: 'invalid_choice' } });
    const wrongRegister = await save(leader, 'assumptions', 'assumption-x', { benefit: 'shift-1', assumption: 'Alle kan bruge appen' });
    expect(wrongRegister.body).toMatchObject({ error: { code: 'invalid_choice' } });
    const assumption = await saved(leader, 'assumptions', 'assumption-1', { benefit: 'benefit-1', assumption: 'Alle har lært appen, før papirblanketten forsvinder' });
    expect(assumption.judgements).toEqual({ total: 0, counts: null, reasons: null, mine: null });
    expect((await apiCall(server, 'DELETE', entryPath('assumptions', 'assumption-1'), { cookie: employee.cookie })).status).toBe(403);
  });

  it('counts and reasons stay hidden below the minimum group size; each member always sees their own', async () => {
    const judge = (user: TestUser, verdict: string, reason: string) =>
      apiCall(server, 'PUT', `${entryPath('assumptions', 'assumption-1')}/judgement`, { cookie: user.cookie, body: { verdict, reason } });
    const judges = [employee, ...(await Promise.all([1, 2, 3].map((n) => addTestMember(server, organisationId, ['employee'], `Kollega ${n}`))))];
    for (const [index, user] of judges.entries()) {
      const answer = await judge(user, index === 0 ? 'doubtful' : 'realistic', ` Begrundelse ${index} `);
      expect(answer.status).toBe(200);
      expect((answer.body as EntryView).judgements).toMatchObject({ total: index + 1, counts: null, reasons: null, mine: { verdict: index === 0 ? 'doubtful' : 'realistic', reason: `Begrundelse ${index}` } });
    }
    // A retry, and the same person again: still four people.
    expect(((await judge(employee, 'doubtful', 'Begrundelse 0')).body as EntryView).judgements?.total).toBe(4);

    const fifth = await judge(leader, 'unrealistic', 'Der er ikke afsat tid til oplæring');
    const summary = (fifth.body as EntryView).judgements;
    expect(summary).toMatchObject({ total: 5, counts: { realistic: 3, doubtful: 1, unrealistic: 1 } });
    expect(summary?.reasons?.[0]).toMatchObject({ verdict: 'unrealistic', reason: 'Der er ikke afsat tid til oplæring' });
    expect(summary?.reasons).toHaveLength(5);
    expect(JSON.stringify(fifth.body)).not.toContain('Kollega');

    // A member changes their mind: the newest judgement counts, the old one is kept.
    const changed = await judge(employee, 'unrealistic', 'Appen virker ikke på vores telefoner');
    expect((changed.body as EntryView).judgements).toMatchObject({ total: 5, counts: { realistic: 3, doubtful: 0, unrealistic: 2 }, mine: { verdict: 'unrealistic' } });
    const seenByAdmin = (await entries(admin, 'assumptions'))[0]?.judgements;
    expect(seenByAdmin).toMatchObject({ total: 5, mine: null });
  });

  it('a judgement needs a reason and an assumption that exists', async () => {
    const path = `${entryPath('assumptions', 'assumption-1')}/judgement`;
    const empty = await apiCall(server, 'PUT', path, { cookie: employee.cookie, body: { verdict: 'realistic', reason: '   ' } });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ error: { code: 'reason_required' } });
    const badVerdict = await apiCall(server, 'PUT', path, { cookie: employee.cookie, body: { verdict: 'maybe', reason: 'x' } });
    expect(badVerdict.body).toMatchObject({ error: { code: 'invalid_body' } });
    const ofBenefit = await apiCall(server, 'PUT', `${entryPath('assumptions', 'benefit-1')}/judgement`, { cookie: employee.cookie, body: { verdict: 'realistic', reason: 'x' } });
    expect(ofBenefit.status).toBe(404);
    expect(ofBenefit.body).toMatchObject({ error: { code: 'entry_not_found' } });
  });
});

describe('registers: naming oneself on invisible work', () => {
  it('a member adds and removes only themself; twice is once', async () => {
    const self = `${entryPath('invisibleWork', 'iw-b')}/self`;
    expect(((await apiCall(server, 'POST', self, { cookie: employee.cookie })).body as EntryView).selfNamed).toEqual(['Mads Medarbejder']);
    expect(((await apiCall(server, 'POST', self, { cookie: employee.cookie })).body as EntryView).selfNamed).toEqual(['Mads Medarbejder']);
    expect(((await apiCall(server, 'POST', self, { cookie: leader.cookie })).body as EntryView).selfNamed).toEqual(['Mads Medarbejder', 'Lise Leder']);
    // Each knows whether they are on it by their account, not by their name.
    const asEmployee = (await entries(employee, 'invisibleWork')).find((e) => e.id === 'iw-b');
    const asAdmin = (await entries(admin, 'invisibleWork')).find((e) => e.id === 'iw-b');
    expect([asEmployee?.selfNamedByMe, asAdmin?.selfNamedByMe]).toEqual([true, false]);
    const removed = await apiCall(server, 'DELETE', self, { cookie: employee.cookie });
    expect(removed.status).toBe(200);
    expect((removed.body as EntryView).selfNamed).toEqual(['Lise Leder']);
    expect((removed.body as EntryView).selfNamedByMe).toBe(false);
    expect((await entries(admin, 'invisibleWork')).find((e) => e.id === 'iw-b')?.selfNamed).toEqual(['Lise Leder']);
    const notInvisible = await apiCall(server, 'POST', `${entryPath('invisibleWork', 'shift-1')}/self`, { cookie: employee.cookie });
    expect(notInvisible.body).toMatchObject({ error: { code: 'entry_not_found' } });
  });
});

describe('registers: written from a workshop', () => {
  it('the engine’s write shows in the history with the workshop’s title; the version never goes back', async () => {
    const workshop = await createTestWorkshop(server, { title: 'Rollerne i projektet', in: { organisationId, projectId, facilitator: admin } });
    const before = await server.ctx.db.transaction((tx) => loadRegisterEntries(tx, organisationId, projectId, 'rolesPlan'));
    const specialists = before.find((e) => e.id === 'specialists');
    if (!specialists) throw new Error('no fixed row');
    expect(specialists.version).toBe(0);
    const version = await server.ctx.db.transaction((tx) =>
      writeRegisterEntry(tx, {
        organisationId,
        projectId,
        entry: { ...specialists, data: { ...specialists.data, what: 'Teste systemet i praksis' }, version: 1 },
        deleted: false,
        userId: null,
        workshopId: workshop.workshopId,
      }),
    );
    expect(version).toBe(1);
    // A copy loaded before that write is stale: its next write still gets a new version.
    const stale = await server.ctx.db.transaction((tx) =>
      writeRegisterEntry(tx, { organisationId, projectId, entry: { ...specialists, version: 1 }, deleted: false, userId: admin.userId, workshopId: workshop.workshopId }),
    );
    expect(stale).toBe(2);
    const revisions = ((await history(employee, 'rolesPlan', 'specialists')).body as EntryHistoryResponse).revisions;
    expect(revisions.map((r) => [r.version, r.byName, r.workshopTitle])).toEqual([
      [2, 'Anne Admin', 'Rollerne i projektet'],
      [1, null, 'Rollerne i projektet'],
    ]);
  });
});

describe('registers: tenancy', () => {
  it('another organisation’s member reaches nothing, not even with the project’s id under their own organisation', async () => {
    const stranger = await createTestUser(server, { name: 'Fremmed' });
    const theirs = await createTestOrganisation(server, stranger, 'Andet sted');
    for (const org of [organisationId, theirs]) {
      const read = await apiCall(server, 'GET', registersPath(org), { cookie: stranger.cookie });
      expect(read.status).toBe(404);
      const write = await apiCall(server, 'PUT', `${registersPath(org)}/taskShifts/entries/intruder`, { cookie: stranger.cookie, body: { fields: { task: 'x' } } });
      expect(write.status).toBe(404);
      const judged = await apiCall(server, 'PUT', `${registersPath(org)}/assumptions/entries/assumption-1/judgement`, {
        cookie: stranger.cookie,
        body: { verdict: 'unrealistic', reason: 'x' },
      });
      expect(judged.status).toBe(404);
      const history = await apiCall(server, 'GET', `${registersPath(org)}/rolesPlan/entries/leaders/history`, { cookie: stranger.cookie });
      expect(history.status).toBe(404);
    }
    expect((await entries(employee, 'taskShifts')).map((e) => e.id)).not.toContain('intruder');
    expect((await entries(employee, 'assumptions'))[0]?.judgements?.total).toBe(5);
  });
});
