import { describe, expect, it } from 'vitest';
import { RELOAD_GUARD_MS, shouldReload } from './reloadOnChunkError.ts';

describe('shouldReload', () => {
  const now = 1_800_000_000_000;

  it('reloads the first time', () => {
    expect(shouldReload(null, now)).toBe(true);
    expect(shouldReload('not a number', now)).toBe(true);
  });

  it('does not reload again right after a reload', () => {
    expect(shouldReload(String(now - 1_000), now)).toBe(false);
    expect(shouldReload(String(now - RELOAD_GUARD_MS + 1), now)).toBe(false);
  });

  it('reloads again for a later deployment', () => {
    expect(shouldReload(String(now - RELOAD_GUARD_MS), now)).toBe(true);
    expect(shouldReload(String(now - 3_600_000), now)).toBe(true);
  });

  it('is not stopped by a reload time in the future', () => {
    expect(shouldReload(String(now + 60_000), now)).toBe(true);
  });
});
