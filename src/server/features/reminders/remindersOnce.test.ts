import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { actionReminders } from '../../db/schema.ts';
import { addTestMember, type TestUser } from '../../testing/accountFixtures.ts';
import { addTestActions, changeTestAction, createActionPlace, mailsTo, type ActionPlace } from '../../testing/actionFixtures.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { openTestDatabase } from '../../testing/testDatabase.ts';
import { sweepReminders, type ReminderContext, type ReminderSweepResult } from './sweepReminders.ts';

/** 10:00 in Copenhagen on 2 March 2026. */
let clock = Date.UTC(2026, 2, 2, 9, 0);
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
});

afterAll(async () => {
  await server.close();
});

const ACTIONS = 24;

interface ManyActions {
  readonly place: ActionPlace;
  readonly people: ReadonlyArray<TestUser>;
}

/** An organisation with three members answering for many actions: half due in two days, half a week ago. */
async function manyActions(): Promise<ManyActions> {
  const place = await createActionPlace(server);
  const people = await Promise.all(['Anna', 'Bo', 'Cecilie'].map((name) => addTestMember(server, place.organisationId, ['employee'], name)));
  const ids = Array.from({ length: ACTIONS }, (_, i) => `act-${i}`);
  await addTestActions(server, place, ids.map((id) => ({ id, what: `Handling ${id}` })));
  for (const [i, id] of ids.entries()) {
    const person = people[i % people.length];
    await changeTestAction(server, place, place.facilitator, id, { responsibleUserId: person?.userId, due: i % 2 === 0 ? '2026-03-04' : '2026-02-23' });
  }
  return { place, people };
}

/** Every reminder mail to the place's people, as [action, kind] pairs, sorted. */
async function remindersSent(many: ManyActions): Promise<string[]> {
  const mails = (await mailsTo(server, ...many.people.map((p) => p.email))).filter((m) => m.text.includes('/actions?mine=true'));
  return mails
    .map((m) => `${/Handling (act-\d+)/.exec(m.text)?.[1] ?? '?'} ${m.subject.startsWith('Påmindelse') ? 'before' : 'overdue'}`)
    .sort();
}

function expected(): string[] {
  return Array.from({ length: ACTIONS }, (_, i) => `act-${i} ${i % 2 === 0 ? 'before' : 'overdue'}`).sort();
}

async function claimedRows(place: ActionPlace): Promise<number> {
  const rows = await server.ctx.db
    .select({ actionId: actionReminders.actionId })
    .from(actionReminders)
    .where(and(eq(actionReminders.organisationId, place.organisationId), eq(actionReminders.projectId, place.projectId)));
  return rows.length;
}

function total(results: readonly ReminderSweepResult[]): number {
  return results.reduce((sum, r) => sum + r.queued, 0);
}

describe('each reminder is sent once, however many sweeps run at the same time', () => {
  it('sweeps started together over one database (PGlite: interleaved on its one connection) queue each reminder once', async () => {
    const many = await manyActions();
    const ctx: ReminderContext = server.ctx;
    const results = await Promise.all([sweepReminders(ctx), sweepReminders(ctx), sweepReminders(ctx), sweepReminders(ctx)]);
    expect(results.every((r) => r.failed === 0)).toBe(true);
    // They all listed the same reminders before claiming: the losers' claims did nothing.
    expect(results.some((r) => r.skipped > 0)).toBe(true);
    // On a shared PostgreSQL server other files' actions may be reminded too; ours are exactly these.
    expect(total(results)).toBeGreaterThanOrEqual(ACTIONS);
    expect(await remindersSent(many)).toEqual(expected());
    expect(await claimedRows(many.place)).toBe(ACTIONS);

    await Promise.all([sweepReminders(ctx), sweepReminders(ctx)]);
    expect(await remindersSent(many)).toEqual(expected());
  });
});

// Two instances, each with its own connections to one PostgreSQL server: the claims really race.
// On PGlite one database is one connection, so this needs DATABASE_URL (as the CI's second run has).
describe.runIf(process.env.DATABASE_URL)('two instances with their own database connections', () => {
  let second: Database;
  beforeAll(async () => {
    second = await openTestDatabase();
  });
  afterAll(async () => {
    await second.close();
  });

  it('sweeping at the same time, they queue each reminder exactly once between them', async () => {
    const many = await manyActions();
    const one: ReminderContext = server.ctx;
    const two: ReminderContext = { db: second.db, now: () => clock, publicUrl: server.ctx.publicUrl };
    const results = await Promise.all([sweepReminders(one), sweepReminders(two), sweepReminders(one), sweepReminders(two)]);
    expect(results.every((r) => r.failed === 0)).toBe(true);
    expect(results.some((r) => r.skipped > 0)).toBe(true);
    expect(await remindersSent(many)).toEqual(expected());
    expect(await claimedRows(many.place)).toBe(ACTIONS);

    // A week later every before-reminder has become overdue: again once each, whichever instance wins.
    clock += 7 * 86_400_000;
    await Promise.all([sweepReminders(two), sweepReminders(one), sweepReminders(two), sweepReminders(one)]);
    const after = await remindersSent(many);
    const overdueAlso = Array.from({ length: ACTIONS / 2 }, (_, i) => `act-${i * 2} overdue`);
    expect(after).toEqual([...expected(), ...overdueAlso].sort());
    expect(await claimedRows(many.place)).toBe(ACTIONS + ACTIONS / 2);
  });
});
