import { describe, expect, it } from 'vitest';
import { itKeepsTheTemplateContract } from '../testing/templateContract.ts';
import { COMPASS_BEFORE } from './compassBefore.ts';

const [opening, ...steps] = COMPASS_BEFORE.steps;

describe('COMPASS_BEFORE', () => {
  itKeepsTheTemplateContract(COMPASS_BEFORE);

  it('opens with a review of the project’s open actions', () => {
    expect(opening).toMatchObject({ kind: 'review', categorySet: null, noteKinds: [] });
  });

  it('has five steps in order: info, notes, notes, brainstorm, actions', () => {
    expect(steps.map((s) => s.kind)).toEqual(['info', 'notes', 'notes', 'brainstorm', 'actions']);
  });

  it('starts by reading the RASMUS traits together', () => {
    expect(steps[0]).toMatchObject({ info: 'rasmus', categorySet: null, noteKinds: [], voting: false });
  });

  it('collects how it is today on the traits', () => {
    expect(steps[1]).toMatchObject({ categorySet: 'traits', noteKinds: ['today'], voting: false });
  });

  it('collects what gets better or worse on the traits', () => {
    expect(steps[2]).toMatchObject({ categorySet: 'traits', noteKinds: ['better', 'worse'], voting: false });
  });

  it('brainstorms preconditions on timing, with dot voting', () => {
    expect(steps[3]).toMatchObject({ categorySet: 'timing', noteKinds: ['idea'], voting: true });
  });

  it('ends with actions', () => {
    expect(steps[4]).toMatchObject({ categorySet: null, noteKinds: [], voting: false, info: null });
  });

  it('feeds the expected side of the comparison from its expectations, and asks no phase', () => {
    expect(COMPASS_BEFORE.comparison).toEqual({ side: 'expected', stepId: 'expectations' });
    expect(COMPASS_BEFORE.asksForPhase).toBe(false);
  });
});
