import { Link } from 'wouter';
import { useT } from '../../i18n/useT.ts';
import { ActionPlanList } from '../actions/ActionPlanList.tsx';

export const PROJECT_ACTIONS_SECTION_ID = 'project-actions';

/**
 * The project's part of the action plan: every action its workshops decided, ours and sent upward,
 * to filter, follow up and see the history of; the whole organisation's plan is one link away.
 */
export function ProjectActionsSection({ organisationId, projectId }: { organisationId: string; projectId: string }) {
  const { t } = useT();
  const headingId = `${PROJECT_ACTIONS_SECTION_ID}-heading`;
  return (
    <section id={PROJECT_ACTIONS_SECTION_ID} className="panel project-section register-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {t('projectActions.title')}
      </h2>
      <p className="register-description">
        {t('projectActions.lead')}{' '}
        <Link href={`/org/${encodeURIComponent(organisationId)}/actions`} className="text-link">
          {t('projectActions.wholePlan')}
        </Link>
      </p>
      <ActionPlanList organisationId={organisationId} initial={{ state: 'all', mine: false, upward: false, projectId }} headingLevel={3} />
    </section>
  );
}
