import { randomBytes } from 'node:crypto';
import { isAPIError } from 'better-auth/api';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance } from 'fastify';
import { permissionsOf } from '../../../domain/roles.ts';
import type { ErrorCode } from '../../../protocol/errorCodes.ts';
import {
  CreateInvitationBodySchema,
  CreateOrganisationBodySchema,
  DeleteOrganisationBodySchema,
  InvitationParamsSchema,
  MemberParamsSchema,
  OrganisationInvitationParamsSchema,
  OrganisationParamsSchema,
  UpdateMemberRolesBodySchema,
  UpdateOrganisationBodySchema,
  type AcceptInvitationResponse,
  type InvitationLookupResponse,
  type InvitationView,
  type MeResponse,
  type MembersResponse,
  type MemberView,
  type OrganisationSummary,
  type OrganisationView,
  type OutboxResponse,
} from '../../../protocol/accounts.ts';
import type { AppContext } from '../../appContext.ts';
import { sessionUserOf } from '../../auth/sessionUser.ts';
import { parseInput } from '../../http/parseInput.ts';
import { sendError } from '../../http/sendError.ts';
import { listOutbox } from '../../mail/outbox.ts';
import { findMembership, requireMembership, requireUser, type Membership } from '../../policy/membership.ts';
import {
  cancelInvitation,
  deleteOrganisation,
  findInvitation,
  findMember,
  isMemberByEmail,
  listMembers,
  listMyOrganisations,
  listPendingInvitations,
  removeMember,
  setMemberRoles,
  updateOrganisation,
} from './organisationStore.ts';

const INVITATIONS_PER_HOUR = 30;

