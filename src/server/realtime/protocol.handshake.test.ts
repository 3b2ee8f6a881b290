import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CLOSE_CODES } from '../../protocol/errorCodes.ts';
import { PROTOCOL_VERSION } from '../../protocol/protocolVersion.ts';
import { MAX_FRAME_BYTES, type ServerMessage } from '../../protocol/socketMessages.ts';
import { addTestMember, apiCall } from '../testing/accountFixtures.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { TestSocket } from '../testing/testSocket.ts';
import { createTestWorkshop, joinTestWorkshop, type TestWorkshop } from '../testing/workshopFixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const isError = (code: string) => (m: ServerMessage) => m.type === 'error' && m.code === code;

/** The workshop's facilitator, signed in by the session cookie sent with the upgrade. */
const asFacilitator = (w: TestWorkshop, on: TestServer = server) =>
  TestSocket.join(on.wsUrl, w.workshopId, { role: 'facilitator' }, null, w.facilitator.cookie);

/** Sends a hello and expects it refused: an unauthorized error, close code 4001, no welcome. */
async function expectRefused(attempt: { workshopId: string; auth: unknown; cookie?: string }, label: string): Promise<void> {
  const socket = await TestSocket.open(server.wsUrl, attempt.cookie);
  socket.sendJson({ type: 'hello', protocolVersion: PROTOCOL_VERSION, resumeFrom: null, workshopId: attempt.workshopId, auth: attempt.auth });
  await socket.waitFor(isError('unauthorized'));
  expect(await socket.waitForClose(), label).toBe(CLOSE_CODES.unauthorized);
  expect(socket.messages.some((m) => m.type === 'welcome'), label).toBe(false);
}

