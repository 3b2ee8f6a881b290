import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { fixedEntries } from '../../../domain/registers.ts';
import type { EntryData, RegisterEntry, RegisterId } from '../../../domain/registerTypes.ts';
import type { Db, Tx } from '../../db/database.ts';
import { assumptionJudgements, members, projects, registerEntries, registerRevisions, registerSelfNames, users, workshops } from '../../db/schema.ts';

/**
 * Every read and write of a project's registers. Each takes the organisation's id and puts it in
 * its WHERE: tenancy is in the query. A fixed row has no stored row until it is first saved.
 */

type Reader = Db | Tx;

export interface StoredEntry extends RegisterEntry {
  readonly deleted: boolean;
}

export interface EntryRow extends RegisterEntry {
  readonly updatedAt: Date;
  readonly updatedByName: string | null;
}

/** The tenancy clause every query here starts with: the organisation and the project, together. */
function inProject(table: { organisationId: PgColumn; projectId: PgColumn }, organisationId: string, projectId: string): SQL {
  return sql`${table.organisationId} = ${organisationId} AND ${table.projectId} = ${projectId}`;
}

const entryColumns = {
  id: registerEntries.id,
  register: registerEntries.register,
  position: registerEntries.position,
  data: registerEntries.data,
  version: registerEntries.version,
};

function asRegisterEntry(row: { id: string; register: string; position: number; data: EntryData; version: number }): RegisterEntry {
  return { id: row.id, register: row.register as RegisterId, position: row.position, data: row.data, version: row.version };
}

function byPosition(a: RegisterEntry, b: RegisterEntry): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The register's fixed rows overlaid by what has been saved, deleted rows left out, in position order. */
export function mergeWithFixed<T extends RegisterEntry>(register: RegisterId, stored: readonly T[]): Array<T | RegisterEntry> {
  const saved = new Map(stored.map((row) => [row.id, row]));
  const fixed = fixedEntries(register).map((row) => saved.get(row.id) ?? row);
  const fixedIds = new Set(fixed.map((row) => row.id));
  return [...fixed, ...stored.filter((row) => !fixedIds.has(row.id))].sort(byPosition);
}

/** A register's rows as a workshop sees them (the workshop engine calls this inside its transaction). */
export async function loadRegisterEntries(tx: Reader, organisationId: string, projectId: string, register: RegisterId): Promise<RegisterEntry[]> {
  const rows = await tx
    .select(entryColumns)
    .from(registerEntries)
    .where(and(inProject(registerEntries, organisationId, projectId), eq(registerEntries.register, register), eq(registerEntries.deleted, false)));
  return mergeWithFixed(register, rows.map(asRegisterEntry));
}

export interface RegisterWrite {
  readonly organisationId: string;
  readonly projectId: string;
  readonly entry: RegisterEntry;
  readonly deleted: boolean;
  readonly userId: string | null;
  readonly workshopId: string | null;
  readonly at?: Date;
}

/**
 * Saves a row and appends its revision, in the caller's transaction. The stored version never goes
 * backwards: a writer holding a stale copy (a workshop that loaded the row before someone changed
 * it on the project page) gets the next version instead of a clash. Returns the version stored.
 */
export async function writeRegisterEntry(tx: Tx, write: RegisterWrite): Promise<number> {
  const { organisationId, projectId, entry, deleted, userId, workshopId } = write;
  const at = write.at ?? new Date();
  const stored = await tx
    .insert(registerEntries)
    .values({
      organisationId,
      projectId,
      id: entry.id,
      register: entry.register,
      position: entry.position,
      data: entry.data,
      version: entry.version,
      deleted,
      updatedAt: at,
      updatedByUserId: userId,
      updatedInWorkshopId: workshopId,
    })
    .onConflictDoUpdate({
      target: [registerEntries.projectId, registerEntries.id],
      set: {
        position: entry.position,
        data: entry.data,
        version: sql`GREATEST(${entry.version}::int, ${registerEntries.version} + 1)`,
        deleted,
        updatedAt: at,
        updatedByUserId: userId,
        updatedInWorkshopId: workshopId,
      },
      // Ids are the client's: a row of the same id in another organisation or register is not this one.
      setWhere: and(eq(registerEntries.organisationId, organisationId), eq(registerEntries.register, entry.register)),
    })
    .returning({ version: registerEntries.version });
  const version = stored[0]?.version;
  if (version === undefined) throw new Error(`register row ${entry.id} belongs to another register or organisation`);
  await tx.insert(registerRevisions).values({
    organisationId,
    projectId,
    entryId: entry.id,
    register: entry.register,
    version,
    data: entry.data,
    deleted,
    at,
    byUserId: userId,
    workshopId,
  });
  return version;
}

/**
 * Holds the project for the rest of the transaction, so that saves on the project page happen one
 * at a time (versions and positions are read, then written). False when the organisation has no
 * such project.
 */
export async function lockProject(tx: Tx, organisationId: string, projectId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.organisationId, organisationId), eq(projects.id, projectId)))
    .for('no key update');
  return rows.length === 1;
}

