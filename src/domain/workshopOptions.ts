import type { ProjectPhaseId } from './projectPhases.ts';

/** Choices made when a workshop is created that shape what its steps offer. */
export interface WorkshopOptions {
  /** The project phase a phase dialogue is about; null for all four. */
  readonly phase: ProjectPhaseId | null;
}

export const DEFAULT_WORKSHOP_OPTIONS: WorkshopOptions = { phase: null };
