import type { WorkshopEvent } from '../../../domain/workshopEvents.ts';
import type { Action, Group, Note, ReviewItem, WorkshopState } from '../../../domain/workshopState.ts';
import { entryDataToWire } from '../../../domain/registers.ts';
import type { RegisterEntry } from '../../../domain/registerTypes.ts';
import type { ActionView, Change, GroupView, NoteView, ReviewItemView, Snapshot, WorkshopEntryView, WorkshopView } from '../../../protocol/views.ts';

/**
 * Who a payload is built for. Staff (facilitator, projector) and participants share payloads
 * within their audience; a participant's own hidden notes are added per person.
 */
export type Audience = { readonly kind: 'staff' } | { readonly kind: 'participant'; readonly participantId: string };

export const STAFF: Audience = { kind: 'staff' };
/** A participant who wrote nothing hidden: the shared participant payload. */
export const ANY_PARTICIPANT: Audience = { kind: 'participant', participantId: '' };

/** Hidden notes reach only their author (when known): rule R14. */
export function isVisibleTo(note: Note, audience: Audience): boolean {
  if (!note.hidden) return true;
  return audience.kind === 'participant' && note.authorId !== null && note.authorId === audience.participantId;
}

export function presentNote(note: Note, state: WorkshopState): NoteView {
  // R16: a name only when the workshop shows authors and is not anonymous; never an id.
  const showName = state.settings.showAuthors && !state.settings.anonymous && note.authorId !== null;
  return {
    id: note.id,
    stepId: note.stepId,
    category: note.category,
    kind: note.kind,
    text: note.text,
    hidden: note.hidden,
    groupId: note.groupId,
    votes: note.votes,
    createdAt: note.createdAt,
    authorName: showName ? (state.participants.get(note.authorId ?? '')?.displayName ?? null) : null,
  };
}

export function presentGroup(group: Group): GroupView {
  return { id: group.id, stepId: group.stepId, label: group.label };
}

export function presentAction(action: Action): ActionView {
  return { ...action, noteIds: [...action.noteIds] };
}

export function presentReviewItem(item: ReviewItem): ReviewItemView {
  return { ...item, outcome: item.outcome ? { ...item.outcome } : null };
}

/** The review list in the order the meeting goes through it: earliest date first, undated last. */
export function reviewOrder(a: ReviewItem, b: ReviewItem): number {
  return (a.due ?? '9999-99-99').localeCompare(b.due ?? '9999-99-99') || a.what.localeCompare(b.what) || a.id.localeCompare(b.id);
}

export function presentEntry(entry: RegisterEntry): WorkshopEntryView {
  return {
    id: entry.id,
    register: entry.register,
    position: entry.position,
    data: entryDataToWire(entry.data),
    version: entry.version,
  };
}

export function presentWorkshop(state: WorkshopState): WorkshopView {
  const hiddenCounts: Record<string, number> = {};
  for (const note of state.notes.values()) {
    if (note.hidden) hiddenCounts[note.stepId] = (hiddenCounts[note.stepId] ?? 0) + 1;
  }
  return {
    id: state.id,
    title: state.title,
    templateId: state.templateId,
    locale: state.locale,
    options: { ...state.options },
    joinCode: state.joinCode,
    status: state.status,
    stepIndex: state.stepIndex,
    settings: { ...state.settings },
    votingStepId: state.votingStepId,
    timer: { ...state.timer },
    participantCount: state.participants.size,
    paperHeadcounts: Object.fromEntries(state.paperHeadcounts),
    hiddenCounts,
  };
}

export function presentSnapshot(state: WorkshopState, audience: Audience): Snapshot {
  return {
    seq: state.seq,
    workshop: presentWorkshop(state),
    notes: [...state.notes.values()].filter((n) => isVisibleTo(n, audience)).map((n) => presentNote(n, state)),
    groups: [...state.groups.values()].map(presentGroup),
    actions: [...state.actions.values()].map(presentAction),
    entries: [...state.entries.values()].map(presentEntry),
    review: [...state.review.values()].sort(reviewOrder).map(presentReviewItem),
  };
}

/** What a run of events touched, so the changes can be built from the state after them. */
export interface Affected {
  readonly noteIds: ReadonlySet<string>;
  readonly groupIds: ReadonlySet<string>;
  readonly actionIds: ReadonlySet<string>;
  readonly entryIds: ReadonlySet<string>;
  readonly reviewIds: ReadonlySet<string>;
  /** A review list was reloaded: items missing from the state must be removed from every copy. */
  readonly reviewAll: boolean;
  readonly workshop: boolean;
  readonly allNotes: boolean;
}

