import type { FastifyInstance } from 'fastify';
import { ACTION_TIME_ZONE, calendarDate } from '../../../domain/actionPlan.ts';
import {
  ActionChangeBodySchema,
  ActionListQuerySchema,
  ActionParamsSchema,
  type ActionHistoryResponse,
  type ActionListResponse,
  type ActionRecordView,
} from '../../../protocol/actionPlan.ts';
import { OrganisationParamsSchema } from '../../../protocol/accounts.ts';
import { ProjectParamsSchema } from '../../../protocol/projects.ts';
import type { AppContext } from '../../appContext.ts';
import { parseInput } from '../../http/parseInput.ts';
import { sendError } from '../../http/sendError.ts';
import { requireMembership, type Membership } from '../../policy/membership.ts';
import { findProject } from '../projects/projectStore.ts';
import { findAction, listActionRevisions, listActions, memberNames, type ActionQuery } from './actionStore.ts';
import { changeProjectAction } from './changeProjectAction.ts';
import { presentActionRecord, presentRevisions } from './presentActions.ts';

/**
 * The action plan over HTTP: every member of the organisation sees every action (the plan is
 * shared, as an APV's is); those who run the dialogue change them, and whoever answers for an
 * action follows it up.
 */
export function registerActionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const today = () => calendarDate(ctx.now(), ACTION_TIME_ZONE);

  async function list(membership: Membership, query: Omit<ActionQuery, 'today'>): Promise<ActionListResponse> {
    const day = today();
    const rows = await listActions(ctx.db, membership.organisation.id, { ...query, today: day });
    const viewer = { userId: membership.user.id, roles: membership.roles };
    return { actions: rows.map((row) => presentActionRecord(row, day, viewer)), today: day };
  }

  app.get('/api/organisations/:organisationId/actions', async (request, reply) => {
    const params = parseInput(OrganisationParamsSchema, request.params, reply);
    if (!params) return reply;
    const query = parseInput(ActionListQuerySchema, request.query, reply);
    if (!query) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
    if (!membership) return reply;
    return reply.send(
      await list(membership, {
        ...(query.projectId ? { projectId: query.projectId } : {}),
        ...(query.state !== 'all' ? { state: query.state } : {}),
        ...(query.mine ? { responsibleUserId: membership.user.id } : {}),
        ...(query.upward !== undefined ? { upward: query.upward } : {}),
      }),
    );
  });

  app.get('/api/organisations/:organisationId/projects/:projectId/actions', async (request, reply) => {
    const params = parseInput(ProjectParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
    if (!membership) return reply;
    if (!(await findProject(ctx.db, params.organisationId, params.projectId))) return sendError(reply, 'not_found');
    return reply.send(await list(membership, { projectId: params.projectId }));
  });

  app.patch('/api/organisations/:organisationId/projects/:projectId/actions/:actionId', async (request, reply) => {
    const params = parseInput(ActionParamsSchema, request.params, reply);
    if (!params) return reply;
    const body = parseInput(ActionChangeBodySchema, request.body, reply);
    if (!body) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
    if (!membership) return reply;
    const viewer = { userId: membership.user.id, roles: membership.roles };
    const changed = await changeProjectAction(ctx.db, params, viewer, body, new Date(ctx.now()));
    if (!changed.ok) return sendError(reply, changed.error);
    const { actions } = await list(membership, { projectId: params.projectId, actionId: params.actionId });
    const action: ActionRecordView | undefined = actions[0];
    if (!action) return sendError(reply, 'not_found');
    return reply.send(action);
  });

  app.get('/api/organisations/:organisationId/projects/:projectId/actions/:actionId/history', async (request, reply) => {
    const params = parseInput(ActionParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
    if (!membership) return reply;
    const action = await findAction(ctx.db, params.organisationId, params.projectId, params.actionId);
    if (!action) return sendError(reply, 'not_found');
    const rows = await listActionRevisions(ctx.db, params.organisationId, params.projectId, params.actionId);
    const responsible = rows.flatMap((row) => (row.data.responsibleUserId ? [row.data.responsibleUserId] : []));
    const names = await memberNames(ctx.db, params.organisationId, responsible);
    const body: ActionHistoryResponse = { revisions: presentRevisions(rows, names) };
    return reply.send(body);
  });
}
