import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ServerMessage } from '../../protocol/socketMessages.ts';
import type { NoteView } from '../../protocol/views.ts';
import { commandResults, workshopEvents } from '../db/schema.ts';
import { loadEvents } from '../features/workshops/workshopStore.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { TestSocket } from '../testing/testSocket.ts';
import { createTestWorkshop, joinTestWorkshop, stepIndexOf } from '../testing/workshopFixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function workshopWithPeople(options: { anonymous?: boolean; names?: (string | null)[] } = {}) {
  const created = await createTestWorkshop(server, { anonymous: options.anonymous ?? false });
  // The facilitator is signed in: the session cookie goes with the upgrade (rule R3).
  const cookie = created.facilitator.cookie;
  const facilitator = await TestSocket.join(server.wsUrl, created.workshopId, { role: 'facilitator' }, null, cookie);
  const phones = [];
  for (const name of options.names ?? ['Anna', 'Bo']) {
    const guest = await joinTestWorkshop(server, created.joinCode, name);
    const socket = await TestSocket.join(server.wsUrl, created.workshopId, { role: 'participant', token: guest.participantToken });
    phones.push({ ...guest, socket });
  }
  await facilitator.command({ type: 'step.go', stepIndex: stepIndexOf('today') });
  return { ...created, cookie, facilitator, phones };
}

const noteAdd = (noteId: string, text = 'For mange klik', category = 'realistic') =>
  ({ type: 'note.add', noteId, stepId: 'today', category, kind: 'today', text }) as const;

function notesIn(messages: readonly ServerMessage[]): NoteView[] {
  return messages.flatMap((m) => (m.type === 'patch' ? m.changes.flatMap((c) => (c.op === 'note.upsert' ? [c.note] : [])) : []));
}

function closeAll(...sockets: TestSocket[]) {
  for (const s of sockets) s.close();
}

describe('commands', () => {
  it('[R9] acknowledges only what has been committed', async () => {
    const w = await workshopWithPeople();
    const anna = w.phones[0]!;
    const ack = await anna.socket.command(noteAdd('r9-note'));
    expect(ack.type).toBe('command.ack');
    // The ack's seq is already in the database: a fresh reader sees the note.
    const events = await loadEvents(server.database.db, w.workshopId, 0);
    const last = events.at(-1);
    expect(ack.type === 'command.ack' && last?.seq).toBe(ack.type === 'command.ack' ? ack.seq : -1);
    expect(last?.data).toMatchObject({ type: 'note.added', note: { id: 'r9-note', text: 'For mange klik' } });
    closeAll(w.facilitator, ...w.phones.map((p) => p.socket));
  });

  it('[R10] answers a retried command id with the first answer and records nothing new', async () => {
    const w = await workshopWithPeople();
    const anna = w.phones[0]!;
    const first = await anna.socket.command(noteAdd('r10-note'), 'same-id');
    const before = await loadEvents(server.database.db, w.workshopId, 0);
    const again = await anna.socket.command(noteAdd('r10-note'), 'same-id');
    expect(again).toEqual(first);
    // Even from a new connection (a phone that reloaded), still the same answer.
    const reconnected = await TestSocket.join(server.wsUrl, w.workshopId, { role: 'participant', token: anna.participantToken });
    expect(await reconnected.command(noteAdd('r10-note'), 'same-id')).toEqual(first);
    expect(await loadEvents(server.database.db, w.workshopId, 0)).toHaveLength(before.length);
    // A refusal is remembered too.
    const refused = await anna.socket.command(noteAdd('r10-other', 'x'.repeat(281)), 'refused-id');
    await anna.socket.command({ type: 'note.delete', noteId: 'r10-note' });
    expect(await anna.socket.command(noteAdd('r10-other', 'x'.repeat(281)), 'refused-id')).toEqual(refused);
    closeAll(w.facilitator, reconnected, ...w.phones.map((p) => p.socket));
  });

  it('[R11] refuses with a named code and records nothing', async () => {
    const w = await workshopWithPeople();
    const anna = w.phones[0]!;
    const before = (await loadEvents(server.database.db, w.workshopId, 0)).length;
    const cases: Array<[Parameters<TestSocket['command']>[0], string]> = [
      [noteAdd('too-long', 'x'.repeat(281)), 'note_too_long'],
      [noteAdd('empty', '   '), 'note_empty'],
      [{ type: 'note.add', noteId: 'wrong-step', stepId: 'preconditions', category: 'before', kind: 'idea', text: 'x' }, 'not_current_step'],
      [{ type: 'note.add', noteId: 'wrong-kind', stepId: 'today', category: 'realistic', kind: 'better', text: 'x' }, 'kind_not_in_step'],
      [{ type: 'step.go', stepIndex: stepIndexOf('preconditions') }, 'not_allowed'],
      [{ type: 'vote.cast', noteId: 'nothing' }, 'note_not_found'],
    ];
    for (const [command, code] of cases) {
      expect(await anna.socket.command(command)).toMatchObject({ type: 'command.rejected', code });
    }
    expect(await loadEvents(server.database.db, w.workshopId, 0)).toHaveLength(before);
    closeAll(w.facilitator, ...w.phones.map((p) => p.socket));
  });

  it('[R12] numbers events without gaps when many write at once', async () => {
    const w = await workshopWithPeople({ names: ['A', 'B', 'C', 'D'] });
    await Promise.all(
      w.phones.flatMap((p, i) => Array.from({ length: 5 }, (_, j) => p.socket.command(noteAdd(`r12-${i}-${j}`, `seddel ${i}.${j}`)))),
    );
    const events = await loadEvents(server.database.db, w.workshopId, 0);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.filter((e) => e.data.type === 'note.added')).toHaveLength(20);
    closeAll(w.facilitator, ...w.phones.map((p) => p.socket));
  });
});