function slugFor(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'oe')
    .replace(/å/gi, 'aa')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${base || 'org'}-${randomBytes(4).toString('hex')}`;
}

export function presentOrganisation(membership: Membership): OrganisationView {
  const o = membership.organisation;
  return {
    id: o.id,
    name: o.name,
    slug: o.slug,
    isDemo: o.isDemo,
    settings: {
      defaultLocale: o.defaultLocale === 'en' ? 'en' : 'da',
      anonymousDefault: o.anonymousDefault,
      minGroupSize: o.minGroupSize,
      reminderDaysBefore: o.reminderDaysBefore,
      remindOverdue: o.remindOverdue,
    },
    myRoles: [...membership.roles],
    myPermissions: permissionsOf(membership.roles),
  };
}

function presentMember(
  member: { memberId: string; userId: string; name: string; email: string; roles: MemberView['roles']; createdAt: Date },
  showEmail: boolean,
): MemberView {
  return {
    memberId: member.memberId,
    userId: member.userId,
    name: member.name,
    email: showEmail ? member.email : null,
    roles: member.roles,
    joinedAt: member.createdAt.toISOString(),
  };
}

/** better-auth's refusals, as our codes. */
function authErrorCode(error: unknown): ErrorCode | null {
  if (!isAPIError(error)) return null;
  const code = (error.body as { code?: string } | undefined)?.code ?? '';
  if (code.includes('ALREADY_A_MEMBER')) return 'already_member';
  if (code.includes('EMAIL_VERIFICATION')) return 'email_not_verified';
  if (code.includes('NOT_FOUND')) return 'not_found';
  if (code.includes('NOT_ALLOWED')) return 'not_allowed';
  return 'auth_failed';
}

/** Organisations, members, invitations and the signed-in person's own view. */
export function registerOrganisationRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/me', async (request, reply) => {
    const user = await sessionUserOf(ctx.auth, request);
    reply.header('cache-control', 'no-store');
    const body: MeResponse = user
      ? { user: { ...user }, organisations: await listMyOrganisations(ctx.db, user.id) }
      : { user: null, organisations: [] };
    return body;
  });

  app.post('/api/organisations', async (request, reply) => {
    const user = await requireUser(ctx, request, reply);
    if (!user) return reply;
    const body = parseInput(CreateOrganisationBodySchema, request.body, reply);
    if (!body) return reply;
    const created = await ctx.auth.api.createOrganization({
      body: { name: body.name, slug: slugFor(body.name) },
      headers: fromNodeHeaders(request.headers),
    });
    if (!created) return sendError(reply, 'internal');
    await updateOrganisation(ctx.db, created.id, { defaultLocale: body.defaultLocale });
    const summary: OrganisationSummary = { id: created.id, name: created.name, slug: created.slug, isDemo: false, roles: ['admin'] };
    return reply.status(201).send(summary);
  });

  app.get('/api/organisations/:organisationId', async (request, reply) => {
    const params = parseInput(OrganisationParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'organisation.read');
    if (!membership) return reply;
    return presentOrganisation(membership);
  });

  app.patch('/api/organisations/:organisationId', async (request, reply) => {
    const params = parseInput(OrganisationParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'organisation.update');
    if (!membership) return reply;
    const body = parseInput(UpdateOrganisationBodySchema, request.body, reply);
    if (!body) return reply;
    await updateOrganisation(ctx.db, params.organisationId, body);
    const updated = await findMembership(ctx.db, membership.user, params.organisationId);
    return updated ? presentOrganisation(updated) : sendError(reply, 'not_found');
  });

  app.delete('/api/organisations/:organisationId', async (request, reply) => {
    const params = parseInput(OrganisationParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'organisation.update');
    if (!membership) return reply;
    const body = parseInput(DeleteOrganisationBodySchema, request.body, reply);
    if (!body) return reply;
    if (body.confirmName.trim() !== membership.organisation.name) return sendError(reply, 'confirmation_mismatch');
    // Everything the organisation owns goes with it (foreign keys cascade): members, invitations,
    // projects, workshops with their events and participants, its single sign-on. Open sockets
    // are let go at their next check (R24).
    await deleteOrganisation(ctx.db, params.organisationId);
    return reply.status(204).send();
  });

  app.get('/api/organisations/:organisationId/members', async (request, reply) => {
    const params = parseInput(OrganisationParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'member.read');
    if (!membership) return reply;
    const manages = permissionsOf(membership.roles).includes('member.manage');
    const members = await listMembers(ctx.db, params.organisationId);
    const invitations: InvitationView[] = manages
      ? (await listPendingInvitations(ctx.db, params.organisationId, new Date(ctx.now()))).map((i) => ({
          id: i.id,
          email: i.email,
          roles: i.roles,
          expiresAt: i.expiresAt.toISOString(),
        }))
      : [];
    const body: MembersResponse = {
      members: members.map((m) => presentMember(m, manages || m.userId === membership.user.id)),
      invitations,
    };
    return body;
  });

  app.put('/api/organisations/:organisationId/members/:memberId/roles', async (request, reply) => {
    const params = parseInput(MemberParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'member.manage');
    if (!membership) return reply;
    const body = parseInput(UpdateMemberRolesBodySchema, request.body, reply);
    if (!body) return reply;
    const outcome = await setMemberRoles(ctx.db, params.organisationId, params.memberId, body.roles);
    if (outcome !== 'done') return sendError(reply, outcome);
    const member = await findMember(ctx.db, params.organisationId, params.memberId);
    return member ? presentMember(member, true) : sendError(reply, 'not_found');
  });

  app.delete('/api/organisations/:organisationId/members/:memberId', async (request, reply) => {
    const params = parseInput(MemberParamsSchema, request.params, reply);
    if (!params) return reply;
    // Anyone may leave; only those who manage members may remove someone else.
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'organisation.read');
    if (!membership) return reply;
    const leaving = membership.memberId === params.memberId;
    if (!leaving && !permissionsOf(membership.roles).includes('member.manage')) return sendError(reply, 'not_allowed');
    const outcome = await removeMember(ctx.db, params.organisationId, params.memberId);
    if (outcome !== 'done') return sendError(reply, outcome);
    return reply.status(204).send();
  });

  app.post('/api/organisations/:organisationId/invitations', async (request, reply) => {
    const params = parseInput(OrganisationParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'member.manage');
    if (!membership) return reply;
    const body = parseInput(CreateInvitationBodySchema, request.body, reply);
    if (!body) return reply;
    const limit = await ctx.rateLimiter.consume(`invite:${membership.user.id}`, { window: 3600, max: INVITATIONS_PER_HOUR });
    if (!limit.allowed) {
      reply.header('retry-after', String(limit.retryAfter));
      return sendError(reply, 'rate_limited');
    }
    if (await isMemberByEmail(ctx.db, params.organisationId, body.email)) return sendError(reply, 'already_member');
    try {
      const invitation = await ctx.auth.api.createInvitation({
        body: { email: body.email, role: body.roles, organizationId: params.organisationId, resend: true },
        headers: fromNodeHeaders(request.headers),
      });
      const view: InvitationView = {
        id: invitation.id,
        email: invitation.email,
        roles: body.roles,
        expiresAt: new Date(invitation.expiresAt).toISOString(),
      };
      return reply.status(201).send(view);
    } catch (error) {
      const code = authErrorCode(error);
      if (code) return sendError(reply, code, isAPIError(error) ? error.message : null);
      throw error;
    }
  });

  app.delete('/api/organisations/:organisationId/invitations/:invitationId', async (request, reply) => {
    const params = parseInput(OrganisationInvitationParamsSchema, request.params, reply);
    if (!params) return reply;
    const membership = await requireMembership(ctx, request, reply, params.organisationId, 'member.manage');
    if (!membership) return reply;
    const cancelled = await cancelInvitation(ctx.db, params.organisationId, params.invitationId);
    return cancelled ? reply.status(204).send() : sendError(reply, 'not_found');
  });

  app.get('/api/invitations/:invitationId', async (request, reply) => {
    const params = parseInput(InvitationParamsSchema, request.params, reply);
    if (!params) return reply;
    const invitation = await findInvitation(ctx.db, params.invitationId);
    if (!invitation) return sendError(reply, 'not_found');
    const expired = invitation.status === 'pending' && invitation.expiresAt.getTime() <= ctx.now();
    const status = expired ? 'expired' : invitation.status;
    const body: InvitationLookupResponse = {
      id: invitation.id,
      organisationName: invitation.organisationName,
      inviterName: invitation.inviterName,
      email: invitation.email,
      roles: invitation.roles,
      status: status === 'accepted' || status === 'rejected' || status === 'canceled' || status === 'expired' ? status : 'pending',
    };
    reply.header('cache-control', 'no-store');
    return body;
  });

  app.post('/api/invitations/:invitationId/accept', async (request, reply) => {
    const params = parseInput(InvitationParamsSchema, request.params, reply);
    if (!params) return reply;
    const user = await requireUser(ctx, request, reply);
    if (!user) return reply;
    const invitation = await findInvitation(ctx.db, params.invitationId);
    if (!invitation) return sendError(reply, 'not_found');
    if (invitation.status !== 'pending' || invitation.expiresAt.getTime() <= ctx.now()) return sendError(reply, 'invitation_not_pending');
    if (invitation.email.toLowerCase() !== user.email.toLowerCase()) return sendError(reply, 'invitation_email_mismatch');
    if (!user.emailVerified) return sendError(reply, 'email_not_verified');
    try {
      await ctx.auth.api.acceptInvitation({ body: { invitationId: invitation.id }, headers: fromNodeHeaders(request.headers) });
    } catch (error) {
      const code = authErrorCode(error);
      if (code) return sendError(reply, code, isAPIError(error) ? error.message : null);
      throw error;
    }
    const body: AcceptInvitationResponse = { organisationId: invitation.organisationId };
    return body;
  });

  app.get('/api/dev/outbox', async (_request, reply) => {
    if (!ctx.devPages) return sendError(reply, 'not_found');
    const mails = await listOutbox(ctx.db);
    const body: OutboxResponse = {
      mails: mails.map((m) => ({
        id: m.id,
        to: m.to,
        subject: m.subject,
        text: m.text,
        createdAt: m.createdAt.toISOString(),
        sentAt: m.sentAt ? m.sentAt.toISOString() : null,
      })),
    };
    reply.header('cache-control', 'no-store');
    return body;
  });
}
