import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { OPEN_ACTION_STATUSES } from '../../../domain/actionPlan.ts';
import type { Db } from '../../db/database.ts';
import { projectActions, projects, registerEntries, workshops } from '../../db/schema.ts';

/** The organisation's projects with what the overview filters on. */
export async function listOverviewProjects(db: Db, organisationId: string) {
  return db
    .select({ id: projects.id, title: projects.title, phase: projects.phase, step: projects.step, units: projects.units })
    .from(projects)
    .where(eq(projects.organisationId, organisationId))
    .orderBy(asc(projects.title), asc(projects.id));
}

export interface ActionCounts {
  readonly open: number;
  readonly overdue: number;
  readonly upward: number;
}

/** Per project: open actions, those past their date, and open ones sent upward. */
export async function countActionsByProject(db: Db, organisationId: string, today: string): Promise<Map<string, ActionCounts>> {
  const open = inArray(projectActions.status, [...OPEN_ACTION_STATUSES]);
  const rows = await db
    .select({
      projectId: projectActions.projectId,
      open: sql<number>`count(*)::int`,
      overdue: sql<number>`(count(*) FILTER (WHERE ${projectActions.due} < ${today}))::int`,
      upward: sql<number>`(count(*) FILTER (WHERE ${projectActions.scope} = 'upward'))::int`,
    })
    .from(projectActions)
    .where(and(eq(projectActions.organisationId, organisationId), eq(projectActions.deleted, false), open))
    .groupBy(projectActions.projectId);
  return new Map(rows.map((row) => [row.projectId, { open: row.open, overdue: row.overdue, upward: row.upward }]));
}

/** Per project: rows of the task-shift and invisible-work registers. */
export async function countRegisterRowsByProject(db: Db, organisationId: string): Promise<Map<string, { taskShifts: number; invisibleWork: number }>> {
  const rows = await db
    .select({
      projectId: registerEntries.projectId,
      taskShifts: sql<number>`(count(*) FILTER (WHERE ${registerEntries.register} = 'taskShifts'))::int`,
      invisibleWork: sql<number>`(count(*) FILTER (WHERE ${registerEntries.register} = 'invisibleWork'))::int`,
    })
    .from(registerEntries)
    .where(and(eq(registerEntries.organisationId, organisationId), eq(registerEntries.deleted, false)))
    .groupBy(registerEntries.projectId);
  return new Map(rows.map((row) => [row.projectId, { taskShifts: row.taskShifts, invisibleWork: row.invisibleWork }]));
}

/** The organisation's finished workshops, newest first, with the template that says which side they feed. */
export async function listFinishedWorkshops(db: Db, organisationId: string) {
  return db
    .select({ id: workshops.id, projectId: workshops.projectId, title: workshops.title, templateId: workshops.templateId, createdAt: workshops.createdAt })
    .from(workshops)
    .where(and(eq(workshops.organisationId, organisationId), eq(workshops.status, 'finished')))
    .orderBy(desc(workshops.createdAt), asc(workshops.id));
}
