import type { RegisterEntry } from './registerTypes.ts';
import type { WorkshopEvent, WorkshopEventData } from './workshopEvents.ts';
import { DEFAULT_WORKSHOP_OPTIONS } from './workshopOptions.ts';
import { DEFAULT_VOTE_BUDGET, type Action, type Note, type ReviewItem, type WorkshopState } from './workshopState.ts';

/**
 * Actions recorded before actions had a scope were the group's own, and those recorded before the
 * written action plan have no problem or follow-up written down.
 */
function withActionDefaults(action: Action): Action {
  return {
    ...action,
    scope: action.scope ?? 'ours',
    upwardTo: action.upwardTo ?? null,
    problem: action.problem ?? '',
    followUp: action.followUp ?? '',
  };
}

/**
 * The project's open actions as they stand now replace the review list, but an action this
 * workshop has already decided about stays on it with its decision, even once it is closed.
 */
function withReviewLoaded(state: WorkshopState, items: readonly ReviewItem[]): WorkshopState {
  const review = new Map<string, ReviewItem>();
  for (const [id, item] of state.review) if (item.outcome) review.set(id, item);
  for (const item of items) review.set(item.id, { ...item, outcome: state.review.get(item.id)?.outcome ?? null });
  return { ...state, review };
}

function withEntries(state: WorkshopState, change: (entries: Map<string, RegisterEntry>) => void): WorkshopState {
  const entries = new Map(state.entries);
  change(entries);
  return { ...state, entries };
}

function withNote(state: WorkshopState, note: Note): WorkshopState {
  const notes = new Map(state.notes);
  notes.set(note.id, note);
  return { ...state, notes };
}

function updateNotes(state: WorkshopState, ids: readonly string[], change: (n: Note) => Note): WorkshopState {
  const notes = new Map(state.notes);
  for (const id of ids) {
    const note = notes.get(id);
    if (note) notes.set(id, change(note));
  }
  return { ...state, notes };
}

function changeNamedVotes(state: WorkshopState, noteId: string, participantId: string, delta: number): WorkshopState {
  const namedVotes = new Map(state.namedVotes);
  const perNote = new Map(namedVotes.get(noteId));
  const next = (perNote.get(participantId) ?? 0) + delta;
  if (next > 0) perNote.set(participantId, next);
  else perNote.delete(participantId);
  namedVotes.set(noteId, perNote);
  return { ...state, namedVotes };
}

/** The state before anything happened; workshop.created fills it in. */
export function emptyWorkshopState(): WorkshopState {
  return {
    id: '',
    title: '',
    templateId: '',
    locale: 'da',
    options: DEFAULT_WORKSHOP_OPTIONS,
    joinCode: '',
    createdAt: 0,
    seq: 0,
    status: 'open',
    stepIndex: 0,
    settings: { anonymous: false, privateWriting: false, showAuthors: false, voteBudget: DEFAULT_VOTE_BUDGET },
    votingStepId: null,
    timer: { endsAt: null, durationMs: 0 },
    notes: new Map(),
    groups: new Map(),
    actions: new Map(),
    participants: new Map(),
    namedVotes: new Map(),
    entries: new Map(),
    review: new Map(),
    paperHeadcounts: new Map(),
  };
}

