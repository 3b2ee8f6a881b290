import { describe, expect, it } from 'vitest';
import { altShortcut, parseQuickCode } from './quickEntryCode.ts';

describe('quick entry code', () => {
  it('reads a digit as the category and a letter as the kind', () => {
    expect(parseQuickCode('3g', 6, ['better', 'worse'])).toEqual({ categoryIndex: 2, kind: 'better' });
    expect(parseQuickCode('R6', 6, ['better', 'worse'])).toEqual({ categoryIndex: 5, kind: 'worse' });
  });

  it('ignores digits beyond the categories and kinds the step does not allow', () => {
    expect(parseQuickCode('5o', 3, ['idea'])).toEqual({ categoryIndex: null, kind: null });
    expect(parseQuickCode('2f', 3, ['idea'])).toEqual({ categoryIndex: 1, kind: 'idea' });
  });

  it('reads a run of digits as one number when a step has more than nine categories', () => {
    expect(parseQuickCode('11s', 11, ['answer'])).toEqual({ categoryIndex: 10, kind: 'answer' });
    expect(parseQuickCode('s2', 11, ['answer'])).toEqual({ categoryIndex: 1, kind: 'answer' });
    expect(parseQuickCode('12', 11, ['answer'])).toEqual({ categoryIndex: null, kind: null });
    // With nine or fewer, each digit stands alone and the last valid one wins, as before.
    expect(parseQuickCode('31', 6, ['better'])).toEqual({ categoryIndex: 0, kind: null });
  });

  it('reads the physical key pressed with Alt', () => {
    expect(altShortcut('Digit4')).toBe('4');
    expect(altShortcut('Numpad2')).toBe('2');
    expect(altShortcut('KeyG')).toBe('g');
    expect(altShortcut('Enter')).toBeNull();
  });
});
