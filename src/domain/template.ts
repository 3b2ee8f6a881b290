import type { CategorySetId } from './categories.ts';
import type { Localized } from './localized.ts';
import type { NoteKindId } from './noteKinds.ts';
import type { RegisterId } from './registerTypes.ts';

/**
 * What a step does. The engine knows these kinds and nothing about any particular template:
 * - info: read together (e.g. the six traits); no input.
 * - notes: notes on categories, of the kinds the step allows.
 * - brainstorm: like notes, and the facilitator may open dot voting and group notes.
 * - select: no notes of its own; shows notes of an earlier step (its `source`) so the group can
 *   vote on them and pick what to take further.
 * - register: the group fills in one of the project's registers together (its `register`).
 * - comparison: shows the project's before/after comparison; no input.
 * - actions: who does what by when.
 * - review: goes through the project's open actions from earlier workshops: done, still open with
 *   a new date, or dropped with a reason.
 */
export const STEP_KINDS = ['info', 'notes', 'brainstorm', 'select', 'register', 'comparison', 'actions', 'review'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Content an info step shows; named so the web app can render it richly. */
export const INFO_CONTENTS = ['rasmus', 'phases', 'taskMoves', 'roles'] as const;
export type InfoContent = (typeof INFO_CONTENTS)[number];

/** Notes of an earlier step that a select step shows, narrowed to some kinds. */
export interface NoteSource {
  readonly stepId: string;
  readonly kinds: readonly NoteKindId[];
}

export interface StepDefinition {
  readonly id: string;
  readonly kind: StepKind;
  readonly title: Localized;
  /** The question put to everyone in this step. */
  readonly prompt: Localized;
  /** A hint for the facilitator: how to run the step. */
  readonly facilitatorHint: Localized;
  readonly categorySet: CategorySetId | null;
  readonly noteKinds: readonly NoteKindId[];
  readonly voting: boolean;
  readonly info: InfoContent | null;
  readonly suggestedMinutes: number;
  /** select steps only: whose notes are shown and voted on. */
  readonly source?: NoteSource;
  /** register steps only: which project register is filled in. */
  readonly register?: RegisterId;
}

/** Which side of the before/after comparison a template's step feeds, and with which step. */
export interface ComparisonSide {
  readonly side: 'expected' | 'experienced';
  /** The step whose positive and negative notes on the traits are counted. */
  readonly stepId: string;
}

export interface TemplateDefinition {
  readonly id: string;
  readonly name: Localized;
  readonly description: Localized;
  /** Who the template is for and when to use it, shown when choosing one. */
  readonly audience: Localized;
  /** True when the workshop asks, when it is created, which project phase it is about. */
  readonly asksForPhase: boolean;
  readonly comparison: ComparisonSide | null;
  readonly steps: readonly StepDefinition[];
}
