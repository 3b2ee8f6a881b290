import type { Localized } from './localized.ts';

/**
 * The roles a person can hold in an organisation (a workplace). A person may hold several;
 * what they may do is the union of what each role allows.
 */
export const ROLES = ['admin', 'leader', 'employee', 'specialist', 'union_rep', 'safety_rep', 'committee'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, Localized>> = {
  admin: { da: 'Administrator', en: 'Administrator' },
  leader: { da: 'Leder', en: 'Manager' },
  employee: { da: 'Medarbejder', en: 'Employee' },
  specialist: { da: 'Superbruger', en: 'Super user' },
  union_rep: { da: 'Tillidsrepræsentant (TR)', en: 'Union representative' },
  safety_rep: { da: 'Arbejdsmiljørepræsentant (AMR)', en: 'Health and safety representative' },
  committee: { da: 'Medlem af MED/SU/AMU', en: 'Cooperation committee member' },
};

/** Things a member may do inside their own organisation. Outsiders may do none of them. */
export const PERMISSIONS = [
  'organisation.read',
  'organisation.update',
  'member.read',
  'member.manage',
  'project.read',
  'project.manage',
  'workshop.read',
  'workshop.facilitate',
  'action.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EVERY_ROLE = ROLES;
/** Those who run a dialogue: management and the elected representatives, together. */
const FACILITATORS: readonly Role[] = ['admin', 'leader', 'union_rep', 'safety_rep', 'committee'];

/** Who may do what. Deny by default: a permission lists every role that has it. */
export const ROLE_PERMISSIONS: Readonly<Record<Permission, readonly Role[]>> = {
  'organisation.read': EVERY_ROLE,
  'organisation.update': ['admin'],
  'member.read': EVERY_ROLE,
  'member.manage': ['admin'],
  'project.read': EVERY_ROLE,
  'project.manage': ['admin', 'leader'],
  'workshop.read': EVERY_ROLE,
  'workshop.facilitate': FACILITATORS,
  // Following up the action plan: those who run the dialogue. Whoever answers for an action may
  // also follow it up (its status, date and follow-up), whatever their role.
  'action.manage': FACILITATORS,
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles as stored by the account library: a comma-separated list. Unknown names are dropped. */
export function parseRoles(stored: string | null | undefined): Role[] {
  if (!stored) return [];
  return [...new Set(stored.split(',').map((r) => r.trim()).filter(isRole))].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
}

export function formatRoles(roles: readonly Role[]): string {
  return [...new Set(roles)].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b)).join(',');
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[permission].includes(role));
}

export function permissionsOf(roles: readonly Role[]): Permission[] {
  return PERMISSIONS.filter((permission) => can(roles, permission));
}
