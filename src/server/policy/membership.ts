import { and, eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { can, parseRoles, type Permission, type Role } from '../../domain/roles.ts';
import type { AppContext } from '../appContext.ts';
import { sessionUserOf, type SessionUser } from '../auth/sessionUser.ts';
import type { Db } from '../db/database.ts';
import { members, organisations } from '../db/schema.ts';
import { sendError } from '../http/sendError.ts';

export interface OrganisationRow {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly isDemo: boolean;
  readonly defaultLocale: string;
  readonly anonymousDefault: boolean;
  readonly minGroupSize: number;
  readonly reminderDaysBefore: number;
  readonly remindOverdue: boolean;
}

/** A signed-in person's standing in one organisation, proven by one query that needs both ids. */
export interface Membership {
  readonly user: SessionUser;
  readonly memberId: string;
  readonly roles: readonly Role[];
  readonly organisation: OrganisationRow;
}

export async function findMembership(db: Db, user: SessionUser, organisationId: string): Promise<Membership | null> {
  const rows = await db
    .select({
      memberId: members.id,
      role: members.role,
      id: organisations.id,
      name: organisations.name,
      slug: organisations.slug,
      isDemo: organisations.isDemo,
      defaultLocale: organisations.defaultLocale,
      anonymousDefault: organisations.anonymousDefault,
      minGroupSize: organisations.minGroupSize,
      reminderDaysBefore: organisations.reminderDaysBefore,
      remindOverdue: organisations.remindOverdue,
    })
    .from(members)
    .innerJoin(organisations, eq(organisations.id, members.organizationId))
    .where(and(eq(members.organizationId, organisationId), eq(members.userId, user.id)))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  const { memberId, role, ...organisation } = row;
  return { user, memberId, roles: parseRoles(role), organisation };
}

/**
 * The policy for everything inside an organisation, deny by default: a signed-out visitor gets
 * 401, anyone who is not a member gets 404 (exactly as for an organisation that does not exist),
 * and a member without the permission gets 403. Returns null once it has answered.
 */
export async function requireMembership(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  organisationId: string,
  permission: Permission,
): Promise<Membership | null> {
  const user = await sessionUserOf(ctx.auth, request);
  if (!user) {
    sendError(reply, 'signed_out');
    return null;
  }
  const membership = await findMembership(ctx.db, user, organisationId);
  if (!membership) {
    sendError(reply, 'not_found');
    return null;
  }
  if (!can(membership.roles, permission)) {
    sendError(reply, 'not_allowed', `needs ${permission}`);
    return null;
  }
  return membership;
}

/** The signed-in person, or an answered 401. */
export async function requireUser(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): Promise<SessionUser | null> {
  const user = await sessionUserOf(ctx.auth, request);
  if (!user) sendError(reply, 'signed_out');
  return user;
}
