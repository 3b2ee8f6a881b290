import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopCommand } from '../../../domain/workshopCommands.ts';
import type { PatchMessage } from '../../../protocol/socketMessages.ts';
import type { Database } from '../../db/database.ts';
import type { EventBus } from '../../realtime/eventBus.ts';
import { createInProcessEventBus } from '../../realtime/inProcessEventBus.ts';
import { insertBareProject } from '../../testing/storeFixtures.ts';
import { stepIndexOf } from '../../testing/workshopFixtures.ts';
import { openTestDatabase } from '../../testing/testDatabase.ts';
import { createWorkshop } from './createWorkshop.ts';
import { joinWorkshop } from './joinWorkshop.ts';
import { STAFF, type Audience } from './presentWorkshop.ts';
import { runCommand } from './runCommand.ts';
import type { Viewer } from './viewer.ts';
import type { WorkshopContext } from './workshopContext.ts';
import type { RoomMember, WorkshopRoom } from './workshopRoom.ts';
import { WorkshopRooms } from './workshopRooms.ts';
import { loadEvents } from './workshopStore.ts';

// Two "server instances" in one process: each has its own rooms, both share the database and
// one in-process bus. Each hears the bus through a switch, so a test can make an instance miss
// messages the way a real instance does when its Redis connection drops.

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/** A connection as a room sees it, collecting the patches it is sent. */
class FakeMember implements RoomMember {
  readonly patches: PatchMessage[] = [];
  private waiters: Array<() => void> = [];

  constructor(readonly audience: Audience = STAFF) {}

