import type { FastifyInstance, FastifyReply } from 'fastify';
import { editPermission } from '../../../domain/registers.ts';
import type { RegisterId } from '../../../domain/registerTypes.ts';
import { ProjectParamsSchema } from '../../../protocol/projects.ts';
import { EntryParamsSchema, JudgeAssumptionBodySchema, ProjectEntryParamsSchema, SaveEntryBodySchema } from '../../../protocol/registers.ts';
import type { AppContext } from '../../appContext.ts';
import { parseInput } from '../../http/parseInput.ts';
import { sendError } from '../../http/sendError.ts';
import type { Membership } from '../../policy/membership.ts';
import { requireMembership } from '../../policy/membership.ts';
import { findProject } from '../projects/projectStore.ts';
import { deleteRegisterEntry } from './deleteRegisterEntry.ts';
import { judgeAssumption } from './judgeAssumption.ts';
import { nameSelf } from './nameSelf.ts';
import { presentHistory, presentOneEntry, presentProjectRegisters } from './presentRegisters.ts';
import { saveRegisterEntry, type RegisterScope } from './saveRegisterEntry.ts';

const REGISTERS_PATH = '/api/organisations/:organisationId/projects/:projectId/registers';
const ENTRY_PATH = `${REGISTERS_PATH}/:register/entries/:entryId`;

function scopeOf(params: { organisationId: string; projectId: string }, membership: Membership): RegisterScope {
  return { organisationId: params.organisationId, projectId: params.projectId, userId: membership.user.id };
}

/**
 * A project's registers on the project page: read by every member; changed by those the register's
 * definition names (every member, or those who manage the project); assumptions judged and
 * invisible work claimed by every member, each for themself.
 */
export function registerRegisterRoutes(app: FastifyInstance, ctx: AppContext): void {
  /** Answers with one row as it now stands (after a change that has committed). */
  async function sendEntry(reply: FastifyReply, membership: Membership, projectId: string, register: RegisterId, entryId: string) {
    const view = await presentOneEntry(ctx.db, membership, projectId, register, entryId);
    return view ? reply.send(view) : sendError(reply, 'entry_not_found');
  }

  app.get(REGISTERS_PATH, async (request, reply) => {
    const params = parseInput(ProjectParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
    if (!membership) return reply;
    if (!(await findProject(ctx.db, params.organisationId, params.projectId))) return sendError(reply, 'not_found');
    return presentProjectRegisters(ctx.db, membership, params.projectId);
  });

  app.put(ENTRY_PATH, async (request, reply) => {
    const params = parseInput(EntryParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, editPermission(params.register));
    if (!membership) return reply;
    const body = parseInput(SaveEntryBodySchema, request.body, reply);
    if (!body) return reply;
    const saved = await saveRegisterEntry(ctx, scopeOf(params, membership), {
      register: params.register,
      entryId: params.entryId,
      fields: body.fields,
      position: body.position,
    });
    if (!saved.ok) return sendError(reply, saved.error);
    return sendEntry(reply, membership, params.projectId, params.register, params.entryId);
  });

  app.delete(ENTRY_PATH, async (request, reply) => {
    const params = parseInput(EntryParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, editPermission(params.register));
    if (!membership) return reply;
    const deleted = await deleteRegisterEntry(ctx, scopeOf(params, membership), params.register, params.entryId);
    if (!deleted.ok) return sendError(reply, deleted.error);
    return reply.status(204).send();
  });

  app.get(`${ENTRY_PATH}/history`, async (request, reply) => {
    const params = parseInput(EntryParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
    if (!membership) return reply;
    if (!(await findProject(ctx.db, params.organisationId, params.projectId))) return sendError(reply, 'not_found');
    const history = await presentHistory(ctx.db, params.organisationId, params.projectId, params.register, params.entryId);
    return history ?? sendError(reply, 'entry_not_found');
  });

  app.put(`${REGISTERS_PATH}/assumptions/entries/:entryId/judgement`, async (request, reply) => {
    const params = parseInput(ProjectEntryParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
    if (!membership) return reply;
    const body = parseInput(JudgeAssumptionBodySchema, request.body, reply);
    if (!body) return reply;
    const judged = await judgeAssumption(ctx, scopeOf(params, membership), params.entryId, body);
    if (!judged.ok) return sendError(reply, judged.error);
    return sendEntry(reply, membership, params.projectId, 'assumptions', params.entryId);
  });

  for (const doesIt of [true, false]) {
    const route = doesIt ? app.post.bind(app) : app.delete.bind(app);
    route(`${REGISTERS_PATH}/invisibleWork/entries/:entryId/self`, async (request, reply) => {
      const params = parseInput(ProjectEntryParamsSchema, request.params, reply);
      if (!params) return reply;
      const membership = await requireMembership(ctx, request, reply, params.organisationId, 'project.read');
      if (!membership) return reply;
      const named = await nameSelf(ctx, scopeOf(params, membership), params.entryId, doesIt);
      if (!named.ok) return sendError(reply, named.error);
      return sendEntry(reply, membership, params.projectId, 'invisibleWork', params.entryId);
    });
  }
}
