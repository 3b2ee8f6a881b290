import type { CalendarFeedCreated, CalendarFeedScope } from '../../../protocol/actionExports.ts';
import type { AppContext } from '../../appContext.ts';
import { hashSecret, newId, newSecret } from '../workshops/secrets.ts';
import { insertCalendarFeed } from './calendarFeedStore.ts';

/** The public address of a feed's calendar: anyone holding it reads the calendar, no cookie needed. */
export function calendarFeedUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/api/calendar/${token}.ics`;
}

/**
 * Makes a private calendar address for a member: a new 256-bit token, of which only the hash is
 * kept. The address is in the answer and nowhere else; lost, it is revoked and a new one made.
 */
export async function createCalendarFeed(
  ctx: AppContext,
  member: { readonly organisationId: string; readonly userId: string },
  scope: CalendarFeedScope,
): Promise<CalendarFeedCreated> {
  const token = newSecret('kp');
  const id = newId();
  const createdAt = new Date(ctx.now());
  await insertCalendarFeed(ctx.db, { id, organisationId: member.organisationId, userId: member.userId, tokenHash: hashSecret(token), scope, createdAt });
  return { id, url: calendarFeedUrl(ctx.publicUrl, token), scope, createdAt: createdAt.toISOString() };
}
