import type { ActionScope, ActionStatus, UpwardTarget } from '../../../domain/workshopState.ts';
import type { ActionChangeBody } from '../../../protocol/actionPlan.ts';

/** An action's fields as the change dialog holds them (a date input gives '' for no date). */
export interface ActionForm {
  readonly status: ActionStatus;
  readonly due: string;
  readonly followUp: string;
  readonly what: string;
  readonly problem: string;
  readonly who: string;
  readonly responsibleUserId: string | null;
  readonly scope: ActionScope;
  readonly upwardTo: UpwardTarget | null;
}

/**
 * What to send: only the fields that changed, so a field someone else changed meanwhile is not
 * written back. Without the right to change everything, only the follow-up fields are sent.
 */
export function changedFields(before: ActionForm, after: ActionForm, all: boolean): ActionChangeBody {
  const body: { -readonly [K in keyof ActionChangeBody]: ActionChangeBody[K] } = {};
  if (after.status !== before.status) body.status = after.status;
  if (after.due !== before.due) body.due = after.due === '' ? null : after.due;
  if (after.followUp.trim() !== before.followUp) body.followUp = after.followUp.trim();
  if (!all) return body;
  if (after.what.trim() !== before.what) body.what = after.what.trim();
  if (after.problem.trim() !== before.problem) body.problem = after.problem.trim();
  if (after.who.trim() !== before.who) body.who = after.who.trim();
  if (after.responsibleUserId !== before.responsibleUserId) body.responsibleUserId = after.responsibleUserId;
  if (after.scope !== before.scope || after.upwardTo !== before.upwardTo) {
    body.scope = after.scope;
    body.upwardTo = after.scope === 'upward' ? after.upwardTo : null;
  }
  return body;
}
