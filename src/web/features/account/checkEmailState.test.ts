import { describe, expect, it } from 'vitest';
import { readCheckEmailState } from './checkEmailState.ts';

describe('readCheckEmailState', () => {
  it('reads the address and the reason', () => {
    expect(readCheckEmailState({ email: 'mette@example.dk', via: 'link' })).toEqual({ email: 'mette@example.dk', via: 'link' });
    expect(readCheckEmailState({ email: 'mette@example.dk', via: 'sign-up', other: 1 })).toEqual({ email: 'mette@example.dk', via: 'sign-up' });
  });

  it('ignores anything else in history state', () => {
    for (const state of [null, undefined, 'x', {}, { email: '', via: 'link' }, { email: 'a@b.dk', via: 'other' }, { email: 3, via: 'link' }]) {
      expect(readCheckEmailState(state)).toBeNull();
    }
  });
});
