import { useState } from 'react';
import { Button } from 'react-aria-components';
import { REVIEW_OUTCOMES, type ReviewOutcome } from '../../../domain/actionPlan.ts';
import type { ReviewItemView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import type { ClientState } from '../../realtime/clientState.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { Icon } from '../../ui/Icon.tsx';
import { OUTCOME_ICONS, ReviewList, reviewItemsInOrder } from '../workshopSteps/ReviewList.tsx';
import { ReviewDecisionDialog } from './ReviewDecisionDialog.tsx';

interface Deciding {
  readonly item: ReviewItemView;
  readonly outcome: ReviewOutcome;
}

/**
 * The facilitator's review step: the open actions one by one, each with three buttons for the
 * meeting's decision; a decision made can be made again differently.
 */
export function ReviewPanel({ state, client }: { state: ClientState; client: WorkshopClient }) {
  const { t } = useT();
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const items = reviewItemsInOrder(state.board.review.values());
  const editable = state.board.workshop?.status === 'open';
  const saving = new Set(state.outbox.flatMap((entry) => (entry.command.type === 'action.review' ? [entry.command.actionId] : [])));

  const controls = (item: ReviewItemView) => (
    <div className="review-controls" role="group" aria-label={`${t(item.outcome ? 'review.changeDecision' : 'review.decide')} ${item.what.slice(0, 60)}`}>
      <p className="review-controls-lead" aria-hidden="true">
        {t(item.outcome ? 'review.changeDecision' : 'review.decide')}
      </p>
      {REVIEW_OUTCOMES.map((outcome) => (
        <Button
          key={outcome}
          className={item.outcome?.outcome === outcome ? 'button button-small review-choice-current' : 'button button-small'}
          aria-label={t(`review.choiceFor.${outcome}`, { what: item.what.slice(0, 60) })}
          onPress={() => setDeciding({ item, outcome })}
          data-testid={`review-${outcome}`}
        >
          <Icon name={OUTCOME_ICONS[outcome]} size={16} /> {t(`review.choice.${outcome}`)}
        </Button>
      ))}
    </div>
  );

  return (
    <div className="panel review-panel">
      <ReviewList items={items} variant="laptop" headingLevel={2} renderControls={editable ? controls : undefined} savingIds={saving} />
      {deciding ? (
        <ReviewDecisionDialog
          key={`${deciding.item.id}-${deciding.outcome}`}
          item={state.board.review.get(deciding.item.id) ?? deciding.item}
          outcome={deciding.outcome}
          client={client}
          onClose={() => setDeciding(null)}
        />
      ) : null}
    </div>
  );
}
