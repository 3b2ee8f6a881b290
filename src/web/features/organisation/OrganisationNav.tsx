import { Link, useLocation } from 'wouter';
import type { OrganisationView } from '../../../protocol/accounts.ts';
import { useT } from '../../i18n/useT.ts';

interface OrganisationNavProps {
  readonly organisationId: string;
  readonly organisation: OrganisationView;
}

interface NavItem {
  readonly href: string;
  readonly label: string;
  readonly current: boolean;
}

/**
 * The organisation's sections: Projects, Overview, Actions, Members, and Settings for those who may change them.
 * Pass it to AppShell's `nav` so it sits in the header. The current section is marked with
 * aria-current and, on screen, with a bar and bold text, never by colour alone.
 */
export function OrganisationNav({ organisationId, organisation }: OrganisationNavProps) {
  const { t } = useT();
  const [location] = useLocation();
  const base = `/org/${encodeURIComponent(organisationId)}`;
  const items: NavItem[] = [
    { href: base, label: t('org.navProjects'), current: location === base || location.startsWith(`${base}/projects`) },
    { href: `${base}/overview`, label: t('org.navOverview'), current: location.startsWith(`${base}/overview`) },
    { href: `${base}/actions`, label: t('org.navActions'), current: location.startsWith(`${base}/actions`) },
    { href: `${base}/members`, label: t('org.navMembers'), current: location.startsWith(`${base}/members`) },
  ];
  if (organisation.myPermissions.includes('organisation.update')) {
    items.push({ href: `${base}/settings`, label: t('org.navSettings'), current: location.startsWith(`${base}/settings`) });
  }
  return (
    <nav className="org-nav" aria-label={t('org.navLabel', { name: organisation.name })}>
      <ul className="org-nav-list">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="org-nav-link" aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
