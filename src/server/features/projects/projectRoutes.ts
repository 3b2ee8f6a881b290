import type { FastifyInstance } from 'fastify';
import { formatJoinCode } from '../../../domain/joinCode.ts';
import { findPhase, type ProjectPhaseId, type ProjectStepId } from '../../../domain/projectPhases.ts';
import { can } from '../../../domain/roles.ts';
import { OrganisationParamsSchema } from '../../../protocol/accounts.ts';
import {
  CreateProjectBodySchema,
  CreateProjectWorkshopBodySchema,
  MoveProjectPhaseBodySchema,
  ProjectParamsSchema,
  UpdateProjectBodySchema,
  type CreateProjectWorkshopResponse,
  type ProjectListResponse,
  type ProjectView,
} from '../../../protocol/projects.ts';
import type { AppContext } from '../../appContext.ts';
import type { Db } from '../../db/database.ts';
import { parseInput } from '../../http/parseInput.ts';
import { sendError } from '../../http/sendError.ts';
import { requireMembership, type Membership } from '../../policy/membership.ts';
import { createWorkshop } from '../workshops/createWorkshop.ts';
import {
  findProject,
  insertProject,
  listPhaseChanges,
  listProjects,
  listProjectWorkshops,
  moveProjectPhase,
  updateProject,
  type ProjectRow,
} from './projectStore.ts';

async function presentProject(db: Db, project: ProjectRow, membership: Membership): Promise<ProjectView> {
  const facilitates = can(membership.roles, 'workshop.facilitate');
  const [history, projectWorkshops] = await Promise.all([
    listPhaseChanges(db, project.organisationId, project.id),
    listProjectWorkshops(db, project.organisationId, project.id),
  ]);
  return {
    id: project.id,
    organisationId: project.organisationId,
    title: project.title,
    description: project.description,
    staffGroups: project.staffGroups,
    units: project.units,
    phase: project.phase as ProjectPhaseId,
    step: project.step as ProjectStepId,
    frame: project.frame,
    phaseHistory: history.map((h) => ({
      phase: h.phase as ProjectPhaseId,
      step: h.step as ProjectStepId,
      at: h.at.toISOString(),
      byName: h.byName,
    })),
    workshops: projectWorkshops.map((w) => ({
      id: w.id,
      title: w.title,
      templateId: w.templateId,
      status: w.status === 'finished' ? 'finished' : 'open',
      joinCode: facilitates ? formatJoinCode(w.joinCode) : null,
      createdAt: w.createdAt.toISOString(),
    })),
    createdAt: project.createdAt.toISOString(),
    updatedAt: project.updatedAt.toISOString(),
  };
}

/** Digitalisation projects of an organisation, and the workshops held in them. */
export function registerProjectRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/organisations/:organisationId/projects', async (request, reply) => {
    const params = parseInput(OrganisationParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
    if (!membership) return reply;
    const rows = await listProjects(ctx.db, params.organisationId);
    const body: ProjectListResponse = {
      projects: rows.map((p) => ({
        id: p.id,
        title: p.title,
        phase: p.phase as ProjectPhaseId,
        step: p.step as ProjectStepId,
        workshopCount: p.workshopCount,
        openWorkshopCount: p.openWorkshopCount,
        updatedAt: p.updatedAt.toISOString(),
      })),
    };
    return body;
  });

  app.post('/api/organisations/:organisationId/projects', async (request, reply) => {
    const params = parseInput(OrganisationParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.manage');
    if (!membership) return reply;
    const body = parseInput(CreateProjectBodySchema, request.body, reply);
    if (!body) return reply;
    const id = await insertProject(ctx.db, params.organisationId, membership.user.id, body, new Date(ctx.now()));
    const project = await findProject(ctx.db, params.organisationId, id);
    if (!project) return sendError(reply, 'internal');
    return reply.status(201).send(await presentProject(ctx.db, project, membership));
  });

  app.get('/api/organisations/:organisationId/projects/:projectId', async (request, reply) => {
    const params = parseInput(ProjectParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
    if (!membership) return reply;
    const project = await findProject(ctx.db, params.organisationId, params.projectId);
    if (!project) return sendError(reply, 'not_found');
    return presentProject(ctx.db, project, membership);
  });

  app.patch('/api/organisations/:organisationId/projects/:projectId', async (request, reply) => {
    const params = parseInput(ProjectParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.manage');
    if (!membership) return reply;
    const body = parseInput(UpdateProjectBodySchema, request.body, reply);
    if (!body) return reply;
    const project = await findProject(ctx.db, params.organisationId, params.projectId);
    if (!project) return sendError(reply, 'not_found');
    const { frame, ...rest } = body;
    await updateProject(
      ctx.db,
      params.organisationId,
      params.projectId,
      { ...rest, ...(frame ? { frame: { ...project.frame, ...frame } } : {}) },
      new Date(ctx.now()),
    );
    const updated = await findProject(ctx.db, params.organisationId, params.projectId);
    return updated ? presentProject(ctx.db, updated, membership) : sendError(reply, 'not_found');
  });

  app.put('/api/organisations/:organisationId/projects/:projectId/phase', async (request, reply) => {
    const params = parseInput(ProjectParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.manage');
    if (!membership) return reply;
    const body = parseInput(MoveProjectPhaseBodySchema, request.body, reply);
    if (!body) return reply;
    const moved = await moveProjectPhase(ctx.db, params.organisationId, params.projectId, body.phase, body.step, membership.user.id, new Date(ctx.now()));
    if (!moved) return sendError(reply, 'not_found');
    const project = await findProject(ctx.db, params.organisationId, params.projectId);
    return project ? presentProject(ctx.db, project, membership) : sendError(reply, 'not_found');
  });

  app.post('/api/organisations/:organisationId/projects/:projectId/workshops', async (request, reply) => {
    const params = parseInput(ProjectParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'workshop.facilitate');
    if (!membership) return reply;
    const body = parseInput(CreateProjectWorkshopBodySchema, request.body, reply);
    if (!body) return reply;
    const project = await findProject(ctx.db, params.organisationId, params.projectId);
    if (!project) return sendError(reply, 'not_found');
    const result = await createWorkshop(ctx, {
      organisationId: project.organisationId,
      projectId: project.id,
      createdBy: membership.user.id,
      title: body.title,
      templateId: body.templateId,
      locale: body.locale,
      anonymous: body.anonymous,
      // Left out, a phase dialogue is about the phase the project is in now; null means all four.
      phase: body.phase === undefined ? (findPhase(project.phase)?.id ?? null) : body.phase,
    });
    if (!result.ok) return sendError(reply, result.error);
    const response: CreateProjectWorkshopResponse = result.value;
    return reply.status(201).send(response);
  });
}
