import { useState } from 'react';
import { Button, Checkbox, Label, Radio, RadioGroup } from 'react-aria-components';
import { Link } from 'wouter';
import { ACTION_LIST_STATES, type ActionListResponse, type ActionListState, type ActionRecordView } from '../../../protocol/actionPlan.ts';
import { actionsApi, actionQuery, type ActionFilter } from '../../api/actionsApi.ts';
import { useT } from '../../i18n/useT.ts';
import { Icon } from '../../ui/Icon.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { formatDueDate, traitName } from '../../ui/actionText.ts';
import { SuccessMessage } from '../organisation/SuccessMessage.tsx';
import { LoadFailure } from '../registers/LoadFailure.tsx';
import { useFetched } from '../registers/useFetched.ts';
import { ActionChangeDialog } from './ActionChangeDialog.tsx';
import { ActionHistoryDialog } from './ActionHistoryDialog.tsx';
import '../../ui/registers.css';
import './actionPlan.css';

const ALL_PROJECTS = '__all__';

interface ActionPlanListProps {
  readonly organisationId: string;
  /** The filter to start from; on a project's page its project is fixed. */
  readonly initial: ActionFilter;
  /** The organisation's projects, for choosing one; absent on a project's page. */
  readonly projects?: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  /** Told about every filter change (the page may put it in the address). */
  readonly onFilter?: (filter: ActionFilter) => void;
  /** The heading level of the list's own headings. */
  readonly headingLevel: 2 | 3;
}

/**
 * The action plan as a list: filters (open, overdue, closed or all; mine; sent upward; project),
 * then every action with what, who answers for it, by when, where it stands and where it was
 * decided; follow-up and history for each.
 */
