import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import { emptyWorkshopState, evolve, replay } from './evolve.ts';
import { accepted, createdEvent, facilitator, participant, STEP, stored, T0, workshop } from './testing/workshopBuilder.ts';
import type { WorkshopCommand } from './workshopCommands.ts';
import type { WorkshopEvent, WorkshopEventData } from './workshopEvents.ts';
import { DEFAULT_VOTE_BUDGET, type Note } from './workshopState.ts';

const sampleNote: Note = {
  id: 'n1',
  stepId: 'today',
  category: 'realistic',
  kind: 'today',
  text: 'Dobbeltregistrering',
  authorId: 'p1',
  hidden: false,
  groupId: null,
  votes: 0,
  createdAt: T0,
};

describe('emptyWorkshopState', () => {
  it('starts open, at step 0 and seq 0, with nothing in it', () => {
    const state = emptyWorkshopState();
    expect(state).toMatchObject({ seq: 0, status: 'open', stepIndex: 0, votingStepId: null, timer: { endsAt: null } });
    expect(state.settings.voteBudget).toBe(DEFAULT_VOTE_BUDGET);
    expect([state.notes, state.groups, state.actions, state.participants, state.namedVotes].map((m) => m.size)).toEqual([
      0, 0, 0, 0, 0,
    ]);
  });
});

describe('evolve', () => {
  it('fills the workshop in from workshop.created, stamped with the event time', () => {
    const state = evolve(emptyWorkshopState(), { seq: 1, at: T0 + 7, data: createdEvent({ anonymous: true }) });
    expect(state).toMatchObject({
      id: 'w1',
      title: 'Nyt journalsystem',
      templateId: 'compass-before',
      locale: 'da',
      joinCode: 'K7M4QX',
      createdAt: T0 + 7,
      seq: 1,
      settings: { anonymous: true },
    });
  });

  it('rejects events out of seq order: skipped, repeated or from the start', () => {
    const state = workshop();
    const data: WorkshopEventData = { type: 'voting.closed' };
    expect(() => evolve(state, { seq: state.seq + 2, at: T0, data })).toThrow(/out of order/);
    expect(() => evolve(state, { seq: state.seq, at: T0, data })).toThrow(/out of order/);
    expect(() => evolve(emptyWorkshopState(), { seq: 0, at: T0, data })).toThrow(/out of order/);
    expect(evolve(state, { seq: state.seq + 1, at: T0, data }).seq).toBe(state.seq + 1);
  });

  it('never changes the state it was given', () => {
    const before = workshop();
    const after = evolve(before, { seq: before.seq + 1, at: T0, data: { type: 'note.added', note: sampleNote } });
    expect(after.notes.get('n1')).toEqual(sampleNote);
    expect(before.notes.size).toBe(0);
    expect(before.seq).toBe(after.seq - 1);
  });

  it('records joins and renames', () => {
    const state = workshop(
      {},
      { type: 'participant.joined', participantId: 'p1', displayName: 'Ole' },
      { type: 'participant.joined', participantId: 'p2', displayName: null },
      { type: 'participant.renamed', participantId: 'p1', displayName: 'Ole K' },
    );
    expect([...state.participants.values()]).toEqual([
      { id: 'p1', displayName: 'Ole K' },
      { id: 'p2', displayName: null },
    ]);
  });

  it('never lets a note’s votes go below zero', () => {
    const state = workshop(
      {},
      { type: 'note.added', note: sampleNote },
      { type: 'vote.retracted', noteId: 'n1', participantId: 'p1' },
    );
    expect(state.notes.get('n1')?.votes).toBe(0);
  });

  it('ignores a merge into a note that is gone, apart from counting the event', () => {
    const before = workshop({}, { type: 'note.added', note: sampleNote });
    const [event] = stored(before, [{ type: 'notes.merged', targetId: 'gone', sourceIds: ['n1'], text: 'x' }]);
    if (!event) throw new Error('no event');
    const after = evolve(before, event);
    expect(after.notes).toEqual(before.notes);
    expect(after.seq).toBe(before.seq + 1);
  });

  it('stops the timer and closes voting when the workshop finishes, and reopens it', () => {
    const finished = workshop(
      {},
      { type: 'voting.opened', stepId: 'preconditions' },
      { type: 'timer.started', endsAt: T0 + 60_000, durationMs: 60_000 },
      { type: 'workshop.finished' },
    );
    expect(finished).toMatchObject({ status: 'finished', votingStepId: null, timer: { endsAt: null, durationMs: 0 } });
    expect(workshop({}, { type: 'workshop.finished' }, { type: 'workshop.reopened' }).status).toBe('open');
  });
});

