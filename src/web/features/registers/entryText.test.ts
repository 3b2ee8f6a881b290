import { describe, expect, it } from 'vitest';
import { REGISTERS } from '../../../domain/registers.ts';
import { displayValue, revisionChanges, rowTitle, titleField } from './entryText.ts';

const refTitle = (register: string, id: string) => (register === 'benefits' && id === 'b1' ? 'Faster travel claims' : null);
const field = (register: keyof typeof REGISTERS, id: string) => {
  const found = REGISTERS[register].fields.find((f) => f.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('displayValue', () => {
  it('shows choices by their label in the reader’s language', () => {
    expect(displayValue(field('rolesPlan', 'status'), 'under_way', 'da', refTitle)).toBe('I gang');
    expect(displayValue(field('rolesPlan', 'status'), 'under_way', 'en', refTitle)).toBe('Under way');
  });

  it('lists several choices as a sentence', () => {
    expect(displayValue(field('taskShifts', 'burdened'), ['staff_groups', 'citizens'], 'en', refTitle)).toBe('Particular staff groups and Citizens or customers');
    expect(displayValue(field('taskShifts', 'burdened'), ['staff_groups', 'citizens'], 'da', refTitle)).toBe('Bestemte faggrupper og Borgere eller kunder');
  });

  it('names a referenced row by its title, and keeps an unknown id rather than hiding it', () => {
    expect(displayValue(field('assumptions', 'benefit'), 'b1', 'en', refTitle)).toBe('Faster travel claims');
    expect(displayValue(field('assumptions', 'benefit'), 'gone', 'en', refTitle)).toBe('gone');
  });

  it('says nothing for empty values', () => {
    expect(displayValue(field('rolesPlan', 'what'), null, 'da', refTitle)).toBeNull();
    expect(displayValue(field('rolesPlan', 'what'), '  ', 'da', refTitle)).toBeNull();
    expect(displayValue(field('taskShifts', 'burdens'), [], 'da', refTitle)).toBeNull();
    expect(displayValue(field('rolesPlan', 'what'), undefined, 'da', refTitle)).toBeNull();
  });
});

describe('rowTitle', () => {
  it('names a fixed row by its label and any other row by its required field', () => {
    expect(rowTitle(REGISTERS.rolesPlan, 'leaders', { who: null }, 'en', refTitle)).toBe('Managers');
    expect(rowTitle(REGISTERS.rolesPlan, 'x1', { who: 'Super users in payroll' }, 'da', refTitle)).toBe('Super users in payroll');
    expect(rowTitle(REGISTERS.rolesPlan, 'x2', { who: null }, 'da', refTitle)).toBeNull();
  });

  it('names an assumption by what it assumes, not by the benefit it points at', () => {
    expect(titleField(REGISTERS.assumptions)?.id).toBe('assumption');
    expect(rowTitle(REGISTERS.assumptions, 'a1', { benefit: 'b1', assumption: 'Everyone trained first' }, 'en', refTitle)).toBe('Everyone trained first');
  });

  it('has no title field where every row is fixed', () => {
    expect(titleField(REGISTERS.adviceChecklist)).toBeNull();
    expect(rowTitle(REGISTERS.adviceChecklist, 'agile', {}, 'da', refTitle)).toBe('Overvej mindre skridt, der kan justeres undervejs');
  });
});

describe('revisionChanges', () => {
  it('lists every filled-in field of the first revision', () => {
    const changes = revisionChanges(REGISTERS.rolesPlan, null, { who: 'IT', what: null, status: 'done' });
    expect(changes.map((c) => [c.field.id, c.before, c.after])).toEqual([
      ['who', null, 'IT'],
      ['status', null, 'done'],
    ]);
  });

  it('lists only what changed since the revision before, in field order', () => {
    const before = { who: 'IT', what: 'Tests', how: null, status: 'not_started' };
    const after = { who: 'IT', what: 'Tests with real cases', how: '', status: 'under_way' };
    expect(revisionChanges(REGISTERS.rolesPlan, before, after).map((c) => [c.field.id, c.before, c.after])).toEqual([
      ['what', 'Tests', 'Tests with real cases'],
      ['status', 'not_started', 'under_way'],
    ]);
  });

  it('compares lists of choices by their content', () => {
    const before = { task: 'Travel', burdens: ['work_pressure'] };
    expect(revisionChanges(REGISTERS.taskShifts, before, { task: 'Travel', burdens: ['work_pressure'] })).toEqual([]);
    expect(revisionChanges(REGISTERS.taskShifts, before, { task: 'Travel', burdens: ['work_pressure', 'other'] })).toHaveLength(1);
  });
});
