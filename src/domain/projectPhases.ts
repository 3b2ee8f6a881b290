import type { Localized } from './localized.ts';

/**
 * The four phases of a digitalisation project and the steps within each, in order. Staff can be
 * involved in every one of them; what there is to talk about changes as the project moves.
 */
export const PROJECT_PHASES = [
  {
    id: 'idea',
    label: { da: 'Idé', en: 'Idea' },
    steps: [
      { id: 'need', label: { da: 'Behov eller problem', en: 'Need or problem' } },
      { id: 'idea', label: { da: 'Idé', en: 'Idea' } },
      { id: 'exploration', label: { da: 'Undersøgelse', en: 'Exploration' } },
      { id: 'prototype', label: { da: 'Prototype og afprøvning', en: 'Prototype and trial' } },
    ],
  },
  {
    id: 'assessment',
    label: { da: 'Konsekvensvurdering', en: 'Impact assessment' },
    steps: [
      { id: 'business_case', label: { da: 'Business case', en: 'Business case' } },
      { id: 'benefit_mapping', label: { da: 'Gevinstkortlægning', en: 'Benefit mapping' } },
    ],
  },
  {
    id: 'development',
    label: { da: 'Krav, udvikling og indkøb', en: 'Requirements, development and procurement' },
    steps: [
      { id: 'specification', label: { da: 'Kravspecifikation', en: 'Specification' } },
      { id: 'development', label: { da: 'Udvikling', en: 'Development' } },
      { id: 'procurement', label: { da: 'Indkøb', en: 'Procurement' } },
    ],
  },
  {
    id: 'operation',
    label: { da: 'Implementering og drift', en: 'Implementation and operation' },
    steps: [
      { id: 'implementation', label: { da: 'Implementering', en: 'Implementation' } },
      { id: 'training', label: { da: 'Oplæring', en: 'Training' } },
      { id: 'operation', label: { da: 'Drift', en: 'Operation' } },
    ],
  },
] as const satisfies readonly {
  id: string;
  label: Localized;
  steps: readonly { id: string; label: Localized }[];
}[];

export type ProjectPhase = (typeof PROJECT_PHASES)[number];
export type ProjectPhaseId = ProjectPhase['id'];
export type ProjectStepId = ProjectPhase['steps'][number]['id'];

export const PROJECT_PHASE_IDS = PROJECT_PHASES.map((p) => p.id) as [ProjectPhaseId, ...ProjectPhaseId[]];
export const PROJECT_STEP_IDS = PROJECT_PHASES.flatMap((p) => p.steps.map((s) => s.id)) as [ProjectStepId, ...ProjectStepId[]];

export function findPhase(phaseId: string): ProjectPhase | undefined {
  return PROJECT_PHASES.find((p) => p.id === phaseId);
}

/** A step belongs to exactly one phase; a (phase, step) pair from elsewhere must agree. */
export function isStepOfPhase(phaseId: string, stepId: string): boolean {
  return findPhase(phaseId)?.steps.some((s) => s.id === stepId) ?? false;
}

/** Where a (phase, step) sits on the project's timeline, counting steps from 0. */
export function stepIndex(phaseId: string, stepId: string): number {
  let index = 0;
  for (const phase of PROJECT_PHASES) {
    for (const step of phase.steps) {
      if (phase.id === phaseId && step.id === stepId) return index;
      index += 1;
    }
  }
  return -1;
}

/**
 * The frame of a project: what is settled and what is still open to influence; the benefits it
 * expects, for whom, when and how they will be judged; what freed resources go to; and the harms
 * it may do and how they will be handled. Every field is free text, empty until written.
 */
export const PROJECT_FRAME_FIELDS = [
  'fixed',
  'open',
  'benefits',
  'benefitsFor',
  'benefitsWhen',
  'benefitsJudged',
  'freedResources',
  'harms',
  'harmsHandling',
] as const;
export type ProjectFrameField = (typeof PROJECT_FRAME_FIELDS)[number];
export type ProjectFrame = Readonly<Record<ProjectFrameField, string>>;

export const EMPTY_FRAME: ProjectFrame = Object.fromEntries(PROJECT_FRAME_FIELDS.map((f) => [f, ''])) as ProjectFrame;

export const PROJECT_TITLE_MAX_LENGTH = 120;
export const PROJECT_TEXT_MAX_LENGTH = 4000;
export const PROJECT_TAG_MAX_LENGTH = 80;
export const PROJECT_TAGS_MAX = 30;
