import type { ActionView, NoteView, Snapshot, WorkshopEntryView, WorkshopView } from '../../protocol/views.ts';
import { boardFromSnapshot } from './boardState.ts';
import type { ClientState } from './clientState.ts';
import { NO_NOTES } from './myNotes.ts';

/** Small builders for realtime tests. */
export function workshopView(overrides: Partial<WorkshopView> = {}): WorkshopView {
  return {
    id: 'w1',
    title: 'Nyt rejseafregningssystem',
    templateId: 'compass-before',
    locale: 'da',
    options: { phase: null },
    joinCode: 'K7M4QX',
    status: 'open',
    stepIndex: 1,
    settings: { anonymous: false, privateWriting: false, showAuthors: false, voteBudget: 3 },
    votingStepId: null,
    timer: { endsAt: null, durationMs: 0 },
    participantCount: 2,
    paperHeadcounts: {},
    hiddenCounts: {},
    ...overrides,
  };
}

export function noteView(overrides: Partial<NoteView> = {}): NoteView {
  return {
    id: 'n1',
    stepId: 'today',
    category: 'realistic',
    kind: 'today',
    text: 'For mange systemer',
    hidden: false,
    groupId: null,
    votes: 0,
    createdAt: 1000,
    authorName: null,
    ...overrides,
  };
}

export function actionView(overrides: Partial<ActionView> = {}): ActionView {
  return {
    id: 'a1',
    what: 'Oplæring i hold',
    problem: '',
    who: 'MED-udvalget',
    due: null,
    status: 'open',
    noteIds: [],
    traitId: null,
    scope: 'ours',
    upwardTo: null,
    followUp: '',
    createdAt: 1000,
    ...overrides,
  };
}

export function entryView(overrides: Partial<WorkshopEntryView> = {}): WorkshopEntryView {
  return { id: 'e1', register: 'taskShifts', position: 0, data: { task: 'Rejseafregning' }, version: 1, ...overrides };
}

export function snapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return { seq: 5, workshop: workshopView(), notes: [noteView()], groups: [], actions: [], entries: [], review: [], ...overrides };
}

export const ME = { role: 'participant', participantId: 'p1', displayName: null, votesUsed: 0, myVotes: {} } as const;

/** A connected client's state over the default snapshot; tests override what they look at. */
export function clientState(overrides: Partial<ClientState> = {}): ClientState {
  return {
    board: boardFromSnapshot(snapshot(), ME),
    status: 'online',
    failure: null,
    hasDropped: false,
    outbox: [],
    myNotes: NO_NOTES,
    rejected: [],
    notices: [],
    clockOffset: 0,
    ...overrides,
  };
}
