import { and, desc, eq, isNull, lte, or } from 'drizzle-orm';
import type { CalendarFeedScope } from '../../../protocol/actionExports.ts';
import type { Db } from '../../db/database.ts';
import { calendarFeeds, members, organisations } from '../../db/schema.ts';

/**
 * Private calendar addresses. Only the sha256 of a token is stored, so the database never holds
 * a working address; a revoked feed keeps its row (with revoked_at) and never answers again.
 */

export interface StoredCalendarFeed {
  readonly id: string;
  readonly scope: CalendarFeedScope;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
}

const asScope = (scope: string): CalendarFeedScope => (scope === 'mine' ? 'mine' : 'all');

export async function insertCalendarFeed(
  db: Db,
  feed: { id: string; organisationId: string; userId: string; tokenHash: string; scope: CalendarFeedScope; createdAt: Date },
): Promise<void> {
  await db.insert(calendarFeeds).values(feed);
}

/** A member's own feeds in one organisation that still answer, newest first. */
export async function listCalendarFeeds(db: Db, organisationId: string, userId: string): Promise<StoredCalendarFeed[]> {
  const rows = await db
    .select({ id: calendarFeeds.id, scope: calendarFeeds.scope, createdAt: calendarFeeds.createdAt, lastUsedAt: calendarFeeds.lastUsedAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.organisationId, organisationId), eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .orderBy(desc(calendarFeeds.createdAt), desc(calendarFeeds.id));
  return rows.map((row) => ({ ...row, scope: asScope(row.scope) }));
}

/** Revokes one of the member's own live feeds; false when there is no such feed (or it is not theirs). */
export async function revokeCalendarFeed(db: Db, organisationId: string, userId: string, feedId: string, at: Date): Promise<boolean> {
  const revoked = await db
    .update(calendarFeeds)
    .set({ revokedAt: at })
    .where(
      and(
        eq(calendarFeeds.id, feedId),
        eq(calendarFeeds.organisationId, organisationId),
        eq(calendarFeeds.userId, userId),
        isNull(calendarFeeds.revokedAt),
      ),
    )
    .returning({ id: calendarFeeds.id });
  return revoked.length === 1;
}

export interface LiveCalendarFeed {
  readonly id: string;
  readonly scope: CalendarFeedScope;
  readonly userId: string;
  readonly organisation: { readonly id: string; readonly name: string; readonly defaultLocale: string };
}

/**
 * The feed a token opens: not revoked, and only while its maker is still a member of the
 * organisation (the join on members is the policy: a removed member's addresses go dead).
 */
export async function findLiveCalendarFeed(db: Db, tokenHash: string): Promise<LiveCalendarFeed | null> {
  const rows = await db
    .select({
      id: calendarFeeds.id,
      scope: calendarFeeds.scope,
      userId: calendarFeeds.userId,
      organisationId: organisations.id,
      name: organisations.name,
      defaultLocale: organisations.defaultLocale,
    })
    .from(calendarFeeds)
    .innerJoin(members, and(eq(members.organizationId, calendarFeeds.organisationId), eq(members.userId, calendarFeeds.userId)))
    .innerJoin(organisations, eq(organisations.id, calendarFeeds.organisationId))
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    scope: asScope(row.scope),
    userId: row.userId,
    organisation: { id: row.organisationId, name: row.name, defaultLocale: row.defaultLocale },
  };
}

/** How stale last_used_at may be: calendar apps poll often, and a write per poll buys nothing. */
const TOUCH_INTERVAL_MS = 60_000;

/** Notes that a calendar app fetched the feed, at most once a minute (one conditional write). */
export async function touchCalendarFeed(db: Db, feedId: string, at: Date): Promise<void> {
  await db
    .update(calendarFeeds)
    .set({ lastUsedAt: at })
    .where(
      and(
        eq(calendarFeeds.id, feedId),
        or(isNull(calendarFeeds.lastUsedAt), lte(calendarFeeds.lastUsedAt, new Date(at.getTime() - TOUCH_INTERVAL_MS))),
      ),
    );
}
