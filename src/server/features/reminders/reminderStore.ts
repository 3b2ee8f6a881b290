import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { OPEN_ACTION_STATUSES } from '../../../domain/actionPlan.ts';
import type { ReminderKind } from '../../../domain/actionReminders.ts';
import type { Db, Tx } from '../../db/database.ts';
import { actionReminders, members, organisations, projectActions, projects, users } from '../../db/schema.ts';

/** An action that a reminder is due for today, with everything its mail says. */
export interface ReminderCandidate {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly locale: string;
  readonly reminderDaysBefore: number;
  readonly remindOverdue: boolean;
  readonly projectId: string;
  readonly projectTitle: string;
  readonly actionId: string;
  readonly what: string;
  readonly due: string;
  readonly recipientUserId: string;
  readonly recipientName: string;
  readonly recipientEmail: string;
}

const OPEN = [...OPEN_ACTION_STATUSES];

/**
 * Open actions, in every real organisation, whose responsible person is still a member with a
 * confirmed email and that a reminder is due for on `today` and not yet claimed: before, while the
 * date is at most the organisation's days ahead (never with 0); overdue, once it has passed (when
 * the organisation wants it). The same rule as the domain's `reminderKind`, in SQL, so a batch
 * holds only work to do. Demo organisations' made-up people get no mail.
 */
export async function listReminderCandidates(db: Db, today: string, limit: number): Promise<ReminderCandidate[]> {
  const due = sql`${projectActions.due}`;
  const kindOfDate = sql`CASE WHEN ${due} < ${today}::date THEN 'overdue' ELSE 'before' END`;
  const rows = await db
    .select({
      organisationId: projectActions.organisationId,
      organisationName: organisations.name,
      locale: organisations.defaultLocale,
      reminderDaysBefore: organisations.reminderDaysBefore,
      remindOverdue: organisations.remindOverdue,
      projectId: projectActions.projectId,
      projectTitle: projects.title,
      actionId: projectActions.id,
      what: projectActions.what,
      due: sql<string>`to_char(${due}, 'YYYY-MM-DD')`,
      recipientUserId: users.id,
      recipientName: users.name,
      recipientEmail: users.email,
    })
    .from(projectActions)
    .innerJoin(organisations, eq(organisations.id, projectActions.organisationId))
    .innerJoin(projects, and(eq(projects.id, projectActions.projectId), eq(projects.organisationId, projectActions.organisationId)))
    .innerJoin(members, and(eq(members.organizationId, projectActions.organisationId), eq(members.userId, projectActions.responsibleUserId)))
    .innerJoin(users, eq(users.id, projectActions.responsibleUserId))
    .where(
      and(
        eq(projectActions.deleted, false),
        inArray(projectActions.status, OPEN),
        eq(organisations.isDemo, false),
        eq(users.emailVerified, true),
        sql`${users.email} <> ''`,
        sql`(
          (${due} < ${today}::date AND ${organisations.remindOverdue})
          OR (${due} >= ${today}::date AND ${organisations.reminderDaysBefore} > 0
              AND ${due} <= ${today}::date + ${organisations.reminderDaysBefore})
        )`,
        sql`NOT EXISTS (
          SELECT 1 FROM ${actionReminders}
          WHERE ${actionReminders.projectId} = ${projectActions.projectId}
            AND ${actionReminders.actionId} = ${projectActions.id}
            AND ${actionReminders.due} = ${due}
            AND ${actionReminders.kind} = ${kindOfDate}
        )`,
      ),
    )
    .orderBy(asc(projectActions.due), asc(projectActions.projectId), asc(projectActions.id))
    .limit(limit);
  return rows;
}

export interface ReminderClaim {
  readonly organisationId: string;
  readonly projectId: string;
  readonly actionId: string;
  readonly kind: ReminderKind;
  readonly due: string;
  readonly recipientUserId: string;
}

/**
 * Claims one reminder for this instance, in the caller's transaction: true when this insert made
 * the row. The primary key (project, action, kind, date) makes every other claim of the same
 * reminder do nothing, on any instance, even one that read the same candidates at the same time: on
 * PostgreSQL a second insert waits for the first transaction and then finds the row (decision 014).
 * The row is made only while the action still is as it was read (open, same date, same person), so
 * a change made since the candidates were listed is not reminded about.
 */
export async function claimReminder(tx: Tx, claim: ReminderClaim, at: Date): Promise<boolean> {
  const rows = await tx
    .insert(actionReminders)
    .select(
      tx
        .select({
          organisationId: projectActions.organisationId,
          projectId: projectActions.projectId,
          actionId: projectActions.id,
          kind: sql<string>`${claim.kind}::text`.as('kind'),
          due: sql<string>`${claim.due}::date`.as('due'),
          recipientUserId: projectActions.responsibleUserId,
          sentAt: sql<Date>`${at.toISOString()}::timestamptz`.as('sent_at'),
        })
        .from(projectActions)
        .where(
          and(
            eq(projectActions.organisationId, claim.organisationId),
            eq(projectActions.projectId, claim.projectId),
            eq(projectActions.id, claim.actionId),
            eq(projectActions.due, claim.due),
            eq(projectActions.responsibleUserId, claim.recipientUserId),
            eq(projectActions.deleted, false),
            inArray(projectActions.status, OPEN),
          ),
        ),
    )
    .onConflictDoNothing()
    .returning({ actionId: actionReminders.actionId });
  return rows.length === 1;
}
