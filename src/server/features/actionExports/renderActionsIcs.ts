import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { ExportRow } from './exportRows.ts';
import type { ExportText } from './exportText.ts';

export interface IcsOptions {
  readonly calendarName: string;
  /** Where the action is followed up in Kompas (the action plan, filtered to its project). */
  readonly linkOf: (row: ExportRow) => string;
  /** DTSTAMP: when this copy of the calendar was made. */
  readonly now: Date;
}

/** A calendar date as the UTC midnight ical-generator writes as that date (no time zone: all-day dates float). */
function utcDay(date: string, plusDays = 0): Date {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + plusDays));
}

/**
 * The open actions with a date as an iCalendar file (RFC 5545, ical-generator; decision 013): one
 * all-day event per action on its date. The UID is the action's id with its project's (ids are
 * the client's and unique per project only), so a calendar that polls again updates the event
 * rather than adding one; SEQUENCE is its version. A deadline is not a
 * meeting: the day is shown free (TRANSP:TRANSPARENT). Done and dropped actions are left out, so
 * they disappear from a subscribed calendar.
 */
export function renderActionsIcs(rows: readonly ExportRow[], text: ExportText, options: IcsOptions): Buffer {
  const calendar = ical({
    name: options.calendarName,
    prodId: { company: 'Kompas', product: 'Handlingsplan', language: 'DA' },
    method: ICalCalendarMethod.PUBLISH,
    // Calendar apps may ask again this often (the HTTP answer may be cached for five minutes).
    ttl: 60 * 60,
  });
  for (const row of rows) {
    if (!row.open || row.due === null) continue;
    const link = options.linkOf(row);
    const said = text.describe;
    const lines = [
      row.problem ? `${said.problem}: ${row.problem}` : null,
      row.responsible ? `${said.responsible}: ${row.responsible}` : null,
      `${said.status}: ${row.status}`,
      `${said.project}: ${row.project}`,
      row.followUp ? `${said.followUp}: ${row.followUp}` : null,
      `${said.link}: ${link}`,
    ];
    calendar.createEvent({
      id: `${row.actionId}.${row.projectId}@kompas`,
      allDay: true,
      start: utcDay(row.due),
      end: utcDay(row.due, 1),
      summary: row.what,
      description: lines.filter((line) => line !== null).join('\n'),
      url: link,
      status: ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.TRANSPARENT,
      sequence: row.version,
      lastModified: row.updatedAt,
      stamp: options.now,
    });
  }
  return Buffer.from(calendar.toString(), 'utf8');
}
