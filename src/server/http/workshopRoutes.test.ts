import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../domain/joinCode.ts';
import type { ErrorCode } from '../../protocol/errorCodes.ts';
import type { ErrorResponse, SummaryResponse, WorkshopLookupResponse } from '../../protocol/http.ts';
import type { ProjectView } from '../../protocol/projects.ts';
import type { WelcomeMessage } from '../../protocol/socketMessages.ts';
import { JOIN_FAILURES_PER_HOUR } from '../features/workshops/workshopRoutes.ts';
import { newJoinCode } from '../features/workshops/secrets.ts';
import { isJoinCodeTaken } from '../features/workshops/workshopStore.ts';
import { addTestMember, apiCall, createTestOrganisation, createTestUser, type TestUser } from '../testing/accountFixtures.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { TestSocket } from '../testing/testSocket.ts';
import { createTestProject, createTestWorkshop, joinTestWorkshop, stepIndexOf, type TestWorkshop } from '../testing/workshopFixtures.ts';

let server: TestServer;
/** An organisation with one project, whose administrator creates the workshops below. */
let home: { organisationId: string; projectId: string; facilitator: TestUser };
beforeAll(async () => {
  server = await startTestServer();
  const facilitator = await createTestUser(server, { name: 'Facilitator' });
  const organisationId = await createTestOrganisation(server, facilitator);
  const project = await createTestProject(server, facilitator, organisationId);
  home = { organisationId, projectId: project.id, facilitator };
});
afterAll(async () => {
  await server.close();
});

const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/**
 * A POST as a script sends it (no Origin, no cookie), or with `cookie` as Kompas's own pages send
 * it (the cookie and our Origin). A string body is sent as it is.
 */
