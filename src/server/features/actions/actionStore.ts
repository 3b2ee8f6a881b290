import { and, asc, desc, eq, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import { OPEN_ACTION_STATUSES, CLOSED_ACTION_STATUSES } from '../../../domain/actionPlan.ts';
import type { ActionScope, ActionStatus, UpwardTarget } from '../../../domain/workshopState.ts';
import type { Db, Tx } from '../../db/database.ts';
import { actionRevisions, members, projectActions, projects, users, workshops, type ActionRevisionData } from '../../db/schema.ts';

/**
 * Every read and write of the action plan. Each query names the organisation in its WHERE: tenancy
 * is in the query. Workshops write their actions through here, in their own transaction.
 */

type Reader = Db | Tx;

/** An action as stored: the plan's fields plus where it came from and its version. */
export interface StoredAction {
  readonly id: string;
  readonly projectId: string;
  readonly workshopId: string | null;
  readonly what: string;
  readonly problem: string;
  readonly who: string;
  readonly responsibleUserId: string | null;
  readonly due: string | null;
  readonly followUp: string;
  readonly status: ActionStatus;
  readonly scope: ActionScope;
  readonly upwardTo: UpwardTarget | null;
  readonly traitId: string | null;
  readonly version: number;
  readonly deleted: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The fields a write sets: everything but the bookkeeping. */
export type ActionFields = Omit<StoredAction, 'projectId' | 'version' | 'deleted' | 'createdAt' | 'updatedAt'>;

const storedColumns = {
  id: projectActions.id,
  projectId: projectActions.projectId,
  workshopId: projectActions.workshopId,
  what: projectActions.what,
  problem: projectActions.problem,
  who: projectActions.who,
  responsibleUserId: projectActions.responsibleUserId,
  due: projectActions.due,
  followUp: projectActions.followUp,
  status: projectActions.status,
  scope: projectActions.scope,
  upwardTo: projectActions.upwardTo,
  traitId: projectActions.traitId,
  version: projectActions.version,
  deleted: projectActions.deleted,
  createdAt: projectActions.createdAt,
  updatedAt: projectActions.updatedAt,
};

type StoredRow = Omit<StoredAction, 'status' | 'scope' | 'upwardTo'> & { status: string; scope: string; upwardTo: string | null };

function asStored(row: StoredRow): StoredAction {
  return {
    ...row,
    status: row.status as ActionStatus,
    scope: row.scope as ActionScope,
    upwardTo: row.upwardTo as UpwardTarget | null,
  };
}

function revisionData(fields: ActionFields): ActionRevisionData {
  return {
    what: fields.what,
    problem: fields.problem,
    who: fields.who,
    responsibleUserId: fields.responsibleUserId,
    due: fields.due,
    followUp: fields.followUp,
    status: fields.status,
    scope: fields.scope,
    upwardTo: fields.upwardTo,
    traitId: fields.traitId,
  };
}

export interface ActionWrite {
  readonly organisationId: string;
  readonly projectId: string;
  readonly action: ActionFields;
  readonly deleted: boolean;
  /** Who made the change (a member), or null for a guest in a workshop. */
  readonly userId: string | null;
  /** The workshop the change was made in, or null on the action plan. */
  readonly changedInWorkshopId: string | null;
  /** Why: the reason an action was dropped, what a review said. */
  readonly comment: string;
  readonly at: Date;
}

/** An id the client chose that another action of the project already has. */
export class ActionIdTaken extends Error {
  constructor(actionId: string) {
    super(`action ${actionId} already exists`);
  }
}

function columnValues(write: ActionWrite) {
  const { action } = write;
  return {
    workshopId: action.workshopId,
    what: action.what,
    problem: action.problem,
    who: action.who,
    responsibleUserId: action.responsibleUserId,
    due: action.due,
    followUp: action.followUp,
    status: action.status,
    scope: action.scope,
    upwardTo: action.upwardTo,
    traitId: action.traitId,
    deleted: write.deleted,
    updatedAt: write.at,
  };
}

async function appendRevision(tx: Tx, write: ActionWrite, version: number): Promise<void> {
  await tx.insert(actionRevisions).values({
    organisationId: write.organisationId,
    projectId: write.projectId,
    actionId: write.action.id,
    version,
    data: revisionData(write.action),
    deleted: write.deleted,
    comment: write.comment,
    at: write.at,
    byUserId: write.userId,
    workshopId: write.changedInWorkshopId,
  });
}

/**
 * Adds a new action and its first revision, in the caller's transaction (which holds the project's
 * lock). An id that is taken is never written over: ids are the client's.
 */
export async function createAction(tx: Tx, write: ActionWrite): Promise<void> {
  const { organisationId, projectId, action } = write;
  const inserted = await tx
    .insert(projectActions)
    .values({ organisationId, projectId, id: action.id, version: 1, createdAt: write.at, ...columnValues(write) })
    .onConflictDoNothing()
    .returning({ version: projectActions.version });
  if (inserted.length === 0) throw new ActionIdTaken(action.id);
  await appendRevision(tx, write, 1);
}

/**
 * Changes an existing action (or marks it deleted) and appends its revision. Returns the new
 * version, or null when the project has no such action.
 */
export async function changeAction(tx: Tx, write: ActionWrite): Promise<number | null> {
  const { organisationId, projectId, action } = write;
  const updated = await tx
    .update(projectActions)
    .set({ ...columnValues(write), version: sql`${projectActions.version} + 1` })
    .where(and(eq(projectActions.organisationId, organisationId), eq(projectActions.projectId, projectId), eq(projectActions.id, action.id)))
    .returning({ version: projectActions.version });
  const version = updated[0]?.version;
  if (version === undefined) return null;
  await appendRevision(tx, write, version);
  return version;
}

/** One action of a project, deleted or not. */
export async function findAction(db: Reader, organisationId: string, projectId: string, actionId: string): Promise<StoredAction | null> {
  const rows = await db
    .select(storedColumns)
    .from(projectActions)
    .where(and(eq(projectActions.organisationId, organisationId), eq(projectActions.projectId, projectId), eq(projectActions.id, actionId)))
    .limit(1);
  return rows[0] ? asStored(rows[0]) : null;
}

/** The project's open actions that other workshops decided (or the plan holds), for a review step. */
export async function listOpenActionsForReview(
  db: Reader,
  organisationId: string,
  projectId: string,
  exceptWorkshopId: string,
): Promise<Array<StoredAction & { readonly workshopTitle: string | null }>> {
  const rows = await db
    .select({ ...storedColumns, workshopTitle: workshops.title })
    .from(projectActions)
    .leftJoin(workshops, and(eq(workshops.id, projectActions.workshopId), eq(workshops.organisationId, organisationId)))
    .where(
      and(
        eq(projectActions.organisationId, organisationId),
        eq(projectActions.projectId, projectId),
        eq(projectActions.deleted, false),
        inArray(projectActions.status, [...OPEN_ACTION_STATUSES]),
        sql`${projectActions.workshopId} IS DISTINCT FROM ${exceptWorkshopId}`,
      ),
    )
    .orderBy(asc(projectActions.due), asc(projectActions.createdAt));
  return rows.map((row) => ({ ...asStored(row), workshopTitle: row.workshopTitle }));
}

/** Which actions a list shows. Every part narrows; absent parts do not. */
export interface ActionQuery {
  readonly projectId?: string;
  readonly actionId?: string;
  /** open: not done or dropped; overdue: open and past its date; closed: done or dropped. */
  readonly state?: 'open' | 'overdue' | 'closed';
  /** Only those this member answers for. */
  readonly responsibleUserId?: string;
  readonly upward?: boolean;
  /** The calendar date overdue is counted from, YYYY-MM-DD. */
  readonly today: string;
}

export interface ListedAction extends StoredAction {
  readonly projectTitle: string;
  readonly workshopTitle: string | null;
  readonly templateId: string | null;
  readonly responsibleName: string | null;
}

/** The organisation's actions that a query asks for, soonest date first, undated last. */
export async function listActions(db: Reader, organisationId: string, query: ActionQuery): Promise<ListedAction[]> {
  const conditions: Array<SQL | undefined> = [eq(projectActions.organisationId, organisationId), eq(projectActions.deleted, false)];
  if (query.projectId) conditions.push(eq(projectActions.projectId, query.projectId));
  if (query.actionId) conditions.push(eq(projectActions.id, query.actionId));
  if (query.state === 'open' || query.state === 'overdue') conditions.push(inArray(projectActions.status, [...OPEN_ACTION_STATUSES]));
  if (query.state === 'overdue') conditions.push(lt(projectActions.due, query.today));
  if (query.state === 'closed') conditions.push(inArray(projectActions.status, [...CLOSED_ACTION_STATUSES]));
  if (query.responsibleUserId) conditions.push(eq(projectActions.responsibleUserId, query.responsibleUserId));
  if (query.upward === true) conditions.push(eq(projectActions.scope, 'upward'));
  if (query.upward === false) conditions.push(ne(projectActions.scope, 'upward'));
  const rows = await db
    .select({
      ...storedColumns,
      projectTitle: projects.title,
      workshopTitle: workshops.title,
      templateId: workshops.templateId,
      responsibleName: users.name,
    })
    .from(projectActions)
    .innerJoin(projects, and(eq(projects.id, projectActions.projectId), eq(projects.organisationId, organisationId)))
    .leftJoin(workshops, and(eq(workshops.id, projectActions.workshopId), eq(workshops.organisationId, organisationId)))
    // A responsible person is named only while they are a member of this organisation.
    .leftJoin(members, and(eq(members.userId, projectActions.responsibleUserId), eq(members.organizationId, organisationId)))
    .leftJoin(users, eq(users.id, members.userId))
    .where(and(...conditions))
    .orderBy(sql`${projectActions.due} ASC NULLS LAST`, asc(projectActions.createdAt), asc(projectActions.id));
  return rows.map((row) => ({
    ...asStored(row),
    projectTitle: row.projectTitle,
    workshopTitle: row.workshopTitle,
    templateId: row.templateId,
    responsibleName: row.responsibleName,
  }));
}

/** An action's revisions, newest first, with who made each and in which workshop. */
export async function listActionRevisions(db: Reader, organisationId: string, projectId: string, actionId: string) {
  return db
    .select({
      version: actionRevisions.version,
      data: actionRevisions.data,
      deleted: actionRevisions.deleted,
      comment: actionRevisions.comment,
      at: actionRevisions.at,
      byName: users.name,
      workshopTitle: workshops.title,
    })
    .from(actionRevisions)
    .leftJoin(users, eq(users.id, actionRevisions.byUserId))
    .leftJoin(workshops, and(eq(workshops.id, actionRevisions.workshopId), eq(workshops.organisationId, organisationId)))
    .where(
      and(
        eq(actionRevisions.organisationId, organisationId),
        eq(actionRevisions.projectId, projectId),
        eq(actionRevisions.actionId, actionId),
      ),
    )
    .orderBy(desc(actionRevisions.version));
}

/** Whether a user is a member of the organisation: only members can answer for an action. */
export async function isMemberUser(db: Reader, organisationId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.organizationId, organisationId), eq(members.userId, userId)))
    .limit(1);
  return rows.length === 1;
}

/** Names of the organisation's members among these users (a former member's name is not shown). */
export async function memberNames(db: Reader, organisationId: string, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(members, and(eq(members.userId, users.id), eq(members.organizationId, organisationId)))
    .where(inArray(users.id, [...new Set(userIds)]));
  return new Map(rows.map((row) => [row.id, row.name]));
}
