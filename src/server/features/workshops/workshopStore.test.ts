import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopEventData } from '../../../domain/workshopEvents.ts';
import type { Database } from '../../db/database.ts';
import { members, users, workshopEvents } from '../../db/schema.ts';
import { AT, created, insertBareWorkshop, pgErrorCode, rejection, stepChanged } from '../../testing/storeFixtures.ts';
import { openTestDatabase } from '../../testing/testDatabase.ts';
import { hashSecret } from './secrets.ts';
import {
  addVotesUsed,
  appendEvents,
  findCommandResult,
  findParticipantById,
  findParticipantByTokenHash,
  findWorkshopByCode,
  findWorkshopById,
  findWorkshopForMember,
  insertParticipant,
  isJoinCodeTaken,
  loadEvents,
  lockWorkshop,
  saveCommandResult,
} from './workshopStore.ts';

// Reads and writes: events, workshops, participants and command results. What storage guarantees
// under failure and concurrency is in workshopStore.integrity.test.ts.
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

describe('workshops and events', () => {
  it('appends events in order and loads them after a seq', async () => {
    const w = await newWorkshop();
    await database.db.transaction(async (tx) => {
      const stored = await appendEvents(tx, w.id, 0, [created(w.id, w.joinCode), stepChanged(1)], AT);
      expect(stored.map((e) => e.seq)).toEqual([1, 2]);
    });
    await database.db.transaction(async (tx) => {
      const stored = await appendEvents(tx, w.id, 2, [stepChanged(2), stepChanged(3), stepChanged(4)], AT + 1);
      expect(stored.map((e) => e.seq)).toEqual([3, 4, 5]);
    });
    const all = await loadEvents(database.db, w.id, 0);
    expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(all.map((e) => e.data.type)).toEqual(['workshop.created', 'step.changed', 'step.changed', 'step.changed', 'step.changed']);
    expect((await loadEvents(database.db, w.id, 3)).map((e) => e.seq)).toEqual([4, 5]);
    expect(await loadEvents(database.db, w.id, 5)).toEqual([]);
    expect(await loadEvents(database.db, randomUUID(), 0)).toEqual([]);
  });

  it('round-trips `at` as epoch milliseconds', async () => {
    const w = await newWorkshop();
    await database.db.transaction(async (tx) => {
      await appendEvents(tx, w.id, 0, [created(w.id, w.joinCode)], AT);
    });
    const [event] = await loadEvents(database.db, w.id, 0);
    expect(event?.at).toBe(AT);
    expect(typeof event?.at).toBe('number');
  });

  it('round-trips event data exactly, with nulls and Danish letters', async () => {
    const w = await newWorkshop();
    const note: WorkshopEventData = {
      type: 'note.added',
      note: {
        id: 'n-æøå',
        stepId: 'today',
        category: 'realistic',
        kind: 'today',
        text: 'Æbler, øl og blåbær — “citat”, \\ tilbageskråstreg, 😀 og\nny linje',
        authorId: null,
        hidden: false,
        groupId: null,
        votes: 0,
        createdAt: AT,
      },
    };
    const vote: WorkshopEventData = { type: 'vote.cast', noteId: 'n-æøå', participantId: null };
    const settings: WorkshopEventData = {
      type: 'settings.changed',
      settings: { anonymous: true, privateWriting: true, showAuthors: false, voteBudget: 20 },
    };
    await database.db.transaction(async (tx) => {
      await appendEvents(tx, w.id, 0, [created(w.id, w.joinCode), note, vote, settings], AT);
    });
    const loaded = await loadEvents(database.db, w.id, 0);
    expect(loaded.map((e) => e.data)).toStrictEqual([created(w.id, w.joinCode), note, vote, settings]);
    // The type column is written from the data, so queries by type agree with the payload.
    const rows = await database.db
      .select({ type: workshopEvents.type })
      .from(workshopEvents)
      .where(eq(workshopEvents.workshopId, w.id))
      .orderBy(workshopEvents.seq);
    expect(rows.map((r) => r.type)).toEqual(['workshop.created', 'note.added', 'vote.cast', 'settings.changed']);
  });

  it('moves lastSeq with every append and keeps status in step with finished and reopened', async () => {
    const w = await newWorkshop();
    expect(await findWorkshopById(database.db, w.id)).toMatchObject({ id: w.id, joinCode: w.joinCode, lastSeq: 0, status: 'open' });
    const append = (lastSeq: number, data: WorkshopEventData[]) =>
      database.db.transaction((tx) => appendEvents(tx, w.id, lastSeq, data, AT));
    await append(0, [created(w.id, w.joinCode), stepChanged(1)]);
    expect(await findWorkshopById(database.db, w.id)).toMatchObject({ lastSeq: 2, status: 'open' });
    await append(2, [{ type: 'workshop.finished' }]);
    expect(await findWorkshopById(database.db, w.id)).toMatchObject({ lastSeq: 3, status: 'finished' });
    // An event that says nothing about status leaves it alone.
    await append(3, [stepChanged(2)]);
    expect(await findWorkshopById(database.db, w.id)).toMatchObject({ lastSeq: 4, status: 'finished' });
    await append(4, [{ type: 'workshop.reopened' }]);
    expect(await findWorkshopById(database.db, w.id)).toMatchObject({ lastSeq: 5, status: 'open' });
    // Appending nothing changes nothing.
    expect(await append(5, [])).toEqual([]);
    expect(await findWorkshopById(database.db, w.id)).toMatchObject({ lastSeq: 5, status: 'open' });
    await database.db.transaction(async (tx) => {
      expect(await lockWorkshop(tx, w.id)).toEqual({ lastSeq: 5, status: 'open' });
      expect(await lockWorkshop(tx, randomUUID())).toBeNull();
    });
  });

  it('finds a workshop by its join code and by id, and nothing for unknown ones', async () => {
    const w = await newWorkshop();
    expect(await findWorkshopByCode(database.db, w.joinCode)).toMatchObject({ id: w.id, title: 'Ny vagtplan', locale: 'da' });
    expect(await isJoinCodeTaken(database.db, w.joinCode)).toBe(true);
    expect(await findWorkshopById(database.db, randomUUID())).toBeNull();
    // Codes are stored normalised (upper case); lookups expect the normalised form.
    expect(await findWorkshopByCode(database.db, w.joinCode.toLowerCase())).toBeNull();
  });

  it('finds a workshop for a member of its organisation, with their roles, and nothing for anyone else', async () => {
    const w = await newWorkshop();
    const elsewhere = await newWorkshop();
    const home = await findWorkshopById(database.db, w.id);
    const away = await findWorkshopById(database.db, elsewhere.id);
    if (!home || !away) throw new Error('workshops not stored');
    expect(home.organisationId).not.toBe(away.organisationId);
    const person = async (organisationId: string, role: string): Promise<string> => {
      const userId = randomUUID();
      await database.db.insert(users).values({ id: userId, name: 'Kollega', email: `${userId}@example.dk` });
      await database.db.insert(members).values({ id: randomUUID(), organizationId: organisationId, userId, role });
      return userId;
    };
    const insider = await person(home.organisationId, 'leader,union_rep');
    const outsider = await person(away.organisationId, 'admin');
    expect(await findWorkshopForMember(database.db, w.id, insider)).toEqual({ workshop: home, role: 'leader,union_rep' });
    // A member elsewhere, or nobody at all, finds nothing: the join on the organisation is in the query.
    expect(await findWorkshopForMember(database.db, w.id, outsider)).toBeNull();
    expect(await findWorkshopForMember(database.db, w.id, randomUUID())).toBeNull();
    expect(await findWorkshopForMember(database.db, randomUUID(), insider)).toBeNull();
  });
});

