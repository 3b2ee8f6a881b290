import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FRAME } from '../../../domain/projectPhases.ts';
import type { ProjectListResponse, ProjectView } from '../../../protocol/projects.ts';
import { addTestMember, apiCall, createTestOrganisation, createTestUser, type TestUser } from '../../testing/accountFixtures.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { TestSocket } from '../../testing/testSocket.ts';

let server: TestServer;
let leader: TestUser;
let organisationId: string;

const newProject = {
  title: 'Nyt rejseafregningssystem',
  description: 'Bilag og kørsel registreres i en app i stedet for på papir.',
  staffGroups: ['Administrative medarbejdere', 'Ledere'],
  units: ['Økonomi', 'Hjemmeplejen'],
  phase: 'assessment',
  step: 'business_case',
  frame: { ...EMPTY_FRAME, fixed: 'Systemet er valgt.', open: 'Hvordan bilag godkendes.' },
};

beforeAll(async () => {
  server = await startTestServer();
  const admin = await createTestUser(server, { name: 'Admin' });
  organisationId = await createTestOrganisation(server, admin);
  leader = await addTestMember(server, organisationId, ['leader'], 'Lise Leder');
});
afterAll(async () => {
  await server.close();
});

async function create(user: TestUser, body: unknown = newProject) {
  return apiCall(server, 'POST', `/api/organisations/${organisationId}/projects`, { cookie: user.cookie, body });
}

