import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../domain/joinCode.ts';
import type { ErrorCode } from '../../protocol/errorCodes.ts';
import type { ErrorResponse, SummaryResponse, WorkshopLookupResponse } from '../../protocol/http.ts';
import type { WelcomeMessage } from '../../protocol/socketMessages.ts';
import { newJoinCode } from '../features/workshops/secrets.ts';
import { isJoinCodeTaken } from '../features/workshops/workshopStore.ts';
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

const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

function postJson(route: string, body: unknown): Promise<Response> {
  return fetch(`${server.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Expects the one error shape every route answers with. */
async function expectError(response: Response, status: number, code: ErrorCode): Promise<ErrorResponse> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as ErrorResponse;
  expect(body).toEqual({ error: { code, detail: expect.toSatisfy((d: unknown) => d === null || typeof d === 'string') } });
  return body;
}

function summary(workshopId: string, bearer: string | null): Promise<Response> {
  return fetch(`${server.url}/api/workshops/${workshopId}/summary`, {
    headers: bearer === null ? {} : { authorization: `Bearer ${bearer}` },
  });
}

async function summaryOf(workshopId: string, bearer: string): Promise<SummaryResponse> {
  const response = await summary(workshopId, bearer);
  expect(response.status).toBe(200);
  return (await response.json()) as SummaryResponse;
}

/** A code of the right shape that no workshop holds, checked against the database. */
async function freeJoinCode(): Promise<string> {
  for (;;) {
    const code = newJoinCode();
    if (!(await isJoinCodeTaken(server.database.db, code))) return code;
  }
}

const validWorkshop = { title: 'Nyt journalsystem', templateId: 'compass-before', locale: 'da', anonymous: false };

describe('health', () => {
  it('reports the database kind and its applied migrations', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; database: string; migrations: number };
    expect(body).toEqual({ status: 'ok', database: server.database.kind, migrations: expect.any(Number) });
    expect(body.migrations).toBeGreaterThanOrEqual(1);
  });

  it('sends security headers on every answer, errors included', async () => {
    for (const response of [await fetch(`${server.url}/healthz`), await fetch(`${server.url}/api/nothing-here`)]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });
});

describe('POST /api/workshops', () => {
  it('creates a workshop with a six-character join code and a facilitator key', async () => {
    const response = await postJson('/api/workshops', validWorkshop);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { workshopId: string; joinCode: string; facilitatorKey: string };
    expect(body.joinCode).toMatch(JOIN_CODE_PATTERN);
    expect(body.facilitatorKey).toMatch(/^kf_[A-Za-z0-9_-]{20,}$/);
    expect(body.workshopId).toMatch(/^[A-Za-z0-9_-]+$/);
    const lookup = await fetch(`${server.url}/api/join/${body.joinCode}`);
    expect(await lookup.json()).toEqual({
      workshopId: body.workshopId,
      title: 'Nyt journalsystem',
      locale: 'da',
      anonymous: false,
      status: 'open',
    } satisfies WorkshopLookupResponse);
  });

  it('refuses invalid bodies with 400 and a named code', async () => {
    const { title: _title, ...withoutTitle } = validWorkshop;
    const cases: Array<[string, unknown, ErrorCode]> = [
      ['missing title', withoutTitle, 'invalid_body'],
      ['blank title', { ...validWorkshop, title: '   ' }, 'invalid_body'],
      ['title of 121 characters', { ...validWorkshop, title: 'x'.repeat(121) }, 'invalid_body'],
      ['unknown locale', { ...validWorkshop, locale: 'sv' }, 'invalid_body'],
      ['anonymous as a string', { ...validWorkshop, anonymous: 'yes' }, 'invalid_body'],
      ['unknown template', { ...validWorkshop, templateId: 'no-such-template' }, 'unknown_template'],
      ['not JSON', '{"title": "Halv', 'invalid_body'],
    ];
    for (const [label, body, code] of cases) {
      const response = await postJson('/api/workshops', body);
      expect(response.status, label).toBe(400);
      await expectError(response, 400, code);
    }
    // A title of exactly 120 characters is still fine.
    expect((await postJson('/api/workshops', { ...validWorkshop, title: 'x'.repeat(120) })).status).toBe(201);
  });

  it('refuses a body over 64 KB, and one that is not JSON by content type', async () => {
    const huge = await postJson('/api/workshops', { ...validWorkshop, padding: 'x'.repeat(65 * 1024) });
    await expectError(huge, 400, 'invalid_body');
    const plain = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(validWorkshop),
    });
    await expectError(plain, 400, 'invalid_body');
  });
});

describe('joining', () => {
  it('looks up a workshop by its code in lower case and with a dash', async () => {
    const created = await createTestWorkshop(server, { title: 'Ny vagtplan', anonymous: true });
    const typed = `${created.joinCode.slice(0, 3)}-${created.joinCode.slice(3)}`.toLowerCase();
    const response = await fetch(`${server.url}/api/join/${typed}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      workshopId: created.workshopId,
      title: 'Ny vagtplan',
      locale: 'da',
      anonymous: true,
      status: 'open',
    } satisfies WorkshopLookupResponse);
  });

  it('answers 400 invalid_join_code for garbage and 404 for a free code', async () => {
    for (const garbage of ['hello', 'ABC-DE1', 'OOOOOO', '%20']) {
      await expectError(await fetch(`${server.url}/api/join/${garbage}`), 400, 'invalid_join_code');
    }
    await expectError(await fetch(`${server.url}/api/join/${'A'.repeat(21)}`), 400, 'invalid_body');
    await expectError(await fetch(`${server.url}/api/join/${await freeJoinCode()}`), 404, 'workshop_not_found');
    await expectError(await postJson('/api/join', { code: 'garbage', displayName: null }), 400, 'invalid_join_code');
    await expectError(await postJson('/api/join', { code: await freeJoinCode(), displayName: null }), 404, 'workshop_not_found');
    await expectError(await postJson('/api/join', { code: 'ABCDEF' }), 400, 'invalid_body');
  });

  it('joins with 201 and a device token; keeps a name in a named workshop', async () => {
    const created = await createTestWorkshop(server);
    const typed = `${created.joinCode.slice(0, 3)}-${created.joinCode.slice(3)}`.toLowerCase();
    const response = await postJson('/api/join', { code: typed, displayName: '  Søren  ' });
    expect(response.status).toBe(201);
    const joined = (await response.json()) as { workshopId: string; participantId: string; participantToken: string };
    expect(joined.workshopId).toBe(created.workshopId);
    expect(joined.participantToken).toMatch(/^kp_[A-Za-z0-9_-]{20,}$/);
    const socket = await TestSocket.join(server.wsUrl, created.workshopId, { role: 'participant', token: joined.participantToken });
    const welcome = socket.messages[0] as WelcomeMessage;
    expect(welcome.me).toMatchObject({ role: 'participant', participantId: joined.participantId, displayName: 'Søren' });
    socket.close();
  });

  it('drops the display name in an anonymous workshop', async () => {
    const created = await createTestWorkshop(server, { anonymous: true });
    const joined = await joinTestWorkshop(server, created.joinCode, 'Skjult Person');
    const socket = await TestSocket.join(server.wsUrl, created.workshopId, { role: 'participant', token: joined.participantToken });
    const welcome = socket.messages[0] as WelcomeMessage;
    expect(welcome.me).toMatchObject({ role: 'participant', participantId: joined.participantId, displayName: null });
    expect(JSON.stringify(socket.messages)).not.toContain('Skjult Person');
    const facilitatorView = await summaryOf(created.workshopId, created.facilitatorKey);
    expect(JSON.stringify(facilitatorView)).not.toContain('Skjult Person');
    expect(facilitatorView.workshop.participantCount).toBe(1);
    socket.close();
  });

  it('refuses to join a finished workshop with 409', async () => {
    const created = await createTestWorkshop(server);
    const facilitator = await TestSocket.join(server.wsUrl, created.workshopId, { role: 'facilitator', key: created.facilitatorKey });
    expect(await facilitator.command({ type: 'workshop.finish' })).toMatchObject({ type: 'command.ack' });
    await expectError(await postJson('/api/join', { code: created.joinCode, displayName: null }), 409, 'workshop_finished');
    const lookup = (await (await fetch(`${server.url}/api/join/${created.joinCode}`)).json()) as WorkshopLookupResponse;
    expect(lookup.status).toBe('finished');
    facilitator.close();
  });
});

