import type { Localized } from './localized.ts';
import { PHASE_QUESTIONS } from './method/phaseQuestions.ts';
import { TASK_MOVES } from './method/taskMoves.ts';
import { PROJECT_PHASE_IDS, type ProjectPhaseId } from './projectPhases.ts';
import { TRAIT_IDS } from './rasmus.ts';
import { RASMUS_TRAITS } from './rasmusTraits.ts';
import { DEFAULT_WORKSHOP_OPTIONS, type WorkshopOptions } from './workshopOptions.ts';

/** Where in a digitalisation a precondition belongs. */
export const TIMING_IDS = ['before', 'during', 'after'] as const;
export type TimingId = (typeof TIMING_IDS)[number];

/**
 * The sets of categories a step can place its notes on. Category ids are unique across all sets,
 * so a note's category can be named without knowing which step it came from.
 */
export const CATEGORY_SET_IDS = ['traits', 'timing', 'phaseQuestions', 'taskMoves', 'burdens', 'burdened', 'scope'] as const;
export type CategorySetId = (typeof CATEGORY_SET_IDS)[number];

export interface Category {
  readonly id: string;
  readonly label: Localized;
}

const TIMING_LABELS: Readonly<Record<TimingId, Localized>> = {
  before: { da: 'Før', en: 'Before' },
  during: { da: 'Under', en: 'During' },
  after: { da: 'Efter', en: 'After' },
};
const TIMING: readonly Category[] = TIMING_IDS.map((id) => ({ id, label: TIMING_LABELS[id] }));

/** How technology moved a task: two things that happen to tasks, the three ways they move, and the work no one sees. */
const TASK_MOVE_CATEGORIES: readonly Category[] = [
  { id: 'centralisation', label: { da: 'Centralisering', en: 'Centralisation' } },
  { id: 'standardisation', label: { da: 'Standardisering', en: 'Standardisation' } },
  ...TASK_MOVES.map((move) => ({ id: move.id, label: move.name })),
  { id: 'invisible-work', label: { da: 'Usynligt arbejde', en: 'Invisible work' } },
];

const BURDENS: readonly Category[] = [
  { id: 'pressure', label: { da: 'Mere arbejdspres', en: 'More work pressure' } },
  { id: 'judgement', label: { da: 'Mindre plads til fagligt skøn', en: 'Less room for professional judgement' } },
  { id: 'flexibility', label: { da: 'Mindre fleksibilitet', en: 'Less flexibility' } },
  { id: 'hidden-work', label: { da: 'Mere usynligt arbejde', en: 'More invisible work' } },
  { id: 'other-burden', label: { da: 'Andet', en: 'Other' } },
];

const BURDENED: readonly Category[] = [
  { id: 'staff-groups', label: { da: 'Bestemte faggrupper', en: 'Particular staff groups' } },
  { id: 'individuals', label: { da: 'Enkelte medarbejdere', en: 'Individual employees' } },
  { id: 'citizens-customers', label: { da: 'Borgere eller kunder', en: 'Citizens or customers' } },
];

const SCOPE: readonly Category[] = [
  { id: 'ours', label: { da: 'Det gør vi selv', en: 'We do it ourselves' } },
  { id: 'upward', label: { da: 'Det sender vi videre op', en: 'We send it upward' } },
];

// Built once: the engine asks for a step's categories on every note it decides.
const TRAITS: readonly Category[] = TRAIT_IDS.map((id) => {
  const trait = RASMUS_TRAITS.find((t) => t.id === id);
  if (!trait) throw new Error(`RASMUS trait ${id} has no text`);
  return { id, label: trait.name };
});

const questionsOf = (phases: readonly ProjectPhaseId[]): readonly Category[] =>
  phases.flatMap((phase) => PHASE_QUESTIONS[phase].map((q) => ({ id: q.id, label: q.text })));
const ALL_PHASE_QUESTIONS = questionsOf(PROJECT_PHASE_IDS);
const PHASE_QUESTIONS_BY_PHASE = new Map(PROJECT_PHASE_IDS.map((phase) => [phase, questionsOf([phase])]));

/** The questions of the workshop's phase, or of all four phases in order when it names none. */
function phaseQuestionCategories(options: WorkshopOptions): readonly Category[] {
  return (options.phase ? PHASE_QUESTIONS_BY_PHASE.get(options.phase) : undefined) ?? ALL_PHASE_QUESTIONS;
}

/** The categories of a set, in display order, as the workshop's options shape them. */
export function categoriesOf(set: CategorySetId, options: WorkshopOptions = DEFAULT_WORKSHOP_OPTIONS): readonly Category[] {
  switch (set) {
    case 'traits':
      return TRAITS;
    case 'timing':
      return TIMING;
    case 'phaseQuestions':
      return phaseQuestionCategories(options);
    case 'taskMoves':
      return TASK_MOVE_CATEGORIES;
    case 'burdens':
      return BURDENS;
    case 'burdened':
      return BURDENED;
    case 'scope':
      return SCOPE;
    default: {
      const unreachable: never = set;
      throw new Error(`unknown category set ${String(unreachable)}`);
    }
  }
}
