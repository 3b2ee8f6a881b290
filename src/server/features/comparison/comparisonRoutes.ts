import type { FastifyInstance } from 'fastify';
import { WorkshopParamsSchema } from '../../../protocol/http.ts';
import { ProjectParamsSchema } from '../../../protocol/projects.ts';
import type { AppContext } from '../../appContext.ts';
import { parseInput } from '../../http/parseInput.ts';
import { sendError } from '../../http/sendError.ts';
import { requireMembership } from '../../policy/membership.ts';
import { findProject } from '../projects/projectStore.ts';
import { workshopReaderOf } from '../workshops/workshopReader.ts';
import { findMinGroupSizeOfWorkshop, findWorkshopById } from '../workshops/workshopStore.ts';
import { compareProject } from './compareProject.ts';

/** The before/after comparison: on the project page for members, on the board for a workshop's guests too. */
export function registerComparisonRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/organisations/:organisationId/projects/:projectId/comparison', async (request, reply) => {
    const params = parseInput(ProjectParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
    if (!membership) return reply;
    const project = await findProject(ctx.db, params.organisationId, params.projectId);
    if (!project) return sendError(reply, 'not_found');
    return reply.send(await compareProject(ctx, project.organisationId, project.id, membership.organisation.minGroupSize, null));
  });

  app.get('/api/workshops/:workshopId/comparison', async (request, reply) => {
    const params = parseInput(WorkshopParamsSchema, request.params, reply);
    if (!params) return reply;
    const audience = await workshopReaderOf(ctx, request, params.workshopId);
    const workshop = audience ? await findWorkshopById(ctx.db, params.workshopId) : null;
    if (!audience || !workshop) return sendError(reply, 'workshop_not_found');
    const minGroupSize = await findMinGroupSizeOfWorkshop(ctx.db, workshop.id);
    if (minGroupSize === null) return sendError(reply, 'workshop_not_found');
    return reply.send(await compareProject(ctx, workshop.organisationId, workshop.projectId, minGroupSize, workshop.id));
  });
}
