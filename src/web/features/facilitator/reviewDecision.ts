import { checkReview, STATUS_COMMENT_MAX_LENGTH, type ReviewOutcome } from '../../../domain/actionPlan.ts';
import type { DomainErrorCode } from '../../../domain/domainErrors.ts';
import { DateSchema, type WorkshopCommand } from '../../../domain/workshopCommands.ts';
import type { ReviewItemView } from '../../../protocol/views.ts';

export type ActionReviewCommand = Extract<WorkshopCommand, { type: 'action.review' }>;

/** What the facilitator has typed in a review decision's dialog. */
export interface ReviewForm {
  readonly outcome: ReviewOutcome;
  /** YYYY-MM-DD, or empty. Only a decision to keep the action open sends it. */
  readonly due: string;
  readonly comment: string;
}

/** Why a decision cannot be sent: the domain's rule, or a date the server would not read. */
export type ReviewProblem = DomainErrorCode | 'due_invalid';

export type ReviewCheck =
  | { readonly ok: true; readonly command: ActionReviewCommand }
  | { readonly ok: false; readonly error: ReviewProblem; readonly field: 'due' | 'comment' };

export const REVIEW_COMMENT_MAX_LENGTH = STATUS_COMMENT_MAX_LENGTH;

/** The form a dialog opens with: what was decided before, when it chose the same outcome. */
export function initialReviewForm(item: ReviewItemView, outcome: ReviewOutcome): ReviewForm {
  const before = item.outcome?.outcome === outcome ? item.outcome : null;
  return { outcome, due: outcome === 'open' ? (before?.due ?? '') : '', comment: before?.comment ?? '' };
}

/**
 * The command a review decision sends, or why it cannot be sent yet. The domain's own rule decides,
 * judged like the server does: against where the action stands after this meeting's last decision.
 */
export function reviewCommand(item: ReviewItemView, form: ReviewForm): ReviewCheck {
  const due = form.outcome === 'open' && form.due ? form.due : null;
  // A date field lets a year run past four digits; such a frame would be refused whole and stay in
  // the outbox, so it is stopped here at the field.
  if (due !== null && !DateSchema.safeParse(due).success) return { ok: false, error: 'due_invalid', field: 'due' };
  const current = item.outcome ?? item;
  const error = checkReview({ status: current.status, due: current.due }, form.outcome, due, form.comment);
  if (error) return { ok: false, error, field: error === 'due_required' ? 'due' : 'comment' };
  return { ok: true, command: { type: 'action.review', actionId: item.id, outcome: form.outcome, due, comment: form.comment.trim() } };
}
