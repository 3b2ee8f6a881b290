import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { EMPTY_FRAME, type ProjectFrame } from '../../../domain/projectPhases.ts';
import type { Db } from '../../db/database.ts';
import { projectPhaseChanges, projects, users, workshops } from '../../db/schema.ts';

/** Every read and write of projects. Each one takes the organisation's id: tenancy is in the query. */

export interface ProjectRow {
  readonly id: string;
  readonly organisationId: string;
  readonly title: string;
  readonly description: string;
  readonly staffGroups: string[];
  readonly units: string[];
  readonly phase: string;
  readonly step: string;
  readonly frame: ProjectFrame;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

const projectColumns = {
  id: projects.id,
  organisationId: projects.organisationId,
  title: projects.title,
  description: projects.description,
  staffGroups: projects.staffGroups,
  units: projects.units,
  phase: projects.phase,
  step: projects.step,
  frame: projects.frame,
  createdAt: projects.createdAt,
  updatedAt: projects.updatedAt,
};

export interface NewProject {
  readonly title: string;
  readonly description: string;
  readonly staffGroups: readonly string[];
  readonly units: readonly string[];
  readonly phase: string;
  readonly step: string;
  readonly frame: ProjectFrame;
}

export async function insertProject(db: Db, organisationId: string, byUserId: string | null, input: NewProject, at: Date): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(projects).values({
      id,
      organisationId,
      title: input.title,
      description: input.description,
      staffGroups: [...input.staffGroups],
      units: [...input.units],
      phase: input.phase,
      step: input.step,
      frame: { ...EMPTY_FRAME, ...input.frame },
      createdBy: byUserId,
      createdAt: at,
      updatedAt: at,
    });
    await tx.insert(projectPhaseChanges).values({ id: randomUUID(), organisationId, projectId: id, phase: input.phase, step: input.step, byUserId, at });
  });
  return id;
}

export async function findProject(db: Db, organisationId: string, projectId: string): Promise<ProjectRow | null> {
  const rows = await db
    .select(projectColumns)
    .from(projects)
    .where(and(eq(projects.organisationId, organisationId), eq(projects.id, projectId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function listProjects(db: Db, organisationId: string) {
  return db
    .select({
      id: projects.id,
      title: projects.title,
      phase: projects.phase,
      step: projects.step,
      updatedAt: projects.updatedAt,
      workshopCount: sql<number>`count(${workshops.id})::int`,
      openWorkshopCount: sql<number>`(count(${workshops.id}) FILTER (WHERE ${workshops.status} = 'open'))::int`,
    })
    .from(projects)
    .leftJoin(workshops, and(eq(workshops.organisationId, projects.organisationId), eq(workshops.projectId, projects.id)))
    .where(eq(projects.organisationId, organisationId))
    .groupBy(projects.id)
    .orderBy(desc(projects.updatedAt), asc(projects.id));
}

export async function updateProject(
  db: Db,
  organisationId: string,
  projectId: string,
  changes: Partial<{ title: string; description: string; staffGroups: string[]; units: string[]; frame: ProjectFrame }>,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(projects)
    .set({ ...changes, updatedAt: at })
    .where(and(eq(projects.organisationId, organisationId), eq(projects.id, projectId)))
    .returning({ id: projects.id });
  return rows.length === 1;
}

/** Moves the project to a phase and step and records the move; the same place twice is no move. */
export async function moveProjectPhase(
  db: Db,
  organisationId: string,
  projectId: string,
  phase: string,
  step: string,
  byUserId: string,
  at: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ phase: projects.phase, step: projects.step })
      .from(projects)
      .where(and(eq(projects.organisationId, organisationId), eq(projects.id, projectId)))
      .for('update');
    const current = rows[0];
    if (!current) return false;
    if (current.phase === phase && current.step === step) return true;
    await tx
      .update(projects)
      .set({ phase, step, updatedAt: at })
      .where(and(eq(projects.organisationId, organisationId), eq(projects.id, projectId)));
    await tx.insert(projectPhaseChanges).values({ id: randomUUID(), organisationId, projectId, phase, step, byUserId, at });
    return true;
  });
}

export async function listPhaseChanges(db: Db, organisationId: string, projectId: string) {
  return db
    .select({ phase: projectPhaseChanges.phase, step: projectPhaseChanges.step, at: projectPhaseChanges.at, byName: users.name })
    .from(projectPhaseChanges)
    .leftJoin(users, eq(users.id, projectPhaseChanges.byUserId))
    .where(and(eq(projectPhaseChanges.organisationId, organisationId), eq(projectPhaseChanges.projectId, projectId)))
    .orderBy(asc(projectPhaseChanges.at), asc(projectPhaseChanges.id));
}

export async function listProjectWorkshops(db: Db, organisationId: string, projectId: string) {
  return db
    .select({
      id: workshops.id,
      title: workshops.title,
      templateId: workshops.templateId,
      status: workshops.status,
      joinCode: workshops.joinCode,
      createdAt: workshops.createdAt,
    })
    .from(workshops)
    .where(and(eq(workshops.organisationId, organisationId), eq(workshops.projectId, projectId)))
    .orderBy(desc(workshops.createdAt), asc(workshops.id));
}
