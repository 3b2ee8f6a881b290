import { ACTION_TIME_ZONE, isOpenStatus, isOverdue } from '../../../domain/actionPlan.ts';
import type { ListedAction } from '../actions/actionStore.ts';
import type { ExportColumn, ExportText } from './exportText.ts';

/** One action as a line of the exported plan: every column in words, dates kept as dates. */
export interface ExportRow {
  readonly actionId: string;
  readonly projectId: string;
  readonly problem: string;
  readonly what: string;
  /** The member who answers for it, else who the meeting wrote. */
  readonly responsible: string;
  /** A calendar date, YYYY-MM-DD, or null. */
  readonly due: string | null;
  readonly status: string;
  /** Not done and not dropped: only these go into calendars. */
  readonly open: boolean;
  readonly followUp: string;
  /** The committee or management it was sent to; empty when the group does it itself. */
  readonly upwardTo: string;
  readonly project: string;
  readonly decidedIn: string;
  /** When it was last changed, as the wall clock in Copenhagen showed it: YYYY-MM-DD HH:MM. */
  readonly lastChanged: string;
  readonly updatedAt: Date;
  readonly version: number;
}

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: ACTION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Copenhagen's wall clock, YYYY-MM-DD HH:MM: spreadsheets have no time zones. */
export function localDateTime(at: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => wallClock.formatToParts(at).find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** The lines of the exported plan, in the list's order, in the organisation's words. */
export function exportRows(actions: readonly ListedAction[], text: ExportText, today: string): ExportRow[] {
  return actions.map((action) => {
    const status = text.status[action.status];
    return {
      actionId: action.id,
      projectId: action.projectId,
      problem: action.problem,
      what: action.what,
      responsible: action.responsibleName ?? action.who,
      due: action.due,
      status: isOverdue(action, today) ? `${status}, ${text.overdue}` : status,
      open: isOpenStatus(action.status),
      followUp: action.followUp,
      upwardTo: action.scope === 'upward' ? (action.upwardTo ? text.upwardTo[action.upwardTo] : text.upwardUnchosen) : '',
      project: action.projectTitle,
      decidedIn: action.workshopTitle ?? text.onThePlan,
      lastChanged: localDateTime(action.updatedAt),
      updatedAt: action.updatedAt,
      version: action.version,
    };
  });
}

/** A row's columns in the export's order, as text (dates as YYYY-MM-DD). */
export function rowCells(row: ExportRow): Record<ExportColumn, string> {
  return {
    problem: row.problem,
    what: row.what,
    responsible: row.responsible,
    due: row.due ?? '',
    status: row.status,
    followUp: row.followUp,
    upwardTo: row.upwardTo,
    project: row.project,
    decidedIn: row.decidedIn,
    lastChanged: row.lastChanged,
  };
}
