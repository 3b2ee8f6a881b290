/**
 * Reminders about actions: whoever answers for an open action with a date is reminded some days
 * before it (the organisation chooses how many; 0 for never) and once after it has passed (unless
 * the organisation turns that off). Pure rules; the server's sweep claims and sends them.
 */

export const REMINDER_DAYS_BEFORE_MAX = 60;
export const DEFAULT_REMINDER_DAYS_BEFORE = 3;

export const REMINDER_KINDS = ['before', 'overdue'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface ReminderSettings {
  /** Days before an action's date to remind; 0 for no such reminder. */
  readonly reminderDaysBefore: number;
  /** Whether to remind once an action is past its date. */
  readonly remindOverdue: boolean;
}

const DAY_MS = 86_400_000;

function utcDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1);
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/**
 * The reminder an open action with this date is due on the calendar day `today`, or null: before
 * while the date is at most `reminderDaysBefore` days ahead (today included), overdue once it has
 * passed. Each is sent once per date, so a new date earns new reminders.
 */
export function reminderKind(due: string, today: string, settings: ReminderSettings): ReminderKind | null {
  const left = daysBetween(today, due);
  if (left < 0) return settings.remindOverdue ? 'overdue' : null;
  return settings.reminderDaysBefore > 0 && left <= settings.reminderDaysBefore ? 'before' : null;
}
