import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTemplate } from '../../../domain/templateRegistry.ts';
import type { WorkshopCommand } from '../../../domain/workshopCommands.ts';
import type { OverviewResponse } from '../../../protocol/overview.ts';
import { addTestMember, apiCall, createTestOrganisation, createTestUser, type TestUser } from '../../testing/accountFixtures.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { TestSocket } from '../../testing/testSocket.ts';
import { createTestProject, createTestWorkshop } from '../../testing/workshopFixtures.ts';

let server: TestServer;
/** 2 March 2026 in Copenhagen. */
const clock = Date.UTC(2026, 2, 2, 9, 0);

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
});

afterAll(async () => {
  await server.close();
});

type Note = { readonly category: string; readonly kind: string };

/**
 * A finished workshop whose counted step holds these notes, typed in for the room by the
 * facilitator, with `people` who wrote them on paper (the headcount the comparison counts).
 */
async function heldWorkshop(place: Place, templateId: string, stepId: string, notes: readonly Note[], people: number, finish = true): Promise<void> {
  const w = await createTestWorkshop(server, { templateId, title: `${templateId} i ${place.title}`, in: place });
  const socket = await TestSocket.join(server.wsUrl, w.workshopId, { role: 'facilitator' }, null, w.facilitator.cookie);
  const send = async (command: WorkshopCommand) => expect(await socket.command(command), JSON.stringify(command)).toMatchObject({ type: 'command.ack' });
  const stepIndex = findTemplate(templateId)?.steps.findIndex((s) => s.id === stepId) ?? -1;
  await send({ type: 'step.go', stepIndex });
  for (const [i, note] of notes.entries()) {
    await send({ type: 'note.add', noteId: `${stepId}-${i}-${Math.random().toString(36).slice(2, 8)}`, stepId, text: `seddel ${i}`, ...note } as WorkshopCommand);
  }
  await send({ type: 'paper.headcount', stepId, count: people });
  if (finish) await send({ type: 'workshop.finish' });
  socket.close();
}

interface Place {
  readonly organisationId: string;
  readonly projectId: string;
  readonly facilitator: TestUser;
  readonly title: string;
}

async function overview(organisationId: string, user: TestUser, query = ''): Promise<OverviewResponse> {
  const response = await apiCall(server, 'GET', `/api/organisations/${organisationId}/overview${query}`, { cookie: user.cookie });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as OverviewResponse;
}

const trait = (side: { traits: ReadonlyArray<{ traitId: string }> } | undefined, id: string) => side?.traits.find((t) => t.traitId === id);

