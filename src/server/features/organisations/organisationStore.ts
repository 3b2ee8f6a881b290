import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { formatRoles, parseRoles, type Role } from '../../../domain/roles.ts';
import type { Db, Tx } from '../../db/database.ts';
import { calendarFeeds, invitations, members, organisations, sessions, users } from '../../db/schema.ts';

/** Every read and write of organisations, members and invitations; each takes the organisation's id. */

export async function listMyOrganisations(db: Db, userId: string) {
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug, isDemo: organisations.isDemo, role: members.role })
    .from(members)
    .innerJoin(organisations, eq(organisations.id, members.organizationId))
    .where(eq(members.userId, userId))
    .orderBy(asc(organisations.name));
  return rows.map(({ role, ...org }) => ({ ...org, roles: parseRoles(role) }));
}

export async function updateOrganisation(
  db: Db,
  organisationId: string,
  changes: Partial<{
    name: string;
    defaultLocale: string;
    anonymousDefault: boolean;
    minGroupSize: number;
    reminderDaysBefore: number;
    remindOverdue: boolean;
  }>,
): Promise<void> {
  await db.update(organisations).set(changes).where(eq(organisations.id, organisationId));
}

export async function listMembers(db: Db, organisationId: string) {
  const rows = await db
    .select({ memberId: members.id, userId: members.userId, name: users.name, email: users.email, role: members.role, createdAt: members.createdAt })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.organizationId, organisationId))
    .orderBy(asc(users.name), asc(members.id));
  return rows.map(({ role, ...member }) => ({ ...member, roles: parseRoles(role) }));
}

export async function listPendingInvitations(db: Db, organisationId: string, now: Date) {
  const rows = await db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(eq(invitations.organizationId, organisationId), eq(invitations.status, 'pending'), sql`${invitations.expiresAt} > ${now}`))
    .orderBy(asc(invitations.email));
  return rows.map(({ role, ...invitation }) => ({ ...invitation, roles: parseRoles(role) }));
}

/** Locks the organisation's memberships, so two admins cannot demote each other at once. */
async function lockedRoles(tx: Tx, organisationId: string): Promise<{ id: string; roles: Role[] }[]> {
  const rows = await tx
    .select({ id: members.id, role: members.role })
    .from(members)
    .where(eq(members.organizationId, organisationId))
    .for('update');
  return rows.map((r) => ({ id: r.id, roles: parseRoles(r.role) }));
}

export type MemberChange = 'done' | 'not_found' | 'last_admin';

function adminsAfter(all: { id: string; roles: Role[] }[], memberId: string, roles: readonly Role[] | null): number {
  return all.filter((m) => (m.id === memberId ? roles?.includes('admin') === true : m.roles.includes('admin'))).length;
}

/** Sets a member's roles; the organisation always keeps at least one administrator. */
export async function setMemberRoles(db: Db, organisationId: string, memberId: string, roles: readonly Role[]): Promise<MemberChange> {
  return db.transaction(async (tx) => {
    const all = await lockedRoles(tx, organisationId);
    if (!all.some((m) => m.id === memberId)) return 'not_found';
    if (adminsAfter(all, memberId, roles) === 0) return 'last_admin';
    await tx
      .update(members)
      .set({ role: formatRoles(roles) })
      .where(and(eq(members.id, memberId), eq(members.organizationId, organisationId)));
    return 'done';
  });
}

export async function removeMember(db: Db, organisationId: string, memberId: string): Promise<MemberChange> {
  return db.transaction(async (tx) => {
    const all = await lockedRoles(tx, organisationId);
    if (!all.some((m) => m.id === memberId)) return 'not_found';
    if (adminsAfter(all, memberId, null) === 0) return 'last_admin';
    const removed = await tx
      .delete(members)
      .where(and(eq(members.id, memberId), eq(members.organizationId, organisationId)))
      .returning({ userId: members.userId });
    // Their private calendar addresses end with the membership, and stay ended if they come back.
    const userId = removed[0]?.userId;
    if (userId) {
      await tx
        .update(calendarFeeds)
        .set({ revokedAt: new Date() })
        .where(and(eq(calendarFeeds.organisationId, organisationId), eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
    }
    return 'done';
  });
}

export async function findMember(db: Db, organisationId: string, memberId: string) {
  const rows = await db
    .select({ memberId: members.id, userId: members.userId, name: users.name, email: users.email, role: members.role, createdAt: members.createdAt })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.id, memberId), eq(members.organizationId, organisationId)))
    .limit(1);
  const row = rows[0];
  return row ? { ...row, roles: parseRoles(row.role) } : null;
}

export async function cancelInvitation(db: Db, organisationId: string, invitationId: string): Promise<boolean> {
  const rows = await db
    .update(invitations)
    .set({ status: 'canceled' })
    .where(and(eq(invitations.id, invitationId), eq(invitations.organizationId, organisationId), eq(invitations.status, 'pending')))
    .returning({ id: invitations.id });
  return rows.length === 1;
}

/** The invitation page's view, for whoever holds the link (the id is 122 random bits). */
export async function findInvitation(db: Db, invitationId: string) {
  const rows = await db
    .select({
      id: invitations.id,
      organisationId: invitations.organizationId,
      organisationName: organisations.name,
      inviterName: users.name,
      email: invitations.email,
      role: invitations.role,
      status: invitations.status,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organizationId))
    .innerJoin(users, eq(users.id, invitations.inviterId))
    .where(eq(invitations.id, invitationId))
    .limit(1);
  const row = rows[0];
  return row ? { ...row, roles: parseRoles(row.role) } : null;
}

export async function isMemberByEmail(db: Db, organisationId: string, email: string): Promise<boolean> {
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.organizationId, organisationId), eq(users.email, email)))
    .limit(1);
  return rows.length === 1;
}

/**
 * Erases an organisation: every row it owns goes with it through the foreign keys, which all
 * cascade from organisations (and from its projects and workshops); the erasure test counts every
 * table. Sessions only name it as their active organisation, without a key, so they are let go of
 * it here. People's accounts are theirs and stay.
 */
export async function deleteOrganisation(db: Db, organisationId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(sessions).set({ activeOrganizationId: null }).where(eq(sessions.activeOrganizationId, organisationId));
    await tx.delete(organisations).where(eq(organisations.id, organisationId));
  });
}
