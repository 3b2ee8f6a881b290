import { Link } from 'wouter';
import type { ProjectActionsResponse, ProjectActionView } from '../../../protocol/projectActions.ts';
import type { Load } from '../projects/useProject.ts';
import { useT } from '../../i18n/useT.ts';
import { Icon } from '../../ui/Icon.tsx';
import { formatDueDate, traitName } from '../../ui/actionText.ts';
import { groupProjectActions, isOverdue, localToday } from './actionGroups.ts';
import { LoadedSection } from './LoadedSection.tsx';

export const PROJECT_ACTIONS_SECTION_ID = 'project-actions';

/** Every action decided in the project's workshops: what we do ourselves, and what we sent upward and to whom. */
export function ProjectActionsSection({ load, onRetry }: { load: Load<ProjectActionsResponse>; onRetry: () => void }) {
  const { t } = useT();
  return (
    <LoadedSection id={PROJECT_ACTIONS_SECTION_ID} title={t('projectActions.title')} lead={t('projectActions.lead')} loadingText={t('projectActions.loading')} load={load} onRetry={onRetry}>
      {(value) => <ActionGroups actions={value.actions} />}
    </LoadedSection>
  );
}

function ActionGroups({ actions }: { actions: ProjectActionsResponse['actions'] }) {
  const { t, n } = useT();
  const today = localToday();
  const groups = groupProjectActions(actions, today);
  return (
    <>
      <p className="actions-summary">
        {t('projectActions.openCount', { count: n(groups.openCount) })}
        {groups.overdueCount > 0 ? (
          <>
            {' · '}
            <strong className="overdue-text">{t('projectActions.overdueCount', { count: n(groups.overdueCount) })}</strong>
          </>
        ) : null}
      </p>
      <h3 className="project-subheading">{t('projectActions.ours')}</h3>
      <ActionsTable actions={groups.ours} today={today} upward={false} />
      <h3 className="project-subheading">{t('projectActions.upward')}</h3>
      <ActionsTable actions={groups.upward} today={today} upward />
    </>
  );
}

function ActionsTable({ actions, today, upward }: { actions: readonly ProjectActionView[]; today: string; upward: boolean }) {
  const { t, locale } = useT();
  if (actions.length === 0) return <p className="muted">{upward ? t('projectActions.noneUpward') : t('projectActions.noneOurs')}</p>;
  const cellLabel = (label: string) => (
    <span className="register-cell-label" aria-hidden="true">
      {label}
    </span>
  );
  return (
    <table className="register-table project-actions-table" role="table">
      <caption className="visually-hidden">{upward ? t('projectActions.upward') : t('projectActions.ours')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('actions.what')}</th>
          {upward ? <th scope="col">{t('projectActions.sentTo')}</th> : null}
          <th scope="col">{t('actions.who')}</th>
          <th scope="col">{t('actions.due')}</th>
          <th scope="col">{t('actions.status')}</th>
          <th scope="col">{t('projectActions.fromWorkshop')}</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((item) => {
          const { action, workshopId, workshopTitle } = item;
          const trait = traitName(action.traitId, locale);
          const late = isOverdue(item, today);
          return (
            <tr key={`${workshopId}-${action.id}`} data-testid={upward ? 'project-action-upward' : 'project-action-ours'}>
              <th scope="row" role="rowheader" className="register-row-title">
                <span className="project-text">{action.what}</span>{' '}
                {trait ? <span className="linked-trait">{t('projectActions.trait', { trait })}</span> : null}
              </th>
              {upward ? (
                <td role="cell" className="register-cell">
                  {cellLabel(t('projectActions.sentTo'))}
                  {action.upwardTo ? t(`projectActions.upwardTo.${action.upwardTo}`) : t('projectActions.upwardToUnknown')}
                </td>
              ) : null}
              <td role="cell" className="register-cell">
                {cellLabel(t('actions.who'))}
                {action.who || t('actions.noOwner')}
              </td>
              <td role="cell" className="register-cell">
                {cellLabel(t('actions.due'))}
                <span>{formatDueDate(action.due, locale) ?? t('actions.noDate')}</span>{' '}
                {late ? (
                  <span className="overdue-tag">
                    <Icon name="clock" size={14} /> {t('projectActions.overdue')}
                  </span>
                ) : null}
              </td>
              <td role="cell" className="register-cell">
                {cellLabel(t('actions.status'))}
                <span className={`status-pill status-pill-${action.status}`}>{t(`actionStatus.${action.status}`)}</span>
              </td>
              <td role="cell" className="register-cell">
                {cellLabel(t('projectActions.fromWorkshop'))}
                <Link href={`/w/${encodeURIComponent(workshopId)}/summary`} className="text-link">
                  {workshopTitle}
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
