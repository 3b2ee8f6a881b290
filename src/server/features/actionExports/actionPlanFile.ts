import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { ACTION_TIME_ZONE, calendarDate } from '../../../domain/actionPlan.ts';
import type { ActionExportFormat } from '../../../protocol/actionExports.ts';
import type { ActionListQuerySchema } from '../../../protocol/actionPlan.ts';
import type { AppContext } from '../../appContext.ts';
import { listActions, type ActionQuery } from '../actions/actionStore.ts';
import { attachmentDisposition } from '../../http/attachmentName.ts';
import { exportRows, type ExportRow } from './exportRows.ts';
import { EXPORT_TEXT, exportLocale, type ExportText } from './exportText.ts';
import { renderActionsCsv } from './renderActionsCsv.ts';
import { renderActionsIcs } from './renderActionsIcs.ts';
import { renderActionsXlsx } from './renderActionsXlsx.ts';

/** The organisation a file is made for: its actions, in its language. */
export interface ExportOrganisation {
  readonly id: string;
  readonly name: string;
  readonly defaultLocale: string;
}

interface RenderInput {
  readonly rows: readonly ExportRow[];
  readonly text: ExportText;
  readonly now: Date;
  readonly calendarName: string;
  readonly linkOf: (row: ExportRow) => string;
}

const FORMATS: Readonly<Record<ActionExportFormat, { readonly contentType: string; readonly render: (input: RenderInput) => Buffer | Promise<Buffer> }>> = {
  csv: { contentType: 'text/csv; charset=utf-8', render: ({ rows, text }) => renderActionsCsv(rows, text) },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: ({ rows, text, now }) => renderActionsXlsx(rows, text, now) },
  ics: { contentType: 'text/calendar; charset=utf-8', render: ({ rows, text, now, calendarName, linkOf }) => renderActionsIcs(rows, text, { calendarName, linkOf, now }) },
};

/** What the list's query string asks for, as the store's query: the same filters as the list. */
export function exportQuery(query: z.output<typeof ActionListQuerySchema>, userId: string): Omit<ActionQuery, 'today'> {
  return {
    ...(query.projectId ? { projectId: query.projectId } : {}),
    ...(query.state !== 'all' ? { state: query.state } : {}),
    ...(query.mine ? { responsibleUserId: userId } : {}),
    ...(query.upward !== undefined ? { upward: query.upward } : {}),
  };
}

export interface ActionPlanFile {
  readonly contentType: string;
  /** Content-Disposition: an attachment named after the plan, the organisation and the day. */
  readonly disposition: string;
  /**
   * A weak validator of what the file says (weak: a calendar's DTSTAMP differs each time it is
   * laid out). Same actions, same words, same tag: a calendar app that has it gets a 304.
   */
  readonly etag: string;
  /** Lays the file out; left uncalled when the client already holds this version. */
  render(): Promise<Buffer>;
}

/**
 * The organisation's actions that a query asks for, as a file: the list's rows turned into the
 * organisation's words, then laid out as CSV, Excel or a calendar.
 */
export async function actionPlanFile(
  ctx: AppContext,
  organisation: ExportOrganisation,
  query: Omit<ActionQuery, 'today'>,
  format: ActionExportFormat,
): Promise<ActionPlanFile> {
  const now = new Date(ctx.now());
  const today = calendarDate(now.getTime(), ACTION_TIME_ZONE);
  const locale = exportLocale(organisation.defaultLocale);
  const text = EXPORT_TEXT[locale];
  const actions = await listActions(ctx.db, organisation.id, { ...query, today });
  const rows = exportRows(actions, text, today);
  const planUrl = `${ctx.publicUrl}/org/${encodeURIComponent(organisation.id)}/actions`;
  const calendarName = text.calendarName(organisation.name, query.responsibleUserId ? 'mine' : 'all');
  const fingerprint = createHash('sha256').update(JSON.stringify({ format, locale, calendarName, planUrl, rows })).digest('base64url');
  return {
    contentType: FORMATS[format].contentType,
    disposition: attachmentDisposition(`${text.fileName} - ${organisation.name} - ${today}`, format),
    etag: `W/"${fingerprint.slice(0, 32)}"`,
    render: async () =>
      FORMATS[format].render({ rows, text, now, calendarName, linkOf: (row) => `${planUrl}?projectId=${encodeURIComponent(row.projectId)}` }),
  };
}
