import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/testDatabase.ts';
import { RateLimiter } from './rateLimiter.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('rate limiter', () => {
  it('allows max requests per window, then refuses with the seconds left, then allows again', async () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(database.db, () => now, `t-${randomUUID()}:`);
    const rule = { window: 60, max: 3 };
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await limiter.consume('k', rule));
    expect(answers.map((a) => a.allowed)).toEqual([true, true, true, false]);
    expect(answers[3]?.retryAfter).toBe(60);
    now += 45_000;
    expect(await limiter.consume('k', rule)).toEqual({ allowed: false, retryAfter: 15 });
    expect(await limiter.peek('k', rule)).toEqual({ allowed: false, retryAfter: 15 });
    now += 15_000;
    expect(await limiter.peek('k', rule)).toEqual({ allowed: true, retryAfter: null });
    expect(await limiter.consume('k', rule)).toEqual({ allowed: true, retryAfter: null });
  });

  it('counts concurrent requests exactly (one statement checks and counts)', async () => {
    const limiter = new RateLimiter(database.db, () => 5_000_000, `t-${randomUUID()}:`);
    const answers = await Promise.all(Array.from({ length: 20 }, () => limiter.consume('burst', { window: 60, max: 5 })));
    expect(answers.filter((a) => a.allowed)).toHaveLength(5);
  });

  it('keeps keys and namespaces apart', async () => {
    const one = new RateLimiter(database.db, () => 9_000_000, `t-${randomUUID()}:`);
    const two = new RateLimiter(database.db, () => 9_000_000, `t-${randomUUID()}:`);
    const rule = { window: 60, max: 1 };
    expect((await one.consume('a', rule)).allowed).toBe(true);
    expect((await one.consume('b', rule)).allowed).toBe(true);
    expect((await two.consume('a', rule)).allowed).toBe(true);
    expect((await one.consume('a', rule)).allowed).toBe(false);
  });
});

describe('address buckets', () => {
  it('keeps IPv4 as it is and groups IPv6 by /64', async () => {
    const { addressBucket } = await import('./rateLimiter.ts');
    expect(addressBucket('203.0.113.9')).toBe('203.0.113.9');
    expect(addressBucket('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressBucket('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:0db8:0001:0002::')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
  });
});
