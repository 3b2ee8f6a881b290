import { describe, expect, it } from 'vitest';
import { itKeepsTheTemplateContract } from '../testing/templateContract.ts';
import { ROLES_PLAN } from './rolesPlan.ts';

const [opening, ...steps] = ROLES_PLAN.steps;

describe('ROLES_PLAN', () => {
  itKeepsTheTemplateContract(ROLES_PLAN);

  it('opens with a review of the project’s open actions', () => {
    expect(opening).toMatchObject({ kind: 'review', categorySet: null, noteKinds: [] });
  });

  it('has four steps in order: roles, plan, advice, actions', () => {
    expect(steps.map((s) => [s.id, s.kind])).toEqual([
      ['roles', 'info'],
      ['plan', 'register'],
      ['advice', 'register'],
      ['actions', 'actions'],
    ]);
  });

  it('reads the roles, then fills the roles plan and the advice checklist', () => {
    expect(steps[0]).toMatchObject({ info: 'roles' });
    expect(steps[1]).toMatchObject({ register: 'rolesPlan' });
    expect(steps[2]).toMatchObject({ register: 'adviceChecklist' });
  });

  it('asks no phase and feeds no comparison', () => {
    expect(ROLES_PLAN.asksForPhase).toBe(false);
    expect(ROLES_PLAN.comparison).toBeNull();
  });
});
