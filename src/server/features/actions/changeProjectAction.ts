import { actionChangeRight, checkActionChange, checkPlanText, FOLLOW_UP_FIELDS } from '../../../domain/actionPlan.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { ActionChangeBody } from '../../../protocol/actionPlan.ts';
import type { ErrorCode } from '../../../protocol/errorCodes.ts';
import type { Db } from '../../db/database.ts';
import { lockProject } from '../registers/registerStore.ts';
import { changeAction, findAction, isMemberUser, type ActionFields } from './actionStore.ts';
import type { ActionViewer } from './presentActions.ts';

export interface ActionTarget {
  readonly organisationId: string;
  readonly projectId: string;
  readonly actionId: string;
}

/**
 * Changes an action on the action plan: checks who may change what, that whoever is to answer for
 * it is a member, and the plan's rules (a reason to drop it, something must change), then writes
 * the change and its revision under the project's lock, the lock a workshop's write-through takes.
 */
export async function changeProjectAction(
  db: Db,
  target: ActionTarget,
  viewer: ActionViewer,
  body: ActionChangeBody,
  at: Date,
): Promise<Result<null, ErrorCode>> {
  return db.transaction(async (tx) => {
    if (!(await lockProject(tx, target.organisationId, target.projectId))) return err('not_found');
    const stored = await findAction(tx, target.organisationId, target.projectId, target.actionId);
    if (!stored || stored.deleted) return err('not_found');
    const right = actionChangeRight(viewer.roles, viewer.userId, stored);
    if (right === 'none') return err('not_allowed');
    const asked = Object.keys(body).filter((key) => body[key as keyof ActionChangeBody] !== undefined);
    if (right === 'followUp' && asked.some((key) => !(FOLLOW_UP_FIELDS as readonly string[]).includes(key))) return err('not_allowed');
    const text = checkPlanText(body);
    if (text) return err(text);
    if (body.responsibleUserId && !(await isMemberUser(tx, target.organisationId, body.responsibleUserId))) return err('not_a_member');
    const scope = body.scope ?? stored.scope;
    const next: ActionFields = {
      ...stored,
      what: body.what?.trim() ?? stored.what,
      problem: body.problem?.trim() ?? stored.problem,
      who: body.who?.trim() ?? stored.who,
      followUp: body.followUp?.trim() ?? stored.followUp,
      responsibleUserId: body.responsibleUserId === undefined ? stored.responsibleUserId : body.responsibleUserId,
      status: body.status ?? stored.status,
      due: body.due === undefined ? stored.due : body.due,
      scope,
      upwardTo: scope === 'ours' ? null : (body.upwardTo ?? stored.upwardTo ?? 'committee'),
    };
    const comment = body.comment?.trim() ?? '';
    const current: ActionFields = { ...stored };
    const refused = checkActionChange(pickFields(current), pickFields(next), comment);
    if (refused) return err(refused);
    await changeAction(tx, {
      organisationId: target.organisationId,
      projectId: target.projectId,
      action: next,
      deleted: false,
      userId: viewer.userId,
      changedInWorkshopId: null,
      comment,
      at,
    });
    return ok(null);
  });
}

/** The fields a change is judged on (not the bookkeeping around them). */
function pickFields(action: ActionFields) {
  const { what, problem, who, followUp, responsibleUserId, status, due, scope, upwardTo } = action;
  return { what, problem, who, followUp, responsibleUserId, status, due, scope, upwardTo };
}