describe('participants', () => {
  it('finds a participant by the hash of their token, only in the workshop it was made for', async () => {
    const w = await newWorkshop();
    const other = await newWorkshop();
    const id = randomUUID();
    const token = `kp_${randomUUID()}`;
    await database.db.transaction((tx) => insertParticipant(tx, { id, workshopId: w.id, tokenHash: hashSecret(token), userId: null }));
    expect(await findParticipantByTokenHash(database.db, w.id, hashSecret(token))).toEqual({
      id,
      workshopId: w.id,
      votesUsed: {},
      workshopStatus: 'open',
    });
    expect(await findParticipantById(database.db, id)).toEqual({ id, workshopId: w.id, votesUsed: {} });
    expect(await findParticipantByTokenHash(database.db, w.id, hashSecret(`kp_${randomUUID()}`))).toBeNull();
    // The token of one workshop finds nothing in another: the query itself is scoped to the workshop.
    expect(await findParticipantByTokenHash(database.db, other.id, hashSecret(token))).toBeNull();
    // The workshop's status comes along, so the caller can refuse a finished workshop's guests.
    await database.db.transaction((tx) => appendEvents(tx, w.id, 0, [created(w.id, w.joinCode), { type: 'workshop.finished' }], AT));
    expect(await findParticipantByTokenHash(database.db, w.id, hashSecret(token))).toMatchObject({ id, workshopStatus: 'finished' });
    // Token hashes are unique: a second device cannot share a token.
    const error = await rejection(
      database.db.transaction((tx) => insertParticipant(tx, { id: randomUUID(), workshopId: w.id, tokenHash: hashSecret(token), userId: null })),
    );
    expect(pgErrorCode(error)).toBe('23505');
  });

  it('counts spent votes per step and never below zero', async () => {
    const w = await newWorkshop();
    const id = randomUUID();
    await database.db.transaction((tx) => insertParticipant(tx, { id, workshopId: w.id, tokenHash: hashSecret(randomUUID()), userId: null }));
    const add = (stepId: string, delta: number) => database.db.transaction((tx) => addVotesUsed(tx, id, stepId, delta));
    expect(await add('today', 1)).toBe(1);
    expect(await add('today', 1)).toBe(2);
    expect(await add('preconditions', 1)).toBe(1);
    expect(await add('today', -1)).toBe(1);
    expect(await add('today', -5)).toBe(0);
    expect(await add('today', -1)).toBe(0);
    expect(await add('preconditions', 2)).toBe(3);
    expect((await findParticipantById(database.db, id))?.votesUsed).toEqual({ today: 0, preconditions: 3 });
    // An unknown participant changes nothing and reports zero.
    expect(await database.db.transaction((tx) => addVotesUsed(tx, randomUUID(), 'today', 1))).toBe(0);
  });

  it('keeps concurrent vote counts exact', async () => {
    const w = await newWorkshop();
    const id = randomUUID();
    await database.db.transaction((tx) => insertParticipant(tx, { id, workshopId: w.id, tokenHash: hashSecret(randomUUID()), userId: null }));
    await Promise.all(Array.from({ length: 8 }, () => database.db.transaction((tx) => addVotesUsed(tx, id, 'today', 1))));
    expect((await findParticipantById(database.db, id))?.votesUsed).toEqual({ today: 8 });
  });
});

describe('command results', () => {
  it('saves the first answer under its key and finds it again exactly', async () => {
    const w = await newWorkshop();
    const key = randomUUID();
    const answer = { kind: 'ack', seq: 7, note: { id: 'n1', text: 'Godt for øjet', authorName: null } };
    await database.db.transaction((tx) => saveCommandResult(tx, key, w.id, answer));
    expect(await database.db.transaction((tx) => findCommandResult(tx, key))).toStrictEqual(answer);
    expect(await database.db.transaction((tx) => findCommandResult(tx, randomUUID()))).toBeNull();
    // A second answer for the same key is refused: the first one stands.
    const error = await rejection(database.db.transaction((tx) => saveCommandResult(tx, key, w.id, { kind: 'rejected', code: 'x' })));
    expect(pgErrorCode(error)).toBe('23505');
    expect(await database.db.transaction((tx) => findCommandResult(tx, key))).toStrictEqual(answer);
  });
});
