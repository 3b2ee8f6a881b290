import type { ProjectActionView } from '../../../protocol/projectActions.ts';

export interface ProjectActionGroups {
  /** What the group does itself. */
  readonly ours: readonly ProjectActionView[];
  /** What was sent to the cooperation committee or management. */
  readonly upward: readonly ProjectActionView[];
  /** Not done and not dropped, across both. */
  readonly openCount: number;
  /** Not finished and past the date, across both. */
  readonly overdueCount: number;
}

const finished = (item: ProjectActionView) => item.action.status === 'done' || item.action.status === 'dropped';

/** Whether an action is past its date and still not done; today is YYYY-MM-DD in the reader's time zone. */
export function isOverdue(item: ProjectActionView, today: string): boolean {
  return !finished(item) && item.action.due !== null && item.action.due < today;
}

/** Unfinished first, then by date (no date last), then in the order they were decided. */
function byFollowUp(a: ProjectActionView, b: ProjectActionView): number {
  return (
    Number(finished(a)) - Number(finished(b)) ||
    (a.action.due ?? '9999').localeCompare(b.action.due ?? '9999') ||
    a.action.createdAt - b.action.createdAt
  );
}

/** Splits a project's actions into ours and sent upward, each ordered for follow-up. */
export function groupProjectActions(actions: readonly ProjectActionView[], today: string): ProjectActionGroups {
  return {
    ours: actions.filter((item) => item.action.scope === 'ours').sort(byFollowUp),
    upward: actions.filter((item) => item.action.scope === 'upward').sort(byFollowUp),
    openCount: actions.filter((item) => !finished(item)).length,
    overdueCount: actions.filter((item) => isOverdue(item, today)).length,
  };
}

/** Today as YYYY-MM-DD in the reader's own time zone, the form action dates are written in. */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
