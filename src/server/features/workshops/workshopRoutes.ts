import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { JoinBodySchema, JoinCodeParamsSchema, WorkshopParamsSchema } from '../../../protocol/http.ts';
import type { AppContext } from '../../appContext.ts';
import { addressBucket } from '../../auth/rateLimiter.ts';
import { sessionUserOf } from '../../auth/sessionUser.ts';
import { parseInput } from '../../http/parseInput.ts';
import { sendError } from '../../http/sendError.ts';
import { joinWorkshop, lookUpWorkshop } from './joinWorkshop.ts';
import { presentSummary } from './presentSummary.ts';
import { workshopReaderOf } from './workshopReader.ts';

/**
 * Guessing a live join code: each client address may look up or join with a code that does not
 * exist this many times per hour; after that it is refused everything until the hour is over.
 * A whole workplace behind one address only spends on typing mistakes (docs/security.md).
 */
export const JOIN_FAILURES_PER_HOUR = 60;
const JOIN_FAILURE_RULE = { window: 3600, max: JOIN_FAILURES_PER_HOUR };

/**
 * Counts the attempt before the code is looked up, and gives it back when the code existed: so
 * parallel guesses cannot all pass a count that has not caught up yet.
 */
async function claimAttempt(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): Promise<string | null> {
  const key = `join-fail:${addressBucket(request.ip)}`;
  const decision = await ctx.rateLimiter.consume(key, JOIN_FAILURE_RULE);
  if (decision.allowed) return key;
  reply.header('retry-after', String(decision.retryAfter));
  sendError(reply, 'rate_limited');
  return null;
}

async function settleAttempt(ctx: AppContext, key: string, failed: boolean): Promise<void> {
  if (!failed) await ctx.rateLimiter.refund(key);
}

/** HTTP routes of the workshop feature: parse, authorise, call the command, present. */
export function registerWorkshopRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/join/:code', async (request, reply) => {
    const params = parseInput(JoinCodeParamsSchema, request.params, reply);
    if (!params) return reply;
    const attempt = await claimAttempt(ctx, request, reply);
    if (!attempt) return reply;
    const result = await lookUpWorkshop(ctx, params.code);
    await settleAttempt(ctx, attempt, !result.ok && result.error === 'workshop_not_found');
    if (!result.ok) return sendError(reply, result.error);
    return reply.send(result.value);
  });

  app.post('/api/join', async (request, reply) => {
    const body = parseInput(JoinBodySchema, request.body, reply);
    if (!body) return reply;
    const attempt = await claimAttempt(ctx, request, reply);
    if (!attempt) return reply;
    const user = await sessionUserOf(ctx.auth, request);
    const result = await joinWorkshop(ctx, body, user?.id ?? null).catch(async (error: unknown) => {
      await settleAttempt(ctx, attempt, false);
      throw error;
    });
    await settleAttempt(ctx, attempt, !result.ok && result.error === 'workshop_not_found');
    if (!result.ok) return sendError(reply, result.error);
    return reply.status(201).send(result.value);
  });

  app.get('/api/workshops/:workshopId/summary', async (request, reply) => {
    const params = parseInput(WorkshopParamsSchema, request.params, reply);
    if (!params) return reply;
    const audience = await workshopReaderOf(ctx, request, params.workshopId);
    // Not found, not forbidden: an outsider learns nothing about whether the workshop exists.
    const room = audience ? await ctx.rooms.get(params.workshopId) : null;
    if (!audience || !room) return sendError(reply, 'workshop_not_found');
    return reply.send(presentSummary(room.state, room.template, audience));
  });
}
