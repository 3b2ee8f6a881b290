import type { CategorySetId } from './categories.ts';
import type { Localized } from './localized.ts';
import type { NoteKindId } from './noteKinds.ts';

/**
 * What a step does. The engine knows these kinds and nothing about any particular template:
 * - info: read together (e.g. the six traits); no input.
 * - notes: notes on categories, of the kinds the step allows.
 * - brainstorm: like notes, and the facilitator may open dot voting and group notes.
 * - actions: who does what by when.
 */
export const STEP_KINDS = ['info', 'notes', 'brainstorm', 'actions'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Content an info step shows; named so the web app can render it richly. */
export type InfoContent = 'rasmus';

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
}

export interface TemplateDefinition {
  readonly id: string;
  readonly name: Localized;
  readonly description: Localized;
  readonly steps: readonly StepDefinition[];
}