describe('GET /api/workshops/:id/summary', () => {
  it('answers 404 alike without a bearer, with a wrong one and with a token of another workshop', async () => {
    const a = await createTestWorkshop(server);
    const b = await createTestWorkshop(server);
    const guestOfB = await joinTestWorkshop(server, b.joinCode, 'Bo');
    await expectError(await summary(a.workshopId, null), 404, 'workshop_not_found');
    await expectError(await summary(a.workshopId, 'kf_wrong'), 404, 'workshop_not_found');
    await expectError(await summary(a.workshopId, 'kp_wrong'), 404, 'workshop_not_found');
    await expectError(await summary(a.workshopId, b.facilitatorKey), 404, 'workshop_not_found');
    await expectError(await summary(a.workshopId, guestOfB.participantToken), 404, 'workshop_not_found');
    await expectError(await summary('no-such-workshop', a.facilitatorKey), 404, 'workshop_not_found');
    const basic = await fetch(`${server.url}/api/workshops/${a.workshopId}/summary`, {
      headers: { authorization: `Basic ${a.facilitatorKey}` },
    });
    await expectError(basic, 404, 'workshop_not_found');
    await expectError(await summary('not%20an%20id', a.facilitatorKey), 400, 'invalid_body');
  });

  it('answers 200 for the facilitator key and for a participant token of the workshop', async () => {
    const created = await createTestWorkshop(server, { title: 'Sommerplan' });
    const guest = await joinTestWorkshop(server, created.joinCode, 'Ida');
    for (const bearer of [created.facilitatorKey, guest.participantToken]) {
      const body = await summaryOf(created.workshopId, bearer);
      expect(body.workshop).toMatchObject({ id: created.workshopId, title: 'Sommerplan', participantCount: 1 });
      expect(body.steps.map((s) => s.stepId)).toEqual(['today', 'expectations', 'preconditions']);
      expect(body.actions).toEqual([]);
    }
  });

  it('[R14] shows a participant their own hidden notes but not another participant’s', async () => {
    const created = await createTestWorkshop(server);
    const facilitator = await TestSocket.join(server.wsUrl, created.workshopId, { role: 'facilitator', key: created.facilitatorKey });
    const anna = await joinTestWorkshop(server, created.joinCode, 'Anna');
    const bo = await joinTestWorkshop(server, created.joinCode, 'Bo');
    const annaSocket = await TestSocket.join(server.wsUrl, created.workshopId, { role: 'participant', token: anna.participantToken });
    const boSocket = await TestSocket.join(server.wsUrl, created.workshopId, { role: 'participant', token: bo.participantToken });
    await facilitator.command({ type: 'step.go', stepIndex: 1 });
    await facilitator.command({ type: 'settings.update', privateWriting: true });
    const annaText = 'Annas hemmelige tanke';
    const boText = 'Bos hemmelige tanke';
    for (const [socket, noteId, text] of [
      [annaSocket, 'anna-hidden', annaText],
      [boSocket, 'bo-hidden', boText],
    ] as const) {
      expect(
        await socket.command({ type: 'note.add', noteId, stepId: 'today', category: 'healthy', kind: 'today', text }),
      ).toMatchObject({ type: 'command.ack', note: { hidden: true } });
    }
    const annaView = await summaryOf(created.workshopId, anna.participantToken);
    const annaToday = annaView.steps.find((s) => s.stepId === 'today');
    expect(annaToday?.hiddenCount).toBe(2);
    expect(annaToday?.categories.find((c) => c.category === 'healthy')?.notes.map((n) => n.text)).toEqual([annaText]);
    expect(JSON.stringify(annaView)).not.toContain(boText);
    const boView = await summaryOf(created.workshopId, bo.participantToken);
    expect(JSON.stringify(boView)).toContain(boText);
    expect(JSON.stringify(boView)).not.toContain(annaText);
    // Staff see how many, not what.
    const staffView = await summaryOf(created.workshopId, created.facilitatorKey);
    expect(staffView.steps.find((s) => s.stepId === 'today')?.hiddenCount).toBe(2);
    for (const text of [annaText, boText]) expect(JSON.stringify(staffView)).not.toContain(text);
    // After the reveal everyone sees both.
    await facilitator.command({ type: 'notes.reveal', stepId: 'today' });
    const revealed = await summaryOf(created.workshopId, bo.participantToken);
    expect(revealed.steps.find((s) => s.stepId === 'today')?.hiddenCount).toBe(0);
    expect(JSON.stringify(revealed)).toContain(annaText);
    for (const s of [facilitator, annaSocket, boSocket]) s.close();
  });

  it('counts notes per kind per trait as they were added over the sockets', async () => {
    const created = await createTestWorkshop(server);
    const facilitator = await TestSocket.join(server.wsUrl, created.workshopId, { role: 'facilitator', key: created.facilitatorKey });
    const guest = await joinTestWorkshop(server, created.joinCode, 'Mads');
    const phone = await TestSocket.join(server.wsUrl, created.workshopId, { role: 'participant', token: guest.participantToken });
    let n = 0;
    const add = async (stepId: string, category: string, kind: 'today' | 'better' | 'worse' | 'idea') =>
      expect(
        await phone.command({ type: 'note.add', noteId: `count-${++n}`, stepId, category, kind, text: `Seddel ${n}` }),
      ).toMatchObject({ type: 'command.ack' });

    await facilitator.command({ type: 'step.go', stepIndex: 1 });
    await add('today', 'realistic', 'today');
    await add('today', 'realistic', 'today');
    await add('today', 'healthy', 'today');
    await facilitator.command({ type: 'step.go', stepIndex: 2 });
    await add('expectations', 'realistic', 'better');
    await add('expectations', 'realistic', 'worse');
    await add('expectations', 'realistic', 'worse');
    await add('expectations', 'autonomous', 'better');
    await facilitator.command({ type: 'step.go', stepIndex: 3 });
    await add('preconditions', 'during', 'idea');

    const body = await summaryOf(created.workshopId, created.facilitatorKey);
    const countsOf = (stepId: string) =>
      Object.fromEntries(body.steps.find((s) => s.stepId === stepId)?.categories.map((c) => [c.category, c.counts]) ?? []);
    expect(countsOf('today')).toEqual({
      realistic: { today: 2 },
      recognised: { today: 0 },
      autonomous: { today: 0 },
      meaningful: { today: 0 },
      developing: { today: 0 },
      healthy: { today: 1 },
    });
    expect(countsOf('expectations')).toEqual({
      realistic: { better: 1, worse: 2 },
      recognised: { better: 0, worse: 0 },
      autonomous: { better: 1, worse: 0 },
      meaningful: { better: 0, worse: 0 },
      developing: { better: 0, worse: 0 },
      healthy: { better: 0, worse: 0 },
    });
    expect(countsOf('preconditions')).toEqual({ before: { idea: 0 }, during: { idea: 1 }, after: { idea: 0 } });
    // The notes under each category are the ones counted.
    for (const step of body.steps) {
      for (const category of step.categories) {
        const total = Object.values(category.counts).reduce((a, b) => a + b, 0);
        expect(category.notes).toHaveLength(total);
        for (const note of category.notes) expect(note).toMatchObject({ stepId: step.stepId, category: category.category });
      }
    }
    // The participant's own view counts the same: nothing here is hidden.
    const participantView = await summaryOf(created.workshopId, guest.participantToken);
    expect(participantView.steps.map((s) => s.categories.map((c) => c.counts))).toEqual(body.steps.map((s) => s.categories.map((c) => c.counts)));
    facilitator.close();
    phone.close();
  });
});

describe('unknown routes', () => {
  it('answers an unknown /api route with a 404 in the error shape', async () => {
    await expectError(await fetch(`${server.url}/api/nothing-here`), 404, 'workshop_not_found');
    await expectError(await postJson('/api/workshops/x/y', {}), 404, 'workshop_not_found');
  });
});
