import type { FastifyInstance } from 'fastify';
import { OrganisationParamsSchema } from '../../../protocol/accounts.ts';
import { OverviewQuerySchema } from '../../../protocol/overview.ts';
import type { AppContext } from '../../appContext.ts';
import { parseInput } from '../../http/parseInput.ts';
import { requireMembership } from '../../policy/membership.ts';
import { buildOverview } from './buildOverview.ts';

/**
 * The overview for the cooperation committee. Every member may read it: it holds nothing that the
 * projects' own pages do not show, and its trait counts keep the minimum group size per project.
 */
export function registerOverviewRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/organisations/:organisationId/overview', async (request, reply) => {
    const params = parseInput(OrganisationParamsSchema, request.params, reply);
    if (!params) return reply;
    const query = parseInput(OverviewQuerySchema, request.query, reply);
    if (!query) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
    if (!membership) return reply;
    return reply.send(await buildOverview(ctx, membership.organisation.id, membership.organisation.minGroupSize, query));
  });
}