  send(frame: string | Buffer): void {
    const message = JSON.parse(frame.toString()) as { type: string };
    if (message.type === 'patch') this.patches.push(message as PatchMessage);
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Waits for a patch that covers `seq`; the test timeout bounds the wait. */
  async waitForSeq(seq: number): Promise<void> {
    while (!this.patches.some((p) => p.seq >= seq)) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  noteIds(): string[] {
    return this.patches.flatMap((p) => p.changes.flatMap((c) => (c.op === 'note.upsert' ? [c.note.id] : [])));
  }

  stepIndexes(): number[] {
    return this.patches.flatMap((p) => p.changes.flatMap((c) => (c.op === 'workshop' ? [c.workshop.stepIndex] : [])));
  }
}

/** A view of the shared bus that can go deaf: what it misses while deaf is gone for good. */
function switchableView(shared: EventBus): { bus: EventBus; deaf: boolean } {
  const view = {
    deaf: false,
    bus: {
      publish: (message) => shared.publish(message),
      subscribe: (handler) => shared.subscribe((message) => (view.deaf ? undefined : handler(message))),
      close: () => Promise.resolve(),
    } satisfies EventBus,
  };
  return view;
}

/** Lets queued bus work run until the room reaches `seq`: turns of the event loop, not a wait by time. */
async function settledAt(room: WorkshopRoom, seq: number): Promise<void> {
  while (room.state.seq < seq) await new Promise((resolve) => setImmediate(resolve));
}

interface Instance {
  readonly ctx: WorkshopContext;
  readonly room: WorkshopRoom;
  readonly member: FakeMember;
}

async function twoInstances() {
  const shared = createInProcessEventBus();
  const first = switchableView(shared);
  const second = switchableView(shared);
  const rooms1 = new WorkshopRooms(database.db, first.bus, `instance-1-${randomUUID()}`);
  const rooms2 = new WorkshopRooms(database.db, second.bus, `instance-2-${randomUUID()}`);
  const ctx1: WorkshopContext = { db: database.db, rooms: rooms1, now: () => Date.now() };
  const ctx2: WorkshopContext = { db: database.db, rooms: rooms2, now: () => Date.now() };

  const home = await insertBareProject(database.db);
  const created = await createWorkshop(ctx1, {
    ...home,
    createdBy: null,
    title: 'Nyt lønsystem',
    templateId: 'compass-before',
    locale: 'da',
    anonymous: false,
    phase: null,
  });
  if (!created.ok) throw new Error(created.error);
  const { workshopId, joinCode } = created.value;
  const join = async (ctx: WorkshopContext, name: string): Promise<Viewer> => {
    const joined = await joinWorkshop(ctx, { code: joinCode, displayName: name }, null);
    if (!joined.ok) throw new Error(joined.error);
    return { role: 'participant', workshopId, participantId: joined.value.participantId };
  };
  const anna = await join(ctx1, 'Anna');
  const bo = await join(ctx2, 'Bo');

  const instance = async (ctx: WorkshopContext): Promise<Instance> => {
    const room = await ctx.rooms.get(workshopId);
    if (!room) throw new Error('room did not load');
    const member = new FakeMember();
    room.join(member);
    return { ctx, room, member };
  };
  const one = await instance(ctx1);
  const two = await instance(ctx2);
  // Bo joined on instance 2; wait until instance 1 has applied that from the bus.
  await settledAt(one.room, two.room.state.seq);
  const facilitator: Viewer = { role: 'facilitator', workshopId };
  let counter = 0;
  const run = async (on: Instance, viewer: Viewer, command: WorkshopCommand) => {
    const result = await runCommand(on.ctx, on.room, viewer, `cmd-${++counter}`, command);
    if (result.outcome.kind !== 'ack') throw new Error(`rejected: ${result.outcome.code}`);
    return result.outcome.seq;
  };
  const seqsInDatabase = async () => (await loadEvents(database.db, workshopId, 0)).map((e) => e.seq);
  const close = async () => {
    rooms1.close();
    rooms2.close();
    await shared.close();
  };
  return { workshopId, one, two, first, second, shared, facilitator, anna, bo, run, seqsInDatabase, close };
}

/** The compass step the notes below are written in, and one these tests never go to. */
const TODAY = stepIndexOf('today');
const NEVER_VISITED = stepIndexOf('preconditions');

const noteAdd = (noteId: string): WorkshopCommand => ({
  type: 'note.add',
  noteId,
  stepId: 'today',
  category: 'meaningful',
  kind: 'today',
  text: `Seddel ${noteId}`,
});

/** Seqs of the patches a member got are increasing, and the last covers `seq`. */
function expectOrderedUpTo(member: FakeMember, seq: number): void {
  const seqs = member.patches.map((p) => p.seq);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  expect(new Set(seqs).size).toBe(seqs.length);
  expect(seqs.at(-1)).toBe(seq);
}

describe('two instances over one database and one bus', () => {
  it('[R21] a command on instance 1 reaches a connection on instance 2', async () => {
    const t = await twoInstances();
    const start = t.two.room.state.seq;
    expect(t.one.room.state.seq).toBe(start);

    const stepSeq = await t.run(t.one, t.facilitator, { type: 'step.go', stepIndex: TODAY });
    expect(stepSeq).toBe(start + 1);
    await t.two.member.waitForSeq(stepSeq);
    expect(t.two.member.stepIndexes()).toContain(TODAY);

    const noteSeq = await t.run(t.one, t.anna, noteAdd('from-one'));
    await t.two.member.waitForSeq(noteSeq);
    expect(t.two.member.noteIds()).toContain('from-one');
    expect(t.two.room.state.seq).toBe(noteSeq);
    expect(t.two.room.state.notes.get('from-one')?.text).toBe('Seddel from-one');
    expectOrderedUpTo(t.two.member, noteSeq);

    // And back: instance 1 hears instance 2, and neither applies its own echo twice.
    const backSeq = await t.run(t.two, t.bo, noteAdd('from-two'));
    await t.one.member.waitForSeq(backSeq);
    expect(t.one.room.state.notes.has('from-two')).toBe(true);
    expectOrderedUpTo(t.one.member, backSeq);
    expectOrderedUpTo(t.two.member, backSeq);
    expect(await t.seqsInDatabase()).toEqual(Array.from({ length: backSeq }, (_, i) => i + 1));
    await t.close();
  });

  it('[R12] a command on instance 2 after missed messages catches up from the database first', async () => {
    const t = await twoInstances();
    const start = t.two.room.state.seq;
    t.second.deaf = true;
    await t.run(t.one, t.facilitator, { type: 'step.go', stepIndex: TODAY });
    const missedSeq = await t.run(t.one, t.anna, noteAdd('missed'));
    t.second.deaf = false;
    expect(t.two.room.state.seq).toBe(start);

    // Bo's note is only allowed in the 'today' step: instance 2 must have caught up to decide it.
    const seq = await t.run(t.two, t.bo, noteAdd('after'));
    expect(seq).toBe(missedSeq + 1);
    expect(await t.seqsInDatabase()).toEqual(Array.from({ length: seq }, (_, i) => i + 1));
    expect(t.two.room.state.seq).toBe(seq);
    expect([...t.two.room.state.notes.keys()].sort()).toEqual(['after', 'missed']);

    // Instance 2's connections get what was caught up too, not only the new note.
    await t.two.member.waitForSeq(seq);
    expect(t.two.member.noteIds()).toEqual(expect.arrayContaining(['missed', 'after']));
    expect(t.two.member.stepIndexes()).toContain(TODAY);
    expectOrderedUpTo(t.two.member, seq);

    await t.one.member.waitForSeq(seq);
    expect(t.one.room.state.seq).toBe(seq);
    expect(t.one.member.noteIds()).toContain('after');
    await t.close();
  });

  it('[R21] a bus message after a gap makes instance 2 read what it missed from the database', async () => {
    const t = await twoInstances();
    const start = t.two.room.state.seq;
    t.second.deaf = true;
    await t.run(t.one, t.facilitator, { type: 'step.go', stepIndex: TODAY });
    const missedSeq = await t.run(t.one, t.anna, noteAdd('missed'));
    t.second.deaf = false;
    expect(t.two.room.state.seq).toBe(start);

    // Only the last event arrives, as if the one before it had been lost on the way.
    const last = (await loadEvents(database.db, t.workshopId, missedSeq - 1)).filter((e) => e.seq === missedSeq);
    expect(last).toHaveLength(1);
    await t.shared.publish({ instanceId: t.one.ctx.rooms.instanceId, workshopId: t.workshopId, events: last });
    await t.two.member.waitForSeq(missedSeq);
    expect(t.two.room.state.seq).toBe(missedSeq);
    expect(t.two.room.state.stepIndex).toBe(TODAY);
    expect(t.two.member.stepIndexes()).toContain(TODAY);
    expect(t.two.member.noteIds()).toContain('missed');
    // Instance 1 sent it, so instance 1 ignored it as its own echo.
    expect(t.one.room.state.seq).toBe(missedSeq);

    const next = await t.run(t.two, t.bo, noteAdd('next'));
    expect(next).toBe(missedSeq + 1);
    expect(await t.seqsInDatabase()).toEqual(Array.from({ length: next }, (_, i) => i + 1));
    await t.two.member.waitForSeq(next);
    expectOrderedUpTo(t.two.member, next);
    await t.close();
  });

  it('[R21] an instance ignores a message that carries its own instance id', async () => {
    const t = await twoInstances();
    const start = t.two.room.state.seq;
    // A forged echo: instance 2's id, the next seq, a step the workshop never went to. Instance 1
    // would rightly take it for news from instance 2, so it does not hear this one.
    t.first.deaf = true;
    await t.shared.publish({
      instanceId: t.two.ctx.rooms.instanceId,
      workshopId: t.workshopId,
      events: [{ seq: start + 1, at: Date.now(), data: { type: 'step.changed', stepIndex: NEVER_VISITED } }],
    });
    t.first.deaf = false;
    const seq = await t.run(t.one, t.facilitator, { type: 'step.go', stepIndex: TODAY });
    expect(seq).toBe(start + 1);
    await t.two.member.waitForSeq(seq);
    // Had the echo been applied, the real event with the same seq would have been skipped.
    expect(t.two.room.state.stepIndex).toBe(TODAY);
    expect(t.two.member.stepIndexes()).not.toContain(NEVER_VISITED);
    await t.close();
  });
});
