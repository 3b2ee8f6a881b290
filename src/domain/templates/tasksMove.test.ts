import { describe, expect, it } from 'vitest';
import { itKeepsTheTemplateContract } from '../testing/templateContract.ts';
import { TASKS_MOVE } from './tasksMove.ts';

const [opening, ...steps] = TASKS_MOVE.steps;

describe('TASKS_MOVE', () => {
  itKeepsTheTemplateContract(TASKS_MOVE);

  it('opens with a review of the project’s open actions', () => {
    expect(opening).toMatchObject({ kind: 'review', categorySet: null, noteKinds: [] });
  });

  it('has eight steps in order: intro, seen, burdens, whom, shifts, invisible, remedies, actions', () => {
    expect(steps.map((s) => [s.id, s.kind])).toEqual([
      ['intro', 'info'],
      ['seen', 'notes'],
      ['burdens', 'notes'],
      ['whom', 'notes'],
      ['shifts', 'register'],
      ['invisible', 'register'],
      ['remedies', 'brainstorm'],
      ['actions', 'actions'],
    ]);
  });

  it('collects consequences by how tasks moved, how they burden and whom', () => {
    expect(steps[0]).toMatchObject({ info: 'taskMoves' });
    expect(steps[1]).toMatchObject({ categorySet: 'taskMoves', noteKinds: ['consequence'] });
    expect(steps[2]).toMatchObject({ categorySet: 'burdens', noteKinds: ['consequence'] });
    expect(steps[3]).toMatchObject({ categorySet: 'burdened', noteKinds: ['consequence'] });
  });

  it('fills the task-shift and invisible-work registers', () => {
    expect(steps[4]).toMatchObject({ register: 'taskShifts' });
    expect(steps[5]).toMatchObject({ register: 'invisibleWork' });
  });

  it('brainstorms remedies as ours or upward, with voting', () => {
    expect(steps[6]).toMatchObject({ categorySet: 'scope', noteKinds: ['remedy'], voting: true });
  });

  it('asks no phase and feeds no comparison', () => {
    expect(TASKS_MOVE.asksForPhase).toBe(false);
    expect(TASKS_MOVE.comparison).toBeNull();
  });
});