describe('broadcast and filtering', () => {
  it('[R13] sends every note to every connection in the room as an idempotent patch', async () => {
    const w = await workshopWithPeople();
    const [anna, bo] = w.phones;
    const projector = await TestSocket.join(server.wsUrl, w.workshopId, { role: 'projector' }, null, w.cookie);
    await anna!.socket.command(noteAdd('r13-note', 'Systemet er langsomt'));
    for (const socket of [bo!.socket, projector, w.facilitator]) {
      await socket.waitFor((m) => notesIn([m]).some((n) => n.id === 'r13-note' && n.text === 'Systemet er langsomt'));
    }
    closeAll(w.facilitator, projector, ...w.phones.map((p) => p.socket));
  });

  it('[R14] keeps a hidden note on its author’s devices only, until revealed', async () => {
    const w = await workshopWithPeople();
    const [anna, bo] = w.phones;
    await w.facilitator.command({ type: 'settings.update', privateWriting: true });
    const secret = 'Hemmelig tanke om ledelsen';
    const ack = await anna!.socket.command(noteAdd('r14-note', secret));
    expect(ack).toMatchObject({ type: 'command.ack', note: { id: 'r14-note', hidden: true, text: secret } });
    // Everyone learns that a note was written (the count), not what it says.
    await bo!.socket.waitFor((m) => m.type === 'patch' && m.changes.some((c) => c.op === 'workshop' && c.workshop.hiddenCounts['today'] === 1));
    await w.facilitator.waitFor((m) => m.type === 'patch' && m.changes.some((c) => c.op === 'workshop' && c.workshop.hiddenCounts['today'] === 1));
    const annaSecond = await TestSocket.join(server.wsUrl, w.workshopId, { role: 'participant', token: anna!.participantToken });
    expect(JSON.stringify(annaSecond.messages)).toContain(secret);
    for (const socket of [bo!.socket, w.facilitator]) expect(JSON.stringify(socket.messages)).not.toContain(secret);
    const boLate = await TestSocket.join(server.wsUrl, w.workshopId, { role: 'participant', token: bo!.participantToken });
    expect(JSON.stringify(boLate.messages)).not.toContain(secret);
    await w.facilitator.command({ type: 'notes.reveal', stepId: 'today' });
    await bo!.socket.waitFor((m) => notesIn([m]).some((n) => n.id === 'r14-note' && !n.hidden && n.text === secret));
    closeAll(w.facilitator, annaSecond, boLate, ...w.phones.map((p) => p.socket));
  });

  it('[R15] stores and sends an anonymous note and vote with no author anywhere', async () => {
    const w = await workshopWithPeople({ anonymous: true, names: ['Skjult Navn', null] });
    const [anna, bo] = w.phones;
    await anna!.socket.command(noteAdd('r15-note', 'Anonym bekymring'));
    await bo!.socket.waitFor((m) => notesIn([m]).some((n) => n.id === 'r15-note'));
    await w.facilitator.command({ type: 'step.go', stepIndex: stepIndexOf('preconditions') });
    await anna!.socket.command({ type: 'note.add', noteId: 'r15-idea', stepId: 'preconditions', category: 'before', kind: 'idea', text: 'Test før' });
    await w.facilitator.command({ type: 'voting.open', stepId: 'preconditions' });
    expect(await bo!.socket.command({ type: 'vote.cast', noteId: 'r15-idea' })).toMatchObject({ type: 'command.ack' });
    const rows = await server.database.db.select().from(workshopEvents).where(eq(workshopEvents.workshopId, w.workshopId));
    const results = await server.database.db.select().from(commandResults).where(eq(commandResults.workshopId, w.workshopId));
    // A join is recorded (someone is here); what they wrote and how they voted is not tied to them.
    const stored = JSON.stringify([rows.filter((r) => r.type !== 'participant.joined'), results]);
    for (const id of [anna!.participantId, bo!.participantId]) {
      expect(stored).not.toContain(id);
      expect(JSON.stringify([w.facilitator.messages, bo!.socket.messages])).not.toContain(anna!.participantId);
    }
    // A name given to an anonymous workshop is dropped at the door.
    expect(JSON.stringify(rows)).not.toContain('Skjult Navn');
    const added = rows.find((r) => r.type === 'note.added' && JSON.stringify(r.data).includes('r15-note'));
    expect((added?.data as { note: { authorId: unknown } }).note.authorId).toBeNull();
    const vote = rows.find((r) => r.type === 'vote.cast');
    expect(vote?.data).toEqual({ type: 'vote.cast', noteId: 'r15-idea', participantId: null });
    closeAll(w.facilitator, ...w.phones.map((p) => p.socket));
  });

  it('[R16] sends author names only when shown and the workshop is named', async () => {
    const w = await workshopWithPeople({ names: ['Anna', 'Bo'] });
    const [anna, bo] = w.phones;
    await anna!.socket.command(noteAdd('r16-note'));
    const hiddenName = await bo!.socket.waitFor((m) => notesIn([m]).some((n) => n.id === 'r16-note'));
    expect(notesIn([hiddenName]).find((n) => n.id === 'r16-note')?.authorName).toBeNull();
    await w.facilitator.command({ type: 'settings.update', showAuthors: true });
    await bo!.socket.waitFor((m) => notesIn([m]).some((n) => n.id === 'r16-note' && n.authorName === 'Anna'));
    expect(JSON.stringify(bo!.socket.messages)).not.toContain(anna!.participantId);
    closeAll(w.facilitator, ...w.phones.map((p) => p.socket));
  });

  it('[R17] tells only the voter how many votes they have used', async () => {
    const w = await workshopWithPeople();
    const [anna, bo] = w.phones;
    await w.facilitator.command({ type: 'step.go', stepIndex: stepIndexOf('preconditions') });
    await bo!.socket.command({ type: 'note.add', noteId: 'r17-idea', stepId: 'preconditions', category: 'during', kind: 'idea', text: 'Tid til oplæring' });
    await w.facilitator.command({ type: 'voting.open', stepId: 'preconditions' });
    await anna!.socket.command({ type: 'vote.cast', noteId: 'r17-idea' });
    const me = await anna!.socket.waitFor((m) => m.type === 'me');
    expect(me).toMatchObject({ type: 'me', me: { votesUsed: 1, myVotes: { 'r17-idea': 1 } } });
    await bo!.socket.waitFor((m) => notesIn([m]).some((n) => n.id === 'r17-idea' && n.votes === 1));
    expect(bo!.socket.messages.some((m) => m.type === 'me')).toBe(false);
    closeAll(w.facilitator, ...w.phones.map((p) => p.socket));
  });
});

