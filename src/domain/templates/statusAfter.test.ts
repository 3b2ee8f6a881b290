import { describe, expect, it } from 'vitest';
import { itKeepsTheTemplateContract } from '../testing/templateContract.ts';
import { STATUS_AFTER } from './statusAfter.ts';

const [opening, ...steps] = STATUS_AFTER.steps;

describe('STATUS_AFTER', () => {
  itKeepsTheTemplateContract(STATUS_AFTER);

  it('opens with a review of the project’s open actions', () => {
    expect(opening).toMatchObject({ kind: 'review', categorySet: null, noteKinds: [] });
  });

  it('has six steps in order: traits, changes, why-good, pick, actions, comparison', () => {
    expect(steps.map((s) => [s.id, s.kind])).toEqual([
      ['traits', 'info'],
      ['changes', 'notes'],
      ['why-good', 'notes'],
      ['pick', 'select'],
      ['actions', 'actions'],
      ['comparison', 'comparison'],
    ]);
  });

  it('starts from the RASMUS traits', () => {
    expect(steps[0]).toMatchObject({ info: 'rasmus' });
  });

  it('collects what got better and worse on the traits, then why the good went well', () => {
    expect(steps[1]).toMatchObject({ categorySet: 'traits', noteKinds: ['improved', 'worsened'], voting: false });
    expect(steps[2]).toMatchObject({ categorySet: 'traits', noteKinds: ['reason'], voting: false });
  });

  it('votes on the deteriorations to act on', () => {
    expect(steps[3]).toMatchObject({ categorySet: null, noteKinds: [], voting: true, source: { stepId: 'changes', kinds: ['worsened'] } });
  });

  it('feeds the experienced side of the comparison and asks no phase', () => {
    expect(STATUS_AFTER.comparison).toEqual({ side: 'experienced', stepId: 'changes' });
    expect(STATUS_AFTER.asksForPhase).toBe(false);
  });
});