export function ActionPlanList({ organisationId, initial, projects, onFilter, headingLevel }: ActionPlanListProps) {
  const { t, tn } = useT();
  const [filter, setFilter] = useState<ActionFilter>(initial);
  const { load, update, reload } = useFetched<ActionListResponse>(() => actionsApi.list(organisationId, filter), `${organisationId}${actionQuery(filter)}`);
  const [changing, setChanging] = useState<ActionRecordView | null>(null);
  const [history, setHistory] = useState<ActionRecordView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const changeFilter = (next: Partial<ActionFilter>) => {
    const merged = { ...filter, ...next };
    setFilter(merged);
    setNotice(null);
    onFilter?.(merged);
  };

  const saved = (action: ActionRecordView) => {
    update((value) => ({ ...value, actions: value.actions.map((a) => (a.id === action.id && a.projectId === action.projectId ? action : a)) }));
    setNotice(t('actionPlan.saved', { what: action.what }));
    setChanging(null);
  };

  return (
    <div className="action-plan">
      <div className="action-filters" role="group" aria-label={t('actionPlan.filtersLabel')}>
        <RadioGroup className="field radio-group action-state" value={filter.state} onChange={(value) => changeFilter({ state: value as ActionListState })} orientation="horizontal">
          <Label className="field-label">{t('actionPlan.show')}</Label>
          <div className="radio-row">
            {ACTION_LIST_STATES.map((state) => (
              <Radio key={state} value={state} className="choice">
                {t(`actionPlan.state.${state}`)}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <div className="action-filter-checks">
          <Checkbox className="checkbox" isSelected={filter.mine} onChange={(mine) => changeFilter({ mine })}>
            <span className="checkbox-box" aria-hidden="true">
              <Icon name="check" size={14} />
            </span>
            {t('actionPlan.mine')}
          </Checkbox>
          <Checkbox className="checkbox" isSelected={filter.upward} onChange={(upward) => changeFilter({ upward })}>
            <span className="checkbox-box" aria-hidden="true">
              <Icon name="check" size={14} />
            </span>
            {t('actionPlan.upwardOnly')}
          </Checkbox>
        </div>
        {projects ? (
          <SelectField
            className="action-project-filter"
            label={t('actionPlan.project')}
            value={filter.projectId ?? ALL_PROJECTS}
            onChange={(id) => changeFilter({ projectId: id === ALL_PROJECTS ? null : id })}
            options={[{ id: ALL_PROJECTS, label: t('actionPlan.allProjects') }, ...projects.map((p) => ({ id: p.id, label: p.title }))]}
          />
        ) : null}
      </div>
      <SuccessMessage text={notice} />
      {load.status === 'loading' ? <p role="status">{t('actionPlan.loading')}</p> : null}
      {load.status === 'failed' ? <LoadFailure failure={load.error} onRetry={reload} /> : null}
      {load.status === 'ready' ? (
        <>
          <p className="actions-summary" aria-live="polite">
            {tn('actionPlan.count', load.value.actions.length)}
            {overdueCount(load.value.actions) > 0 ? (
              <>
                {' · '}
                <strong className="overdue-text">{tn('actionPlan.overdueCount', overdueCount(load.value.actions))}</strong>
              </>
            ) : null}
          </p>
          {load.value.actions.length === 0 ? (
            <p className="muted empty-actions">{t('actionPlan.none')}</p>
          ) : (
            <ActionTable actions={load.value.actions} showProject={projects !== undefined} headingLevel={headingLevel} onChange={setChanging} onHistory={setHistory} />
          )}
        </>
      ) : null}
      {changing ? <ActionChangeDialog organisationId={organisationId} action={changing} onClose={() => setChanging(null)} onSaved={saved} /> : null}
      {history ? <ActionHistoryDialog organisationId={organisationId} action={history} onClose={() => setHistory(null)} /> : null}
    </div>
  );
}

function overdueCount(actions: readonly ActionRecordView[]): number {
  return actions.filter((a) => a.overdue).length;
}

interface ActionTableProps {
  readonly actions: readonly ActionRecordView[];
  readonly showProject: boolean;
  readonly headingLevel: 2 | 3;
  readonly onChange: (action: ActionRecordView) => void;
  readonly onHistory: (action: ActionRecordView) => void;
}

function ActionTable({ actions, showProject, onChange, onHistory }: ActionTableProps) {
  const { t, locale } = useT();
  const cellLabel = (label: string) => (
    <span className="register-cell-label" aria-hidden="true">
      {label}
    </span>
  );
  return (
    <table className="register-table action-plan-table" role="table">
      <caption className="visually-hidden">{t('actionPlan.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('actionPlan.what')}</th>
          <th scope="col">{t('actionPlan.responsible')}</th>
          <th scope="col">{t('actions.due')}</th>
          <th scope="col">{t('actions.status')}</th>
          <th scope="col">{showProject ? t('actionPlan.where') : t('actionPlan.decidedIn')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('actionPlan.controls')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => {
          const trait = traitName(action.traitId, locale);
          return (
            <tr key={`${action.projectId}/${action.id}`} data-testid="action-plan-row">
              <th scope="row" role="rowheader" className="register-row-title">
                <span className="project-text">{action.what}</span>
                {action.problem ? <span className="action-problem">{t('actionPlan.problemIs', { problem: action.problem })}</span> : null}
                {action.scope === 'upward' ? (
                  <span className="upward-tag">
                    <Icon name="send" size={14} /> {action.upwardTo ? t(`actionPlan.sentTo.${action.upwardTo}`) : t('actionPlan.sentUpward')}
                  </span>
                ) : null}
                {trait ? <span className="linked-trait">{t('projectActions.trait', { trait })}</span> : null}
              </th>
              <td role="cell" className="register-cell">
                {cellLabel(t('actionPlan.responsible'))}
                {action.responsibleName ? (
                  <span>
                    {action.responsibleName}
                    {action.who && !action.who.includes(action.responsibleName) ? <span className="muted"> ({action.who})</span> : null}
                  </span>
                ) : (
                  <span>{action.who || t('actions.noOwner')}</span>
                )}
              </td>
              <td role="cell" className="register-cell">
                {cellLabel(t('actions.due'))}
                <span>{formatDueDate(action.due, locale) ?? t('actions.noDate')}</span>{' '}
                {action.overdue ? (
                  <span className="overdue-tag">
                    <Icon name="clock" size={14} /> {t('projectActions.overdue')}
                  </span>
                ) : null}
              </td>
              <td role="cell" className="register-cell">
                {cellLabel(t('actions.status'))}
                <span className={`status-pill status-pill-${action.status}`}>{t(`actionStatus.${action.status}`)}</span>
                {action.followUp ? <span className="action-follow-up">{t('actionPlan.followUpIs', { followUp: action.followUp })}</span> : null}
              </td>
              <td role="cell" className="register-cell">
                {cellLabel(showProject ? t('actionPlan.where') : t('actionPlan.decidedIn'))}
                {showProject ? <span className="action-project">{action.projectTitle}</span> : null}
                {action.workshopId ? (
                  <Link href={`/w/${encodeURIComponent(action.workshopId)}/summary`} className="text-link">
                    {action.workshopTitle}
                  </Link>
                ) : (
                  <span className="muted">{t('actionPlan.onThePlan')}</span>
                )}
              </td>
              <td role="cell" className="register-cell action-controls">
                {action.mayChange !== 'none' ? (
                  <Button className="button button-small" onPress={() => onChange(action)} aria-label={t('actionPlan.followUpOf', { what: action.what })}>
                    <Icon name="edit" size={14} /> {t('actionPlan.followUp')}
                  </Button>
                ) : null}
                <Button className="button button-small" onPress={() => onHistory(action)} aria-label={t('actionPlan.historyOf', { what: action.what })}>
                  <Icon name="clock" size={14} /> {t('actionPlan.history')}
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
