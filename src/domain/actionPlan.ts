import type { DomainErrorCode } from './domainErrors.ts';
import { can, type Role } from './roles.ts';
import { ACTION_STATUSES, ACTION_TEXT_MAX_LENGTH, type ActionScope, type ActionStatus, type UpwardTarget } from './workshopState.ts';

/**
 * The project's action plan: every action a workshop decided, followed up after the meeting.
 * An action is also a line of the written action plan an APV asks for: the problem, the solution
 * (what), who is responsible, by when, and how it is followed up. Pure rules only; the server
 * stores actions per project and the workshops write theirs through.
 */

/** Statuses in which an action still needs doing. */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in_progress'];
export const CLOSED_ACTION_STATUSES: readonly ActionStatus[] = ACTION_STATUSES.filter((s) => !OPEN_ACTION_STATUSES.includes(s));

/** A status change's comment (the reason an action is dropped, what was done, why it is late). */
export const STATUS_COMMENT_MAX_LENGTH = 1000;

/** Where Kompas's workplaces are: "today", and so "overdue", is counted on this clock. */
export const ACTION_TIME_ZONE = 'Europe/Copenhagen';

export function isOpenStatus(status: ActionStatus): boolean {
  return OPEN_ACTION_STATUSES.includes(status);
}

/** Past its date and not yet done or dropped. `today` is a calendar date, YYYY-MM-DD. */
export function isOverdue(action: { readonly status: ActionStatus; readonly due: string | null }, today: string): boolean {
  return isOpenStatus(action.status) && action.due !== null && action.due < today;
}

/** The calendar date in a time zone at an instant, as YYYY-MM-DD. */
export function calendarDate(now: number, timeZone: string = ACTION_TIME_ZONE): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now));
}

/** The fields an action carries wherever it is shown: in its workshop, on the project and in exports. */
export interface ActionPlanFields {
  /** The solution: what is done. */
  readonly what: string;
  /** The problem it answers (the APV's "problem"); empty when not written down. */
  readonly problem: string;
  /** Who does it, as the meeting wrote it. */
  readonly who: string;
  /** A calendar date, YYYY-MM-DD, or null when not yet set. */
  readonly due: string | null;
  /** How and when the action is followed up. */
  readonly followUp: string;
  readonly status: ActionStatus;
  readonly scope: ActionScope;
  readonly upwardTo: UpwardTarget | null;
  readonly traitId: string | null;
}

/** A change of an action's status (and possibly its date), with the comment the history keeps. */
export interface StatusChange {
  readonly status: ActionStatus;
  readonly due: string | null;
  readonly comment: string;
}

/**
 * Whether a change may be made: dropping an action needs a reason, and a change must change
 * something or say something. `current` and `next` hold the same fields, before and after.
 */
export function checkActionChange<T extends { readonly status: ActionStatus }>(current: T, next: T, comment: string): DomainErrorCode | null {
  const said = comment.trim();
  if (said.length > STATUS_COMMENT_MAX_LENGTH) return 'comment_too_long';
  if (next.status === 'dropped' && current.status !== 'dropped' && said === '') return 'reason_required';
  const changed = (Object.keys(next) as Array<keyof T>).some((field) => next[field] !== current[field]);
  if (!changed && said === '') return 'nothing_changed';
  return null;
}

export function checkStatusChange(current: Pick<ActionPlanFields, 'status' | 'due'>, change: StatusChange): DomainErrorCode | null {
  return checkActionChange({ status: current.status, due: current.due }, { status: change.status, due: change.due }, change.comment);
}

/** Who may change what of an action: those who run the dialogue everything, whoever answers for it its follow-up. */
export type ActionChangeRight = 'all' | 'followUp' | 'none';
/** The fields whoever answers for an action may change: where it stands, and how it is followed up. */
export const FOLLOW_UP_FIELDS = ['status', 'due', 'comment', 'followUp'] as const;

export function actionChangeRight(roles: readonly Role[], userId: string, action: { readonly responsibleUserId: string | null }): ActionChangeRight {
  if (can(roles, 'action.manage')) return 'all';
  return action.responsibleUserId === userId ? 'followUp' : 'none';
}

/**
 * What a review of an open action can decide: it is done, it stays open (with a new date), or it
 * is dropped (with a reason). In progress counts as still open.
 */
export const REVIEW_OUTCOMES = ['done', 'open', 'dropped'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export function checkReview(
  current: Pick<ActionPlanFields, 'status' | 'due'>,
  outcome: ReviewOutcome,
  due: string | null,
  comment: string,
): DomainErrorCode | null {
  if (outcome === 'open' && due === null) return 'due_required';
  const status: ActionStatus = outcome === 'open' ? (isOpenStatus(current.status) ? current.status : 'open') : outcome;
  return checkStatusChange(current, { status, due: outcome === 'open' ? due : current.due, comment });
}

/** The status and date a review outcome leaves an action with. */
export function reviewedStatus(current: Pick<ActionPlanFields, 'status' | 'due'>, outcome: ReviewOutcome, due: string | null): Pick<ActionPlanFields, 'status' | 'due'> {
  if (outcome === 'open') return { status: isOpenStatus(current.status) ? current.status : 'open', due };
  return { status: outcome, due: current.due };
}

/** Free-text fields of an action that the plan adds to what a workshop writes. */
export function checkPlanText(fields: Partial<Pick<ActionPlanFields, 'what' | 'problem' | 'who' | 'followUp'>>): DomainErrorCode | null {
  if (fields.what !== undefined && fields.what.trim() === '') return 'action_what_empty';
  for (const text of [fields.what, fields.problem, fields.who, fields.followUp]) {
    if ((text?.trim().length ?? 0) > ACTION_TEXT_MAX_LENGTH) return 'action_text_too_long';
  }
  return null;
}
