import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '../../protocol/errorCodes.ts';
import { PROTOCOL_VERSION } from '../../protocol/protocolVersion.ts';
import { MAX_FRAME_BYTES, type ServerMessage } from '../../protocol/socketMessages.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { TestSocket } from '../testing/testSocket.ts';
import { createTestWorkshop, joinTestWorkshop } from '../testing/workshopFixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const isError = (code: string) => (m: ServerMessage) => m.type === 'error' && m.code === code;

describe('handshake', () => {
  it('[R1] closes a connection that never says hello', async () => {
    const socket = await TestSocket.open(server.wsUrl);
    expect(await socket.waitForClose()).toBe(CLOSE_CODES.handshakeTimeout);
  });

  it('[R2] refuses another protocol version with an error and close code 4000', async () => {
    const { workshopId, facilitatorKey } = await createTestWorkshop(server);
    const socket = await TestSocket.open(server.wsUrl);
    socket.sendJson({
      type: 'hello',
      protocolVersion: PROTOCOL_VERSION + 1,
      workshopId,
      auth: { role: 'facilitator', key: facilitatorKey },
      resumeFrom: null,
    });
    await socket.waitFor(isError('protocol_version'));
    expect(await socket.waitForClose()).toBe(CLOSE_CODES.protocolVersion);
  });

  it('[R3] refuses a wrong key, and a token of another workshop, alike', async () => {
    const a = await createTestWorkshop(server);
    const b = await createTestWorkshop(server);
    const guestOfB = await joinTestWorkshop(server, b.joinCode);
    const attempts = [
      { workshopId: a.workshopId, auth: { role: 'facilitator', key: 'kf_wrong' } },
      { workshopId: a.workshopId, auth: { role: 'facilitator', key: b.facilitatorKey } },
      { workshopId: a.workshopId, auth: { role: 'participant', token: guestOfB.participantToken } },
      { workshopId: 'no-such-workshop', auth: { role: 'facilitator', key: a.facilitatorKey } },
    ];
    for (const attempt of attempts) {
      const socket = await TestSocket.open(server.wsUrl);
      socket.sendJson({ type: 'hello', protocolVersion: PROTOCOL_VERSION, resumeFrom: null, ...attempt });
      await socket.waitFor(isError('unauthorized'));
      expect(await socket.waitForClose()).toBe(CLOSE_CODES.unauthorized);
      expect(socket.messages.some((m) => m.type === 'welcome')).toBe(false);
    }
  });

  it('[R4] welcomes with server time, the viewer and a snapshot', async () => {
    const { workshopId, joinCode } = await createTestWorkshop(server, { title: 'Ny journal' });
    const guest = await joinTestWorkshop(server, joinCode, 'Mette');
    const socket = await TestSocket.join(server.wsUrl, workshopId, { role: 'participant', token: guest.participantToken });
    const welcome = socket.messages[0];
    if (welcome?.type !== 'welcome') throw new Error('expected welcome');
    expect(welcome.resume).toBe('snapshot');
    expect(welcome.me).toMatchObject({ role: 'participant', participantId: guest.participantId, displayName: 'Mette' });
    expect(welcome.snapshot?.workshop).toMatchObject({ title: 'Ny journal', stepIndex: 0, participantCount: 1 });
    expect(Math.abs(welcome.serverTime - Date.now())).toBeLessThan(5000);
    socket.close();
  });

  it('[R5] refuses a second hello and any command before hello', async () => {
    const { workshopId, facilitatorKey } = await createTestWorkshop(server);
    const early = await TestSocket.open(server.wsUrl);
    early.sendJson({ type: 'command', commandId: 'x1', command: { type: 'timer.stop' } });
    await early.waitFor(isError('not_joined'));
    early.close();
    const socket = await TestSocket.join(server.wsUrl, workshopId, { role: 'facilitator', key: facilitatorKey });
    socket.sendJson({
      type: 'hello',
      protocolVersion: PROTOCOL_VERSION,
      workshopId,
      auth: { role: 'facilitator', key: facilitatorKey },
      resumeFrom: null,
    });
    await socket.waitFor(isError('already_joined'));
    socket.close();
  });
});

