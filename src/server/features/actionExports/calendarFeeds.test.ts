import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarFeedCreated, CalendarFeedListResponse } from '../../../protocol/actionExports.ts';
import { calendarFeeds, members } from '../../db/schema.ts';
import { apiCall, type TestUser } from '../../testing/accountFixtures.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { CALENDAR_MISSES_PER_HOUR } from './actionExportRoutes.ts';
import { createExportPlace, download, type ExportPlace } from './exportTestPlace.ts';

let clock = Date.UTC(2026, 2, 2, 9, 0);
let server: TestServer;
let place: ExportPlace;

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  place = await createExportPlace(server, {
    locale: 'da',
    actions: [
      { actionId: 'mine-open', what: 'Oplæring i vagtplanen', due: '2026-03-20' },
      { actionId: 'mine-done', due: '2026-02-01', status: 'done' },
      { actionId: 'theirs', what: 'Spørg ledelsen om tid', due: '2026-04-01' },
    ],
    employeeAnswersFor: ['mine-open', 'mine-done'],
  });
});

afterAll(async () => {
  await server.close();
});

const feedsPath = () => `/api/organisations/${place.organisationId}/calendar-feeds`;

async function createFeed(user: TestUser, scope: 'mine' | 'all'): Promise<CalendarFeedCreated> {
  const created = await apiCall(server, 'POST', feedsPath(), { cookie: user.cookie, body: { scope } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect(created.headers.get('cache-control')).toBe('no-store');
  return created.body as CalendarFeedCreated;
}

/** Fetches a feed as a calendar app does: no cookie, no origin. */
async function poll(url: string) {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, text: (await response.text()).replace(/\r\n[ \t]/g, '') };
}

const uids = (ics: string) => (ics.match(/^UID:.*$/gm) ?? []).map((line) => line.slice(4).split('.')[0]);

async function storedFeed(id: string) {
  const rows = await server.ctx.db.select().from(calendarFeeds).where(eq(calendarFeeds.id, id));
  return rows[0];
}

describe('a private calendar address', () => {
  it('is made once with its token in the URL, stored only as a hash, and listed without it', async () => {
    const feed = await createFeed(place.employee, 'mine');
    expect(feed).toMatchObject({ scope: 'mine', createdAt: new Date(clock).toISOString() });
    expect(feed.url).toMatch(new RegExp(`^${server.url}/api/calendar/kp_[A-Za-z0-9_-]{43}\\.ics$`));
    const token = /\/api\/calendar\/(kp_[^/]+)\.ics$/.exec(feed.url)?.[1] ?? '';

    const row = await storedFeed(feed.id);
    expect(row).toMatchObject({ organisationId: place.organisationId, userId: place.employee.userId, scope: 'mine', revokedAt: null, lastUsedAt: null });
    expect(row?.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token);

    const list = await apiCall(server, 'GET', feedsPath(), { cookie: place.employee.cookie });
    expect(list.status).toBe(200);
    expect((list.body as CalendarFeedListResponse).feeds).toEqual([{ id: feed.id, scope: 'mine', createdAt: feed.createdAt, lastUsedAt: null }]);
    expect(JSON.stringify(list.body)).not.toContain(token);
    // Each member sees only their own.
    const others = await apiCall(server, 'GET', feedsPath(), { cookie: place.facilitator.cookie });
    expect((others.body as CalendarFeedListResponse).feeds).toEqual([]);
  });

  it('answers a calendar app without a cookie: the open actions in scope, cacheable for five minutes, and notes when it was used', async () => {
    const mine = await createFeed(place.employee, 'mine');
    const polled = await poll(mine.url);
    expect(polled.status).toBe(200);
    expect(polled.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(polled.headers.get('cache-control')).toBe('private, max-age=300');
    expect(uids(polled.text)).toEqual(['mine-open']);
    expect(polled.text).toContain('X-WR-CALNAME:Mine handlinger – Ærø Kommune');
    expect(polled.text).toContain('SUMMARY:Oplæring i vagtplanen');

    const all = await createFeed(place.employee, 'all');
    expect(uids((await poll(all.url)).text)).toEqual(['mine-open', 'theirs']);

    const firstUse = (await storedFeed(mine.id))?.lastUsedAt;
    expect(firstUse?.getTime()).toBe(clock);
    // Within the minute the row is not written again; after it, it is.
    clock += 30_000;
    await poll(mine.url);
    expect((await storedFeed(mine.id))?.lastUsedAt?.getTime()).toBe(firstUse?.getTime());
    clock += 60_000;
    await poll(mine.url);
    expect((await storedFeed(mine.id))?.lastUsedAt?.getTime()).toBe(clock);
    const list = (await apiCall(server, 'GET', feedsPath(), { cookie: place.employee.cookie })).body as CalendarFeedListResponse;
    expect(list.feeds.find((f) => f.id === mine.id)?.lastUsedAt).toBe(new Date(clock).toISOString());
  });

  it('tells an app that already holds this version so, and sends the new one once an action changes', async () => {
    const feed = await createFeed(place.employee, 'all');
    const first = await fetch(feed.url);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{32}"$/);
    const again = await fetch(feed.url, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('private, max-age=300');
    expect(await again.text()).toBe('');
    const moved = await apiCall(server, 'PATCH', `/api/organisations/${place.organisationId}/projects/${place.projectId}/actions/theirs`, {
      cookie: place.facilitator.cookie,
      body: { due: '2026-04-15' },
    });
    expect(moved.status).toBe(200);
    const changed = await fetch(feed.url, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).toContain('DTSTART;VALUE=DATE:20260415');
  });

  it('stops answering once revoked, and only its maker can revoke it', async () => {
    const feed = await createFeed(place.employee, 'mine');
    expect((await poll(feed.url)).status).toBe(200);
    const byOther = await apiCall(server, 'DELETE', `${feedsPath()}/${feed.id}`, { cookie: place.facilitator.cookie });
    expect(byOther.status).toBe(404);
    expect((await poll(feed.url)).status).toBe(200);

    const revoked = await apiCall(server, 'DELETE', `${feedsPath()}/${feed.id}`, { cookie: place.employee.cookie });
    expect(revoked.status).toBe(204);
    const after = await poll(feed.url);
    expect(after.status).toBe(404);
    expect(after.text).not.toContain('VCALENDAR');
    expect((await apiCall(server, 'DELETE', `${feedsPath()}/${feed.id}`, { cookie: place.employee.cookie })).status).toBe(404);
    const list = (await apiCall(server, 'GET', feedsPath(), { cookie: place.employee.cookie })).body as CalendarFeedListResponse;
    expect(list.feeds.map((f) => f.id)).not.toContain(feed.id);
    expect((await storedFeed(feed.id))?.revokedAt).not.toBeNull();
  });

  it('goes dead when its maker is no longer a member', async () => {
    const other = await createExportPlace(server, { locale: 'en', actions: [{ actionId: 'due-soon', due: '2026-03-10' }], employeeAnswersFor: ['due-soon'] });
    const created = await apiCall(server, 'POST', `/api/organisations/${other.organisationId}/calendar-feeds`, { cookie: other.employee.cookie, body: { scope: 'mine' } });
    const feed = created.body as CalendarFeedCreated;
    const polled = await poll(feed.url);
    expect(polled.status).toBe(200);
    expect(polled.text).toContain('X-WR-CALNAME:My actions – Harbour Care');
    expect(polled.text).toContain('Responsible: Erik Medarbejder\\nStatus: Not started\\nProject: New rota');
    const removed = await apiCall(server, 'DELETE', `/api/organisations/${other.organisationId}/members/${other.employee.memberId}`, { cookie: other.facilitator.cookie });
    expect(removed.status).toBe(204);
    expect((await poll(feed.url)).status).toBe(404);
    expect((await storedFeed(feed.id))?.revokedAt).not.toBeNull();
    // Taken back in later, they do not get the old address back: it ended with the membership.
    await server.ctx.db.insert(members).values({ id: randomUUID(), organizationId: other.organisationId, userId: other.employee.userId, role: 'employee' });
    expect((await poll(feed.url)).status).toBe(404);
  });

  it('is refused to anyone signed out, and for a scope it does not know', async () => {
    expect((await apiCall(server, 'POST', feedsPath(), { body: { scope: 'mine' } })).status).toBe(401);
    expect((await apiCall(server, 'POST', feedsPath(), { cookie: place.employee.cookie, body: { scope: 'everyone' } })).status).toBe(400);
    expect((await download(server, feedsPath())).status).toBe(401);
  });

  it('limits made-up addresses per client address, without holding up real ones', async () => {
    const real = await createFeed(place.employee, 'all');
    const madeUp = `${server.url}/api/calendar/kp_${'x'.repeat(43)}.ics`;
    // The revoked and dead addresses polled above counted too.
    let misses = 0;
    let refused = await poll(madeUp);
    for (; refused.status === 404 && misses <= CALENDAR_MISSES_PER_HOUR; refused = await poll(madeUp)) misses++;
    expect(refused.status).toBe(429);
    expect(misses).toBeGreaterThan(CALENDAR_MISSES_PER_HOUR - 5);
    expect(misses).toBeLessThanOrEqual(CALENDAR_MISSES_PER_HOUR);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await poll(real.url)).status).toBe(200);
  });
});
