import type { Locale } from '../../../domain/localized.ts';
import { ROLE_LABELS, ROLES, type Role } from '../../../domain/roles.ts';

/** Roles as words in the page's language, in the product's order: "Administrator og Leder". */
export function formatRoleList(roles: readonly Role[], locale: Locale): string {
  const sorted = ROLES.filter((role) => roles.includes(role));
  const names = sorted.map((role) => ROLE_LABELS[role][locale]);
  return new Intl.ListFormat(locale === 'da' ? 'da-DK' : 'en-GB', { type: 'conjunction' }).format(names);
}
