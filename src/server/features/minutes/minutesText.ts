import type { Locale } from '../../../domain/localized.ts';
import type { ActionStatus, UpwardTarget } from '../../../domain/workshopState.ts';

/**
 * The fixed texts of a workshop's minutes, in the organisation's language. What the workshop names
 * itself (template, steps, traits, categories, note kinds, register fields) comes from the domain.
 */
export interface MinutesText {
  /** Before the workshop's title, on the first page and in the file name. */
  readonly minutes: string;
  readonly dialogue: string;
  readonly held: string;
  /** "Side 2 af 5": the words around the page numbers, which Word fills in itself. */
  readonly pageOf: { readonly page: string; readonly of: string };
  readonly madeWith: string;
  readonly groups: string;
  readonly noNotes: string;
  readonly notes: (count: number) => string;
  readonly votes: (count: number) => string;
  readonly inGroup: (group: string) => string;
  readonly hiddenCount: (count: number) => string;
  readonly chartTitle: string;
  /** The chart's text alternative: what it shows, then the numbers row by row. */
  readonly chartSummary: string;
  readonly noneVoted: string;
  readonly registerEmpty: string;
  readonly untitledRow: string;
  readonly actions: string;
  readonly noActions: string;
  /** The action table's headings; problem, what, who, due and follow-up are the written action plan an APV asks for. */
  readonly columns: {
    readonly problem: string;
    readonly what: string;
    readonly who: string;
    readonly due: string;
    readonly followUp: string;
    readonly status: string;
    readonly scope: string;
    readonly from: string;
  };
  readonly noOwner: string;
  readonly noDate: string;
  readonly notLinked: string;
  /** A problem or follow-up nobody wrote down. */
  readonly notWritten: string;
  /** A note's words quoted in running text. */
  readonly quote: (words: string) => string;
  readonly status: Readonly<Record<ActionStatus, string>>;
  readonly ours: string;
  readonly upward: Readonly<Record<UpwardTarget, string>>;
  /** The review step: what the meeting decided about the open actions of earlier workshops. */
  readonly review: {
    readonly empty: string;
    /** How many of the open actions the meeting went through. */
    readonly progress: (decided: number, total: number) => string;
    readonly decidedIn: string;
    /** In place of the workshop that decided it, for an action written on the project page. */
    readonly fromActionPlan: string;
    readonly decision: string;
    readonly outcome: { readonly done: string; readonly open: (due: string) => string; readonly dropped: string };
    /** The decision of an action the meeting did not get to. */
    readonly undecided: string;
    readonly comment: string;
    /** The comment on an action let go: why. */
    readonly reason: string;
  };
}

const DA: MinutesText = {
  minutes: 'Referat',
  dialogue: 'Dialog',
  held: 'Afholdt',
  pageOf: { page: 'Side', of: 'af' },
  madeWith: 'Lavet med Kompas',
  groups: 'Grupper',
  noNotes: 'Ingen sedler.',
  notes: (count) => (count === 1 ? '1 seddel' : `${count} sedler`),
  votes: (count) => (count === 1 ? '1 stemme' : `${count} stemmer`),
  inGroup: (group) => `Gruppe: ${group}`,
  hiddenCount: (count) =>
    count === 1 ? '1 seddel blev aldrig vist og er ikke med i referatet.' : `${count} sedler blev aldrig vist og er ikke med i referatet.`,
  chartTitle: 'Antal sedler',
  chartSummary: 'Søjlediagram: antallet af sedler i hver kategori for hver slags seddel.',
  noneVoted: 'Ingen sedler fik prikker i dette trin.',
  registerEmpty: 'Der blev ikke skrevet noget i skemaet.',
  untitledRow: 'Række uden navn',
  actions: 'Hvem gør hvad hvornår',
  noActions: 'Mødet aftalte ingen handlinger.',
  columns: {
    problem: 'Problem',
    what: 'Hvad',
    who: 'Hvem',
    due: 'Senest',
    followUp: 'Opfølgning',
    status: 'Status',
    scope: 'Vores eller sendt videre op',
    from: 'Kommer fra',
  },
  noOwner: 'Ikke aftalt',
  noDate: 'Ingen dato',
  notLinked: '–',
  notWritten: '–',
  quote: (words) => `»${words}«`,
  status: { open: 'Ikke startet', in_progress: 'I gang', done: 'Udført', dropped: 'Droppet' },
  ours: 'Vi selv',
  upward: { committee: 'Sendt videre op til samarbejdsudvalget', management: 'Sendt videre op til ledelsen' },
  review: {
    empty: 'Der var ingen åbne handlinger fra tidligere workshops at følge op på.',
    progress: (decided, total) => {
      if (total === 1) return decided === 1 ? 'Mødet fulgte op på den åbne handling fra en tidligere workshop.' : 'Mødet nåede ikke at følge op på den åbne handling fra en tidligere workshop.';
      if (decided === 0) return `Mødet nåede ikke at følge op på nogen af de ${total} åbne handlinger fra tidligere workshops.`;
      if (decided === total) return `Mødet fulgte op på alle ${total} åbne handlinger fra tidligere workshops.`;
      return `Mødet fulgte op på ${decided} af de ${total} åbne handlinger fra tidligere workshops. Resten blev ikke gennemgået.`;
    },
    decidedIn: 'Besluttet på',
    fromActionPlan: 'Skrevet direkte i handlingsplanen',
    decision: 'Beslutning',
    outcome: { done: 'Gjort', open: (due) => `Stadig åben – ny dato: ${due}`, dropped: 'Lagt fra os' },
    undecided: 'Blev ikke gennemgået på mødet',
    comment: 'Kommentar',
    reason: 'Begrundelse',
  },
};