describe('replay', () => {
  /** Runs a script of commands through decide and returns every stored event, numbered from 1. */
  function script(steps: readonly (readonly [Actor, WorkshopCommand])[]): WorkshopEvent[] {
    let log = stored(emptyWorkshopState(), [
      createdEvent({ privateWriting: true, voteBudget: 2 }),
      { type: 'participant.joined', participantId: 'p1', displayName: 'Ole' },
      { type: 'participant.joined', participantId: 'p2', displayName: 'Mette' },
    ]);
    let state = replay(log);
    steps.forEach(([actor, command], i) => {
      const fresh = stored(state, accepted(state, actor, command, { now: T0 + 1000 * i }).events, T0 + 1000 * i);
      state = fresh.reduce(evolve, state);
      log = [...log, ...fresh];
    });
    return log;
  }

  const p1 = participant('p1');
  const p2 = participant('p2');
  const note = (noteId: string, stepId: string, category: string, kind: Note['kind']) =>
    ({ type: 'note.add', noteId, stepId, category, kind, text: `${kind} ${noteId}` }) as const;
  const events = script([
    [facilitator, { type: 'step.go', stepIndex: STEP.today }],
    [p1, note('t1', 'today', 'realistic', 'today')],
    [p2, note('t2', 'today', 'healthy', 'today')],
    [facilitator, { type: 'notes.reveal', stepId: 'today' }],
    [facilitator, { type: 'step.go', stepIndex: STEP.expectations }],
    [facilitator, { type: 'settings.update', privateWriting: false }],
    [p1, note('e1', 'expectations', 'autonomous', 'better')],
    [p2, note('e2', 'expectations', 'autonomous', 'worse')],
    [p2, { type: 'note.delete', noteId: 'e2' }],
    [facilitator, { type: 'step.go', stepIndex: STEP.preconditions }],
    [facilitator, { type: 'timer.start', seconds: 600 }],
    [p1, note('i1', 'preconditions', 'before', 'idea')],
    [p2, note('i2', 'preconditions', 'before', 'idea')],
    [p2, note('i3', 'preconditions', 'during', 'idea')],
    [facilitator, { type: 'group.save', groupId: 'g1', stepId: 'preconditions', label: 'Oplæring' }],
    [facilitator, { type: 'notes.group', noteIds: ['i1', 'i3'], groupId: 'g1' }],
    [facilitator, { type: 'voting.open', stepId: 'preconditions' }],
    [participant('p1', 0), { type: 'vote.cast', noteId: 'i1' }],
    [participant('p1', 1), { type: 'vote.cast', noteId: 'i2' }],
    [participant('p2', 0), { type: 'vote.cast', noteId: 'i2' }],
    [facilitator, { type: 'notes.merge', targetId: 'i1', sourceIds: ['i2'] }],
    [facilitator, { type: 'step.go', stepIndex: STEP.actions }],
    [p1, { type: 'action.add', actionId: 'a1', what: 'Book kursus', who: 'Ole', due: '2026-02-01', noteIds: ['i1'], traitId: null }],
    [p2, { type: 'action.add', actionId: 'a2', what: 'Spørg IT', who: 'Mette', due: null, noteIds: [], traitId: 'autonomous' }],
    [facilitator, { type: 'action.delete', actionId: 'a2' }],
    [facilitator, { type: 'workshop.finish' }],
    [facilitator, { type: 'action.update', actionId: 'a1', status: 'done' }],
  ]);

  it('numbers the log without gaps', () => {
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  });

  it('rebuilds the whole workshop from its events', () => {
    const state = replay(events);
    expect(state.seq).toBe(events.length);
    expect(state).toMatchObject({ status: 'finished', stepIndex: STEP.actions, votingStepId: null, timer: { endsAt: null } });
    expect([...state.notes.keys()].sort()).toEqual(['e1', 'i1', 'i3', 't1', 't2']);
    expect(state.notes.get('i1')).toMatchObject({ votes: 3, groupId: 'g1', text: 'idea i1 / idea i2' });
    expect([...state.notes.values()].filter((n) => n.hidden)).toEqual([]);
    expect(Object.fromEntries(state.namedVotes.get('i1') ?? [])).toEqual({ p1: 2, p2: 1 });
    expect(state.groups.size).toBe(1);
    expect(state.participants.size).toBe(2);
    expect([...state.actions.values()]).toEqual([expect.objectContaining({ id: 'a1', status: 'done', noteIds: ['i1'] })]);
    expect(state.settings).toMatchObject({ privateWriting: false, voteBudget: 2 });
  });

  it('gives the same state from the same events, and the same state as folding them one by one', () => {
    expect(replay(events)).toEqual(replay(events));
    expect(events.reduce(evolve, emptyWorkshopState())).toEqual(replay(events));
  });

  it('refuses a log with an event missing', () => {
    expect(() => replay([...events.slice(0, 5), ...events.slice(6)])).toThrow(/out of order/);
  });
});
