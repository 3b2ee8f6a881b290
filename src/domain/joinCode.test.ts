import { describe, expect, it } from 'vitest';
import {
  formatJoinCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  joinCodeFromRandom,
  normalizeJoinCode,
} from './joinCode.ts';

describe('JOIN_CODE_ALPHABET', () => {
  it('has 31 distinct symbols and none that look alike', () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(31);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(31);
    for (const lookalike of ['0', 'O', '1', 'I', 'L']) expect(JOIN_CODE_ALPHABET).not.toContain(lookalike);
    expect(JOIN_CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
  });
});

describe('joinCodeFromRandom', () => {
  it('maps each random number onto the alphabet, one place each', () => {
    expect(joinCodeFromRandom([0, 1, 2, 3, 4, 5])).toBe('234567');
    expect(joinCodeFromRandom([30, 31, 32, 62, 0, 0])).toBe('Z23222');
  });

  it('copes with negative and huge numbers', () => {
    const code = joinCodeFromRandom([-1, -31, 2 ** 31, Number.MAX_SAFE_INTEGER, 7, -8]);
    expect(code).toHaveLength(JOIN_CODE_LENGTH);
    expect(normalizeJoinCode(code)).toBe(code);
    expect(code[0]).toBe('3');
    expect(code[1]).toBe('2');
  });

  it('always gives a code that normalizes to itself', () => {
    for (let seed = 0; seed < 200; seed++) {
      const ints = Array.from({ length: JOIN_CODE_LENGTH }, (_, i) => (seed * 7919 + i * 104729) % 1000);
      const code = joinCodeFromRandom(ints);
      expect(normalizeJoinCode(code)).toBe(code);
    }
  });

  it('needs exactly one number per place', () => {
    expect(() => joinCodeFromRandom([1, 2, 3, 4, 5])).toThrow();
    expect(() => joinCodeFromRandom([1, 2, 3, 4, 5, 6, 7])).toThrow();
  });
});

describe('normalizeJoinCode', () => {
  it('ignores case, spaces and dashes', () => {
    expect(normalizeJoinCode('k7m-4qx')).toBe('K7M4QX');
    expect(normalizeJoinCode('  K7M 4QX ')).toBe('K7M4QX');
    expect(normalizeJoinCode('k-7-m-4-q-x')).toBe('K7M4QX');
  });

  it('refuses the wrong length', () => {
    expect(normalizeJoinCode('')).toBeNull();
    expect(normalizeJoinCode('K7M4Q')).toBeNull();
    expect(normalizeJoinCode('K7M4QXA')).toBeNull();
  });

  it('refuses symbols outside the alphabet', () => {
    expect(normalizeJoinCode('K7M4Q0')).toBeNull();
    expect(normalizeJoinCode('K7M4QO')).toBeNull();
    expect(normalizeJoinCode('K7M4Q1')).toBeNull();
    expect(normalizeJoinCode('K7M4QL')).toBeNull();
    expect(normalizeJoinCode('K7M4Q!')).toBeNull();
    expect(normalizeJoinCode('K7M4QÆ')).toBeNull();
  });
});

describe('formatJoinCode', () => {
  it('shows two groups of three, and reads back as the same code', () => {
    expect(formatJoinCode('K7M4QX')).toBe('K7M-4QX');
    expect(normalizeJoinCode(formatJoinCode('K7M4QX'))).toBe('K7M4QX');
  });
});