export function affectedBy(events: readonly WorkshopEvent[]): Affected {
  const noteIds = new Set<string>();
  const groupIds = new Set<string>();
  const actionIds = new Set<string>();
  const entryIds = new Set<string>();
  const reviewIds = new Set<string>();
  let workshop = false;
  let allNotes = false;
  let reviewAll = false;
  for (const { data } of events) {
    switch (data.type) {
      case 'note.added':
        noteIds.add(data.note.id);
        workshop ||= data.note.hidden;
        break;
      case 'note.edited':
      case 'note.deleted':
      case 'vote.cast':
      case 'vote.retracted':
        noteIds.add(data.noteId);
        workshop = true;
        break;
      case 'notes.merged':
        noteIds.add(data.targetId);
        for (const id of data.sourceIds) noteIds.add(id);
        workshop = true;
        break;
      case 'notes.revealed':
      case 'notes.grouped':
        for (const id of data.noteIds) noteIds.add(id);
        workshop = true;
        break;
      case 'group.saved':
        groupIds.add(data.group.id);
        break;
      case 'group.deleted':
        groupIds.add(data.groupId);
        allNotes = true;
        break;
      case 'action.added':
      case 'action.updated':
        actionIds.add(data.action.id);
        break;
      case 'action.deleted':
        actionIds.add(data.actionId);
        break;
      case 'entries.loaded':
        // Rows gone from the project since the last load must go from every copy too.
        for (const id of data.removedIds ?? []) entryIds.add(id);
        for (const entry of data.entries) entryIds.add(entry.id);
        break;
      case 'entry.saved':
        entryIds.add(data.entry.id);
        break;
      case 'review.loaded':
        // Every item the room held may have gone (closed on the project page since).
        reviewAll = true;
        for (const item of data.items) reviewIds.add(item.id);
        break;
      case 'action.reviewed':
        reviewIds.add(data.actionId);
        break;
      case 'entry.removed':
        entryIds.add(data.entryId);
        break;
      case 'settings.changed':
      case 'participant.renamed':
        // Author names may appear or vanish on every note.
        workshop = true;
        allNotes = true;
        break;
      case 'workshop.created':
      case 'participant.joined':
      case 'voting.opened':
      case 'voting.closed':
      case 'step.changed':
      case 'timer.started':
      case 'timer.stopped':
      case 'paper.counted':
      case 'workshop.finished':
      case 'workshop.reopened':
        workshop = true;
        break;
      default: {
        const unreachable: never = data;
        throw new Error(`unhandled event ${JSON.stringify(unreachable)}`);
      }
    }
  }
  return { noteIds, groupIds, actionIds, entryIds, reviewIds, reviewAll, workshop, allNotes };
}

/** The idempotent changes that bring an audience's copy up to the state after the events. */
export function presentChanges(affected: Affected, state: WorkshopState, audience: Audience): Change[] {
  const changes: Change[] = [];
  if (affected.workshop) changes.push({ op: 'workshop', workshop: presentWorkshop(state) });
  for (const id of affected.groupIds) {
    const group = state.groups.get(id);
    changes.push(group ? { op: 'group.upsert', group: presentGroup(group) } : { op: 'group.remove', groupId: id });
  }
  const noteIds = affected.allNotes ? new Set([...state.notes.keys(), ...affected.noteIds]) : affected.noteIds;
  for (const id of noteIds) {
    const note = state.notes.get(id);
    // A note this audience may not see is left out, not removed: a hidden note never becomes
    // hidden again once seen, and its author (who may be unknown, when anonymous) keeps it.
    if (!note) changes.push({ op: 'note.remove', noteId: id });
    else if (isVisibleTo(note, audience)) changes.push({ op: 'note.upsert', note: presentNote(note, state) });
  }
  for (const id of affected.actionIds) {
    const action = state.actions.get(id);
    changes.push(action ? { op: 'action.upsert', action: presentAction(action) } : { op: 'action.remove', actionId: id });
  }
  for (const id of affected.entryIds) {
    const entry = state.entries.get(id);
    changes.push(entry ? { op: 'entry.upsert', entry: presentEntry(entry) } : { op: 'entry.remove', entryId: id });
  }
  for (const id of affected.reviewIds) {
    const item = state.review.get(id);
    if (item) changes.push({ op: 'review.upsert', item: presentReviewItem(item) });
  }
  if (affected.reviewAll) changes.push({ op: 'review.reset', actionIds: [...state.review.keys()] });
  return changes;
}

/**
 * The participants who need more than the shared payload: authors of hidden notes these events
 * touched. Found once per broadcast, so each connection costs a set lookup, not a scan.
 */
export function authorsOfHiddenChanges(affected: Affected, state: WorkshopState): ReadonlySet<string> {
  const authors = new Set<string>();
  const ids = affected.allNotes ? state.notes.keys() : affected.noteIds.values();
  for (const id of ids) {
    const note = state.notes.get(id);
    if (note?.hidden && note.authorId !== null) authors.add(note.authorId);
  }
  return authors;
}