describe('bad input', () => {
  it('[R6] answers bad JSON, bad shape and unknown types with typed errors and stays open', async () => {
    const { workshopId, facilitatorKey } = await createTestWorkshop(server);
    const socket = await TestSocket.join(server.wsUrl, workshopId, { role: 'facilitator', key: facilitatorKey });
    socket.sendRaw('{not json');
    await socket.waitFor(isError('invalid_message'));
    const from = socket.messages.length;
    socket.sendJson({ type: 'command', commandId: 'c1', command: { type: 'note.add', noteId: 'n1' } });
    await socket.waitFor(isError('invalid_message'), { from });
    socket.sendJson({ type: 'launch.rockets' });
    await socket.waitFor(isError('unknown_message'));
    socket.sendJson({ type: 'time.ping', clientTime: 1 });
    await socket.waitFor((m) => m.type === 'time.pong');
    expect(socket.closeCode).toBeNull();
    socket.close();
  });

  it('[R7] refuses an oversized frame without parsing it', async () => {
    const { workshopId, facilitatorKey } = await createTestWorkshop(server);
    const socket = await TestSocket.join(server.wsUrl, workshopId, { role: 'facilitator', key: facilitatorKey });
    socket.sendRaw(JSON.stringify({ type: 'time.ping', clientTime: 1, pad: 'x'.repeat(MAX_FRAME_BYTES) }));
    await socket.waitFor(isError('message_too_large'));
    expect(socket.messages.some((m) => m.type === 'time.pong')).toBe(false);
    expect(socket.closeCode).toBeNull();
    socket.close();
  });

  it('[R8] rate-limits a flooding connection, then closes it, and leaves others alone', async () => {
    const { workshopId, facilitatorKey } = await createTestWorkshop(server);
    const flooder = await TestSocket.join(server.wsUrl, workshopId, { role: 'facilitator', key: facilitatorKey });
    const calm = await TestSocket.join(server.wsUrl, workshopId, { role: 'projector', key: facilitatorKey });
    for (let i = 0; i < 400; i++) flooder.sendJson({ type: 'time.ping', clientTime: i });
    await flooder.waitFor(isError('rate_limited'));
    expect(await flooder.waitForClose()).toBe(CLOSE_CODES.rateLimited);
    const pongs = flooder.messages.filter((m) => m.type === 'time.pong').length;
    expect(pongs).toBeGreaterThanOrEqual(29); // a burst of 30, one of which was the hello
    expect(pongs).toBeLessThan(400);
    calm.sendJson({ type: 'time.ping', clientTime: 7 });
    await calm.waitFor((m) => m.type === 'time.pong' && m.clientTime === 7);
    calm.close();
  });

  it('[R20] answers time.ping with the server clock', async () => {
    const fixed = 1_700_000_000_000;
    const timed = await startTestServer({ database: server.database, now: () => fixed });
    const { workshopId, facilitatorKey } = await createTestWorkshop(timed);
    const socket = await TestSocket.join(timed.wsUrl, workshopId, { role: 'facilitator', key: facilitatorKey });
    socket.sendJson({ type: 'time.ping', clientTime: 42 });
    const pong = await socket.waitFor((m) => m.type === 'time.pong');
    expect(pong).toEqual({ type: 'time.pong', clientTime: 42, serverTime: fixed });
    // Timers are sent in server time, whatever the phone's clock says.
    await socket.command({ type: 'timer.start', seconds: 300 });
    const patch = await socket.waitFor((m) => m.type === 'patch' && m.changes.some((c) => c.op === 'workshop' && c.workshop.timer.endsAt !== null));
    const change = patch.type === 'patch' ? patch.changes.find((c) => c.op === 'workshop') : undefined;
    expect(change?.op === 'workshop' ? change.workshop.timer : null).toEqual({ endsAt: fixed + 300_000, durationMs: 300_000 });
    socket.close();
    await timed.close();
  });
});

describe('text the database cannot hold', () => {
  it('[R6] refuses a NUL character in a note as invalid_message, and over HTTP as invalid_body', async () => {
    const { workshopId, facilitatorKey } = await createTestWorkshop(server);
    const socket = await TestSocket.join(server.wsUrl, workshopId, { role: 'facilitator', key: facilitatorKey });
    socket.sendJson({
      type: 'command',
      commandId: 'nul-1',
      command: { type: 'note.add', noteId: 'nul-note', stepId: 'today', category: 'realistic', kind: 'today', text: 'a\u0000b' },
    });
    await socket.waitFor(isError('invalid_message'));
    socket.close();
    const response = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x\u0000y', templateId: 'compass-before', locale: 'da', anonymous: false }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_body' } });
  });
});
