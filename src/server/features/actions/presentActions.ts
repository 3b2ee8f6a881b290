import { actionChangeRight, isOverdue } from '../../../domain/actionPlan.ts';
import type { Role } from '../../../domain/roles.ts';
import type { ActionScope, ActionStatus, UpwardTarget } from '../../../domain/workshopState.ts';
import type { ActionRecordView, ActionRevisionView } from '../../../protocol/actionPlan.ts';
import type { ActionRevisionData } from '../../db/schema.ts';
import type { ListedAction } from './actionStore.ts';

/** The viewer an action is presented to: what they may change depends on who they are. */
export interface ActionViewer {
  readonly userId: string;
  readonly roles: readonly Role[];
}

export function presentActionRecord(action: ListedAction, today: string, viewer: ActionViewer): ActionRecordView {
  return {
    id: action.id,
    projectId: action.projectId,
    projectTitle: action.projectTitle,
    workshopId: action.workshopId,
    workshopTitle: action.workshopTitle,
    templateId: action.templateId,
    what: action.what,
    problem: action.problem,
    who: action.who,
    responsibleUserId: action.responsibleUserId,
    responsibleName: action.responsibleName,
    due: action.due,
    followUp: action.followUp,
    status: action.status,
    scope: action.scope,
    upwardTo: action.upwardTo,
    traitId: action.traitId,
    overdue: isOverdue(action, today),
    version: action.version,
    updatedAt: action.updatedAt.toISOString(),
    mayChange: actionChangeRight(viewer.roles, viewer.userId, action),
  };
}

export interface RevisionRow {
  readonly version: number;
  readonly data: ActionRevisionData;
  readonly deleted: boolean;
  readonly comment: string;
  readonly at: Date;
  readonly byName: string | null;
  readonly workshopTitle: string | null;
}

const HISTORY_FIELDS = ['what', 'problem', 'who', 'responsibleUserId', 'due', 'followUp', 'status', 'scope', 'upwardTo', 'deleted'] as const;

/**
 * An action's history, newest first, each revision with the fields it changed. `names` maps the
 * members who answered for it to their names; someone no longer a member shows as unnamed.
 */
export function presentRevisions(rows: readonly RevisionRow[], names: ReadonlyMap<string, string>): ActionRevisionView[] {
  const oldestFirst = [...rows].sort((a, b) => a.version - b.version);
  const views = oldestFirst.map((row, i): ActionRevisionView => {
    const before = oldestFirst[i - 1];
    const valueOf = (r: RevisionRow, field: (typeof HISTORY_FIELDS)[number]) => (field === 'deleted' ? r.deleted : r.data[field]);
    const changed = before ? HISTORY_FIELDS.filter((field) => valueOf(before, field) !== valueOf(row, field)) : [...HISTORY_FIELDS.filter((f) => f !== 'deleted')];
    return {
      version: row.version,
      at: row.at.toISOString(),
      byName: row.byName,
      workshopTitle: row.workshopTitle,
      deleted: row.deleted,
      comment: row.comment,
      changed: changed.map((field) => (field === 'responsibleUserId' ? 'responsible' : field)),
      what: row.data.what,
      problem: row.data.problem,
      who: row.data.who,
      responsibleName: row.data.responsibleUserId ? (names.get(row.data.responsibleUserId) ?? null) : null,
      due: row.data.due,
      followUp: row.data.followUp,
      status: row.data.status as ActionStatus,
      scope: row.data.scope as ActionScope,
      upwardTo: row.data.upwardTo as UpwardTarget | null,
    };
  });
  return views.reverse();
}
