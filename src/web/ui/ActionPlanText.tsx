import type { ActionView } from '../../protocol/views.ts';
import { useT } from '../i18n/useT.ts';
import './actionPlanText.css';

/** The problem an action answers and how it is followed up, under its text; nothing when neither is written. */
export function ActionPlanText({ action }: { action: Pick<ActionView, 'problem' | 'followUp'> }) {
  if (!action.problem && !action.followUp) return null;
  return (
    <dl className="action-plan-text">
      <ActionPlanTerms action={action} />
    </dl>
  );
}

/** The problem and the follow-up as terms of a description list that holds other terms too. */
export function ActionPlanTerms({ action }: { action: Pick<ActionView, 'problem' | 'followUp'> }) {
  const { t } = useT();
  return (
    <>
      {action.problem ? (
        <div>
          <dt>{t('actionFields.problem')}</dt>
          <dd>{action.problem}</dd>
        </div>
      ) : null}
      {action.followUp ? (
        <div>
          <dt>{t('actionFields.followUp')}</dt>
          <dd>{action.followUp}</dd>
        </div>
      ) : null}
    </>
  );
}
