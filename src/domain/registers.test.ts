import { describe, expect, it } from 'vitest';
import type { Localized } from './localized.ts';
import { REGISTER_IDS, type EntryData, type RegisterId } from './registerTypes.ts';
import { REGISTER_LONG_TEXT_MAX_LENGTH } from './registerDefinitions.ts';
import {
  REGISTERS,
  editPermission,
  fixedEntries,
  fixedEntryRegister,
  isFixedEntry,
  sameEntryData,
  validateEntryFields,
} from './registers.ts';

function validData(register: RegisterId, fields: Record<string, unknown>, existing: EntryData | null = null): EntryData {
  const result = validateEntryFields(register, fields, existing);
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.value;
}

function refusal(register: RegisterId, fields: Record<string, unknown>, existing: EntryData | null = null): string | null {
  const result = validateEntryFields(register, fields, existing);
  return result.ok ? null : result.error;
}

describe('REGISTERS: the definitions', () => {
  it('has one definition per register id, under its own id', () => {
    expect(Object.keys(REGISTERS).sort()).toEqual([...REGISTER_IDS].sort());
    for (const id of REGISTER_IDS) expect(REGISTERS[id].id).toBe(id);
  });

  it('writes every text in Danish and English, none empty', () => {
    const texts: Localized[] = Object.values(REGISTERS).flatMap((r) => [
      r.name,
      r.description,
      ...r.fixedRows.map((row) => row.label),
      ...r.fields.flatMap((f) => [f.label, ...(f.help ? [f.help] : []), ...(f.input.kind === 'choice' || f.input.kind === 'choices' ? f.input.options.map((o) => o.label) : [])]),
    ]);
    for (const text of texts) {
      expect(text.da.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
  });

  it('gives field, option and fixed-row ids once per register; a fixed row id belongs to one register only', () => {
    for (const r of Object.values(REGISTERS)) {
      expect(new Set(r.fields.map((f) => f.id)).size).toBe(r.fields.length);
      for (const f of r.fields) {
        if (f.input.kind === 'choice' || f.input.kind === 'choices') expect(new Set(f.input.options.map((o) => o.id)).size).toBe(f.input.options.length);
      }
    }
    const fixedIds = Object.values(REGISTERS).flatMap((r) => r.fixedRows.map((row) => row.id));
    expect(new Set(fixedIds).size).toBe(fixedIds.length);
  });

  it('every register can be named: a required field, or fixed rows named by their labels', () => {
    for (const r of Object.values(REGISTERS)) {
      if (r.rowsCanBeAdded) expect(r.fields.some((f) => f.required), r.id).toBe(true);
      else expect(r.fixedRows.length, r.id).toBeGreaterThan(0);
    }
  });

  it('roles plan: the six roles as fixed rows, rows can be added, every member edits', () => {
    const plan = REGISTERS.rolesPlan;
    expect(plan.fixedRows.map((r) => r.id)).toEqual(['leaders', 'employees', 'specialists', 'representatives', 'committees', 'others']);
    expect(plan.fields.map((f) => f.id)).toEqual(['who', 'what', 'how', 'when', 'status', 'nextStep']);
    expect(plan.rowsCanBeAdded).toBe(true);
    expect(plan.editableBy).toBe('member');
  });

  it('advice checklist: exactly the ten pieces of advice, nothing to add', () => {
    const checklist = REGISTERS.adviceChecklist;
    expect(checklist.fixedRows.map((r) => r.id)).toEqual([
      'assess-consequences',
      'clear-frame',
      'inform',
      'involve-early',
      'clear-roles',
      'use-committees',
      'core-task',
      'open-benefits',
      'invisible-work',
      'agile',
    ]);
    expect(checklist.rowsCanBeAdded).toBe(false);
    const status = checklist.fields.find((f) => f.id === 'status');
    expect(status?.input.kind === 'choice' && status.input.options.map((o) => o.id)).toEqual(['not_started', 'under_way', 'done', 'not_relevant']);
  });

  it('benefits and assumptions are changed by those who manage the project; the rest by every member', () => {
    expect(editPermission('benefits')).toBe('project.manage');
    expect(editPermission('assumptions')).toBe('project.manage');
    for (const id of ['rolesPlan', 'adviceChecklist', 'taskShifts', 'invisibleWork'] as const) expect(editPermission(id)).toBe('project.read');
  });

  it('an assumption points at a benefit', () => {
    const benefit = REGISTERS.assumptions.fields.find((f) => f.id === 'benefit');
    expect(benefit?.input).toEqual({ kind: 'entryRef', register: 'benefits' });
    expect(benefit?.required).toBe(true);
  });
});

describe('fixedEntries and isFixedEntry', () => {
  it('gives the fixed rows at version 0, positions 0..n-1, every field empty', () => {
    const rows = fixedEntries('rolesPlan');
    expect(rows.map((r) => r.position)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const row of rows) {
      expect(row).toMatchObject({ register: 'rolesPlan', version: 0 });
      expect(row.data).toEqual({ who: null, what: null, how: null, when: null, status: null, nextStep: null });
    }
    expect(fixedEntries('adviceChecklist')).toHaveLength(10);
    expect(fixedEntries('taskShifts')).toEqual([]);
  });

  it('knows a fixed row by its register and id', () => {
    expect(isFixedEntry('rolesPlan', 'leaders')).toBe(true);
    expect(isFixedEntry('adviceChecklist', 'leaders')).toBe(false);
    expect(isFixedEntry('taskShifts', 'x1')).toBe(false);
    expect(fixedEntryRegister('agile')).toBe('adviceChecklist');
    expect(fixedEntryRegister('x1')).toBeNull();
  });
});

describe('validateEntryFields', () => {
  it('a new row gets every field, text trimmed, empty as null', () => {
    expect(validData('taskShifts', { task: '  Rejseafregning ', from: 'Administrationen', response: '   ' })).toEqual({
      task: 'Rejseafregning',
      from: 'Administrationen',
      to: null,
      how: null,
      burdens: null,
      burdened: null,
      burdenedDetail: null,
      response: null,
      status: null,
    });
  });

  it('only the fields given change; the rest stay', () => {
    const first = validData('benefits', { benefit: 'Hurtigere afregning', owner: 'Økonomi' });
    const second = validData('benefits', { when: 'Efter et år' }, first);
    expect(second).toMatchObject({ benefit: 'Hurtigere afregning', owner: 'Økonomi', when: 'Efter et år' });
  });

  it('refuses a field the register does not have', () => {
    expect(refusal('invisibleWork', { work: 'Oplæring', colleague: 'Mette' })).toBe('unknown_field');
    expect(refusal('adviceChecklist', { who: 'x' })).toBe('unknown_field');
  });

  it('refuses text over the field’s length, counted after trimming', () => {
    expect(refusal('rolesPlan', { who: 'Ledere', what: 'x'.repeat(REGISTER_LONG_TEXT_MAX_LENGTH + 1) })).toBe('field_too_long');
    expect(refusal('rolesPlan', { who: 'Ledere', what: ` ${'x'.repeat(REGISTER_LONG_TEXT_MAX_LENGTH)} ` })).toBeNull();
  });

  it('refuses a choice that is not offered, and a value of the wrong shape', () => {
    expect(refusal('rolesPlan', { who: 'Ledere', status: 'finished' })).toBe('invalid_choice');
    expect(refusal('adviceChecklist', { status: ['done'] })).toBe('invalid_choice');
    expect(refusal('taskShifts', { task: 'x', burdens: ['work_pressure', 'boredom'] })).toBe('invalid_choice');
    expect(refusal('taskShifts', { task: 'x', burdens: 'work_pressure' })).toBe('invalid_choice');
    expect(refusal('taskShifts', { task: ['x'] })).toBe('invalid_choice');
    expect(refusal('assumptions', { benefit: 'not an id!', assumption: 'x' })).toBe('invalid_choice');
  });

  it('keeps several choices in the definition’s order, once each; none chosen is null', () => {
    const data = validData('taskShifts', { task: 'x', burdens: ['invisible_work', 'work_pressure', 'invisible_work'], burdened: [] });
    expect(data.burdens).toEqual(['work_pressure', 'invisible_work']);
    expect(data.burdened).toBeNull();
  });

  it('a new row needs its required fields (both of an assumption’s)', () => {
    expect(refusal('taskShifts', { from: 'Sekretærerne' })).toBe('field_required');
    expect(refusal('taskShifts', { task: '   ' })).toBe('field_required');
    expect(refusal('assumptions', { benefit: 'b1' })).toBe('field_required');
    expect(refusal('assumptions', { assumption: 'Alle er oplært' })).toBe('field_required');
    expect(refusal('assumptions', { benefit: 'b1', assumption: 'Alle er oplært' })).toBeNull();
  });

  it('a saved row may not have a required field emptied, but takes other changes', () => {
    const saved = validData('invisibleWork', { work: 'Oplæring af nye' });
    expect(refusal('invisibleWork', { work: '' }, saved)).toBe('field_required');
    expect(refusal('invisibleWork', { work: null }, saved)).toBe('field_required');
    expect(refusal('invisibleWork', { status: 'noticed' }, saved)).toBeNull();
  });

  it('a fixed row is named by its label: it is saved without its required field', () => {
    const [leaders] = fixedEntries('rolesPlan');
    if (!leaders) throw new Error('no fixed row');
    expect(validData('rolesPlan', { what: 'Sætte rammen', who: null }, leaders.data)).toMatchObject({ who: null, what: 'Sætte rammen' });
    const [advice] = fixedEntries('adviceChecklist');
    if (!advice) throw new Error('no fixed row');
    expect(validData('adviceChecklist', { status: 'done', note: 'Drøftet i MED' }, advice.data)).toEqual({ status: 'done', note: 'Drøftet i MED' });
  });
});

describe('sameEntryData', () => {
  it('compares values and lists, with a missing key as null', () => {
    expect(sameEntryData({ a: 'x', b: ['1', '2'] }, { a: 'x', b: ['1', '2'], c: null })).toBe(true);
    expect(sameEntryData({ b: ['1', '2'] }, { b: ['2', '1'] })).toBe(false);
    expect(sameEntryData({ a: 'x' }, { a: 'y' })).toBe(false);
    expect(sameEntryData({ a: null }, { a: [] })).toBe(false);
  });
});
