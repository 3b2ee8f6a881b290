import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { WorkshopEvent, WorkshopEventData } from '../../../domain/workshopEvents.ts';
import type { Db, Tx } from '../../db/database.ts';
import { commandResults, members, organisations, participants, workshopEvents, workshops } from '../../db/schema.ts';

/** The storage contract for workshops: every read and write the feature makes, and nothing else. */

export interface WorkshopRow {
  readonly id: string;
  readonly joinCode: string;
  readonly title: string;
  readonly locale: string;
  readonly status: string;
  readonly lastSeq: number;
  readonly organisationId: string;
  readonly projectId: string;
}

export interface ParticipantRow {
  readonly id: string;
  readonly workshopId: string;
  readonly votesUsed: Readonly<Record<string, number>>;
}

type Queryable = Db | Tx;

const workshopColumns = {
  id: workshops.id,
  joinCode: workshops.joinCode,
  title: workshops.title,
  locale: workshops.locale,
  status: workshops.status,
  lastSeq: workshops.lastSeq,
  organisationId: workshops.organisationId,
  projectId: workshops.projectId,
};

export async function insertWorkshop(
  tx: Tx,
  row: {
    id: string;
    organisationId: string;
    projectId: string;
    createdBy: string | null;
    joinCode: string;
    title: string;
    templateId: string;
    locale: string;
  },
): Promise<void> {
  await tx.insert(workshops).values({ ...row, lastSeq: 0 });
}

export async function findWorkshopByCode(db: Queryable, joinCode: string): Promise<WorkshopRow | null> {
  const rows = await db.select(workshopColumns).from(workshops).where(eq(workshops.joinCode, joinCode)).limit(1);
  return rows[0] ?? null;
}

/**
 * By id alone: for the server's own use (rooms, commands already inside their workshop, tests) and
 * for routes that have proven access to this workshop first (workshopReaderOf).
 */
export async function findWorkshopById(db: Queryable, id: string): Promise<WorkshopRow | null> {
  const rows = await db.select(workshopColumns).from(workshops).where(eq(workshops.id, id)).limit(1);
  return rows[0] ?? null;
}

/**
 * A workshop together with the roles of one person in its organisation: found only when that
 * person is a member there, so the lookup itself cannot cross organisations.
 */
export async function findWorkshopForMember(
  db: Queryable,
  workshopId: string,
  userId: string,
): Promise<{ workshop: WorkshopRow; role: string } | null> {
  const rows = await db
    .select({ ...workshopColumns, role: members.role })
    .from(workshops)
    .innerJoin(members, and(eq(members.organizationId, workshops.organisationId), eq(members.userId, userId)))
    .where(eq(workshops.id, workshopId))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  const { role, ...workshop } = row;
  return { workshop, role };
}

export async function isJoinCodeTaken(db: Queryable, joinCode: string): Promise<boolean> {
  return (await findWorkshopByCode(db, joinCode)) !== null;
}

/** The smallest group any count about this workshop's organisation may describe (its minimum group size). */
export async function findMinGroupSizeOfWorkshop(db: Queryable, workshopId: string): Promise<number | null> {
  const rows = await db
    .select({ minGroupSize: organisations.minGroupSize })
    .from(workshops)
    .innerJoin(organisations, eq(organisations.id, workshops.organisationId))
    .where(eq(workshops.id, workshopId))
    .limit(1);
  return rows[0]?.minGroupSize ?? null;
}

/** Locks the workshop's row until the transaction ends and returns its last seq. */
export async function lockWorkshop(tx: Tx, id: string): Promise<{ lastSeq: number; status: string } | null> {
  const rows = await tx
    .select({ lastSeq: workshops.lastSeq, status: workshops.status })
    .from(workshops)
    .where(eq(workshops.id, id))
    .for('update');
  return rows[0] ?? null;
}

