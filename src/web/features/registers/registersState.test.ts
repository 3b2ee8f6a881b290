import { describe, expect, it } from 'vitest';
import type { EntryView, ProjectRegistersResponse } from '../../../protocol/registers.ts';
import { summariseChecklist } from './checklistSummary.ts';
import { judgementState } from './judgementState.ts';
import { nextPosition, registerView, withEntry, withoutEntry } from './registersState.ts';

function entry(id: string, position: number, data: EntryView['data'] = {}, register: EntryView['register'] = 'taskShifts'): EntryView {
  return { id, register, position, data, version: 1, fixed: false, updatedAt: null, updatedByName: null, selfNamed: [], selfNamedByMe: false, judgements: null };
}

const registers: ProjectRegistersResponse = {
  minGroupSize: 5,
  registers: [
    { register: 'taskShifts', canEdit: true, entries: [entry('a', 0), entry('b', 1)] },
    { register: 'invisibleWork', canEdit: true, entries: [entry('c', 0, {}, 'invisibleWork')] },
  ],
};

describe('register state', () => {
  it('replaces a changed row in place and adds a new one in position order', () => {
    const changed = withEntry(registers, { ...entry('a', 0, { task: 'Travel' }), version: 2 });
    expect(registerView(changed, 'taskShifts').entries.map((e) => [e.id, e.version])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    const added = withEntry(registers, entry('n', 2));
    expect(registerView(added, 'taskShifts').entries.map((e) => e.id)).toEqual(['a', 'b', 'n']);
    expect(registerView(added, 'invisibleWork').entries).toHaveLength(1);
  });

  it('drops a deleted row from its register only', () => {
    const after = withoutEntry(registers, 'taskShifts', 'a');
    expect(registerView(after, 'taskShifts').entries.map((e) => e.id)).toEqual(['b']);
    expect(registerView(after, 'invisibleWork').entries).toHaveLength(1);
  });

  it('gives a register the server did not send as empty and read-only', () => {
    expect(registerView(registers, 'benefits')).toEqual({ register: 'benefits', entries: [], canEdit: false });
  });

  it('puts a new row after the last', () => {
    expect(nextPosition(registerView(registers, 'taskShifts'))).toBe(2);
    expect(nextPosition(registerView(registers, 'benefits'))).toBe(0);
  });
});

describe('summariseChecklist', () => {
  it('counts done, under way, not relevant and what remains', () => {
    const entries = ['done', 'done', 'under_way', 'not_relevant', null, 'not_started'].map((status, i) => entry(`e${i}`, i, { status }, 'adviceChecklist'));
    expect(summariseChecklist(entries)).toEqual({ done: 2, underWay: 1, notRelevant: 1, notStarted: 2, total: 6 });
  });
});

describe('judgementState', () => {
  it('shows counts per verdict, in the verdicts’ order, once the server gives them', () => {
    const state = judgementState({ total: 6, counts: { realistic: 1, doubtful: 5, unrealistic: 0 }, reasons: [], mine: null }, 5);
    expect(state).toEqual({
      kind: 'counts',
      total: 6,
      counts: [
        { verdict: 'realistic', count: 1 },
        { verdict: 'doubtful', count: 5 },
        { verdict: 'unrealistic', count: 0 },
      ],
    });
  });

  it('says how many have judged and how many are needed while the counts are held back', () => {
    expect(judgementState({ total: 3, counts: null, reasons: null, mine: null }, 5)).toEqual({ kind: 'waiting', total: 3, needed: 5 });
    expect(judgementState(null, 7)).toEqual({ kind: 'waiting', total: 0, needed: 7 });
  });
});
