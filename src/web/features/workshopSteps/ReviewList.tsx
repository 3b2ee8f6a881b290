import type { ReactNode } from 'react';
import type { ReviewOutcome } from '../../../domain/actionPlan.ts';
import type { ReviewItemView } from '../../../protocol/views.ts';
import { useT, type Translator } from '../../i18n/useT.ts';
import { formatDueDate, scopeKey } from '../../ui/actionText.ts';
import { Icon, type IconName } from '../../ui/Icon.tsx';
import './reviewList.css';

/** Where the list is shown: it reads the same everywhere, only larger on the projector. */
export type ReviewListVariant = 'phone' | 'laptop' | 'projector' | 'minutes';

interface ReviewListProps {
  readonly items: readonly ReviewItemView[];
  readonly variant: ReviewListVariant;
  /** The list's own heading; each action's heading is one level below. */
  readonly headingLevel: 2 | 3;
  /** A heading other than the count of open actions (the minutes use the step's title). */
  readonly title?: string;
  /** The facilitator's buttons for an action. */
  readonly renderControls?: (item: ReviewItemView) => ReactNode;
  /** Actions whose decision is on its way to the server. */
  readonly savingIds?: ReadonlySet<string>;
}

export const OUTCOME_ICONS: Readonly<Record<ReviewOutcome, IconName>> = { done: 'check', open: 'clock', dropped: 'close' };

/** The order the meeting goes through the list in, as the server sends it: earliest date first, undated last. */
export function reviewItemsInOrder(items: Iterable<ReviewItemView>): ReviewItemView[] {
  return [...items].sort((a, b) => (a.due ?? '9999-99-99').localeCompare(b.due ?? '9999-99-99') || a.what.localeCompare(b.what) || a.id.localeCompare(b.id));
}

/**
 * A review step's list: the project's open actions from earlier workshops, each with who answers
 * for it, its date and where it came from, and what this meeting decided about it. The decision
 * is said in words with an icon beside it, never by colour alone.
 */
export function ReviewList({ items, variant, headingLevel, title, renderControls, savingIds }: ReviewListProps) {
  const { t, tn } = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `review-list-${variant}`;
  const decided = items.filter((item) => item.outcome !== null).length;
  return (
    <section className={`review-list review-list-${variant}`} aria-labelledby={headingId} data-testid="review-list">
      <Heading id={headingId} className="review-list-title">
        {title ?? (items.length > 0 ? tn('review.count', items.length) : t('review.title'))}
      </Heading>
      {items.length === 0 ? (
        <p className="review-empty">
          <Icon name="check" size={variant === 'projector' ? 32 : 22} /> {t(variant === 'minutes' ? 'review.emptyMinutes' : 'review.empty')}
        </p>
      ) : (
        <>
          <p className="review-progress">{t('review.progress', { decided, total: items.length })}</p>
          <ul className="review-items">
            {items.map((item) => (
              <ReviewListItem
                key={item.id}
                item={item}
                variant={variant}
                headingLevel={headingLevel === 2 ? 3 : 4}
                controls={renderControls?.(item)}
                saving={savingIds?.has(item.id) ?? false}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

interface ReviewListItemProps {
  readonly item: ReviewItemView;
  readonly variant: ReviewListVariant;
  readonly headingLevel: 3 | 4;
  readonly controls: ReactNode;
  readonly saving: boolean;
}

function ReviewListItem({ item, variant, headingLevel, controls, saving }: ReviewListItemProps) {
  const translator = useT();
  const { t, locale } = translator;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const outcome = item.outcome?.outcome ?? null;
  return (
    <li className={`review-item review-item-${outcome ?? 'undecided'}`} data-testid="review-item">
      <Heading className="review-what">{item.what}</Heading>
      {item.problem ? (
        <p className="review-problem">
          <span className="review-label">{t('review.problem')}:</span> {item.problem}
        </p>
      ) : null}
      {item.scope === 'upward' ? (
        <p className="review-upward">
          <Icon name="arrowRight" size={variant === 'projector' ? 24 : 18} /> {t(scopeKey(item))}
        </p>
      ) : null}
      <dl className="action-facts review-facts">
        <div>
          <dt>{t('actions.who')}</dt>
          <dd>{item.who || t('actions.noOwner')}</dd>
        </div>
        <div>
          <dt>{t('actions.due')}</dt>
          <dd>{formatDueDate(item.due, locale) ?? t('actions.noDate')}</dd>
        </div>
        <div>
          <dt>{t('actions.status')}</dt>
          <dd>{t(`actionStatus.${item.status}`)}</dd>
        </div>
        <div>
          <dt>{t('review.decidedIn')}</dt>
          <dd>{item.decidedIn ?? t('review.fromActionPlan')}</dd>
        </div>
      </dl>
      <div className={`review-decision review-decision-${outcome ?? 'undecided'}`}>
        <p className="review-decision-line">
          <Icon name={outcome ? OUTCOME_ICONS[outcome] : 'circle'} size={variant === 'projector' ? 30 : 20} />
          <span>
            <span className="review-label">{t('review.decision')}:</span> <strong>{decisionText(item, translator, variant)}</strong>
          </span>
        </p>
        {item.outcome?.comment ? (
          <p className="review-comment">
            <span className="review-label">{t(outcome === 'dropped' ? 'review.reason' : 'review.comment')}:</span> {item.outcome.comment}
          </p>
        ) : null}
        {saving ? (
          <p className="review-saving" role="status">
            {t('review.saving')}
          </p>
        ) : null}
      </div>
      {controls}
    </li>
  );
}

/** The decision in words; the minutes say of an action never reached that the meeting did not get to it. */
function decisionText(item: ReviewItemView, { t, locale }: Translator, variant: ReviewListVariant): string {
  const decision = item.outcome;
  if (!decision) return t(variant === 'minutes' ? 'review.undecidedMinutes' : 'review.undecided');
  switch (decision.outcome) {
    case 'done':
      return t('review.outcome.done');
    case 'open':
      return t('review.outcome.open', { due: formatDueDate(decision.due, locale) ?? t('actions.noDate') });
    case 'dropped':
      return t('review.outcome.dropped');
    default: {
      const unreachable: never = decision.outcome;
      throw new Error(`unknown review outcome ${String(unreachable)}`);
    }
  }
}
