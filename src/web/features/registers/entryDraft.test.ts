import { describe, expect, it } from 'vitest';
import { REGISTERS } from '../../../domain/registers.ts';
import { draftOf, fieldOfRefusal, fieldsToSave, isFieldErrorCode, validateDraft } from './entryDraft.ts';

describe('draftOf', () => {
  it('holds text and single choices as strings and several choices as a list', () => {
    const draft = draftOf(REGISTERS.taskShifts, { task: 'Travel', how: 'to_citizens', burdens: ['other'], status: null });
    expect(draft.task).toBe('Travel');
    expect(draft.how).toBe('to_citizens');
    expect(draft.burdens).toEqual(['other']);
    expect(draft.status).toBe('');
    expect(draft.burdened).toEqual([]);
  });
});

describe('fieldsToSave', () => {
  it('sends every filled-in field of a new row, trimmed', () => {
    const draft = { ...draftOf(REGISTERS.rolesPlan, null), who: '  IT support ', status: 'done' };
    expect(fieldsToSave(REGISTERS.rolesPlan, null, draft)).toEqual({ who: 'IT support', status: 'done' });
  });

  it('sends only the changed fields of a saved row, and null for a cleared one', () => {
    const stored = { who: 'IT', what: 'Tests', how: null, when: null, status: 'done', nextStep: null };
    const draft = { ...draftOf(REGISTERS.rolesPlan, stored), what: '', status: 'under_way' };
    expect(fieldsToSave(REGISTERS.rolesPlan, stored, draft)).toEqual({ what: null, status: 'under_way' });
  });

  it('sends an emptied list of choices as null', () => {
    const stored = { task: 'Travel', burdens: ['other'] };
    const draft = { ...draftOf(REGISTERS.taskShifts, stored), burdens: [] };
    expect(fieldsToSave(REGISTERS.taskShifts, stored, draft)).toEqual({ burdens: null });
  });

  it('sends nothing when nothing changed', () => {
    const stored = { who: 'IT', what: 'Tests' };
    expect(fieldsToSave(REGISTERS.rolesPlan, stored, draftOf(REGISTERS.rolesPlan, stored))).toEqual({});
  });
});

describe('validateDraft', () => {
  it('asks a new row for its required fields', () => {
    expect(validateDraft(REGISTERS.assumptions, null, draftOf(REGISTERS.assumptions, null))).toEqual({ benefit: 'field_required', assumption: 'field_required' });
  });

  it('lets a fixed row keep its required field empty, but not empty it once filled', () => {
    expect(validateDraft(REGISTERS.rolesPlan, { who: null }, draftOf(REGISTERS.rolesPlan, { who: null }))).toEqual({});
    expect(validateDraft(REGISTERS.rolesPlan, { who: 'Leaders' }, { ...draftOf(REGISTERS.rolesPlan, null), who: ' ' })).toEqual({ who: 'field_required' });
  });

  it('refuses text that is too long and choices that do not exist', () => {
    const draft = { ...draftOf(REGISTERS.rolesPlan, null), who: 'x'.repeat(301), status: 'finished' };
    expect(validateDraft(REGISTERS.rolesPlan, null, draft)).toEqual({ who: 'field_too_long', status: 'invalid_choice' });
  });
});

describe('fieldOfRefusal', () => {
  it('puts a refusal beside the field it can only mean', () => {
    const draft = draftOf(REGISTERS.benefits, { benefit: 'Faster claims' });
    expect(fieldOfRefusal(REGISTERS.benefits, { benefit: 'Faster claims' }, draft, 'field_required')).toBe('benefit');
    expect(fieldOfRefusal(REGISTERS.benefits, { benefit: 'Faster claims' }, draft, 'invalid_choice')).toBe('uncertainty');
  });

  it('prefers the field the same check flags here', () => {
    const draft = { ...draftOf(REGISTERS.assumptions, null), benefit: 'b1' };
    expect(fieldOfRefusal(REGISTERS.assumptions, null, draft, 'field_required')).toBe('assumption');
  });

  it('leaves a refusal under the form when it could belong to several fields', () => {
    const draft = draftOf(REGISTERS.rolesPlan, null);
    expect(fieldOfRefusal(REGISTERS.rolesPlan, null, { ...draft, who: 'IT' }, 'field_too_long')).toBeNull();
  });

  it('tells refusals about a field from the rest', () => {
    expect(isFieldErrorCode('invalid_choice')).toBe(true);
    expect(isFieldErrorCode('entry_not_found')).toBe(false);
    expect(isFieldErrorCode('network')).toBe(false);
  });
});
