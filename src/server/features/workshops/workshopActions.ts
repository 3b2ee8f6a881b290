import type { TemplateDefinition } from '../../../domain/template.ts';
import type { WorkshopCommand } from '../../../domain/workshopCommands.ts';
import type { WorkshopEvent, WorkshopEventData } from '../../../domain/workshopEvents.ts';
import type { Action, ReviewItem, WorkshopState } from '../../../domain/workshopState.ts';
import type { Tx } from '../../db/database.ts';
import { changeAction, createAction, findAction, listOpenActionsForReview, type ActionFields, type StoredAction } from '../actions/actionStore.ts';
import { lockProject } from '../registers/registerStore.ts';
import type { WorkshopScope } from './workshopRegisters.ts';

/**
 * A workshop's actions are the project's: each one the group decides, changes or removes is
 * written through to the action plan in the same transaction as the workshop's event, and a
 * review step goes through the project's open actions from earlier workshops, writing what the
 * meeting decided back the same way (docs/decisions/011-action-plan.md).
 */

export function hasReviewStep(template: TemplateDefinition): boolean {
  return template.steps.some((s) => s.kind === 'review');
}

/** Whether a command brings a review step on screen. */
export function reviewEnteredBy(template: TemplateDefinition, command: WorkshopCommand): boolean {
  return command.type === 'step.go' && template.steps[command.stepIndex]?.kind === 'review';
}

function asReviewItem(action: StoredAction & { readonly workshopTitle: string | null }): ReviewItem {
  return {
    id: action.id,
    what: action.what,
    problem: action.problem,
    who: action.who,
    due: action.due,
    status: action.status,
    scope: action.scope,
    upwardTo: action.upwardTo,
    decidedIn: action.workshopTitle,
    outcome: null,
  };
}

/** The event that brings the workshop's review list up to the project's open actions. */
export async function loadedReviewEvent(tx: Tx, scope: WorkshopScope, workshopId: string): Promise<WorkshopEventData> {
  const open = await listOpenActionsForReview(tx, scope.organisationId, scope.projectId, workshopId);
  return { type: 'review.loaded', items: open.map(asReviewItem) };
}

/** The plan's fields of a workshop's action; who answers for it is the plan's to say. */
function planFields(action: Action, workshopId: string, responsibleUserId: string | null): ActionFields {
  return {
    id: action.id,
    workshopId,
    what: action.what,
    problem: action.problem,
    who: action.who,
    responsibleUserId,
    due: action.due,
    followUp: action.followUp,
    status: action.status,
    scope: action.scope,
    upwardTo: action.upwardTo,
    traitId: action.traitId,
  };
}

const MERGED_FIELDS = ['what', 'problem', 'who', 'due', 'followUp', 'status', 'scope', 'upwardTo', 'traitId'] as const;

/**
 * The fields the group changed, over the plan's current action: a field changed on the action
 * plan since the workshop last touched it is kept (last writer wins per field, not per action).
 */
function mergedChange(stored: StoredAction, before: Action | undefined, after: Action): ActionFields {
  const changed = MERGED_FIELDS.filter((field) => before === undefined || before[field] !== after[field]);
  const merged: Record<string, unknown> = { ...stored };
  for (const field of changed) merged[field] = after[field];
  return merged as unknown as ActionFields;
}

export function changesActions(events: readonly WorkshopEventData[]): boolean {
  return events.some((e) => e.type === 'action.added' || e.type === 'action.updated' || e.type === 'action.deleted' || e.type === 'action.reviewed');
}

/** Writes the workshop's action events through to the action plan, each with a revision. */
export async function writeActionsThrough(
  tx: Tx,
  scope: WorkshopScope,
  workshopId: string,
  userId: string | null,
  events: readonly WorkshopEvent[],
  before: WorkshopState,
): Promise<void> {
  await lockProject(tx, scope.organisationId, scope.projectId);
  for (const { data, at } of events) {
    const write = { ...scope, userId, changedInWorkshopId: workshopId, at: new Date(at) };
    if (data.type === 'action.added') {
      await createAction(tx, { ...write, action: planFields(data.action, workshopId, null), deleted: false, comment: '' });
    } else if (data.type === 'action.updated') {
      const stored = await findAction(tx, scope.organisationId, scope.projectId, data.action.id);
      if (stored) await changeAction(tx, { ...write, action: mergedChange(stored, before.actions.get(data.action.id), data.action), deleted: stored.deleted, comment: '' });
    } else if (data.type === 'action.deleted') {
      const stored = await findAction(tx, scope.organisationId, scope.projectId, data.actionId);
      if (stored && !stored.deleted) await changeAction(tx, { ...write, action: stored, deleted: true, comment: '' });
    } else if (data.type === 'action.reviewed') {
      const stored = await findAction(tx, scope.organisationId, scope.projectId, data.actionId);
      // Deleted on the action plan since the review list was loaded: nothing left to decide.
      if (stored && !stored.deleted) {
        const action = { ...stored, status: data.decision.status, due: data.decision.due };
        await changeAction(tx, { ...write, action, deleted: false, comment: data.decision.comment });
      }
    }
  }
}
