import type { FastifyInstance, FastifyReply } from 'fastify';
import { ACTION_EXPORT_FORMATS, CalendarFeedCreateBodySchema, CalendarFeedParamsSchema, CalendarTokenParamsSchema, type CalendarFeedListResponse } from '../../../protocol/actionExports.ts';
import { OrganisationParamsSchema } from '../../../protocol/accounts.ts';
import { ActionListQuerySchema } from '../../../protocol/actionPlan.ts';
import type { AppContext } from '../../appContext.ts';
import { addressBucket } from '../../auth/rateLimiter.ts';
import { parseInput } from '../../http/parseInput.ts';
import { sendError } from '../../http/sendError.ts';
import { requireMembership } from '../../policy/membership.ts';
import { hashSecret } from '../workshops/secrets.ts';
import { actionPlanFile, exportQuery, type ActionPlanFile } from './actionPlanFile.ts';
import { findLiveCalendarFeed, listCalendarFeeds, revokeCalendarFeed, touchCalendarFeed } from './calendarFeedStore.ts';
import { createCalendarFeed } from './createCalendarFeed.ts';

/**
 * Calendar addresses are opened without a cookie, by calendar apps. Tokens have 256 random bits,
 * so guessing is hopeless; the limits keep scanners and runaway clients from costing much. Only
 * unknown tokens count against an address: Google's and Microsoft's calendars fetch everyone's
 * feeds from a few shared addresses, which a limit on every request would starve. A known feed
 * has its own limit instead.
 */
export const CALENDAR_MISSES_PER_HOUR = 60;
const CALENDAR_MISS_RULE = { window: 3600, max: CALENDAR_MISSES_PER_HOUR };
const CALENDAR_FEED_RULE = { window: 60, max: 30 };
/** New addresses per member and hour: each is a standing key to the plan, not something to mint in bulk. */
const FEED_CREATION_RULE = { window: 3600, max: 20 };

/** How long a calendar app (or a proxy of the member's own) may keep a copy of a feed. */
const FEED_CACHE = 'private, max-age=300';

function limited(reply: FastifyReply, retryAfter: number | null): FastifyReply {
  reply.header('retry-after', String(retryAfter ?? 60));
  return sendError(reply, 'rate_limited');
}

async function sendFile(reply: FastifyReply, file: ActionPlanFile, cacheControl: string): Promise<FastifyReply> {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', file.disposition)
    .header('cache-control', cacheControl)
    .send(await file.render());
}

/** Whether an If-None-Match header names this tag (weak comparison, as RFC 9110 asks for GET). */
function alreadyHeld(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * The action plan leaving Kompas: files of the list as filtered (CSV, Excel, calendar) for any
 * member, and each member's private, revocable calendar addresses.
 */
export function registerActionExportRoutes(app: FastifyInstance, ctx: AppContext): void {
  for (const format of ACTION_EXPORT_FORMATS) {
    app.get(`/api/organisations/:organisationId/actions.${format}`, async (request, reply) => {
      const params = parseInput(OrganisationParamsSchema, request.params, reply);
      if (!params) return reply;
      const query = parseInput(ActionListQuerySchema, request.query, reply);
      if (!query) return reply;
      const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
      if (!membership) return reply;
      const file = await actionPlanFile(ctx, membership.organisation, exportQuery(query, membership.user.id), format);
      // The plan names people and problems at work: no shared cache keeps a copy.
      return sendFile(reply, file, 'private, no-store');
    });
  }

  app.get('/api/organisations/:organisationId/calendar-feeds', async (request, reply) => {
    const params = parseInput(OrganisationParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
    if (!membership) return reply;
    const feeds = await listCalendarFeeds(ctx.db, params.organisationId, membership.user.id);
    const body: CalendarFeedListResponse = {
      feeds: feeds.map((feed) => ({
        id: feed.id,
        scope: feed.scope,
        createdAt: feed.createdAt.toISOString(),
        lastUsedAt: feed.lastUsedAt ? feed.lastUsedAt.toISOString() : null,
      })),
    };
    return reply.send(body);
  });

  app.post('/api/organisations/:organisationId/calendar-feeds', async (request, reply) => {
    const params = parseInput(OrganisationParamsSchema, request.params, reply);
    if (!params) return reply;
    const body = parseInput(CalendarFeedCreateBodySchema, request.body, reply);
    if (!body) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
    if (!membership) return reply;
    const decision = await ctx.rateLimiter.consume(`calendar-feed-create:${membership.user.id}`, FEED_CREATION_RULE);
    if (!decision.allowed) return limited(reply, decision.retryAfter);
    const created = await createCalendarFeed(ctx, { organisationId: params.organisationId, userId: membership.user.id }, body.scope);
    // The address is a key: it must not linger in any cache on the way.
    return reply.status(201).header('cache-control', 'no-store').send(created);
  });

  app.delete('/api/organisations/:organisationId/calendar-feeds/:feedId', async (request, reply) => {
    const params = parseInput(CalendarFeedParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
    if (!membership) return reply;
    const revoked = await revokeCalendarFeed(ctx.db, params.organisationId, membership.user.id, params.feedId, new Date(ctx.now()));
    return revoked ? reply.status(204).send() : sendError(reply, 'not_found');
  });

  app.get('/api/calendar/:token.ics', async (request, reply) => {
    const params = CalendarTokenParamsSchema.safeParse(request.params);
    const feed = params.success ? await findLiveCalendarFeed(ctx.db, hashSecret(params.data.token)) : null;
    if (!feed) {
      // Unknown, revoked, or its maker is no longer a member: all alike, and all counted.
      const miss = await ctx.rateLimiter.consume(`calendar-miss:${addressBucket(request.ip)}`, CALENDAR_MISS_RULE);
      if (!miss.allowed) return limited(reply, miss.retryAfter);
      return sendError(reply, 'not_found');
    }
    const decision = await ctx.rateLimiter.consume(`calendar-feed:${feed.id}`, CALENDAR_FEED_RULE);
    if (!decision.allowed) return limited(reply, decision.retryAfter);
    const now = new Date(ctx.now());
    await touchCalendarFeed(ctx.db, feed.id, now);
    const query = feed.scope === 'mine' ? { state: 'open' as const, responsibleUserId: feed.userId } : { state: 'open' as const };
    const file = await actionPlanFile(ctx, feed.organisation, query, 'ics');
    reply.header('etag', file.etag);
    // Laying out a calendar is the costly part (decision 013); an app that has this one is told so.
    if (alreadyHeld(request.headers['if-none-match'], file.etag)) return reply.status(304).header('cache-control', FEED_CACHE).send();
    return sendFile(reply, file, FEED_CACHE);
  });
}
