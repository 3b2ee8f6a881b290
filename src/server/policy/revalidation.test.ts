import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestMember, apiCall } from '../testing/accountFixtures.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { TestSocket } from '../testing/testSocket.ts';
import { createTestWorkshop, joinTestWorkshop, type TestWorkshop } from '../testing/workshopFixtures.ts';

// R24: a joined connection proves again, now and then, that it may stay.

let server: TestServer;
let workshop: TestWorkshop;

beforeAll(async () => {
  server = await startTestServer({ revalidateMs: 100 });
  workshop = await createTestWorkshop(server);
});
afterAll(async () => {
  await server.close();
});

async function facilitatorSocket(cookie: string): Promise<TestSocket> {
  return TestSocket.join(server.wsUrl, workshop.workshopId, { role: 'facilitator' }, null, cookie);
}

describe('R24 access ends while connected', () => {
  it('a facilitator who is removed from the organisation is let go', async () => {
    const rep = await addTestMember(server, workshop.organisationId, ['union_rep']);
    const socket = await facilitatorSocket(rep.cookie);
    const removed = await apiCall(server, 'DELETE', `/api/organisations/${workshop.organisationId}/members/${rep.memberId}`, {
      cookie: workshop.facilitator.cookie,
    });
    expect(removed.status).toBe(204);
    expect(await socket.waitForClose()).toBe(4001);
    expect(socket.messages.at(-1)).toMatchObject({ type: 'error', code: 'unauthorized' });
  });

  it('a facilitator who loses the facilitating role is let go; one who keeps it stays', async () => {
    const leaving = await addTestMember(server, workshop.organisationId, ['leader']);
    const staying = await addTestMember(server, workshop.organisationId, ['safety_rep']);
    const goes = await facilitatorSocket(leaving.cookie);
    const stays = await facilitatorSocket(staying.cookie);
    await apiCall(server, 'PUT', `/api/organisations/${workshop.organisationId}/members/${leaving.memberId}/roles`, {
      cookie: workshop.facilitator.cookie,
      body: { roles: ['employee'] },
    });
    expect(await goes.waitForClose()).toBe(4001);
    expect(stays.closeCode).toBeNull();
    stays.ws.close();
  });

  it('a facilitator who signs out elsewhere is let go', async () => {
    const leader = await addTestMember(server, workshop.organisationId, ['leader']);
    const socket = await facilitatorSocket(leader.cookie);
    const signedOut = await apiCall(server, 'POST', '/api/auth/sign-out', { cookie: leader.cookie, body: {} });
    expect(signedOut.status).toBe(200);
    expect(await socket.waitForClose()).toBe(4001);
  });

  it('a guest is let go once the workshop has finished', async () => {
    const own = await createTestWorkshop(server, { in: { organisationId: workshop.organisationId, projectId: workshop.projectId, facilitator: workshop.facilitator } });
    const guest = await joinTestWorkshop(server, own.joinCode, 'Gæst');
    const phone = await TestSocket.join(server.wsUrl, own.workshopId, { role: 'participant', token: guest.participantToken });
    const staff = await TestSocket.join(server.wsUrl, own.workshopId, { role: 'facilitator' }, null, workshop.facilitator.cookie);
    expect(await staff.command({ type: 'workshop.finish' })).toMatchObject({ type: 'command.ack' });
    expect(await phone.waitForClose()).toBe(4001);
    // The facilitator stays: a finished workshop can still be tidied and reopened.
    expect(staff.closeCode).toBeNull();
    staff.ws.close();
  });
});
