import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { JoinBodySchema, JoinCodeParamsSchema, WorkshopParamsSchema } from '../../../protocol/http.ts';
import type { AppContext } from '../../appContext.ts';
import { addressBucket } from '../../auth/rateLimiter.ts';
import { sessionUserOf } from '../../auth/sessionUser.ts';
import { parseInput } from '../../http/parseInput.ts';
import { sendError } from '../../http/sendError.ts';
import { joinWorkshop, lookUpWorkshop } from './joinWorkshop.ts';
import { presentSummary } from './presentSummary.ts';
import { STAFF, type Audience } from './presentWorkshop.ts';
import { authenticateViewer, memberMayRead } from './viewer.ts';

/**
 * Guessing a live join code: each client address may look up or join with a code that does not
 * exist this many times per hour; after that it is refused everything until the hour is over.
 * A whole workplace behind one address only spends on typing mistakes (docs/security.md).
 */
export const JOIN_FAILURES_PER_HOUR = 60;
const JOIN_FAILURE_RULE = { window: 3600, max: JOIN_FAILURES_PER_HOUR };

async function joinAllowed(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  const used = await ctx.rateLimiter.peek(`join-fail:${addressBucket(request.ip)}`, JOIN_FAILURE_RULE);
  if (used.allowed) return true;
  reply.header('retry-after', String(used.retryAfter));
  sendError(reply, 'rate_limited');
  return false;
}

async function countFailure(ctx: AppContext, request: FastifyRequest): Promise<void> {
  await ctx.rateLimiter.consume(`join-fail:${addressBucket(request.ip)}`, JOIN_FAILURE_RULE);
}

/** HTTP routes of the workshop feature: parse, authorise, call the command, present. */
export function registerWorkshopRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/join/:code', async (request, reply) => {
    const params = parseInput(JoinCodeParamsSchema, request.params, reply);
    if (!params) return reply;
    if (!(await joinAllowed(ctx, request, reply))) return reply;
    const result = await lookUpWorkshop(ctx, params.code);
    if (!result.ok) {
      if (result.error === 'workshop_not_found') await countFailure(ctx, request);
      return sendError(reply, result.error);
    }
    return reply.send(result.value);
  });

  app.post('/api/join', async (request, reply) => {
    const body = parseInput(JoinBodySchema, request.body, reply);
    if (!body) return reply;
    if (!(await joinAllowed(ctx, request, reply))) return reply;
    const user = await sessionUserOf(ctx.auth, request);
    const result = await joinWorkshop(ctx, body, user?.id ?? null);
    if (!result.ok) {
      if (result.error === 'workshop_not_found') await countFailure(ctx, request);
      return sendError(reply, result.error);
    }
    return reply.status(201).send(result.value);
  });

  app.get('/api/workshops/:workshopId/summary', async (request, reply) => {
    const params = parseInput(WorkshopParamsSchema, request.params, reply);
    if (!params) return reply;
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    let audience: Audience | null = null;
    if (bearer) {
      // A participant's device token: that one workshop, while it is open.
      const viewer = await authenticateViewer(ctx.db, params.workshopId, { role: 'participant', token: bearer }, null);
      if (viewer?.role === 'participant') audience = { kind: 'participant', participantId: viewer.participantId };
    } else {
      const user = await sessionUserOf(ctx.auth, request);
      if (user && (await memberMayRead(ctx.db, params.workshopId, user))) audience = STAFF;
    }
    // Not found, not forbidden: an outsider learns nothing about whether the workshop exists.
    const room = audience ? await ctx.rooms.get(params.workshopId) : null;
    if (!audience || !room) return sendError(reply, 'workshop_not_found');
    return reply.send(presentSummary(room.state, room.template, audience));
  });
}
