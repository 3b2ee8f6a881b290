import { describe, expect, it } from 'vitest';
import { categoriesOf } from '../categories.ts';
import { PHASE_QUESTIONS } from '../method/phaseQuestions.ts';
import { itKeepsTheTemplateContract } from '../testing/templateContract.ts';
import { FOUR_PHASES } from './fourPhases.ts';

const [opening, ...steps] = FOUR_PHASES.steps;

describe('FOUR_PHASES', () => {
  itKeepsTheTemplateContract(FOUR_PHASES);

  it('opens with a review of the project’s open actions', () => {
    expect(opening).toMatchObject({ kind: 'review', categorySet: null, noteKinds: [] });
  });

  it('has four steps in order: phases, questions, actions, roles', () => {
    expect(steps.map((s) => [s.id, s.kind])).toEqual([
      ['phases', 'info'],
      ['questions', 'notes'],
      ['actions', 'actions'],
      ['roles', 'register'],
    ]);
  });

  it('shows the phases, then collects answers on the phase’s questions', () => {
    expect(steps[0]).toMatchObject({ info: 'phases' });
    expect(steps[1]).toMatchObject({ categorySet: 'phaseQuestions', noteKinds: ['answer'] });
  });

  it('asks for a phase and narrows the questions to it', () => {
    expect(FOUR_PHASES.asksForPhase).toBe(true);
    expect(categoriesOf('phaseQuestions', { phase: 'assessment' }).map((c) => c.id)).toEqual(PHASE_QUESTIONS.assessment.map((q) => q.id));
  });

  it('ends in the roles plan and feeds no comparison', () => {
    expect(steps[3]).toMatchObject({ register: 'rolesPlan' });
    expect(FOUR_PHASES.comparison).toBeNull();
  });
});
