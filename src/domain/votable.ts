import type { StepDefinition, TemplateDefinition } from './template.ts';
import type { Note } from './workshopState.ts';

/**
 * Whether a note can be voted on while voting is open in this step: a step's own notes, or, for a
 * select step, the notes of its source step of the source kinds.
 */
export function isVotableIn(template: TemplateDefinition, stepId: string, note: Pick<Note, 'stepId' | 'kind'>): boolean {
  const step = template.steps.find((s) => s.id === stepId);
  return step !== undefined && isVotableInStep(step, note);
}

/** The same, for a step already in hand. */
export function isVotableInStep(step: StepDefinition, note: Pick<Note, 'stepId' | 'kind'>): boolean {
  if (step.source) return note.stepId === step.source.stepId && step.source.kinds.includes(note.kind);
  return note.stepId === step.id;
}

/** The step in which dots on this note were spent: where it can be voted on, first in the template. */
export function votingStepOf(template: TemplateDefinition, note: Pick<Note, 'stepId' | 'kind'>): string {
  return template.steps.find((s) => s.voting && isVotableInStep(s, note))?.id ?? note.stepId;
}
