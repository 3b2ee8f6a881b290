import type { ActionView } from '../../protocol/views.ts';
import { useT } from '../i18n/useT.ts';
import { ActionPlanTerms } from './ActionPlanText.tsx';
import { formatDueDate, scopeKey, traitName } from './actionText.ts';

/** Actions as cards, for a phone: the same facts as the table, read top to bottom. */
export function ActionList({ actions }: { actions: readonly ActionView[] }) {
  const { t, locale } = useT();
  const sorted = [...actions].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.createdAt - b.createdAt);
  return (
    <ul className="action-cards">
      {sorted.map((action) => {
        const trait = traitName(action.traitId, locale);
        return (
          <li key={action.id} className="action-card" data-testid="action-row">
            <p className="action-what">{action.what}</p>
            <dl className="action-facts">
              <div>
                <dt>{t('actions.who')}</dt>
                <dd>{action.who || t('actions.noOwner')}</dd>
              </div>
              <div>
                <dt>{t('actions.due')}</dt>
                <dd>{formatDueDate(action.due, locale) ?? t('actions.noDate')}</dd>
              </div>
              <div>
                <dt>{t('actions.status')}</dt>
                <dd>
                  <span className={`status-pill status-pill-${action.status}`}>{t(`actionStatus.${action.status}`)}</span>
                </dd>
              </div>
              <div>
                <dt>{t('actionScope.column')}</dt>
                <dd>{t(scopeKey(action))}</dd>
              </div>
              {trait ? (
                <div>
                  <dt>{t('actions.trait')}</dt>
                  <dd>{trait}</dd>
                </div>
              ) : null}
              <ActionPlanTerms action={action} />
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
