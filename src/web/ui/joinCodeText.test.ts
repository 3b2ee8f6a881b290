import { describe, expect, it } from 'vitest';
import { displayJoinCode, joinPath } from './joinCodeText.ts';

describe('displayJoinCode', () => {
  it('formats a raw code and leaves a formatted one as it is', () => {
    expect(displayJoinCode('K7M4QX')).toBe('K7M-4QX');
    expect(displayJoinCode('K7M-4QX')).toBe('K7M-4QX');
    expect(displayJoinCode(displayJoinCode('K7M4QX'))).toBe('K7M-4QX');
  });

  it('tidies case and spaces', () => {
    expect(displayJoinCode('k7m 4qx')).toBe('K7M-4QX');
  });

  it('shows something that is not a code unchanged', () => {
    expect(displayJoinCode('ABC')).toBe('ABC');
    expect(displayJoinCode('')).toBe('');
  });
});

describe('joinPath', () => {
  it('links the raw code whichever form it came in', () => {
    expect(joinPath('K7M4QX')).toBe('/j/K7M4QX');
    expect(joinPath('K7M-4QX')).toBe('/j/K7M4QX');
  });

  it('keeps an odd value inside the path', () => {
    expect(joinPath('a/b?c')).toBe('/j/a%2Fb%3Fc');
  });
});
