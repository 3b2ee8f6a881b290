import { describe, expect, it } from 'vitest';
import { reconnectDelay, RECONNECT_MAX_MS } from './backoff.ts';
import { bestEstimate, estimateFromSample, remainingMs } from './clockOffset.ts';

describe('clock offset', () => {
  it('uses the midpoint of the round trip', () => {
    // Client sent at 1000, got the answer at 1200; the server said 5100 at the midpoint (1100).
    expect(estimateFromSample({ sentAt: 1000, serverTime: 5100, receivedAt: 1200 })).toEqual({ offset: 4000, roundTrip: 200 });
  });

  it('handles a client clock that is ahead of the server', () => {
    expect(estimateFromSample({ sentAt: 10_000, serverTime: 4050, receivedAt: 10_100 }).offset).toBe(-6000);
  });

  it('trusts the sample with the shortest round trip', () => {
    const best = bestEstimate([
      { sentAt: 0, serverTime: 900, receivedAt: 1000 },
      { sentAt: 2000, serverTime: 2520, receivedAt: 2040 },
      { sentAt: 3000, serverTime: 3700, receivedAt: 3400 },
    ]);
    expect(best).toEqual({ offset: 500, roundTrip: 40 });
    expect(bestEstimate([])).toBeNull();
  });

  it('counts down in server time, so a phone with a wrong clock shows the right time', () => {
    const endsAt = 100_000; // server time
    const phoneNow = 30_000; // phone clock is 60 s behind the server
    expect(remainingMs(endsAt, phoneNow, 60_000)).toBe(10_000);
    expect(remainingMs(endsAt, phoneNow + 20_000, 60_000)).toBe(0);
  });
});

describe('reconnect backoff', () => {
  it('grows exponentially with jitter between half and the whole step, capped', () => {
    expect(reconnectDelay(0, () => 0)).toBe(250);
    expect(reconnectDelay(0, () => 1)).toBe(500);
    expect(reconnectDelay(3, () => 0.5)).toBe(3000);
    expect(reconnectDelay(30, () => 1)).toBe(RECONNECT_MAX_MS);
    expect(reconnectDelay(30, () => 0)).toBe(RECONNECT_MAX_MS / 2);
  });
});
