import { describe, expect, it } from 'vitest';
import { normalizeJoinCode } from '../../../domain/joinCode.ts';
import { tidyJoinCodeInput } from './joinCodeInput.ts';

describe('join code input', () => {
  it('formats as the projector shows it, and normalizes back', () => {
    expect(tidyJoinCodeInput('k7m4qx')).toBe('K7M-4QX');
    expect(tidyJoinCodeInput('k7 m')).toBe('K7M');
    expect(tidyJoinCodeInput('K7M-4QXZZ')).toBe('K7M-4QX');
    expect(normalizeJoinCode(tidyJoinCodeInput('k7m 4qx'))).toBe('K7M4QX');
  });
});
