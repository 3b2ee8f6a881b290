import type { Locale } from '../../../domain/localized.ts';
import type { ActionStatus, UpwardTarget } from '../../../domain/workshopState.ts';

/** The columns of an exported action plan, in the order an APV's written action plan has them. */
export const EXPORT_COLUMNS = ['problem', 'what', 'responsible', 'due', 'status', 'followUp', 'upwardTo', 'project', 'decidedIn', 'lastChanged'] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/**
 * The fixed words of the action plan's files and calendars, in the organisation's language. What
 * people wrote (the action, the problem, titles, names) goes out as written.
 */
export interface ExportText {
  readonly columns: Readonly<Record<ExportColumn, string>>;
  readonly status: Readonly<Record<ActionStatus, string>>;
  /** After the status of an open action whose date has passed. */
  readonly overdue: string;
  readonly upwardTo: Readonly<Record<UpwardTarget, string>>;
  /** Sent upward, but to whom not yet chosen. */
  readonly upwardUnchosen: string;
  /** "Decided in" for an action written on the plan rather than in a workshop. */
  readonly onThePlan: string;
  /** The file's name (before the organisation's name and the date) and the sheet's. */
  readonly fileName: string;
  readonly sheetName: string;
  /** A calendar's name, for every open action or only the member's own. */
  readonly calendarName: (organisation: string, scope: 'mine' | 'all') => string;
  /** Labels of the lines of a calendar event's description. */
  readonly describe: { readonly problem: string; readonly responsible: string; readonly status: string; readonly project: string; readonly followUp: string; readonly link: string };
  /** How Excel shows a date and a date with time (format codes, not locale-dependent). */
  readonly excelDate: string;
  readonly excelDateTime: string;
}

const DA: ExportText = {
  columns: {
    problem: 'Problem',
    what: 'Handling',
    responsible: 'Ansvarlig',
    due: 'Frist',
    status: 'Status',
    followUp: 'Opfølgning',
    upwardTo: 'Sendt videre op til',
    project: 'Projekt',
    decidedIn: 'Besluttet i',
    lastChanged: 'Sidst ændret',
  },
  status: { open: 'Ikke startet', in_progress: 'I gang', done: 'Udført', dropped: 'Droppet' },
  overdue: 'over fristen',
  upwardTo: { committee: 'Samarbejdsudvalget (MED, SU eller AMO/AMU)', management: 'Ledelsen' },
  upwardUnchosen: 'Ikke valgt endnu',
  onThePlan: 'På handlingsplanen',
  fileName: 'Handlingsplan',
  sheetName: 'Handlingsplan',
  calendarName: (organisation, scope) => (scope === 'mine' ? `Mine handlinger – ${organisation}` : `Handlingsplan – ${organisation}`),
  describe: { problem: 'Problem', responsible: 'Ansvarlig', status: 'Status', project: 'Projekt', followUp: 'Opfølgning', link: 'Handlingsplanen' },
  excelDate: 'dd-mm-yyyy',
  excelDateTime: 'dd-mm-yyyy hh:mm',
};

const EN: ExportText = {
  columns: {
    problem: 'Problem',
    what: 'Action',
    responsible: 'Responsible',
    due: 'Due',
    status: 'Status',
    followUp: 'Follow-up',
    upwardTo: 'Sent upward to',
    project: 'Project',
    decidedIn: 'Decided in',
    lastChanged: 'Last changed',
  },
  status: { open: 'Not started', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' },
  overdue: 'past the date',
  upwardTo: { committee: 'The cooperation committee (MED, SU or AMO/AMU)', management: 'Management' },
  upwardUnchosen: 'Not chosen yet',
  onThePlan: 'On the action plan',
  fileName: 'Action plan',
  sheetName: 'Action plan',
  calendarName: (organisation, scope) => (scope === 'mine' ? `My actions – ${organisation}` : `Action plan – ${organisation}`),
  describe: { problem: 'Problem', responsible: 'Responsible', status: 'Status', project: 'Project', followUp: 'Follow-up', link: 'The action plan' },
  excelDate: 'd mmm yyyy',
  excelDateTime: 'd mmm yyyy hh:mm',
};

export const EXPORT_TEXT: Readonly<Record<Locale, ExportText>> = { da: DA, en: EN };

/** The organisation's language as stored (anything unknown is Danish, the source language). */
export function exportLocale(defaultLocale: string): Locale {
  return defaultLocale === 'en' ? 'en' : 'da';
}
