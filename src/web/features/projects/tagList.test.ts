import { describe, expect, it } from 'vitest';
import { addTag, cleanTag, focusAfterRemoval } from './tagList.ts';

describe('addTag', () => {
  it('adds a cleaned tag at the end', () => {
    expect(cleanTag('  Hjemmeplejen \t Nord ')).toBe('Hjemmeplejen Nord');
    expect(addTag(['Sygeplejersker'], '  Social- og sundhedsassistenter ', 5)).toEqual({
      ok: true,
      tags: ['Sygeplejersker', 'Social- og sundhedsassistenter'],
      tag: 'Social- og sundhedsassistenter',
    });
  });

  it('refuses an empty tag, a repeat in any case, and one beyond the limit', () => {
    expect(addTag([], '   ', 5)).toEqual({ ok: false, reason: 'empty' });
    expect(addTag(['Lægesekretærer'], 'LÆGESEKRETÆRER', 5)).toEqual({ ok: false, reason: 'duplicate' });
    expect(addTag(['a', 'b'], 'c', 2)).toEqual({ ok: false, reason: 'too_many' });
  });
});

describe('focusAfterRemoval', () => {
  it('focuses the tag that moved into place, else the one before, else nothing', () => {
    expect(focusAfterRemoval(0, 3)).toBe(0);
    expect(focusAfterRemoval(1, 3)).toBe(1);
    expect(focusAfterRemoval(2, 3)).toBe(1);
    expect(focusAfterRemoval(0, 1)).toBeNull();
  });
});
