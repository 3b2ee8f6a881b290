import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { permissionsOf, type Role } from '../../../domain/roles.ts';
import type { OrganisationView } from '../../../protocol/accounts.ts';
import { OrganisationNav } from './OrganisationNav.tsx';

function organisation(roles: Role[]): OrganisationView {
  return {
    id: 'o1',
    name: 'Hjemmeplejen Nord',
    slug: 'hjemmeplejen-nord',
    isDemo: false,
    settings: { defaultLocale: 'da', anonymousDefault: false, minGroupSize: 5, reminderDaysBefore: 3, remindOverdue: true },
    myRoles: roles,
    myPermissions: permissionsOf(roles),
  };
}

const render = (path: string, roles: Role[]) =>
  renderToStaticMarkup(
    <Router ssrPath={path}>
      <OrganisationNav organisationId="o1" organisation={organisation(roles)} />
    </Router>,
  );

/** The href of the link marked as the current page, if any. */
const current = (html: string) => [...html.matchAll(/<a [^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes('aria-current="page"'))?.match(/href="([^"]+)"/)?.[1];

describe('OrganisationNav', () => {
  it('links to settings only for those who may change them', () => {
    expect(render('/org/o1', ['admin'])).toContain('href="/org/o1/settings"');
    const employee = render('/org/o1', ['employee', 'union_rep']);
    expect(employee).toContain('href="/org/o1/members"');
    // The overview and the action plan are every member's.
    expect(employee).toContain('href="/org/o1/overview"');
    expect(employee).toContain('href="/org/o1/actions"');
    expect(employee).not.toContain('/settings');
  });

  it('marks the current section, projects included for pages below it', () => {
    expect(current(render('/org/o1/members', ['employee']))).toBe('/org/o1/members');
    expect(current(render('/org/o1', ['employee']))).toBe('/org/o1');
    expect(current(render('/org/o1/projects/p1', ['employee']))).toBe('/org/o1');
    expect(current(render('/org/o1/settings', ['admin']))).toBe('/org/o1/settings');
    expect(current(render('/org/o1/overview', ['employee']))).toBe('/org/o1/overview');
    expect(current(render('/org/o1/actions', ['employee']))).toBe('/org/o1/actions');
    expect(current(render('/org/o2/members', ['admin']))).toBeUndefined();
  });
});