describe('handshake', () => {
  it('[R1] closes a connection that never says hello', async () => {
    const socket = await TestSocket.open(server.wsUrl);
    expect(await socket.waitForClose()).toBe(CLOSE_CODES.handshakeTimeout);
  });

  it('[R2] refuses another protocol version with an error and close code 4000', async () => {
    const w = await createTestWorkshop(server);
    const socket = await TestSocket.open(server.wsUrl, w.facilitator.cookie);
    socket.sendJson({
      type: 'hello',
      protocolVersion: PROTOCOL_VERSION + 1,
      workshopId: w.workshopId,
      auth: { role: 'facilitator' },
      resumeFrom: null,
    });
    await socket.waitFor(isError('protocol_version'));
    expect(await socket.waitForClose()).toBe(CLOSE_CODES.protocolVersion);
  });

  it('[R3] refuses a facilitator or projector without a session that may facilitate there, and a token of another workshop, alike', async () => {
    const a = await createTestWorkshop(server);
    const b = await createTestWorkshop(server);
    const guestOfB = await joinTestWorkshop(server, b.joinCode);
    const employee = await addTestMember(server, a.organisationId, ['employee']);
    const employeeElsewhere = await addTestMember(server, b.organisationId, ['employee']);
    const signedOut = await addTestMember(server, a.organisationId, ['admin']);
    expect((await apiCall(server, 'POST', '/api/auth/sign-out', { cookie: signedOut.cookie, body: {} })).status).toBe(200);
    const attempts: Array<[string, { workshopId: string; auth: unknown; cookie?: string }]> = [
      ['no session', { workshopId: a.workshopId, auth: { role: 'facilitator' } }],
      ['no session, projector', { workshopId: a.workshopId, auth: { role: 'projector' } }],
      ['the old facilitator key', { workshopId: a.workshopId, auth: { role: 'facilitator', key: 'kf_wrong' } }],
      ['a forged cookie', { workshopId: a.workshopId, auth: { role: 'facilitator' }, cookie: `${a.facilitator.cookie}x` }],
      ['a session that signed out', { workshopId: a.workshopId, auth: { role: 'facilitator' }, cookie: signedOut.cookie }],
      ['administrator of another organisation', { workshopId: a.workshopId, auth: { role: 'facilitator' }, cookie: b.facilitator.cookie }],
      ['administrator of another organisation, projector', { workshopId: a.workshopId, auth: { role: 'projector' }, cookie: b.facilitator.cookie }],
      ['only an employee here', { workshopId: a.workshopId, auth: { role: 'facilitator' }, cookie: employee.cookie }],
      ['only an employee here, projector', { workshopId: a.workshopId, auth: { role: 'projector' }, cookie: employee.cookie }],
      ['an employee elsewhere', { workshopId: a.workshopId, auth: { role: 'facilitator' }, cookie: employeeElsewhere.cookie }],
      ['a token of another workshop', { workshopId: a.workshopId, auth: { role: 'participant', token: guestOfB.participantToken } }],
      ['a made-up token', { workshopId: a.workshopId, auth: { role: 'participant', token: 'kp_wrong' } }],
      ['no such workshop', { workshopId: 'no-such-workshop', auth: { role: 'facilitator' }, cookie: a.facilitator.cookie }],
    ];
    for (const [label, attempt] of attempts) await expectRefused(attempt, label);
  });

  it('[R3] welcomes a member who may facilitate, as facilitator or projector, by the session sent with the upgrade', async () => {
    const w = await createTestWorkshop(server);
    const rep = await addTestMember(server, w.organisationId, ['employee', 'union_rep']);
    const committee = await addTestMember(server, w.organisationId, ['committee']);
    const cases: Array<[string, 'facilitator' | 'projector']> = [
      [w.facilitator.cookie, 'facilitator'],
      [rep.cookie, 'facilitator'],
      [committee.cookie, 'projector'],
    ];
    for (const [cookie, role] of cases) {
      const socket = await TestSocket.join(server.wsUrl, w.workshopId, { role }, null, cookie);
      expect(socket.messages[0]).toMatchObject({ type: 'welcome', me: { role, participantId: null }, resume: 'snapshot' });
      socket.close();
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
    const w = await createTestWorkshop(server);
    const early = await TestSocket.open(server.wsUrl, w.facilitator.cookie);
    early.sendJson({ type: 'command', commandId: 'x1', command: { type: 'timer.stop' } });
    await early.waitFor(isError('not_joined'));
    early.close();
    const socket = await asFacilitator(w);
    socket.sendJson({
      type: 'hello',
      protocolVersion: PROTOCOL_VERSION,
      workshopId: w.workshopId,
      auth: { role: 'facilitator' },
      resumeFrom: null,
    });
    await socket.waitFor(isError('already_joined'));
    socket.close();
  });
});

describe('who may connect', () => {
  it('[R22] refuses a participant token once its workshop is finished, and takes it again when reopened', async () => {
    const w = await createTestWorkshop(server);
    const guest = await joinTestWorkshop(server, w.joinCode, 'Mette');
    const auth = { role: 'participant', token: guest.participantToken } as const;
    const phone = await TestSocket.join(server.wsUrl, w.workshopId, auth);
    const facilitator = await asFacilitator(w);
    expect(await facilitator.command({ type: 'workshop.finish' })).toMatchObject({ type: 'command.ack' });
    await expectRefused({ workshopId: w.workshopId, auth }, 'guest after the end');
    // A connection that was already in hears the end and can change nothing (until its next check, R24, lets it go).
    await phone.waitFor((m) => m.type === 'patch' && m.changes.some((c) => c.op === 'workshop' && c.workshop.status === 'finished'));
    expect(phone.closeCode).toBeNull();
    expect(
      await phone.command({ type: 'note.add', noteId: 'after-end', stepId: 'today', category: 'healthy', kind: 'today', text: 'For sent' }),
    ).toMatchObject({ type: 'command.rejected', code: 'workshop_finished' });
    // Members still come in after the end.
    const projector = await TestSocket.join(server.wsUrl, w.workshopId, { role: 'projector' }, null, w.facilitator.cookie);
    expect(projector.messages[0]).toMatchObject({ type: 'welcome', snapshot: { workshop: { status: 'finished' } } });
    expect(await facilitator.command({ type: 'workshop.reopen' })).toMatchObject({ type: 'command.ack' });
    const back = await TestSocket.join(server.wsUrl, w.workshopId, auth);
    expect(back.messages[0]).toMatchObject({ type: 'welcome', me: { participantId: guest.participantId } });
    for (const socket of [phone, facilitator, projector, back]) socket.close();
  });

  it('[R23] closes an upgrade from another origin before any hello, even with a member’s cookie', async () => {
    const w = await createTestWorkshop(server);
    for (const origin of ['https://evil.example', server.url.replace('127.0.0.1', 'localhost')]) {
      const ws = new WebSocket(server.wsUrl, { headers: { origin, cookie: w.facilitator.cookie } });
      ws.on('open', () =>
        ws.send(JSON.stringify({ type: 'hello', protocolVersion: PROTOCOL_VERSION, workshopId: w.workshopId, auth: { role: 'facilitator' }, resumeFrom: null })),
      );
      // Whichever comes first: the close, or (if the check were missing) the first frame.
      const outcome = await new Promise<string>((resolve, reject) => {
        ws.once('close', (code) => resolve(`closed ${code}`));
        ws.once('message', (data) => resolve(`frame ${String(data).slice(0, 40)}`));
        ws.once('error', reject);
      });
      expect(outcome, origin).toBe(`closed ${CLOSE_CODES.unauthorized}`);
      ws.terminate();
    }
    // Our own origin, and a client that sends none (not a browser), are let in.
    (await asFacilitator(w)).close();
    const noOrigin = new WebSocket(server.wsUrl, { headers: { cookie: w.facilitator.cookie } });
    const welcomed = new Promise<boolean>((resolve) => {
      noOrigin.on('message', (data) => resolve(String(data).includes('"welcome"')));
      noOrigin.once('close', () => resolve(false));
    });
    noOrigin.on('open', () =>
      noOrigin.send(JSON.stringify({ type: 'hello', protocolVersion: PROTOCOL_VERSION, workshopId: w.workshopId, auth: { role: 'facilitator' }, resumeFrom: null })),
    );
    expect(await welcomed).toBe(true);
    noOrigin.close();
  });
});

describe('bad input', () => {
  it('[R6] answers bad JSON, bad shape and unknown types with typed errors and stays open', async () => {
    const w = await createTestWorkshop(server);
    const socket = await asFacilitator(w);
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
    const w = await createTestWorkshop(server);
    const socket = await asFacilitator(w);
    socket.sendRaw(JSON.stringify({ type: 'time.ping', clientTime: 1, pad: 'x'.repeat(MAX_FRAME_BYTES) }));
    await socket.waitFor(isError('message_too_large'));
    expect(socket.messages.some((m) => m.type === 'time.pong')).toBe(false);
    expect(socket.closeCode).toBeNull();
    socket.close();
  });

  it('[R8] rate-limits a flooding connection, then closes it, and leaves others alone', async () => {
    const w = await createTestWorkshop(server);
    const flooder = await asFacilitator(w);
    const calm = await TestSocket.join(server.wsUrl, w.workshopId, { role: 'projector' }, null, w.facilitator.cookie);
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
    const w = await createTestWorkshop(timed);
    const socket = await asFacilitator(w, timed);
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
    const w = await createTestWorkshop(server);
    const socket = await asFacilitator(w);
    socket.sendJson({
      type: 'command',
      commandId: 'nul-1',
      command: { type: 'note.add', noteId: 'nul-note', stepId: 'today', category: 'realistic', kind: 'today', text: 'a\u0000b' },
    });
    await socket.waitFor(isError('invalid_message'));
    socket.close();
    const response = await apiCall(server, 'POST', `/api/organisations/${w.organisationId}/projects/${w.projectId}/workshops`, {
      cookie: w.facilitator.cookie,
      body: { title: 'x\u0000y', templateId: 'compass-before', locale: 'da', anonymous: false },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_body' } });
  });
});
