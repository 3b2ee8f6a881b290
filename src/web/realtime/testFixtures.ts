import type { NoteView, Snapshot, WorkshopView } from '../../protocol/views.ts';

/** Small builders for realtime tests. */
export function workshopView(overrides: Partial<WorkshopView> = {}): WorkshopView {
  return {
    id: 'w1',
    title: 'Nyt rejseafregningssystem',
    templateId: 'compass-before',
    locale: 'da',
    joinCode: 'K7M4QX',
    status: 'open',
    stepIndex: 1,
    settings: { anonymous: false, privateWriting: false, showAuthors: false, voteBudget: 3 },
    votingStepId: null,
    timer: { endsAt: null, durationMs: 0 },
    participantCount: 2,
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

export function snapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return { seq: 5, workshop: workshopView(), notes: [noteView()], groups: [], actions: [], ...overrides };
}

export const ME = { role: 'participant', participantId: 'p1', displayName: null, votesUsed: 0, myVotes: {} } as const;
