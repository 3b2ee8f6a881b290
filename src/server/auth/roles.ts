import { createAccessControl } from 'better-auth/plugins/access';
import { ROLES, type Role } from '../../domain/roles.ts';

/**
 * The roles as better-auth's organisation plugin knows them. It checks only its own operations
 * (inviting, changing roles, removing members, updating and deleting the organisation), and those
 * belong to the administrator alone; everything else is decided by our policies from the domain's
 * ROLE_PERMISSIONS, reading the same `members.role` column.
 */
export const accessControl = createAccessControl({
  organization: ['update', 'delete'],
  member: ['create', 'update', 'delete'],
  invitation: ['create', 'cancel'],
  team: ['create', 'update', 'delete'],
  ac: ['create', 'read', 'update', 'delete'],
} as const);

const nothing = accessControl.newRole({});
const admin = accessControl.newRole({
  organization: ['update', 'delete'],
  member: ['create', 'update', 'delete'],
  invitation: ['create', 'cancel'],
});

export const authRoles = Object.fromEntries(ROLES.map((role) => [role, role === 'admin' ? admin : nothing])) as Record<
  Role,
  typeof nothing
>;
