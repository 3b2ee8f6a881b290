import { Link } from 'wouter';
import type { OrganisationSummary } from '../../../protocol/accounts.ts';
import { useT } from '../../i18n/useT.ts';
import { formatRoleList } from './roleText.ts';

/** The signed-in person's organisations, each a link to its projects, with their roles there. */
export function MyOrganisationsCard({ organisations }: { organisations: readonly OrganisationSummary[] }) {
  const { t, locale } = useT();
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <section className="card home-card" aria-labelledby="my-orgs-heading">
      <h2 id="my-orgs-heading">{t('org.mineTitle')}</h2>
      {sorted.length === 0 ? (
        <p>{t('org.mineEmpty')}</p>
      ) : (
        <ul className="plain-list org-list">
          {sorted.map((organisation) => (
            <li key={organisation.id}>
              <Link href={`/org/${encodeURIComponent(organisation.id)}`} className="org-link" data-testid="org-link">
                <span className="org-link-name">
                  {organisation.name}
                  {organisation.isDemo ? <span className="tag">{t('org.demoBadge')}</span> : null}
                </span>
                <span className="org-link-roles">{t('org.myRoles', { roles: formatRoleList(organisation.roles, locale) })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
