import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../../domain/joinCode.ts';
import type { Database } from '../../db/database.ts';
import { openDatabase } from '../../db/openDatabase.ts';
import { commandResults, participants, workshopEvents, workshops } from '../../db/schema.ts';
import { createInProcessEventBus } from '../../realtime/inProcessEventBus.ts';
import { AT, created, insertBareProject, insertBareWorkshop, pgErrorCode, rejection, stepChanged } from '../../testing/storeFixtures.ts';
import { openTestDatabase } from '../../testing/testDatabase.ts';
import { createWorkshop } from './createWorkshop.ts';
import { hashSecret, newJoinCode } from './secrets.ts';
import type { WorkshopContext } from './workshopContext.ts';
import { WorkshopRooms } from './workshopRooms.ts';
import {
  appendEvents,
  findParticipantById,
  findWorkshopByCode,
  findWorkshopById,
  insertParticipant,
  insertWorkshop,
  loadEvents,
  lockWorkshop,
  saveCommandResult,
} from './workshopStore.ts';

// What storage guarantees under failure and concurrency: unique keys and rollback, the row lock,
// cascading deletes and durability on disk. Plain reads and writes are in workshopStore.test.ts.
// The storage contract: the same file runs on PGlite (default) and on PostgreSQL (DATABASE_URL).
// Every row gets a fresh random id, so parallel runs against one shared server never collide.

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/** Inserts a bare workshop row (no events) and returns its id and code. */
const newWorkshop = (overrides: { joinCode?: string } = {}) => insertBareWorkshop(database.db, overrides);

const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

describe('uniqueness and rollback', () => {
  it('refuses a second workshop with the same join code as a unique violation (23505)', async () => {
    const first = await newWorkshop();
    const error = await rejection(newWorkshop({ joinCode: first.joinCode }));
    // createWorkshop draws a new code on exactly this code; the driver must report it this way.
    expect(pgErrorCode(error)).toBe('23505');
    const rows = await database.db.select({ id: workshops.id }).from(workshops).where(eq(workshops.joinCode, first.joinCode));
    expect(rows).toEqual([{ id: first.id }]);
  });

  it('createWorkshop hands out distinct codes over the join-code alphabet', async () => {
    const bus = createInProcessEventBus();
    const rooms = new WorkshopRooms(database.db, bus, randomUUID());
    const ctx: WorkshopContext = { db: database.db, rooms, now: () => AT };
    const home = await insertBareProject(database.db);
    const input = { ...home, createdBy: null, templateId: 'compass-before', locale: 'en', anonymous: false, phase: null } as const;
    const codes: string[] = [];
    for (let i = 0; i < 40; i++) {
      const result = await createWorkshop(ctx, { ...input, title: `Workshop ${i}` });
      if (!result.ok) throw new Error(result.error);
      expect(Object.keys(result.value).sort()).toEqual(['joinCode', 'workshopId']);
      expect(result.value.joinCode).toMatch(JOIN_CODE_PATTERN);
      const row = await findWorkshopByCode(database.db, result.value.joinCode);
      // The workshop belongs to the project it was created in.
      expect(row).toMatchObject({ id: result.value.workshopId, ...home });
      // The created event is in the same transaction as the row, and so is the review of the
      // project's open actions the compass opens with (none yet in a new project).
      expect((await loadEvents(database.db, result.value.workshopId, 0)).map((e) => e.data)).toEqual([
        expect.objectContaining({ type: 'workshop.created', joinCode: result.value.joinCode }),
        { type: 'review.loaded', items: [] },
      ]);
      codes.push(result.value.joinCode);
    }
    expect(new Set(codes).size).toBe(codes.length);
    expect(await createWorkshop(ctx, { ...input, title: 'x', templateId: 'no-such-template' })).toEqual({
      ok: false,
      error: 'unknown_template',
    });
    rooms.close();
    await bus.close();
  });

  it('refuses an event with a seq that exists (primary key) and rolls back the whole transaction', async () => {
    const w = await newWorkshop();
    await database.db.transaction((tx) => appendEvents(tx, w.id, 0, [created(w.id, w.joinCode), stepChanged(1)], AT));
    const participantId = randomUUID();
    const error = await rejection(
      database.db.transaction(async (tx) => {
        await insertParticipant(tx, { id: participantId, workshopId: w.id, tokenHash: hashSecret(randomUUID()), userId: null });
        await appendEvents(tx, w.id, 2, [stepChanged(2)], AT);
        // A writer that read a stale lastSeq collides with seq 2.
        await appendEvents(tx, w.id, 1, [stepChanged(3)], AT);
      }),
    );
    expect(pgErrorCode(error)).toBe('23505');
    expect((await loadEvents(database.db, w.id, 0)).map((e) => e.seq)).toEqual([1, 2]);
    expect(await findWorkshopById(database.db, w.id)).toMatchObject({ lastSeq: 2 });
    expect(await findParticipantById(database.db, participantId)).toBeNull();
  });

  it('refuses events for a workshop that does not exist (foreign key)', async () => {
    const ghost = randomUUID();
    const error = await rejection(database.db.transaction((tx) => appendEvents(tx, ghost, 0, [stepChanged(1)], AT)));
    expect(pgErrorCode(error)).toBe('23503');
    expect(await loadEvents(database.db, ghost, 0)).toEqual([]);
  });
});

