import { describe, expect, it } from 'vitest';
import { EMPTY_FRAME, PROJECT_FRAME_FIELDS } from '../../../domain/projectPhases.ts';
import { changedFrameFields, FRAME_SECTIONS, isFrameEmpty } from './frameSections.ts';

describe('FRAME_SECTIONS', () => {
  it('shows every field of the frame exactly once', () => {
    const shown = FRAME_SECTIONS.flatMap((s) => [...s.fields]);
    expect([...shown].sort()).toEqual([...PROJECT_FRAME_FIELDS].sort());
    expect(new Set(shown).size).toBe(shown.length);
  });
});

describe('changedFrameFields', () => {
  it('returns only the fields whose text changed, trimmed', () => {
    const before = { ...EMPTY_FRAME, fixed: 'Systemet er valgt', open: 'Arbejdsgangene' };
    const after = { ...before, fixed: 'Systemet er valgt  ', open: 'Arbejdsgange og oplæring', harms: ' Mere skærmarbejde ' };
    expect(changedFrameFields(before, after)).toEqual({ open: 'Arbejdsgange og oplæring', harms: 'Mere skærmarbejde' });
    expect(changedFrameFields(before, before)).toEqual({});
  });
});

describe('isFrameEmpty', () => {
  it('is true until some field holds more than white space', () => {
    expect(isFrameEmpty(EMPTY_FRAME)).toBe(true);
    expect(isFrameEmpty({ ...EMPTY_FRAME, benefitsWhen: '  ' })).toBe(true);
    expect(isFrameEmpty({ ...EMPTY_FRAME, benefitsWhen: 'Om et år' })).toBe(false);
  });
});