describe('resume', () => {
  it('[R18] replays missed events to a client that resumes, or sends a snapshot when it cannot', async () => {
    const w = await workshopWithPeople();
    const [anna, bo] = w.phones;
    await anna!.socket.command(noteAdd('r18-before'));
    const seen = await bo!.socket.waitFor((m) => notesIn([m]).some((n) => n.id === 'r18-before'));
    const lastSeq = seen.type === 'patch' ? seen.seq : -1;
    bo!.socket.close();
    await anna!.socket.command(noteAdd('r18-missed', 'Mens Bo var væk'));
    const resumed = await TestSocket.join(server.wsUrl, w.workshopId, { role: 'participant', token: bo!.participantToken }, lastSeq);
    expect(resumed.messages[0]).toMatchObject({ type: 'welcome', resume: 'events', snapshot: null });
    await resumed.waitFor((m) => notesIn([m]).some((n) => n.id === 'r18-missed'));
    const ahead = await TestSocket.join(server.wsUrl, w.workshopId, { role: 'participant', token: bo!.participantToken }, lastSeq + 1000);
    expect(ahead.messages[0]).toMatchObject({ type: 'welcome', resume: 'snapshot' });
    const welcome = ahead.messages[0];
    expect(welcome?.type === 'welcome' && welcome.snapshot?.notes.map((n) => n.id).sort()).toEqual(['r18-before', 'r18-missed']);
    closeAll(w.facilitator, resumed, ahead, anna!.socket);
  });

  it('[R19] delivers notes resent after a reconnect exactly once', async () => {
    const w = await workshopWithPeople();
    const [anna, bo] = w.phones;
    // The phone sent two notes, lost the connection before the acks, and resends both.
    anna!.socket.sendJson({ type: 'command', commandId: 'offline-1', command: noteAdd('r19-a', 'Første') });
    anna!.socket.sendJson({ type: 'command', commandId: 'offline-2', command: noteAdd('r19-b', 'Anden') });
    anna!.socket.close();
    const back = await TestSocket.join(server.wsUrl, w.workshopId, { role: 'participant', token: anna!.participantToken });
    expect(await back.command(noteAdd('r19-a', 'Første'), 'offline-1')).toMatchObject({ type: 'command.ack' });
    expect(await back.command(noteAdd('r19-b', 'Anden'), 'offline-2')).toMatchObject({ type: 'command.ack' });
    const events = await loadEvents(server.database.db, w.workshopId, 0);
    const added = events.filter((e) => e.data.type === 'note.added').map((e) => (e.data.type === 'note.added' ? e.data.note.id : ''));
    expect(added.sort()).toEqual(['r19-a', 'r19-b']);
    await bo!.socket.waitFor((m) => notesIn([m]).some((n) => n.id === 'r19-b'));
    closeAll(w.facilitator, back, bo!.socket);
  });
});