describe('projects', () => {
  it('a leader creates a project with its frame; every member can read it', async () => {
    const created = await create(leader);
    expect(created.status).toBe(201);
    const project = created.body as ProjectView;
    expect(project).toMatchObject({
      organisationId,
      title: 'Nyt rejseafregningssystem',
      staffGroups: ['Administrative medarbejdere', 'Ledere'],
      units: ['Økonomi', 'Hjemmeplejen'],
      phase: 'assessment',
      step: 'business_case',
      workshops: [],
    });
    expect(project.frame.fixed).toBe('Systemet er valgt.');
    expect(project.frame.harms).toBe('');
    expect(project.phaseHistory).toEqual([{ phase: 'assessment', step: 'business_case', at: expect.any(String), byName: 'Lise Leder' }]);

    const employee = await addTestMember(server, organisationId, ['employee']);
    const read = await apiCall(server, 'GET', `/api/organisations/${organisationId}/projects/${project.id}`, { cookie: employee.cookie });
    expect(read.status).toBe(200);
    const list = (await apiCall(server, 'GET', `/api/organisations/${organisationId}/projects`, { cookie: employee.cookie })).body as ProjectListResponse;
    expect(list.projects.map((p) => p.id)).toContain(project.id);
  });

  it('an employee or a union rep may not create or change projects', async () => {
    const rep = await addTestMember(server, organisationId, ['employee', 'union_rep']);
    const created = await create(rep);
    expect(created.status).toBe(403);
    expect(created.body).toMatchObject({ error: { code: 'not_allowed' } });
  });

  it('refuses a step of another phase, an empty title and an unknown phase, and changes nothing', async () => {
    const before = ((await apiCall(server, 'GET', `/api/organisations/${organisationId}/projects`, { cookie: leader.cookie })).body as ProjectListResponse).projects.length;
    for (const body of [
      { ...newProject, phase: 'idea', step: 'training' },
      { ...newProject, title: '   ' },
      { ...newProject, phase: 'someday' },
      { ...newProject, frame: { ...EMPTY_FRAME, fixed: 'x'.repeat(5000) } },
      { ...newProject, description: 'nul\u0000byte' },
    ]) {
      const response = await create(leader, body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: { code: 'invalid_body' } });
    }
    const after = ((await apiCall(server, 'GET', `/api/organisations/${organisationId}/projects`, { cookie: leader.cookie })).body as ProjectListResponse).projects.length;
    expect(after).toBe(before);
  });

  it('edits details and part of the frame, keeping the rest', async () => {
    const project = (await create(leader)).body as ProjectView;
    const edited = await apiCall(server, 'PATCH', `/api/organisations/${organisationId}/projects/${project.id}`, {
      cookie: leader.cookie,
      body: { title: 'Rejseafregning 2.0', frame: { harms: 'Travlt i overgangen.' } },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Rejseafregning 2.0', frame: { fixed: 'Systemet er valgt.', harms: 'Travlt i overgangen.' } });
  });

  it('moves the phase and keeps every move on the timeline', async () => {
    const project = (await create(leader)).body as ProjectView;
    const path = `/api/organisations/${organisationId}/projects/${project.id}/phase`;
    const moved = await apiCall(server, 'PUT', path, { cookie: leader.cookie, body: { phase: 'development', step: 'procurement' } });
    expect(moved.status).toBe(200);
    const same = await apiCall(server, 'PUT', path, { cookie: leader.cookie, body: { phase: 'development', step: 'procurement' } });
    const back = await apiCall(server, 'PUT', path, { cookie: leader.cookie, body: { phase: 'operation', step: 'training' } });
    expect(same.status).toBe(200);
    const view = back.body as ProjectView;
    expect(view).toMatchObject({ phase: 'operation', step: 'training' });
    expect(view.phaseHistory.map((h) => `${h.phase}/${h.step}`)).toEqual([
      'assessment/business_case',
      'development/procurement',
      'operation/training',
    ]);
    const mismatched = await apiCall(server, 'PUT', path, { cookie: leader.cookie, body: { phase: 'idea', step: 'operation' } });
    expect(mismatched.status).toBe(400);
  });

  it('a project of another organisation is not found, even with its id', async () => {
    const project = (await create(leader)).body as ProjectView;
    const stranger = await createTestUser(server);
    const theirs = await createTestOrganisation(server, stranger, 'Anden kommune');
    // The stranger asks in their own organisation for our project's id: tenancy is in the query.
    const response = await apiCall(server, 'GET', `/api/organisations/${theirs}/projects/${project.id}`, { cookie: stranger.cookie });
    expect(response.status).toBe(404);
    const move = await apiCall(server, 'PUT', `/api/organisations/${theirs}/projects/${project.id}/phase`, {
      cookie: stranger.cookie,
      body: { phase: 'operation', step: 'operation' },
    });
    expect(move.status).toBe(404);
  });
});

describe('workshops in a project', () => {
  it('a facilitating member creates a workshop; it is listed with its code, and the code is hidden from employees', async () => {
    const project = (await create(leader)).body as ProjectView;
    const path = `/api/organisations/${organisationId}/projects/${project.id}/workshops`;
    const workshop = { title: 'Kompasværksted', templateId: 'compass-before', locale: 'da', anonymous: true };
    const rep = await addTestMember(server, organisationId, ['safety_rep']);
    const created = await apiCall(server, 'POST', path, { cookie: rep.cookie, body: workshop });
    expect(created.status).toBe(201);
    const { workshopId, joinCode } = created.body as { workshopId: string; joinCode: string };

    const employee = await addTestMember(server, organisationId, ['employee']);
    const refused = await apiCall(server, 'POST', path, { cookie: employee.cookie, body: workshop });
    expect(refused.status).toBe(403);
    const unknownTemplate = await apiCall(server, 'POST', path, { cookie: rep.cookie, body: { ...workshop, templateId: 'nope' } });
    expect(unknownTemplate.body).toMatchObject({ error: { code: 'unknown_template' } });

    const asRep = (await apiCall(server, 'GET', `/api/organisations/${organisationId}/projects/${project.id}`, { cookie: rep.cookie })).body as ProjectView;
    expect(asRep.workshops).toEqual([
      { id: workshopId, title: 'Kompasværksted', templateId: 'compass-before', status: 'open', joinCode: expect.stringMatching(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/), createdAt: expect.any(String) },
    ]);
    expect(asRep.workshops[0]?.joinCode?.replace('-', '')).toBe(joinCode.replace('-', ''));
    const asEmployee = (await apiCall(server, 'GET', `/api/organisations/${organisationId}/projects/${project.id}`, { cookie: employee.cookie })).body as ProjectView;
    expect(asEmployee.workshops[0]?.joinCode).toBeNull();

    // The creator facilitates over the socket with their session; the employee cannot.
    const socket = await TestSocket.join(server.wsUrl, workshopId, { role: 'facilitator' }, null, rep.cookie);
    expect(socket.messages[0]).toMatchObject({ type: 'welcome', me: { role: 'facilitator' } });
    socket.ws.close();
    const list = (await apiCall(server, 'GET', `/api/organisations/${organisationId}/projects`, { cookie: employee.cookie })).body as ProjectListResponse;
    expect(list.projects.find((p) => p.id === project.id)).toMatchObject({ workshopCount: 1, openWorkshopCount: 1 });
  });
});
