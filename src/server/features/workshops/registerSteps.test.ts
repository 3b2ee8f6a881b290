import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectRegistersResponse } from '../../../protocol/registers.ts';
import type { ServerMessage } from '../../../protocol/socketMessages.ts';
import type { WorkshopEntryView } from '../../../protocol/views.ts';
import { findTemplate } from '../../../domain/templateRegistry.ts';
import { apiCall } from '../../testing/accountFixtures.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { TestSocket } from '../../testing/testSocket.ts';
import { createTestWorkshop, joinTestWorkshop } from '../../testing/workshopFixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const ROLES = findTemplate('roles-plan');
const planStep = ROLES?.steps.findIndex((s) => s.kind === 'register' && s.register === 'rolesPlan') ?? -1;
const actionsStep = ROLES?.steps.findIndex((s) => s.kind === 'actions') ?? -1;

function entriesIn(message: ServerMessage): WorkshopEntryView[] {
  if (message.type === 'welcome') return message.snapshot?.entries ?? [];
  if (message.type === 'patch') return message.changes.flatMap((c) => (c.op === 'entry.upsert' ? [c.entry] : []));
  return [];
}

async function rolesWorkshop() {
  const created = await createTestWorkshop(server, { templateId: 'roles-plan', title: 'Roller i projektet' });
  const facilitator = await TestSocket.join(server.wsUrl, created.workshopId, { role: 'facilitator' }, null, created.facilitator.cookie);
  const phones: TestSocket[] = [];
  for (const name of ['Anna', 'Bo']) {
    const guest = await joinTestWorkshop(server, created.joinCode, name);
    phones.push(await TestSocket.join(server.wsUrl, created.workshopId, { role: 'participant', token: guest.participantToken }));
  }
  const registersPath = `/api/organisations/${created.organisationId}/projects/${created.projectId}/registers`;
  return { ...created, facilitator, phones, registersPath, facilitatorCookie: created.facilitator.cookie };
}

async function projectRolesPlan(path: string, cookie: string) {
  const response = await apiCall(server, 'GET', path, { cookie });
  expect(response.status).toBe(200);
  const plan = (response.body as ProjectRegistersResponse).registers.find((r) => r.register === 'rolesPlan');
  if (!plan) throw new Error('no roles plan');
  return plan;
}

describe('register steps', () => {
  it('start with the project’s rows, and every phone sees a row the group changes, live', async () => {
    const w = await rolesWorkshop();
    const [anna, bo] = w.phones as [TestSocket, TestSocket];
    const welcome = await anna.waitFor((m) => m.type === 'welcome');
    expect(entriesIn(welcome).filter((e) => e.register === 'rolesPlan').map((e) => e.id)).toEqual(['leaders', 'employees', 'specialists', 'representatives', 'committees', 'others']);

    await w.facilitator.command({ type: 'step.go', stepIndex: planStep });
    const from = bo.messages.length;
    const ack = await anna.command({ type: 'entry.save', entryId: 'leaders', register: 'rolesPlan', fields: { what: 'Sætter rammen og svarer på spørgsmål' } });
    expect(ack.type).toBe('command.ack');
    // The step change reloaded the rows (version 0); the group's change is version 1.
    const seen = await bo.waitFor((m) => entriesIn(m).some((e) => e.id === 'leaders' && e.version === 1), { from });
    expect(entriesIn(seen).find((e) => e.id === 'leaders')).toMatchObject({ data: { what: 'Sætter rammen og svarer på spørgsmål' }, version: 1 });
    for (const s of [w.facilitator, anna, bo]) s.close();
  });

  it('write through to the project, with a revision that names the workshop', async () => {
    const w = await rolesWorkshop();
    const [anna] = w.phones as [TestSocket];
    await w.facilitator.command({ type: 'step.go', stepIndex: planStep });
    await anna.command({ type: 'entry.save', entryId: 'row-it', register: 'rolesPlan', fields: { who: 'IT-afdelingen', how: 'Ugentligt møde' } });
    const plan = await projectRolesPlan(w.registersPath, w.facilitatorCookie);
    expect(plan.entries.find((e) => e.id === 'row-it')).toMatchObject({ data: { who: 'IT-afdelingen', how: 'Ugentligt møde' }, version: 1 });

    const history = await apiCall(server, 'GET', `${w.registersPath}/rolesPlan/entries/row-it/history`, { cookie: w.facilitatorCookie });
    expect(history.status).toBe(200);
    expect(history.body).toMatchObject({ revisions: [{ version: 1, workshopTitle: 'Roller i projektet', deleted: false }] });

    // Removed in the meeting, gone from the project too.
    await anna.command({ type: 'entry.remove', entryId: 'row-it' });
    expect((await projectRolesPlan(w.registersPath, w.facilitatorCookie)).entries.some((e) => e.id === 'row-it')).toBe(false);
    for (const s of [w.facilitator, ...w.phones]) s.close();
  });

  it('load the project’s rows again when the step comes back on screen', async () => {
    const w = await rolesWorkshop();
    const [anna] = w.phones as [TestSocket];
    // Someone edits the plan on the project page while the workshop is elsewhere.
    const put = await apiCall(server, 'PUT', `${w.registersPath}/rolesPlan/entries/committees`, {
      cookie: w.facilitatorCookie,
      body: { fields: { what: 'Drøfter principperne' } },
    });
    expect(put.status).toBe(200);
    const from = anna.messages.length;
    await w.facilitator.command({ type: 'step.go', stepIndex: planStep });
    const seen = await anna.waitFor((m) => entriesIn(m).some((e) => e.id === 'committees' && e.data.what === 'Drøfter principperne'), { from });
    expect(seen.type).toBe('patch');
    for (const s of [w.facilitator, ...w.phones]) s.close();
  });

  it('refuse phones outside the register step, with a named code', async () => {
    const w = await rolesWorkshop();
    const [anna] = w.phones as [TestSocket];
    await w.facilitator.command({ type: 'step.go', stepIndex: actionsStep });
    const refused = await anna.command({ type: 'entry.save', entryId: 'leaders', register: 'rolesPlan', fields: { what: 'x' } });
    expect(refused).toMatchObject({ type: 'command.rejected', code: 'register_not_in_step' });
    for (const s of [w.facilitator, ...w.phones]) s.close();
  });
});

describe('register steps and the project page together', () => {
  it('keep a field changed on the project page when the group changes another field of the row', async () => {
    const w = await rolesWorkshop();
    const [anna] = w.phones as [TestSocket];
    await w.facilitator.command({ type: 'step.go', stepIndex: planStep });
    // The workshop holds its copy; meanwhile the project page changes "how" of the same row.
    const put = await apiCall(server, 'PUT', `${w.registersPath}/rolesPlan/entries/leaders`, {
      cookie: w.facilitatorCookie,
      body: { fields: { how: 'På personalemøder' } },
    });
    expect(put.status).toBe(200);
    await anna.command({ type: 'entry.save', entryId: 'leaders', register: 'rolesPlan', fields: { when: 'Hver måned' } });
    const leaders = (await projectRolesPlan(w.registersPath, w.facilitatorCookie)).entries.find((e) => e.id === 'leaders');
    expect(leaders?.data).toMatchObject({ how: 'På personalemøder', when: 'Hver måned' });
    for (const s of [w.facilitator, ...w.phones]) s.close();
  });
});
