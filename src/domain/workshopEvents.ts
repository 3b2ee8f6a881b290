import type { Locale } from './localized.ts';
import type { RegisterEntry, RegisterId } from './registerTypes.ts';
import type { WorkshopOptions } from './workshopOptions.ts';
import type { Action, Group, Note, ReviewDecision, ReviewItem, WorkshopSettings } from './workshopState.ts';

/** What happened in a workshop. Anonymous notes and votes carry no author: not here, not anywhere. */
export type WorkshopEventData =
  | {
      type: 'workshop.created';
      workshopId: string;
      title: string;
      templateId: string;
      locale: Locale;
      joinCode: string;
      settings: WorkshopSettings;
      /** Absent in workshops created before options existed: read as the defaults. */
      options?: WorkshopOptions;
    }
  | { type: 'participant.joined'; participantId: string; displayName: string | null }
  | { type: 'participant.renamed'; participantId: string; displayName: string | null }
  | { type: 'note.added'; note: Note }
  | { type: 'note.edited'; noteId: string; text: string; category: string; kind: Note['kind'] }
  | { type: 'note.deleted'; noteId: string }
  | { type: 'notes.merged'; targetId: string; sourceIds: string[]; text: string }
  | { type: 'notes.revealed'; stepId: string; noteIds: string[] }
  | { type: 'group.saved'; group: Group }
  | { type: 'group.deleted'; groupId: string }
  | { type: 'notes.grouped'; noteIds: string[]; groupId: string | null }
  | { type: 'vote.cast'; noteId: string; participantId: string | null }
  | { type: 'vote.retracted'; noteId: string; participantId: string }
  | { type: 'voting.opened'; stepId: string }
  | { type: 'voting.closed' }
  | { type: 'step.changed'; stepIndex: number }
  | { type: 'timer.started'; endsAt: number; durationMs: number }
  | { type: 'timer.stopped' }
  | { type: 'paper.counted'; stepId: string; count: number }
  | { type: 'settings.changed'; settings: WorkshopSettings }
  | { type: 'action.added'; action: Action }
  | { type: 'action.updated'; action: Action }
  | { type: 'action.deleted'; actionId: string }
  /** The project's open actions from earlier workshops, as they stand now, for a review step. */
  | { type: 'review.loaded'; items: ReviewItem[] }
  | { type: 'action.reviewed'; actionId: string; decision: ReviewDecision }
  /** removedIds: rows this workshop held that the project no longer has. */
  | { type: 'entries.loaded'; register: RegisterId; entries: RegisterEntry[]; removedIds?: string[] }
  | { type: 'entry.saved'; entry: RegisterEntry }
  | { type: 'entry.removed'; entryId: string; register: RegisterId }
  | { type: 'workshop.finished' }
  | { type: 'workshop.reopened' };

export type WorkshopEventType = WorkshopEventData['type'];

/** An event as stored: numbered within its workshop, stamped with server time. */
export interface WorkshopEvent {
  readonly seq: number;
  readonly at: number;
  readonly data: WorkshopEventData;
}