function postJson(route: string, body: unknown, options: { cookie?: string; contentType?: string; to?: TestServer } = {}): Promise<Response> {
  const to = options.to ?? server;
  return fetch(`${to.url}${route}`, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      ...(options.cookie ? { cookie: options.cookie, origin: to.url } : {}),
    },
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

/** The summary as a participant's device asks for it (bearer token) or a member's browser (cookie). */
function summary(workshopId: string, auth: { bearer?: string; cookie?: string } = {}): Promise<Response> {
  return fetch(`${server.url}/api/workshops/${workshopId}/summary`, {
    headers: {
      ...(auth.bearer !== undefined ? { authorization: `Bearer ${auth.bearer}` } : {}),
      ...(auth.cookie !== undefined ? { cookie: auth.cookie } : {}),
    },
  });
}

async function summaryOf(workshopId: string, auth: { bearer?: string; cookie?: string }): Promise<SummaryResponse> {
  const response = await summary(workshopId, auth);
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

const workshopsOf = (place: { organisationId: string; projectId: string }) =>
  `/api/organisations/${place.organisationId}/projects/${place.projectId}/workshops`;

/** A workshop in the shared organisation and project. */
const newWorkshop = (overrides: { anonymous?: boolean; title?: string } = {}) => createTestWorkshop(server, { ...overrides, in: home });

/** The workshop's facilitator on the socket, signed in by the session cookie sent with the upgrade. */
const facilitatorSocket = (w: TestWorkshop) => TestSocket.join(server.wsUrl, w.workshopId, { role: 'facilitator' }, null, w.facilitator.cookie);

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

describe('POST /api/organisations/:org/projects/:project/workshops', () => {
  it('creates a workshop in the project with a six-character join code and no secret', async () => {
    const response = await postJson(workshopsOf(home), validWorkshop, { cookie: home.facilitator.cookie });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { workshopId: string; joinCode: string };
    // Whoever runs it proves their session; there is no facilitator key to hand out any more.
    expect(Object.keys(body).sort()).toEqual(['joinCode', 'workshopId']);
    expect(body.joinCode).toMatch(JOIN_CODE_PATTERN);
    expect(body.workshopId).toMatch(/^[A-Za-z0-9_-]+$/);
    const lookup = await fetch(`${server.url}/api/join/${body.joinCode}`);
    expect(await lookup.json()).toEqual({
      workshopId: body.workshopId,
      title: 'Nyt journalsystem',
      locale: 'da',
      anonymous: false,
      status: 'open',
    } satisfies WorkshopLookupResponse);
    const project = await apiCall(server, 'GET', `/api/organisations/${home.organisationId}/projects/${home.projectId}`, { cookie: home.facilitator.cookie });
    expect((project.body as ProjectView).workshops.map((w) => w.id)).toContain(body.workshopId);
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
      const response = await postJson(workshopsOf(home), body, { cookie: home.facilitator.cookie });
      expect(response.status, label).toBe(400);
      await expectError(response, 400, code);
    }
    // A title of exactly 120 characters is still fine.
    expect((await postJson(workshopsOf(home), { ...validWorkshop, title: 'x'.repeat(120) }, { cookie: home.facilitator.cookie })).status).toBe(201);
  });

  it('refuses a body over 64 KB, and one that is not JSON by content type', async () => {
    const huge = await postJson(workshopsOf(home), { ...validWorkshop, padding: 'x'.repeat(65 * 1024) }, { cookie: home.facilitator.cookie });
    await expectError(huge, 400, 'invalid_body');
    const plain = await postJson(workshopsOf(home), JSON.stringify(validWorkshop), { cookie: home.facilitator.cookie, contentType: 'text/plain' });
    await expectError(plain, 400, 'invalid_body');
  });

  it('creates nothing for a visitor who is signed out, outside the organisation, or in another organisation’s project', async () => {
    const other = await createTestWorkshop(server);
    await expectError(await postJson(workshopsOf(home), validWorkshop), 401, 'signed_out');
    // An administrator elsewhere learns nothing: 404, as for an organisation that does not exist.
    await expectError(await postJson(workshopsOf(home), validWorkshop, { cookie: other.facilitator.cookie }), 404, 'not_found');
    // A project id is only looked for inside the organisation in the path.
    const crossed = { organisationId: home.organisationId, projectId: other.projectId };
    await expectError(await postJson(workshopsOf(crossed), validWorkshop, { cookie: home.facilitator.cookie }), 404, 'not_found');
    // The route without an organisation is gone.
    await expectError(await postJson('/api/workshops', validWorkshop, { cookie: home.facilitator.cookie }), 404, 'not_found');
  });

  it('refuses a request from another origin that carries a member’s cookie', async () => {
    const response = await fetch(`${server.url}${workshopsOf(home)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: home.facilitator.cookie, origin: 'https://evil.example' },
      body: JSON.stringify(validWorkshop),
    });
    await expectError(response, 403, 'cross_origin');
  });
});

describe('joining', () => {
  it('looks up a workshop by its code in lower case and with a dash', async () => {
    const created = await newWorkshop({ title: 'Ny vagtplan', anonymous: true });
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
    const created = await newWorkshop();
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
    const created = await newWorkshop({ anonymous: true });
    const joined = await joinTestWorkshop(server, created.joinCode, 'Skjult Person');
    const socket = await TestSocket.join(server.wsUrl, created.workshopId, { role: 'participant', token: joined.participantToken });
    const welcome = socket.messages[0] as WelcomeMessage;
    expect(welcome.me).toMatchObject({ role: 'participant', participantId: joined.participantId, displayName: null });
    expect(JSON.stringify(socket.messages)).not.toContain('Skjult Person');
    const facilitatorView = await summaryOf(created.workshopId, { cookie: created.facilitator.cookie });
    expect(JSON.stringify(facilitatorView)).not.toContain('Skjult Person');
    expect(facilitatorView.workshop.participantCount).toBe(1);
    socket.close();
  });

  it('refuses to join a finished workshop with 409', async () => {
    const created = await newWorkshop();
    const facilitator = await facilitatorSocket(created);
    expect(await facilitator.command({ type: 'workshop.finish' })).toMatchObject({ type: 'command.ack' });
    await expectError(await postJson('/api/join', { code: created.joinCode, displayName: null }), 409, 'workshop_finished');
    const lookup = (await (await fetch(`${server.url}/api/join/${created.joinCode}`)).json()) as WorkshopLookupResponse;
    expect(lookup.status).toBe('finished');
    facilitator.close();
  });
});

/**
 * A request from another loopback address: on Linux all of 127.0.0.0/8 reaches a server on
 * 127.0.0.1, so a test can be two clients at once. The server sees the address as request.ip.
 */
function requestFrom(localAddress: string, to: TestServer, method: 'GET' | 'POST', route: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const url = new URL(route, to.url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: url.hostname, port: url.port, path: url.pathname, method, localAddress, headers: body === undefined ? {} : { 'content-type': 'application/json' } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as unknown }));
      },
    );
    request.on('error', reject);
    request.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

describe('guessing join codes', () => {
  it('refuses everything from an address for the rest of the hour after 60 unknown codes, and nobody else', async () => {
    expect(JOIN_FAILURES_PER_HOUR).toBe(60);
    // A server of its own, on a clock the test moves; every request below comes from 127.0.0.1.
    let clock = Date.now();
    const limited = await startTestServer({ database: server.database, now: () => clock });
    try {
      const w = await createTestWorkshop(limited);
      const lookUp = (code: string) => fetch(`${limited.url}/api/join/${code}`);
      const join = (code: string) => postJson('/api/join', { code, displayName: null }, { to: limited });
      for (let attempt = 1; attempt <= JOIN_FAILURES_PER_HOUR; attempt++) {
        // Looking up and joining spend the same budget.
        const code = await freeJoinCode();
        await expectError(await (attempt % 2 === 0 ? join(code) : lookUp(code)), 404, 'workshop_not_found');
        if (attempt === JOIN_FAILURES_PER_HOUR - 1) {
          // A right code is not counted: the room's own people are never locked out by it.
          for (let i = 0; i < 3; i++) expect((await lookUp(w.joinCode)).status).toBe(200);
          expect((await join(w.joinCode)).status).toBe(201);
        }
      }
      const refused = await lookUp(await freeJoinCode());
      await expectError(refused, 429, 'rate_limited');
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      // Now everything from this address is refused, the right code and garbage alike.
      await expectError(await lookUp(w.joinCode), 429, 'rate_limited');
      await expectError(await join(w.joinCode), 429, 'rate_limited');
      await expectError(await join(await freeJoinCode()), 429, 'rate_limited');
      await expectError(await lookUp('hello'), 429, 'rate_limited');
      // Another address is not held up by this one.
      const elsewhere = '127.31.41.59';
      expect(await requestFrom(elsewhere, limited, 'GET', `/api/join/${w.joinCode}`)).toMatchObject({ status: 200, body: { workshopId: w.workshopId } });
      expect(await requestFrom(elsewhere, limited, 'GET', `/api/join/${await freeJoinCode()}`)).toMatchObject({
        status: 404,
        body: { error: { code: 'workshop_not_found' } },
      });
      expect(await requestFrom(elsewhere, limited, 'POST', '/api/join', { code: w.joinCode, displayName: null })).toMatchObject({ status: 201 });
      // The hour is over: the address may try again.
      clock += 3600 * 1000;
      expect((await lookUp(w.joinCode)).status).toBe(200);
      expect((await join(w.joinCode)).status).toBe(201);
      await expectError(await lookUp(await freeJoinCode()), 404, 'workshop_not_found');
    } finally {
      await limited.close();
    }
  });

  it('holds exactly under a burst of parallel guesses (each attempt is counted before the lookup)', async () => {
    const limited = await startTestServer({ database: server.database });
    try {
      const codes = await Promise.all(Array.from({ length: 150 }, () => freeJoinCode()));
      const answers = await Promise.all(codes.map((code) => fetch(`${limited.url}/api/join/${code}`)));
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 404)).toHaveLength(JOIN_FAILURES_PER_HOUR);
      expect(statuses.filter((s) => s === 429)).toHaveLength(150 - JOIN_FAILURES_PER_HOUR);
    } finally {
      await limited.close();
    }
  });
});

describe('GET /api/workshops/:id/summary', () => {
  it('answers 404 alike to nobody, to wrong secrets, to another organisation’s members and to another workshop’s guests', async () => {
    const a = await newWorkshop();
    const b = await createTestWorkshop(server);
    const guestOfA = await joinTestWorkshop(server, a.joinCode, 'Ane');
    const guestOfB = await joinTestWorkshop(server, b.joinCode, 'Bo');
    const nobodysFriend = await createTestUser(server, { name: 'Uden organisation' });
    const elsewhere = await addTestMember(server, b.organisationId, ['employee']);
    await expectError(await summary(a.workshopId), 404, 'workshop_not_found');
    // The old facilitator keys mean nothing now, and a made-up token neither.
    await expectError(await summary(a.workshopId, { bearer: 'kf_wrong' }), 404, 'workshop_not_found');
    await expectError(await summary(a.workshopId, { bearer: 'kp_wrong' }), 404, 'workshop_not_found');
    // Members of another organisation, whatever their role there, and people in none.
    await expectError(await summary(a.workshopId, { cookie: b.facilitator.cookie }), 404, 'workshop_not_found');
    await expectError(await summary(a.workshopId, { cookie: elsewhere.cookie }), 404, 'workshop_not_found');
    await expectError(await summary(a.workshopId, { cookie: nobodysFriend.cookie }), 404, 'workshop_not_found');
    // A cookie whose value was changed is no session.
    await expectError(await summary(a.workshopId, { cookie: `${a.facilitator.cookie}x` }), 404, 'workshop_not_found');
    await expectError(await summary(a.workshopId, { bearer: guestOfB.participantToken }), 404, 'workshop_not_found');
    await expectError(await summary('no-such-workshop', { cookie: a.facilitator.cookie }), 404, 'workshop_not_found');
    await expectError(await summary('no-such-workshop', { bearer: guestOfA.participantToken }), 404, 'workshop_not_found');
    const basic = await fetch(`${server.url}/api/workshops/${a.workshopId}/summary`, {
      headers: { authorization: `Basic ${guestOfA.participantToken}` },
    });
    await expectError(basic, 404, 'workshop_not_found');
    await expectError(await summary('not%20an%20id', { cookie: a.facilitator.cookie }), 400, 'invalid_body');
  });

  it('answers 200 to every member of the organisation by cookie, whatever their role, and to a participant token of the workshop', async () => {
    const created = await newWorkshop({ title: 'Sommerplan' });
    const guest = await joinTestWorkshop(server, created.joinCode, 'Ida');
    const employee = await addTestMember(server, home.organisationId, ['employee']);
    const rep = await addTestMember(server, home.organisationId, ['safety_rep']);
    for (const auth of [{ cookie: created.facilitator.cookie }, { cookie: employee.cookie }, { cookie: rep.cookie }, { bearer: guest.participantToken }]) {
      const body = await summaryOf(created.workshopId, auth);
      expect(body.workshop).toMatchObject({ id: created.workshopId, title: 'Sommerplan', participantCount: 1 });
      expect(body.steps.map((s) => s.stepId)).toEqual(['today', 'expectations', 'preconditions']);
      expect(body.actions).toEqual([]);
    }
  });

  it('[R22] answers a participant token only while the workshop is open; members read it after the end', async () => {
    const created = await newWorkshop({ title: 'Afsluttet' });
    const guest = await joinTestWorkshop(server, created.joinCode, 'Ida');
    const employee = await addTestMember(server, home.organisationId, ['employee']);
    await summaryOf(created.workshopId, { bearer: guest.participantToken });
    const facilitator = await facilitatorSocket(created);
    expect(await facilitator.command({ type: 'workshop.finish' })).toMatchObject({ type: 'command.ack' });
    await expectError(await summary(created.workshopId, { bearer: guest.participantToken }), 404, 'workshop_not_found');
    for (const cookie of [created.facilitator.cookie, employee.cookie]) {
      expect((await summaryOf(created.workshopId, { cookie })).workshop).toMatchObject({ title: 'Afsluttet', status: 'finished' });
    }
    // Reopened, it is a live workshop again, and its guests are back.
    expect(await facilitator.command({ type: 'workshop.reopen' })).toMatchObject({ type: 'command.ack' });
    expect((await summaryOf(created.workshopId, { bearer: guest.participantToken })).workshop.status).toBe('open');
    facilitator.close();
  });

  it('[R14] shows a participant their own hidden notes but not another participant’s', async () => {
    const created = await newWorkshop();
    const facilitator = await facilitatorSocket(created);
    const anna = await joinTestWorkshop(server, created.joinCode, 'Anna');
    const bo = await joinTestWorkshop(server, created.joinCode, 'Bo');
    const annaSocket = await TestSocket.join(server.wsUrl, created.workshopId, { role: 'participant', token: anna.participantToken });
    const boSocket = await TestSocket.join(server.wsUrl, created.workshopId, { role: 'participant', token: bo.participantToken });
    await facilitator.command({ type: 'step.go', stepIndex: stepIndexOf('today') });
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
    const annaView = await summaryOf(created.workshopId, { bearer: anna.participantToken });
    const annaToday = annaView.steps.find((s) => s.stepId === 'today');
    expect(annaToday?.hiddenCount).toBe(2);
    expect(annaToday?.categories.find((c) => c.category === 'healthy')?.notes.map((n) => n.text)).toEqual([annaText]);
    expect(JSON.stringify(annaView)).not.toContain(boText);
    const boView = await summaryOf(created.workshopId, { bearer: bo.participantToken });
    expect(JSON.stringify(boView)).toContain(boText);
    expect(JSON.stringify(boView)).not.toContain(annaText);
    // Staff see how many, not what.
    const staffView = await summaryOf(created.workshopId, { cookie: created.facilitator.cookie });
    expect(staffView.steps.find((s) => s.stepId === 'today')?.hiddenCount).toBe(2);
    for (const text of [annaText, boText]) expect(JSON.stringify(staffView)).not.toContain(text);
    // After the reveal everyone sees both.
    await facilitator.command({ type: 'notes.reveal', stepId: 'today' });
    const revealed = await summaryOf(created.workshopId, { bearer: bo.participantToken });
    expect(revealed.steps.find((s) => s.stepId === 'today')?.hiddenCount).toBe(0);
    expect(JSON.stringify(revealed)).toContain(annaText);
    for (const s of [facilitator, annaSocket, boSocket]) s.close();
  });

  it('counts notes per kind per trait as they were added over the sockets', async () => {
    const created = await newWorkshop();
    const facilitator = await facilitatorSocket(created);
    const guest = await joinTestWorkshop(server, created.joinCode, 'Mads');
    const phone = await TestSocket.join(server.wsUrl, created.workshopId, { role: 'participant', token: guest.participantToken });
    let n = 0;
    const add = async (stepId: string, category: string, kind: 'today' | 'better' | 'worse' | 'idea') =>
      expect(
        await phone.command({ type: 'note.add', noteId: `count-${++n}`, stepId, category, kind, text: `Seddel ${n}` }),
      ).toMatchObject({ type: 'command.ack' });

    await facilitator.command({ type: 'step.go', stepIndex: stepIndexOf('today') });
    await add('today', 'realistic', 'today');
    await add('today', 'realistic', 'today');
    await add('today', 'healthy', 'today');
    await facilitator.command({ type: 'step.go', stepIndex: stepIndexOf('expectations') });
    await add('expectations', 'realistic', 'better');
    await add('expectations', 'realistic', 'worse');
    await add('expectations', 'realistic', 'worse');
    await add('expectations', 'autonomous', 'better');
    await facilitator.command({ type: 'step.go', stepIndex: stepIndexOf('preconditions') });
    await add('preconditions', 'during', 'idea');

    const body = await summaryOf(created.workshopId, { cookie: created.facilitator.cookie });
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
    const participantView = await summaryOf(created.workshopId, { bearer: guest.participantToken });
    expect(participantView.steps.map((s) => s.categories.map((c) => c.counts))).toEqual(body.steps.map((s) => s.categories.map((c) => c.counts)));
    facilitator.close();
    phone.close();
  });
});

describe('unknown routes', () => {
  it('answers an unknown /api route with a 404 in the error shape', async () => {
    await expectError(await fetch(`${server.url}/api/nothing-here`), 404, 'not_found');
    await expectError(await postJson('/api/workshops/x/y', {}), 404, 'not_found');
  });
});