describe('votes given back', () => {
  it('[R17] tells a voter, and only them, that a deleted note gave their dot back', async () => {
    const w = await workshopWithPeople();
    const [anna, bo] = w.phones;
    await w.facilitator.command({ type: 'step.go', stepIndex: stepIndexOf('preconditions') });
    await w.facilitator.command({ type: 'note.add', noteId: 'r17-gone', stepId: 'preconditions', category: 'after', kind: 'idea', text: 'Slettes snart' });
    await w.facilitator.command({ type: 'voting.open', stepId: 'preconditions' });
    await anna!.socket.command({ type: 'vote.cast', noteId: 'r17-gone' });
    await anna!.socket.waitFor((m) => m.type === 'me' && m.me.votesUsed === 1);
    const from = anna!.socket.messages.length;
    await w.facilitator.command({ type: 'note.delete', noteId: 'r17-gone' });
    const me = await anna!.socket.waitFor((m) => m.type === 'me', { from });
    expect(me).toMatchObject({ type: 'me', me: { votesUsed: 0, myVotes: {} } });
    expect(bo!.socket.messages.some((m) => m.type === 'me')).toBe(false);
    // The dot is really back: Anna can spend her whole budget again.
    for (const id of ['x1', 'x2', 'x3']) {
      await w.facilitator.command({ type: 'note.add', noteId: `r17-${id}`, stepId: 'preconditions', category: 'after', kind: 'idea', text: id });
      expect(await anna!.socket.command({ type: 'vote.cast', noteId: `r17-${id}` })).toMatchObject({ type: 'command.ack' });
    }
    closeAll(w.facilitator, ...w.phones.map((p) => p.socket));
  });
});

describe('anonymous private writing', () => {
  it('[R14] never tells the author of an anonymous hidden note to remove it, and tells nobody its id', async () => {
    const w = await workshopWithPeople({ anonymous: true, names: [null, null] });
    const [anna, bo] = w.phones;
    await w.facilitator.command({ type: 'settings.update', privateWriting: true });
    const ack = await anna!.socket.command(noteAdd('r14-anon', 'Kun min'));
    expect(ack).toMatchObject({ type: 'command.ack', note: { id: 'r14-anon', hidden: true } });
    // Changes that touch every note (settings) go out after it; the note must survive them.
    await w.facilitator.command({ type: 'settings.update', voteBudget: 4 });
    for (const socket of [anna!.socket, bo!.socket, w.facilitator]) {
      await socket.waitFor((m) => m.type === 'patch' && m.changes.some((c) => c.op === 'workshop' && c.workshop.settings.voteBudget === 4));
    }
    const patches = JSON.stringify(anna!.socket.messages.filter((m) => m.type === 'patch'));
    expect(patches).not.toContain('r14-anon');
    expect(JSON.stringify([bo!.socket.messages, w.facilitator.messages])).not.toContain('r14-anon');
    closeAll(w.facilitator, ...w.phones.map((p) => p.socket));
  });
});
