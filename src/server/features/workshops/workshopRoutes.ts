import type { FastifyInstance } from 'fastify';
import {
  CreateWorkshopBodySchema,
  JoinBodySchema,
  JoinCodeParamsSchema,
  WorkshopParamsSchema,
} from '../../../protocol/http.ts';
import { parseInput } from '../../http/parseInput.ts';
import { sendError } from '../../http/sendError.ts';
import { createWorkshop } from './createWorkshop.ts';
import { joinWorkshop, lookUpWorkshop } from './joinWorkshop.ts';
import { presentSummary } from './presentSummary.ts';
import { STAFF } from './presentWorkshop.ts';
import { authenticateViewer, authFromBearer } from './viewer.ts';
import type { WorkshopContext } from './workshopContext.ts';

/** HTTP routes of the workshop feature: parse, authorise, call the command, present. */
export function registerWorkshopRoutes(app: FastifyInstance, ctx: WorkshopContext): void {
  app.post('/api/workshops', async (request, reply) => {
    const body = parseInput(CreateWorkshopBodySchema, request.body, reply);
    if (!body) return reply;
    const result = await createWorkshop(ctx, body);
    if (!result.ok) return sendError(reply, result.error);
    return reply.status(201).send(result.value);
  });

  app.get('/api/join/:code', async (request, reply) => {
    const params = parseInput(JoinCodeParamsSchema, request.params, reply);
    if (!params) return reply;
    const result = await lookUpWorkshop(ctx, params.code);
    if (!result.ok) return sendError(reply, result.error);
    return reply.send(result.value);
  });

  app.post('/api/join', async (request, reply) => {
    const body = parseInput(JoinBodySchema, request.body, reply);
    if (!body) return reply;
    const result = await joinWorkshop(ctx, body);
    if (!result.ok) return sendError(reply, result.error);
    return reply.status(201).send(result.value);
  });

  app.get('/api/workshops/:workshopId/summary', async (request, reply) => {
    const params = parseInput(WorkshopParamsSchema, request.params, reply);
    if (!params) return reply;
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const viewer = bearer ? await authenticateViewer(ctx.db, params.workshopId, authFromBearer(bearer)) : null;
    // Not found, not forbidden: an outsider learns nothing about whether the workshop exists.
    const room = viewer ? await ctx.rooms.get(params.workshopId) : null;
    if (!viewer || !room) return sendError(reply, 'workshop_not_found');
    const audience = viewer.role === 'participant' ? { kind: 'participant' as const, participantId: viewer.participantId } : STAFF;
    return reply.send(presentSummary(room.state, room.template, audience));
  });
}