describe('locking', () => {
  it('[R12] serialises two transactions on one workshop: the second waits for the first to commit', async () => {
    const w = await newWorkshop();
    await database.db.transaction((tx) => appendEvents(tx, w.id, 0, [created(w.id, w.joinCode)], AT));
    const order: string[] = [];
    let releaseA!: () => void;
    const gate = new Promise<void>((resolve) => (releaseA = resolve));
    let signalLocked!: (pid: number | null) => void;
    const aLocked = new Promise<number | null>((resolve) => (signalLocked = resolve));
    const backendPid = async (tx: Parameters<Parameters<typeof database.db.transaction>[0]>[0]) =>
      database.kind === 'postgres' ? Number(firstRow<{ pid: number }>(await tx.execute(sql`SELECT pg_backend_pid() AS pid`))?.pid) : null;

    const a = database.db.transaction(async (tx) => {
      const lock = await lockWorkshop(tx, w.id);
      order.push('A locked');
      signalLocked(await backendPid(tx));
      await gate;
      await appendEvents(tx, w.id, lock?.lastSeq ?? -1, [stepChanged(1)], AT);
      order.push('A wrote');
    });
    const aPid = await aLocked;
    let bPid: number | null = null;
    const b = database.db.transaction(async (tx) => {
      bPid = await backendPid(tx);
      const lock = await lockWorkshop(tx, w.id);
      order.push('B locked');
      return lock;
    });
    if (database.kind === 'postgres') {
      // Wait until PostgreSQL itself reports B blocked behind A's row lock: proof, not a guess by time.
      while (!order.includes('B locked')) {
        if (bPid !== null) {
          const row = firstRow<{ blockers: number[] }>(
            await database.db.execute(sql`SELECT pg_blocking_pids(${bPid}::int) AS blockers`),
          );
          if (row?.blockers.map(Number).includes(Number(aPid))) break;
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (!order.includes('B locked')) order.push('B seen waiting');
    }
    releaseA();
    await a;
    const bLock = await b;
    const expected = database.kind === 'postgres' ? ['A locked', 'B seen waiting', 'A wrote', 'B locked'] : ['A locked', 'A wrote', 'B locked'];
    expect(order).toEqual(expected);
    // B read the seq A committed, so its events would follow A's without a gap or a clash.
    expect(bLock).toEqual({ lastSeq: 2, status: 'open' });
  });
});

function firstRow<T>(result: unknown): T | undefined {
  return (result as { rows: T[] }).rows[0];
}

describe('deleting a workshop', () => {
  it('takes its events, participants and command results with it, and nothing of another workshop', async () => {
    const doomed = await newWorkshop();
    const kept = await newWorkshop();
    for (const w of [doomed, kept]) {
      await database.db.transaction(async (tx) => {
        await appendEvents(tx, w.id, 0, [created(w.id, w.joinCode), stepChanged(1)], AT);
        await insertParticipant(tx, { id: randomUUID(), workshopId: w.id, tokenHash: hashSecret(randomUUID()), userId: null });
        await saveCommandResult(tx, randomUUID(), w.id, { kind: 'ack', seq: 2, note: null });
      });
    }
    const counts = async (workshopId: string) => ({
      events: (await database.db.select({ n: count() }).from(workshopEvents).where(eq(workshopEvents.workshopId, workshopId)))[0]?.n,
      participants: (await database.db.select({ n: count() }).from(participants).where(eq(participants.workshopId, workshopId)))[0]?.n,
      results: (await database.db.select({ n: count() }).from(commandResults).where(eq(commandResults.workshopId, workshopId)))[0]?.n,
    });
    expect(await counts(doomed.id)).toEqual({ events: 2, participants: 1, results: 1 });
    await database.db.delete(workshops).where(eq(workshops.id, doomed.id));
    expect(await findWorkshopById(database.db, doomed.id)).toBeNull();
    expect(await counts(doomed.id)).toEqual({ events: 0, participants: 0, results: 0 });
    expect(await counts(kept.id)).toEqual({ events: 2, participants: 1, results: 1 });
  });
});

describe('embedded database on disk', () => {
  // Only PGlite keeps its data in a directory of ours; on PostgreSQL durability is the server's job.
  it.skipIf(!!process.env.DATABASE_URL)('keeps what was written after it is closed and opened again', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kompas-durability-'));
    try {
      const id = randomUUID();
      const joinCode = newJoinCode();
      const first = await openDatabase({ kind: 'pglite', dataDir });
      const home = await insertBareProject(first.db);
      await first.db.transaction(async (tx) => {
        await insertWorkshop(tx, {
          id,
          ...home,
          createdBy: null,
          joinCode,
          title: 'Rød tråd',
          templateId: 'compass-before',
          locale: 'da',
        });
        await appendEvents(tx, id, 0, [created(id, joinCode), stepChanged(1)], AT);
      });
      await first.close();

      const reopened = await openDatabase({ kind: 'pglite', dataDir });
      try {
        expect(await findWorkshopByCode(reopened.db, joinCode)).toMatchObject({ id, ...home, title: 'Rød tråd', lastSeq: 2 });
        const events = await loadEvents(reopened.db, id, 0);
        expect(events.map((e) => [e.seq, e.at, e.data.type])).toEqual([
          [1, AT, 'workshop.created'],
          [2, AT, 'step.changed'],
        ]);
      } finally {
        await reopened.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