/** Appends events after `lastSeq` and moves the workshop's counter; returns them as stored. */
export async function appendEvents(
  tx: Tx,
  workshopId: string,
  lastSeq: number,
  data: readonly WorkshopEventData[],
  at: number,
): Promise<WorkshopEvent[]> {
  if (data.length === 0) return [];
  const events = data.map((d, i) => ({ seq: lastSeq + 1 + i, at, data: d }));
  await tx.insert(workshopEvents).values(
    events.map((e) => ({ workshopId, seq: e.seq, type: e.data.type, data: e.data, at: new Date(at) })),
  );
  const finished = data.some((d) => d.type === 'workshop.finished');
  const reopened = data.some((d) => d.type === 'workshop.reopened');
  await tx
    .update(workshops)
    .set({
      lastSeq: lastSeq + data.length,
      ...(finished ? { status: 'finished' } : reopened ? { status: 'open' } : {}),
    })
    .where(eq(workshops.id, workshopId));
  return events;
}

export async function loadEvents(db: Queryable, workshopId: string, afterSeq: number): Promise<WorkshopEvent[]> {
  const rows = await db
    .select({ seq: workshopEvents.seq, at: workshopEvents.at, data: workshopEvents.data })
    .from(workshopEvents)
    .where(and(eq(workshopEvents.workshopId, workshopId), gt(workshopEvents.seq, afterSeq)))
    .orderBy(asc(workshopEvents.seq));
  return rows.map((r) => ({ seq: r.seq, at: r.at.getTime(), data: r.data as WorkshopEventData }));
}

export async function insertParticipant(
  tx: Tx,
  row: { id: string; workshopId: string; tokenHash: string; userId: string | null },
): Promise<void> {
  await tx.insert(participants).values(row);
}

/** A participant by device token, in the one workshop the token was made for. */
export async function findParticipantByTokenHash(
  db: Queryable,
  workshopId: string,
  tokenHash: string,
): Promise<(ParticipantRow & { workshopStatus: string }) | null> {
  const rows = await db
    .select({
      id: participants.id,
      workshopId: participants.workshopId,
      votesUsed: participants.votesUsed,
      workshopStatus: workshops.status,
    })
    .from(participants)
    .innerJoin(workshops, eq(workshops.id, participants.workshopId))
    .where(and(eq(participants.tokenHash, tokenHash), eq(participants.workshopId, workshopId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findParticipantById(db: Queryable, id: string): Promise<ParticipantRow | null> {
  const rows = await db
    .select({ id: participants.id, workshopId: participants.workshopId, votesUsed: participants.votesUsed })
    .from(participants)
    .where(eq(participants.id, id))
    .limit(1);
  return rows[0] ?? null;
}

/** Changes a participant's spent dots in one step; returns the new count. */
export async function addVotesUsed(tx: Tx, participantId: string, stepId: string, delta: number): Promise<number> {
  const rows = await tx
    .update(participants)
    .set({
      votesUsed: sql`jsonb_set(${participants.votesUsed}, ARRAY[${stepId}]::text[], to_jsonb(GREATEST(0, COALESCE((${participants.votesUsed} ->> ${stepId})::int, 0) + ${delta})))`,
    })
    .where(eq(participants.id, participantId))
    .returning({ votesUsed: participants.votesUsed });
  return rows[0]?.votesUsed[stepId] ?? 0;
}

export async function findCommandResult(tx: Tx, key: string): Promise<unknown> {
  const rows = await tx.select({ result: commandResults.result }).from(commandResults).where(eq(commandResults.key, key));
  return rows[0]?.result ?? null;
}

export async function saveCommandResult(tx: Tx, key: string, workshopId: string, result: unknown): Promise<void> {
  await tx.insert(commandResults).values({ key, workshopId, result });
}

/** Records that a participant wrote in a step (once per step), for counting contributors. */
export async function markContributed(tx: Tx, participantId: string, stepId: string): Promise<void> {
  await tx
    .update(participants)
    .set({ contributedSteps: sql`${participants.contributedSteps} || to_jsonb(${stepId}::text)` })
    .where(and(eq(participants.id, participantId), sql`NOT (${participants.contributedSteps} ? ${stepId})`));
}

/** How many participants of a workshop wrote at least one note in a step. */
export async function countContributors(db: Queryable, workshopId: string, stepId: string): Promise<number> {
  const rows = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(participants)
    .where(and(eq(participants.workshopId, workshopId), sql`${participants.contributedSteps} ? ${stepId}`));
  return rows[0]?.count ?? 0;
}