/** A stored row by id, in whichever register it is, deleted or not. */
export async function findStoredEntry(tx: Reader, organisationId: string, projectId: string, entryId: string): Promise<StoredEntry | null> {
  const rows = await tx
    .select({ ...entryColumns, deleted: registerEntries.deleted })
    .from(registerEntries)
    .where(and(inProject(registerEntries, organisationId, projectId), eq(registerEntries.id, entryId)))
    .limit(1);
  const row = rows[0];
  return row ? { ...asRegisterEntry(row), deleted: row.deleted } : null;
}

/** Where a new row goes: after every row of the register, fixed or stored. */
export async function nextPosition(tx: Tx, organisationId: string, projectId: string, register: RegisterId): Promise<number> {
  const rows = await tx
    .select({ last: sql<number | null>`max(${registerEntries.position})` })
    .from(registerEntries)
    .where(and(inProject(registerEntries, organisationId, projectId), eq(registerEntries.register, register)));
  const last = rows[0]?.last ?? null;
  return Math.max(fixedEntries(register).length, last === null ? 0 : Number(last) + 1);
}

/** The project's live rows (or one of them), with who last changed each. */
export async function listEntryRows(db: Reader, organisationId: string, projectId: string, entryId?: string): Promise<EntryRow[]> {
  const rows = await db
    .select({ ...entryColumns, updatedAt: registerEntries.updatedAt, updatedByName: users.name })
    .from(registerEntries)
    .leftJoin(users, eq(users.id, registerEntries.updatedByUserId))
    .where(
      and(
        inProject(registerEntries, organisationId, projectId),
        eq(registerEntries.deleted, false),
        entryId === undefined ? undefined : eq(registerEntries.id, entryId),
      ),
    );
  return rows.map((row) => ({ ...asRegisterEntry(row), updatedAt: row.updatedAt, updatedByName: row.updatedByName }));
}

/** A row's revisions, newest first, with the name of who made each and the workshop it was made in. */
export async function listRevisions(db: Reader, organisationId: string, projectId: string, entryId: string) {
  return db
    .select({
      register: registerRevisions.register,
      version: registerRevisions.version,
      data: registerRevisions.data,
      deleted: registerRevisions.deleted,
      at: registerRevisions.at,
      byName: users.name,
      workshopTitle: workshops.title,
    })
    .from(registerRevisions)
    .leftJoin(users, eq(users.id, registerRevisions.byUserId))
    .leftJoin(workshops, and(eq(workshops.id, registerRevisions.workshopId), eq(workshops.organisationId, organisationId)))
    .where(and(inProject(registerRevisions, organisationId, projectId), eq(registerRevisions.entryId, entryId)))
    .orderBy(desc(registerRevisions.version));
}

export interface CurrentJudgement {
  readonly entryId: string;
  readonly userId: string;
  readonly verdict: string;
  readonly reason: string;
  readonly at: Date;
}

/** Each person's newest judgement of each assumption (or of one). */
export async function listCurrentJudgements(db: Reader, organisationId: string, projectId: string, entryId?: string): Promise<CurrentJudgement[]> {
  return db
    .selectDistinctOn([assumptionJudgements.entryId, assumptionJudgements.userId], {
      entryId: assumptionJudgements.entryId,
      userId: assumptionJudgements.userId,
      verdict: assumptionJudgements.verdict,
      reason: assumptionJudgements.reason,
      at: assumptionJudgements.at,
    })
    .from(assumptionJudgements)
    .where(
      and(
        inProject(assumptionJudgements, organisationId, projectId),
        entryId === undefined ? undefined : eq(assumptionJudgements.entryId, entryId),
      ),
    )
    .orderBy(asc(assumptionJudgements.entryId), asc(assumptionJudgements.userId), desc(assumptionJudgements.at), desc(assumptionJudgements.id));
}

export async function appendJudgement(
  tx: Tx,
  judgement: { organisationId: string; projectId: string; entryId: string; userId: string; verdict: string; reason: string; at: Date },
): Promise<void> {
  await tx.insert(assumptionJudgements).values({ id: randomUUID(), ...judgement });
}

/** Who said they do each piece of invisible work themselves: current members only, by name. */
export async function listSelfNames(db: Reader, organisationId: string, projectId: string, entryId?: string) {
  return db
    .select({ entryId: registerSelfNames.entryId, userId: registerSelfNames.userId, name: users.name })
    .from(registerSelfNames)
    .innerJoin(users, eq(users.id, registerSelfNames.userId))
    .innerJoin(members, and(eq(members.userId, registerSelfNames.userId), eq(members.organizationId, organisationId)))
    .where(
      and(
        inProject(registerSelfNames, organisationId, projectId),
        entryId === undefined ? undefined : eq(registerSelfNames.entryId, entryId),
      ),
    )
    .orderBy(asc(registerSelfNames.at), asc(users.name));
}

/** The person says they do this work too; saying it twice is saying it once. */
export async function addSelfName(tx: Tx, organisationId: string, projectId: string, entryId: string, userId: string, at: Date): Promise<void> {
  await tx.insert(registerSelfNames).values({ organisationId, projectId, entryId, userId, at }).onConflictDoNothing();
}

export async function removeSelfName(tx: Tx, organisationId: string, projectId: string, entryId: string, userId: string): Promise<void> {
  const self = and(inProject(registerSelfNames, organisationId, projectId), eq(registerSelfNames.entryId, entryId), eq(registerSelfNames.userId, userId));
  await tx.delete(registerSelfNames).where(self);
}
