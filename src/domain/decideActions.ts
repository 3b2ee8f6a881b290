import { checkPlanText, checkReview, reviewedStatus } from './actionPlan.ts';
import type { Actor } from './actor.ts';
import { accept, refuse, type DecisionResult } from './decision.ts';
import { TRAIT_IDS } from './rasmus.ts';
import type { TemplateDefinition } from './template.ts';
import type { WorkshopCommand } from './workshopCommands.ts';
import type { WorkshopEventData } from './workshopEvents.ts';
import type { Action, WorkshopState } from './workshopState.ts';

type ActionCommand = Extract<WorkshopCommand, { type: 'action.add' | 'action.update' | 'action.delete' | 'action.review' }>;

function checkFields(
  state: WorkshopState,
  fields: Partial<Pick<Action, 'what' | 'problem' | 'who' | 'followUp' | 'noteIds' | 'traitId'>>,
): DecisionResult | null {
  const text = checkPlanText(fields);
  if (text) return refuse(text);
  if (fields.noteIds?.some((id) => !state.notes.has(id))) return refuse('note_not_found');
  if (fields.traitId != null && !(TRAIT_IDS as readonly string[]).includes(fields.traitId)) return refuse('unknown_trait');
  return null;
}

/**
 * Keeps actions' note links pointing at notes that exist when notes are merged away or deleted:
 * a removed id becomes the replacement (the merge target), or is dropped when there is none.
 */
export function relinkActions(
  state: WorkshopState,
  removedIds: readonly string[],
  replacementId: string | null,
): WorkshopEventData[] {
  const removed = new Set(removedIds);
  const events: WorkshopEventData[] = [];
  for (const action of state.actions.values()) {
    if (!action.noteIds.some((id) => removed.has(id))) continue;
    const linked = action.noteIds.map((id) => (removed.has(id) ? replacementId : id));
    const noteIds = [...new Set(linked.filter((id): id is string => id !== null))];
    events.push({ type: 'action.updated', action: { ...action, noteIds } });
  }
  return events;
}

/**
 * An action sent upward always says to whom (the committee unless told otherwise); one the group
 * keeps has no one to send it to.
 */
function scopeOf(
  existing: Pick<Action, 'scope' | 'upwardTo'> | null,
  command: Pick<Extract<ActionCommand, { type: 'action.update' }>, 'scope' | 'upwardTo'>,
): Pick<Action, 'scope' | 'upwardTo'> {
  const scope = command.scope ?? existing?.scope ?? 'ours';
  if (scope === 'ours') return { scope, upwardTo: null };
  return { scope, upwardTo: command.upwardTo ?? existing?.upwardTo ?? 'committee' };
}

/** Actions: what, who, by when, with the notes or trait they came from. */
export function decideAction(
  state: WorkshopState,
  template: TemplateDefinition,
  actor: Actor,
  command: ActionCommand,
  now: number,
): DecisionResult {
  switch (command.type) {
    case 'action.add': {
      if (actor.kind === 'participant' && template.steps[state.stepIndex]?.kind !== 'actions') {
        return refuse('not_current_step');
      }
      // An action under review belongs to an earlier workshop: its id is not free for a new one.
      if (state.actions.has(command.actionId) || state.review.has(command.actionId)) return refuse('action_exists');
      const bad = checkFields(state, command);
      if (bad) return bad;
      const action: Action = {
        id: command.actionId,
        what: command.what.trim(),
        problem: command.problem?.trim() ?? '',
        who: command.who.trim(),
        due: command.due,
        status: 'open',
        noteIds: [...new Set(command.noteIds)],
        traitId: command.traitId,
        ...scopeOf(null, command),
        followUp: command.followUp?.trim() ?? '',
        createdAt: now,
      };
      return accept({ type: 'action.added', action });
    }
    case 'action.update': {
      const existing = state.actions.get(command.actionId);
      if (!existing) return refuse('action_not_found');
      const bad = checkFields(state, command);
      if (bad) return bad;
      const action: Action = {
        ...existing,
        what: command.what?.trim() ?? existing.what,
        problem: command.problem?.trim() ?? existing.problem,
        who: command.who?.trim() ?? existing.who,
        followUp: command.followUp?.trim() ?? existing.followUp,
        due: command.due === undefined ? existing.due : command.due,
        status: command.status ?? existing.status,
        noteIds: command.noteIds ? [...new Set(command.noteIds)] : existing.noteIds,
        traitId: command.traitId === undefined ? existing.traitId : command.traitId,
        ...scopeOf(existing, command),
      };
      return accept({ type: 'action.updated', action });
    }
    case 'action.delete':
      if (!state.actions.has(command.actionId)) return refuse('action_not_found');
      return accept({ type: 'action.deleted', actionId: command.actionId });
    case 'action.review': {
      const item = state.review.get(command.actionId);
      if (!item) return refuse('action_not_found');
      // Judged against where the action stands after any decision this meeting already made on it.
      const current = item.outcome ?? item;
      const bad = checkReview(current, command.outcome, command.due, command.comment);
      if (bad) return refuse(bad);
      const next = reviewedStatus(current, command.outcome, command.due);
      return accept({
        type: 'action.reviewed',
        actionId: item.id,
        decision: { outcome: command.outcome, ...next, comment: command.comment.trim() },
      });
    }
    default: {
      const unreachable: never = command;
      throw new Error(`unhandled action command ${JSON.stringify(unreachable)}`);
    }
  }
}
