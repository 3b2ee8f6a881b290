import { useLocation, useSearch } from 'wouter';
import type { OrganisationView } from '../../../protocol/accounts.ts';
import { useT } from '../../i18n/useT.ts';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { OrganisationFrame } from '../organisation/OrganisationFrame.tsx';
import { useOrganisation } from '../organisation/useOrganisation.ts';
import { useProjects } from '../projects/useProject.ts';
import { ActionExports } from './ActionExports.tsx';
import { ActionPlanList } from './ActionPlanList.tsx';
import { filterFromSearch, searchOfFilter } from './actionFilterAddress.ts';

/** /org/:organisationId/actions — every project's actions: what is open, late, mine, or sent upward. */
export function ActionPlanPage({ organisationId }: { organisationId: string }) {
  const { t } = useT();
  const organisation = useOrganisation(organisationId);
  usePageTitle(organisation.organisation ? t('actionPlan.pageTitle', { organisation: organisation.organisation.name }) : t('actionPlan.title'));
  return (
    <OrganisationFrame organisationId={organisationId} load={organisation} wide>
      {(view) => <ActionPlanContent organisation={view} />}
    </OrganisationFrame>
  );
}

function ActionPlanContent({ organisation }: { organisation: OrganisationView }) {
  const { t } = useT();
  const search = useSearch();
  const [location, navigate] = useLocation();
  const projects = useProjects(organisation.id);
  return (
    <>
      <h1>{t('actionPlan.title')}</h1>
      <p className="lead">{t('actionPlan.lead')}</p>
      {/* The list writes its filter into the address, so the files follow what it shows. */}
      <ActionExports organisationId={organisation.id} filter={filterFromSearch(search)} />
      <ActionPlanList
        organisationId={organisation.id}
        initial={filterFromSearch(search)}
        projects={projects.load.status === 'ready' ? projects.load.value.map((p) => ({ id: p.id, title: p.title })) : []}
        onFilter={(filter) => navigate(`${location}${searchOfFilter(filter)}`, { replace: true })}
        headingLevel={2}
      />
    </>
  );
}
