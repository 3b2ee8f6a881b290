import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';

export interface RateRule {
  /** Window length in seconds. */
  readonly window: number;
  /** Requests allowed per window. */
  readonly max: number;
}

export interface RateDecision {
  readonly allowed: boolean;
  /** Seconds until the window frees up; null when allowed. */
  readonly retryAfter: number | null;
}

/**
 * Counts requests per key in fixed windows, in the database, so that every instance shares the
 * count. One statement does the check and the increment, so simultaneous requests cannot all
 * slip past a stale read. Used for sign-in (as better-auth's storage), joining and invitations.
 */
export class RateLimiter {
  readonly #db: Db;
  readonly #now: () => number;
  readonly #namespace: string;
  #lastSweep = 0;

  /** `namespace` keeps test servers that share one database from spending each other's budget. */
  constructor(db: Db, now: () => number = () => Date.now(), namespace = '') {
    this.#db = db;
    this.#now = now;
    this.#namespace = namespace;
  }

  async consume(name: string, rule: RateRule): Promise<RateDecision> {
    const key = this.#namespace + name;
    const now = this.#now();
    const windowMs = rule.window * 1000;
    const result = await this.#db.execute<{ count: number; window_start: string | number }>(sql`
      INSERT INTO rate_limits (key, count, window_start) VALUES (${key}, 1, ${now})
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN rate_limits.window_start + ${windowMs} <= ${now} THEN 1 ELSE rate_limits.count + 1 END,
        window_start = CASE WHEN rate_limits.window_start + ${windowMs} <= ${now} THEN ${now} ELSE rate_limits.window_start END
      RETURNING count, window_start`);
    const row = (result as unknown as { rows: { count: number; window_start: string | number }[] }).rows[0];
    if (!row) throw new Error('rate limit upsert returned nothing');
    this.#maybeSweep(now);
    if (row.count <= rule.max) return { allowed: true, retryAfter: null };
    return { allowed: false, retryAfter: Math.max(1, Math.ceil((Number(row.window_start) + windowMs - now) / 1000)) };
  }

  /** Gives back one counted request (one that turned out not to count, e.g. a join with a right code). */
  async refund(name: string): Promise<void> {
    const key = this.#namespace + name;
    await this.#db.execute(sql`UPDATE rate_limits SET count = GREATEST(count - 1, 0) WHERE key = ${key}`);
  }

  /** Whether one more request would still be allowed, without counting it. */
  async peek(name: string, rule: RateRule): Promise<RateDecision> {
    const key = this.#namespace + name;
    const now = this.#now();
    const windowMs = rule.window * 1000;
    const result = await this.#db.execute<{ count: number; window_start: string | number }>(
      sql`SELECT count, window_start FROM rate_limits WHERE key = ${key}`,
    );
    const row = (result as unknown as { rows: { count: number; window_start: string | number }[] }).rows[0];
    if (!row || Number(row.window_start) + windowMs <= now || row.count < rule.max) return { allowed: true, retryAfter: null };
    return { allowed: false, retryAfter: Math.max(1, Math.ceil((Number(row.window_start) + windowMs - now) / 1000)) };
  }

  /** Old windows are of no use; drop them now and then, without holding up the request. */
  #maybeSweep(now: number): void {
    if (now - this.#lastSweep < 10 * 60_000) return;
    this.#lastSweep = now;
    const cutoff = now - 24 * 3600_000;
    this.#db.execute(sql`DELETE FROM rate_limits WHERE window_start < ${cutoff}`).catch(() => undefined);
  }
}

/**
 * The part of a client address that one party controls: the address itself for IPv4, and the
 * /64 network for IPv6 (one household or phone gets a whole /64, so single IPv6 addresses are
 * free to rotate through).
 */
export function addressBucket(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = ip.includes('::') && tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = ip.includes('::') ? [...headGroups, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailGroups] : headGroups;
  return `${groups
    .slice(0, 4)
    .map((g) => (Number.parseInt(g || '0', 16) || 0).toString(16))
    .join(':')}::/64`;
}