function apply(state: WorkshopState, data: WorkshopEventData, at: number): WorkshopState {
  switch (data.type) {
    case 'workshop.created':
      return {
        ...state,
        id: data.workshopId,
        title: data.title,
        templateId: data.templateId,
        locale: data.locale,
        options: data.options ?? DEFAULT_WORKSHOP_OPTIONS,
        joinCode: data.joinCode,
        settings: data.settings,
        createdAt: at,
      };
    case 'participant.joined':
    case 'participant.renamed': {
      const participants = new Map(state.participants);
      participants.set(data.participantId, { id: data.participantId, displayName: data.displayName });
      return { ...state, participants };
    }
    case 'note.added':
      return withNote(state, data.note);
    case 'note.edited':
      return updateNotes(state, [data.noteId], (n) => ({ ...n, text: data.text, category: data.category, kind: data.kind }));
    case 'note.deleted': {
      const notes = new Map(state.notes);
      notes.delete(data.noteId);
      // Named votes on a gone note would still show up as the voter's own votes.
      const namedVotes = new Map(state.namedVotes);
      namedVotes.delete(data.noteId);
      return { ...state, notes, namedVotes };
    }
    case 'notes.merged': {
      const notes = new Map(state.notes);
      const target = notes.get(data.targetId);
      if (!target) return state;
      let votes = target.votes;
      const namedVotes = new Map(state.namedVotes);
      const targetVotes = new Map(namedVotes.get(target.id));
      for (const id of data.sourceIds) {
        votes += notes.get(id)?.votes ?? 0;
        notes.delete(id);
        for (const [voter, count] of namedVotes.get(id) ?? []) {
          targetVotes.set(voter, (targetVotes.get(voter) ?? 0) + count);
        }
        namedVotes.delete(id);
      }
      namedVotes.set(target.id, targetVotes);
      notes.set(target.id, { ...target, text: data.text, votes });
      return { ...state, notes, namedVotes };
    }
    case 'notes.revealed':
      return updateNotes(state, data.noteIds, (n) => ({ ...n, hidden: false }));
    case 'group.saved': {
      const groups = new Map(state.groups);
      groups.set(data.group.id, data.group);
      return { ...state, groups };
    }
    case 'group.deleted': {
      const groups = new Map(state.groups);
      groups.delete(data.groupId);
      const ids = [...state.notes.values()].filter((n) => n.groupId === data.groupId).map((n) => n.id);
      return updateNotes({ ...state, groups }, ids, (n) => ({ ...n, groupId: null }));
    }
    case 'notes.grouped':
      return updateNotes(state, data.noteIds, (n) => ({ ...n, groupId: data.groupId }));
    case 'vote.cast': {
      const next = updateNotes(state, [data.noteId], (n) => ({ ...n, votes: n.votes + 1 }));
      return data.participantId === null ? next : changeNamedVotes(next, data.noteId, data.participantId, 1);
    }
    case 'vote.retracted': {
      const next = updateNotes(state, [data.noteId], (n) => ({ ...n, votes: Math.max(0, n.votes - 1) }));
      return changeNamedVotes(next, data.noteId, data.participantId, -1);
    }
    case 'voting.opened':
      return { ...state, votingStepId: data.stepId };
    case 'voting.closed':
      return { ...state, votingStepId: null };
    case 'step.changed':
      return { ...state, stepIndex: data.stepIndex };
    case 'timer.started':
      return { ...state, timer: { endsAt: data.endsAt, durationMs: data.durationMs } };
    case 'paper.counted': {
      const paperHeadcounts = new Map(state.paperHeadcounts);
      paperHeadcounts.set(data.stepId, data.count);
      return { ...state, paperHeadcounts };
    }
    case 'timer.stopped':
      return { ...state, timer: { endsAt: null, durationMs: 0 } };
    case 'settings.changed':
      return { ...state, settings: data.settings };
    case 'action.added':
    case 'action.updated': {
      const actions = new Map(state.actions);
      actions.set(data.action.id, withActionDefaults(data.action));
      return { ...state, actions };
    }
    case 'action.deleted': {
      const actions = new Map(state.actions);
      actions.delete(data.actionId);
      return { ...state, actions };
    }
    case 'review.loaded':
      return withReviewLoaded(state, data.items);
    case 'action.reviewed': {
      const item = state.review.get(data.actionId);
      if (!item) return state;
      const review = new Map(state.review);
      review.set(item.id, { ...item, outcome: data.decision });
      return { ...state, review };
    }
    case 'entries.loaded':
      // The project's register as it stands now replaces this workshop's copy of it.
      return withEntries(state, (entries) => {
        for (const [id, entry] of entries) if (entry.register === data.register) entries.delete(id);
        for (const entry of data.entries) entries.set(entry.id, entry);
      });
    case 'entry.saved':
      return withEntries(state, (entries) => entries.set(data.entry.id, data.entry));
    case 'entry.removed':
      return withEntries(state, (entries) => entries.delete(data.entryId));
    case 'workshop.finished':
      return { ...state, status: 'finished', votingStepId: null, timer: { endsAt: null, durationMs: 0 } };
    case 'workshop.reopened':
      return { ...state, status: 'open' };
    default: {
      const unreachable: never = data;
      throw new Error(`unhandled event ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Folds one stored event into the state. Events must arrive in seq order, each exactly once. */
export function evolve(state: WorkshopState, event: WorkshopEvent): WorkshopState {
  if (event.seq !== state.seq + 1) {
    throw new Error(`event ${event.seq} out of order after ${state.seq}`);
  }
  return { ...apply(state, event.data, event.at), seq: event.seq };
}

/** Rebuilds a workshop from its whole history. */
export function replay(events: readonly WorkshopEvent[]): WorkshopState {
  return events.reduce(evolve, emptyWorkshopState());
}