describe('the committee’s overview', () => {
  let admin: TestUser;
  let employee: TestUser;
  let organisationId: string;
  let big: Place;
  let small: Place;
  let unheld: Place;

  beforeAll(async () => {
    admin = await createTestUser(server, { name: 'Tina Tillid' });
    organisationId = await createTestOrganisation(server, admin);
    employee = await addTestMember(server, organisationId, ['employee'], 'Erik');
    const project = async (title: string, units: string[], phase = 'operation') => {
      const created = await createTestProject(server, admin, organisationId, title);
      const patched = await apiCall(server, 'PATCH', `/api/organisations/${organisationId}/projects/${created.id}`, { cookie: admin.cookie, body: { units } });
      expect(patched.status).toBe(200);
      const moved = await apiCall(server, 'PUT', `/api/organisations/${organisationId}/projects/${created.id}/phase`, {
        cookie: admin.cookie,
        body: phase === 'operation' ? { phase: 'operation', step: 'operation' } : { phase: 'idea', step: 'need' },
      });
      expect(moved.status).toBe(200);
      return { organisationId, projectId: created.id, facilitator: admin, title };
    };
    big = await project('Ny vagtplan', ['Hjemmeplejen Nord']);
    small = await project('Nyt journalsystem', ['Hjemmeplejen Syd']);
    unheld = await project('Ny app', ['Hjemmeplejen Nord'], 'idea');

    await heldWorkshop(big, 'compass-before', 'expectations', [
      { category: 'realistic', kind: 'better' },
      { category: 'realistic', kind: 'better' },
      { category: 'healthy', kind: 'worse' },
    ], 6);
    await heldWorkshop(big, 'status-after', 'changes', [
      { category: 'realistic', kind: 'improved' },
      { category: 'healthy', kind: 'worsened' },
      { category: 'healthy', kind: 'worsened' },
    ], 5);
    // Three people only: nothing of theirs may be counted anywhere.
    await heldWorkshop(small, 'compass-before', 'expectations', [
      { category: 'realistic', kind: 'worse' },
      { category: 'healthy', kind: 'worse' },
    ], 3);
    // Still under way: not in the overview until it is finished.
    await heldWorkshop(unheld, 'compass-before', 'expectations', [{ category: 'realistic', kind: 'better' }], 9, false);

    // Actions: one late and sent upward, one open, one done.
    const actions = await createTestWorkshop(server, { templateId: 'roles-plan', title: 'Roller', in: big });
    const socket = await TestSocket.join(server.wsUrl, actions.workshopId, { role: 'facilitator' }, null, admin.cookie);
    const add = (actionId: string, extra: Partial<Extract<WorkshopCommand, { type: 'action.add' }>>) =>
      socket.command({ type: 'action.add', actionId, what: actionId, who: '', due: null, noteIds: [], traitId: null, ...extra });
    await add('late-up', { due: '2026-02-01', scope: 'upward', upwardTo: 'committee' });
    await add('open', { due: '2026-04-01' });
    await add('done', {});
    await socket.command({ type: 'action.update', actionId: 'done', status: 'done' });
    socket.close();
    // Registers: two task shifts and one piece of invisible work.
    const registers = `/api/organisations/${organisationId}/projects/${big.projectId}/registers`;
    for (const [register, id, fields] of [
      ['taskShifts', 'ts-1', { task: 'Vagtbytte' }],
      ['taskShifts', 'ts-2', { task: 'Sygemelding' }],
      ['invisibleWork', 'iw-1', { work: 'Hjælpe kolleger med appen' }],
    ] as const) {
      const saved = await apiCall(server, 'PUT', `${registers}/${register}/entries/${id}`, { cookie: admin.cookie, body: { fields } });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    }
  });

  it('shows every project with where it stands, its actions and its registers, to every member', async () => {
    const view = await overview(organisationId, employee);
    expect(view.minGroupSize).toBe(5);
    expect(view.units).toEqual(['Hjemmeplejen Nord', 'Hjemmeplejen Syd']);
    const row = view.projects.find((p) => p.id === big.projectId);
    expect(row).toMatchObject({ title: 'Ny vagtplan', phase: 'operation', step: 'operation', openActions: 2, overdueActions: 1, upwardActions: 1, taskShifts: 2, invisibleWork: 1 });
    expect(view.projects.find((p) => p.id === unheld.projectId)).toMatchObject({ phase: 'idea', openActions: 0, before: { status: 'none' }, after: { status: 'none' } });
    expect(view.totals).toMatchObject({ openActions: 2, overdueActions: 1, upwardActions: 1, taskShifts: 2, invisibleWork: 1 });
  });

  it('counts green and red before and better and worse after per trait, from finished workshops', async () => {
    const row = (await overview(organisationId, employee)).projects.find((p) => p.id === big.projectId);
    expect(row?.before).toMatchObject({ status: 'shown', contributors: 6 });
    expect(trait(row?.before.status === 'shown' ? row.before : undefined, 'realistic')).toEqual({ traitId: 'realistic', positive: 2, negative: 0 });
    expect(trait(row?.after.status === 'shown' ? row.after : undefined, 'healthy')).toEqual({ traitId: 'healthy', positive: 0, negative: 2 });
  });

  it('withholds a project below the minimum group size, everywhere, whatever the filter', async () => {
    const all = await overview(organisationId, employee);
    const smallRow = all.projects.find((p) => p.id === small.projectId);
    expect(smallRow?.before).toEqual({ status: 'too_few', workshopTitle: 'compass-before i Nyt journalsystem' });
    expect(JSON.stringify(smallRow)).not.toContain('positive');
    expect(all.totals.before).toMatchObject({ counted: 1, withheld: 1 });
    // The totals are the big project's own counts: the small one's two red notes are in no total.
    expect(trait(all.totals.before, 'realistic')).toEqual({ traitId: 'realistic', positive: 2, negative: 0 });
    expect(trait(all.totals.before, 'healthy')).toEqual({ traitId: 'healthy', positive: 0, negative: 1 });
    // Filtering the small project's unit in or out changes no trait total by anything of its own.
    const south = await overview(organisationId, employee, `?unit=${encodeURIComponent('Hjemmeplejen Syd')}`);
    expect(south.projects.map((p) => p.id)).toEqual([small.projectId]);
    expect(south.totals.before.traits.every((t) => t.positive === 0 && t.negative === 0)).toBe(true);
    const north = await overview(organisationId, employee, `?unit=${encodeURIComponent('Hjemmeplejen Nord')}`);
    expect(north.projects.map((p) => p.id).sort()).toEqual([big.projectId, unheld.projectId].sort());
    expect(north.totals.before.traits).toEqual(all.totals.before.traits);
  });

  it('filters by phase, and refuses a filter it does not know', async () => {
    const ideas = await overview(organisationId, employee, '?phase=idea');
    expect(ideas.projects.map((p) => p.id)).toEqual([unheld.projectId]);
    const bad = await apiCall(server, 'GET', `/api/organisations/${organisationId}/overview?phase=later`, { cookie: employee.cookie });
    expect(bad.status).toBe(400);
  });
});
