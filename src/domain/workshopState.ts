import type { ReviewOutcome } from './actionPlan.ts';
import type { Locale } from './localized.ts';
import type { NoteKindId } from './noteKinds.ts';
import type { RegisterEntry } from './registerTypes.ts';
import type { WorkshopOptions } from './workshopOptions.ts';

export const NOTE_MAX_LENGTH = 280;
export const ACTION_TEXT_MAX_LENGTH = 500;
export const DISPLAY_NAME_MAX_LENGTH = 40;
export const DEFAULT_VOTE_BUDGET = 3;
export const MAX_VOTE_BUDGET = 20;
export const MAX_TIMER_SECONDS = 4 * 60 * 60;
/** How many people can have written on paper in one step: a large staff meeting, not more. */
export const MAX_PAPER_HEADCOUNT = 500;

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Whether the group does an action itself or sends it upward, and if so to whom. */
export const ACTION_SCOPES = ['ours', 'upward'] as const;
export type ActionScope = (typeof ACTION_SCOPES)[number];
export const UPWARD_TARGETS = ['committee', 'management'] as const;
export type UpwardTarget = (typeof UPWARD_TARGETS)[number];

export interface WorkshopSettings {
  /** Once true, never false again: a workshop only moves toward more anonymity. */
  readonly anonymous: boolean;
  /** New notes are hidden from everyone but their author until the facilitator reveals them. */
  readonly privateWriting: boolean;
  readonly showAuthors: boolean;
  readonly voteBudget: number;
}

export interface Note {
  readonly id: string;
  readonly stepId: string;
  readonly category: string;
  readonly kind: NoteKindId;
  readonly text: string;
  /** The participant who wrote it; null when anonymous or typed by the facilitator. */
  readonly authorId: string | null;
  readonly hidden: boolean;
  readonly groupId: string | null;
  readonly votes: number;
  readonly createdAt: number;
}

export interface Group {
  readonly id: string;
  readonly stepId: string;
  readonly label: string;
}

export interface Action {
  readonly id: string;
  /** The solution: what is done. */
  readonly what: string;
  /** The problem it answers, for the written action plan; empty when not written down. */
  readonly problem: string;
  readonly who: string;
  /** A calendar date, YYYY-MM-DD, or null when not yet set. */
  readonly due: string | null;
  readonly status: ActionStatus;
  readonly noteIds: readonly string[];
  readonly traitId: string | null;
  readonly scope: ActionScope;
  /** Set when the scope is upward: the cooperation committee or management. */
  readonly upwardTo: UpwardTarget | null;
  /** How and when the action is followed up; empty when not written down. */
  readonly followUp: string;
  readonly createdAt: number;
}

/**
 * An open action of the project, decided in an earlier workshop, as a review step shows it, and
 * what this workshop decided about it (null until it has).
 */
export interface ReviewItem {
  readonly id: string;
  readonly what: string;
  readonly problem: string;
  readonly who: string;
  readonly due: string | null;
  readonly status: ActionStatus;
  readonly scope: ActionScope;
  readonly upwardTo: UpwardTarget | null;
  /** The title of the workshop that decided it; null when it was written on the project page. */
  readonly decidedIn: string | null;
  readonly outcome: ReviewDecision | null;
}

export interface ReviewDecision {
  readonly outcome: ReviewOutcome;
  readonly status: ActionStatus;
  readonly due: string | null;
  readonly comment: string;
}

export interface Participant {
  readonly id: string;
  readonly displayName: string | null;
}

export interface Timer {
  /** Server time in ms when the timer runs out; null when no timer runs. */
  readonly endsAt: number | null;
  readonly durationMs: number;
}

export type WorkshopStatus = 'open' | 'finished';

/** Everything a workshop holds, rebuilt by folding its events in order. */
export interface WorkshopState {
  readonly id: string;
  readonly title: string;
  readonly templateId: string;
  readonly locale: Locale;
  readonly options: WorkshopOptions;
  readonly joinCode: string;
  readonly createdAt: number;
  readonly seq: number;
  readonly status: WorkshopStatus;
  readonly stepIndex: number;
  readonly settings: WorkshopSettings;
  /** The step whose notes can be voted on now, or null when voting is closed. */
  readonly votingStepId: string | null;
  readonly timer: Timer;
  readonly notes: ReadonlyMap<string, Note>;
  readonly groups: ReadonlyMap<string, Group>;
  readonly actions: ReadonlyMap<string, Action>;
  readonly participants: ReadonlyMap<string, Participant>;
  /**
   * Rows of the project's registers that this workshop's register steps fill in: loaded from the
   * project when the workshop starts or enters such a step, and changed by the group live.
   */
  readonly entries: ReadonlyMap<string, RegisterEntry>;
  /**
   * The project's open actions from earlier workshops that a review step goes through: loaded when
   * the workshop starts and whenever a review step comes on screen.
   */
  readonly review: ReadonlyMap<string, ReviewItem>;
  /**
   * Per step, how many people wrote on paper (post-its on the wall) whose notes the facilitator
   * typed in for the room: contributors the server cannot see, counted for the comparison.
   */
  readonly paperHeadcounts: ReadonlyMap<string, number>;
  /** Named votes only: who put how many dots on which note, so a vote can be taken back. */
  readonly namedVotes: ReadonlyMap<string, ReadonlyMap<string, number>>;
}
