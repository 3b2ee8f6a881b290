import type { Localized } from '../../../domain/localized.ts';
import { PROJECT_PHASES, stepIndex } from '../../../domain/projectPhases.ts';

/** Where a phase or step stands against the project's current step. */
export type TimelineState = 'done' | 'current' | 'ahead';

export interface TimelineStep {
  readonly id: string;
  readonly label: Localized;
  readonly state: TimelineState;
}

export interface TimelinePhase {
  readonly id: string;
  readonly label: Localized;
  /** 1-based, for "Phase 2 of 4". */
  readonly number: number;
  readonly state: TimelineState;
  readonly steps: readonly TimelineStep[];
}

/**
 * All four phases with their steps in order, each marked done, current or ahead of the project's
 * (phase, step). A pair that does not exist marks everything as ahead rather than guessing.
 */
export function projectTimeline(phaseId: string, stepId: string): TimelinePhase[] {
  const current = stepIndex(phaseId, stepId);
  let index = 0;
  return PROJECT_PHASES.map((phase, phaseIndex) => {
    const steps = phase.steps.map((step): TimelineStep => {
      const at = index;
      index += 1;
      const state: TimelineState = current < 0 || at > current ? 'ahead' : at === current ? 'current' : 'done';
      return { id: step.id, label: step.label, state };
    });
    const state: TimelineState = steps.some((s) => s.state === 'current')
      ? 'current'
      : steps.every((s) => s.state === 'done')
        ? 'done'
        : 'ahead';
    return { id: phase.id, label: phase.label, number: phaseIndex + 1, state, steps };
  });
}

/** The labels of a (phase, step) pair, for text such as "Impact assessment: Business case". */
export function phaseStepLabels(phaseId: string, stepId: string): { phase: Localized; step: Localized; number: number } | null {
  const phaseIndex = PROJECT_PHASES.findIndex((p) => p.id === phaseId);
  const phase = PROJECT_PHASES[phaseIndex];
  const step = phase?.steps.find((s) => s.id === stepId);
  if (!phase || !step) return null;
  return { phase: phase.label, step: step.label, number: phaseIndex + 1 };
}
