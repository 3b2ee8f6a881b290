import type { FastifyInstance } from 'fastify';
import type { ProjectActionsResponse, ProjectActionView } from '../../../protocol/projectActions.ts';
import { ProjectParamsSchema } from '../../../protocol/projects.ts';
import type { AppContext } from '../../appContext.ts';
import { parseInput } from '../../http/parseInput.ts';
import { sendError } from '../../http/sendError.ts';
import { requireMembership } from '../../policy/membership.ts';
import { presentAction } from '../workshops/presentWorkshop.ts';
import { findProject, listProjectWorkshops } from './projectStore.ts';

/**
 * Every action decided in a project's workshops, ours and sent upward. Actions are the written
 * action plan, visible to all members; they are read from the workshops' own state, so the list is
 * exactly what each meeting decided and has since updated.
 */
export function registerProjectActionRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/organisations/:organisationId/projects/:projectId/actions', async (request, reply) => {
    const params = parseInput(ProjectParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
    if (!membership) return reply;
    const project = await findProject(ctx.db, params.organisationId, params.projectId);
    if (!project) return sendError(reply, 'not_found');
    const workshops = await listProjectWorkshops(ctx.db, project.organisationId, project.id);
    // Rooms load side by side (each may replay its log); the list keeps the workshops' order.
    const rooms = await Promise.all(workshops.map((w) => ctx.rooms.get(w.id)));
    const actions: ProjectActionView[] = [];
    for (const [i, workshop] of workshops.entries()) {
      const room = rooms[i];
      if (!room) continue;
      const decided = [...room.state.actions.values()].sort((a, b) => a.createdAt - b.createdAt);
      for (const action of decided) {
        actions.push({ action: presentAction(action), workshopId: workshop.id, workshopTitle: workshop.title, templateId: workshop.templateId });
      }
    }
    const body: ProjectActionsResponse = { actions };
    return reply.send(body);
  });
}
