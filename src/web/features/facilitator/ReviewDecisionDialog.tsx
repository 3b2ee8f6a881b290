import { useState } from 'react';
import type { ReviewOutcome } from '../../../domain/actionPlan.ts';
import type { ReviewItemView } from '../../../protocol/views.ts';
import type { MessageKey } from '../../i18n/da.ts';
import { useT } from '../../i18n/useT.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { formatDueDate } from '../../ui/actionText.ts';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { TextInputField } from '../../ui/TextInputField.tsx';
import { initialReviewForm, REVIEW_COMMENT_MAX_LENGTH, reviewCommand, type ReviewCheck, type ReviewForm } from './reviewDecision.ts';

const TITLES: Readonly<Record<ReviewOutcome, MessageKey>> = {
  done: 'review.dialog.done',
  open: 'review.dialog.open',
  dropped: 'review.dialog.dropped',
};

interface ReviewDecisionDialogProps {
  readonly item: ReviewItemView;
  readonly outcome: ReviewOutcome;
  readonly client: Pick<WorkshopClient, 'send'>;
  readonly onClose: () => void;
}

/**
 * The meeting's decision on one open action: done (a comment may say how), still open (a new
 * date is needed) or let go (a reason is needed, so others can see it afterwards). It is checked
 * by the same rule the server uses before it is sent.
 */
export function ReviewDecisionDialog({ item, outcome, client, onClose }: ReviewDecisionDialogProps) {
  const { t } = useT();
  const [form, setForm] = useState<ReviewForm>(() => initialReviewForm(item, outcome));
  const [refusal, setRefusal] = useState<ReviewCheck | null>(null);

  const handleChange = (change: Partial<ReviewForm>) => {
    setForm((previous) => ({ ...previous, ...change }));
    setRefusal(null);
  };

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = reviewCommand(item, form);
    if (!checked.ok) {
      setRefusal(checked);
      return;
    }
    client.send(checked.command);
    onClose();
  };

  return (
    <FormDialog title={t(TITLES[outcome])} onClose={onClose} onSubmit={handleSubmit} submitLabel={t('review.save')}>
      <ReviewDecisionFields item={item} form={form} refusal={refusal} onChange={handleChange} />
    </FormDialog>
  );
}

interface ReviewDecisionFieldsProps {
  readonly item: ReviewItemView;
  readonly form: ReviewForm;
  /** Why the decision could not be sent, shown at the field it concerns. */
  readonly refusal: ReviewCheck | null;
  readonly onChange: (change: Partial<ReviewForm>) => void;
}

/** The action in question, then the new date (still open only) and the comment or reason. */
export function ReviewDecisionFields({ item, form, refusal, onChange }: ReviewDecisionFieldsProps) {
  const { t, locale, error } = useT();
  const problem = refusal && !refusal.ok ? refusal : null;
  const errorAt = (field: 'due' | 'comment') => {
    if (problem?.field !== field) return null;
    return problem.error === 'due_invalid' ? t('review.dueInvalid') : error(problem.error);
  };
  const oldDue = formatDueDate((item.outcome ?? item).due, locale);
  const dropped = form.outcome === 'dropped';
  return (
    <>
      <p className="quote" data-testid="review-dialog-what">
        {item.what}
      </p>
      {form.outcome === 'open' ? (
        <TextInputField
          label={t('review.newDue')}
          description={oldDue ? t('review.dueWas', { due: oldDue }) : t('review.dueWasNone')}
          type="date"
          value={form.due}
          onChange={(due) => onChange({ due })}
          isRequired
          error={errorAt('due')}
          autoFocus
        />
      ) : null}
      <TextInputField
        label={dropped ? t('review.reasonLabel') : t('review.commentOptional')}
        description={dropped ? t('review.reasonHint') : form.outcome === 'done' ? t('review.commentDoneHint') : t('review.commentOpenHint')}
        value={form.comment}
        onChange={(comment) => onChange({ comment })}
        multiline
        isRequired={dropped}
        maxLength={REVIEW_COMMENT_MAX_LENGTH}
        error={errorAt('comment')}
        autoFocus={form.outcome !== 'open'}
      />
    </>
  );
}
