import { ACTION_TIME_ZONE, calendarDate } from '../../../domain/actionPlan.ts';
import { reminderKind, type ReminderKind } from '../../../domain/actionReminders.ts';
import type { Db } from '../../db/database.ts';
import { enqueueMail, type Mail } from '../../mail/outbox.ts';
import { claimReminder, listReminderCandidates, type ReminderCandidate } from './reminderStore.ts';
import { reminderMail } from './reminderMail.ts';

/** What a sweep needs: the database, the clock and where people reach Kompas. */
export interface ReminderContext {
  readonly db: Db;
  readonly now: () => number;
  /** Without a trailing slash. */
  readonly publicUrl: string;
}

export interface ReminderSweepResult {
  /** Reminders this sweep claimed and put in the outbox. */
  readonly queued: number;
  /** Reminders another sweep had claimed first (or whose action changed meanwhile). */
  readonly skipped: number;
  /** Reminders that failed; they are tried again by the next sweep. */
  readonly failed: number;
}

const BATCH = 100;
const MAX_BATCHES = 50;

export interface ReminderLog {
  warn(obj: object, msg: string): void;
}

/**
 * Sends every reminder due today that no sweep has sent: for each, one transaction claims it in
 * action_reminders and queues its mail in the outbox, so a reminder is in the outbox exactly when
 * it is claimed, once, however many instances sweep at the same time (decision 014).
 */
export async function sweepReminders(ctx: ReminderContext, log?: ReminderLog): Promise<ReminderSweepResult> {
  const now = ctx.now();
  const today = calendarDate(now, ACTION_TIME_ZONE);
  const at = new Date(now);
  const tried = new Set<string>();
  let queued = 0;
  let skipped = 0;
  let failed = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    // Claimed reminders drop out of the list; failed ones stay in it, so ask for enough to pass them.
    const rows = (await listReminderCandidates(ctx.db, today, BATCH + tried.size)).filter((row) => !tried.has(keyOf(row)));
    if (rows.length === 0) break;
    for (const row of rows) {
      tried.add(keyOf(row));
      const kind = reminderKind(row.due, today, row);
      if (kind === null) continue;
      try {
        const claimed = await ctx.db.transaction(async (tx) => {
          const mine = await claimReminder(
            tx,
            { organisationId: row.organisationId, projectId: row.projectId, actionId: row.actionId, kind, due: row.due, recipientUserId: row.recipientUserId },
            at,
          );
          if (mine) await enqueueMail(tx, mailFor(ctx, row, kind, today));
          return mine;
        });
        if (claimed) queued++;
        else skipped++;
      } catch (error) {
        failed++;
        log?.warn({ actionId: row.actionId, projectId: row.projectId, kind, err: error instanceof Error ? error.message : String(error) }, 'could not send a reminder');
      }
    }
  }
  return { queued, skipped, failed };
}

function keyOf(row: ReminderCandidate): string {
  return `${row.projectId}\u0000${row.actionId}\u0000${row.due}`;
}

function mailFor(ctx: ReminderContext, row: ReminderCandidate, kind: ReminderKind, today: string): Mail {
  return reminderMail({
    kind,
    locale: row.locale === 'en' ? 'en' : 'da',
    to: row.recipientEmail,
    recipientName: row.recipientName,
    organisationName: row.organisationName,
    projectTitle: row.projectTitle,
    what: row.what,
    due: row.due,
    today,
    reminderDaysBefore: row.reminderDaysBefore,
    url: `${ctx.publicUrl}/org/${encodeURIComponent(row.organisationId)}/actions?mine=true`,
  });
}
