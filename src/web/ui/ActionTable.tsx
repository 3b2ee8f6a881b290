import type { ReactNode } from 'react';
import type { ActionView, NoteView } from '../../protocol/views.ts';
import { useT } from '../i18n/useT.ts';
import { ActionPlanText } from './ActionPlanText.tsx';
import { formatDueDate, scopeKey, traitName } from './actionText.ts';

interface ActionTableProps {
  readonly actions: readonly ActionView[];
  /** Notes the actions may link to, to show their text. */
  readonly notes?: ReadonlyMap<string, NoteView>;
  readonly caption: string;
  /** The facilitator's edit and delete buttons per row. */
  readonly renderActions?: (action: ActionView) => ReactNode;
  /** Rows for actions still waiting to be sent, or refused. */
  readonly extraRows?: ReactNode;
}

/** Who does what by when, as a table that scrolls sideways on a narrow screen rather than the page. */
export function ActionTable({ actions, notes, caption, renderActions, extraRows }: ActionTableProps) {
  const { t, locale } = useT();
  const sorted = [...actions].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.createdAt - b.createdAt);
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="action-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('actions.what')}</th>
            <th scope="col">{t('actions.who')}</th>
            <th scope="col">{t('actions.due')}</th>
            <th scope="col">{t('actions.status')}</th>
            <th scope="col">{t('actionScope.column')}</th>
            <th scope="col">{t('actions.from')}</th>
            {renderActions ? <th scope="col"><span className="visually-hidden">{t('actions.controls')}</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {sorted.map((action) => {
            const linked = action.noteIds.map((id) => notes?.get(id)?.text).filter((text): text is string => Boolean(text));
            const trait = traitName(action.traitId, locale);
            return (
              <tr key={action.id} data-testid="action-row">
                <td>
                  {action.what}
                  <ActionPlanText action={action} />
                </td>
                <td>{action.who || t('actions.noOwner')}</td>
                <td>{formatDueDate(action.due, locale) ?? t('actions.noDate')}</td>
                <td>
                  <span className={`status-pill status-pill-${action.status}`}>{t(`actionStatus.${action.status}`)}</span>
                </td>
                <td>{t(scopeKey(action))}</td>
                <td>
                  {trait ? <span className="linked-trait">{trait}</span> : null}
                  {linked.length > 0 ? (
                    <ul className="linked-notes">
                      {linked.map((text, i) => (
                        <li key={i}>{text}</li>
                      ))}
                    </ul>
                  ) : null}
                  {!trait && linked.length === 0 ? <span className="muted">{t('actions.notLinked')}</span> : null}
                </td>
                {renderActions ? <td className="row-controls">{renderActions(action)}</td> : null}
              </tr>
            );
          })}
          {extraRows}
        </tbody>
      </table>
    </div>
  );
}
