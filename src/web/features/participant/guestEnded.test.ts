import { describe, expect, it } from 'vitest';
import type { Result } from '../../../domain/result.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { whyGuestRefused } from './guestEnded.ts';

const answer =
  (result: Result<{ status: 'open' | 'finished' }, ApiError>) =>
  (code: string): Promise<Result<{ status: 'open' | 'finished' }, ApiError>> => {
    expect(code).toBe('K7M4QX');
    return Promise.resolve(result);
  };
const never = () => Promise.reject(new Error('should not look up'));

describe('whyGuestRefused', () => {
  it('knows the end when the device saw it, without asking', async () => {
    expect(await whyGuestRefused({ status: 'finished', joinCode: 'K7M4QX' }, never)).toBe('ended');
  });

  it('asks by join code when the device last saw it open', async () => {
    const seen = { status: 'open', joinCode: 'K7M4QX' } as const;
    expect(await whyGuestRefused(seen, answer({ ok: true, value: { status: 'finished' } }))).toBe('ended');
    expect(await whyGuestRefused(seen, answer({ ok: true, value: { status: 'open' } }))).toBe('not-ended');
    expect(await whyGuestRefused(seen, answer({ ok: false, error: 'workshop_not_found' }))).toBe('not-ended');
    expect(await whyGuestRefused(seen, answer({ ok: false, error: 'network' }))).toBe('unknown');
  });

  it('with nothing seen, the token itself is the trouble', async () => {
    expect(await whyGuestRefused(null, never)).toBe('not-ended');
  });
});