const EN: MinutesText = {
  minutes: 'Minutes',
  dialogue: 'Dialogue',
  held: 'Held',
  pageOf: { page: 'Page', of: 'of' },
  madeWith: 'Made with Kompas',
  groups: 'Groups',
  noNotes: 'No notes.',
  notes: (count) => (count === 1 ? '1 note' : `${count} notes`),
  votes: (count) => (count === 1 ? '1 vote' : `${count} votes`),
  inGroup: (group) => `Group: ${group}`,
  hiddenCount: (count) =>
    count === 1 ? '1 note was never shown and is not in the minutes.' : `${count} notes were never shown and are not in the minutes.`,
  chartTitle: 'Number of notes',
  chartSummary: 'Bar chart: the number of notes in each category for each kind of note.',
  noneVoted: 'No notes got dots in this step.',
  registerEmpty: 'Nothing was written in the table.',
  untitledRow: 'Row without a name',
  actions: 'Who does what by when',
  noActions: 'The meeting agreed on no actions.',
  columns: {
    problem: 'Problem',
    what: 'What',
    who: 'Who',
    due: 'Due',
    followUp: 'Follow-up',
    status: 'Status',
    scope: 'Ours or sent upward',
    from: 'Comes from',
  },
  noOwner: 'Not agreed',
  noDate: 'No date',
  notLinked: '–',
  notWritten: '–',
  quote: (words) => `“${words}”`,
  status: { open: 'Not started', in_progress: 'In progress', done: 'Done', dropped: 'Dropped' },
  ours: 'Ourselves',
  upward: { committee: 'Sent upward to the cooperation committee', management: 'Sent upward to management' },
  review: {
    empty: 'There were no open actions from earlier workshops to follow up.',
    progress: (decided, total) => {
      if (total === 1) return decided === 1 ? 'The meeting followed up the open action from an earlier workshop.' : 'The meeting did not get to the open action from an earlier workshop.';
      if (decided === 0) return `The meeting did not get to any of the ${total} open actions from earlier workshops.`;
      if (decided === total) return `The meeting followed up all ${total} open actions from earlier workshops.`;
      return `The meeting followed up ${decided} of the ${total} open actions from earlier workshops. The rest were not gone through.`;
    },
    decidedIn: 'Decided at',
    fromActionPlan: 'Written straight into the action plan',
    decision: 'Decision',
    outcome: { done: 'Done', open: (due) => `Still open – new date: ${due}`, dropped: 'Let go' },
    undecided: 'Not gone through at the meeting',
    comment: 'Comment',
    reason: 'Reason',
  },
};

export const MINUTES_TEXT: Readonly<Record<Locale, MinutesText>> = { da: DA, en: EN };

/** Where Kompas's workplaces are: the meeting's date is the date on this clock. */
export const MINUTES_TIME_ZONE = 'Europe/Copenhagen';

const LOCALE_TAG: Readonly<Record<Locale, string>> = { da: 'da-DK', en: 'en-GB' };

/** An instant as a long date in the reader's style ("3. marts 2026" / "3 March 2026"). */
export function formatDay(at: number, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[locale], { dateStyle: 'long', timeZone: MINUTES_TIME_ZONE }).format(new Date(at));
}

/** A calendar date (YYYY-MM-DD) as a long date in the reader's style. */
export function formatCalendarDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(LOCALE_TAG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}
