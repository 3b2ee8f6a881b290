import { inArray, or, sql, eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { formatRoles } from '../../../domain/roles.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { ImportError, OrganisationExport } from '../../../protocol/organisationExport.ts';
import type { Db, Tx } from '../../db/database.ts';
import {
  actionReminders,
  actionRevisions,
  assumptionJudgements,
  invitations,
  members,
  organisations,
  participants,
  projectActions,
  projectPhaseChanges,
  projects,
  registerEntries,
  registerRevisions,
  registerSelfNames,
  users,
  workshopEvents,
  workshops,
} from '../../db/schema.ts';
import { hashSecret, newSecret } from '../workshops/secrets.ts';

/** What an import did, for the operator. */
export interface ImportSummary {
  readonly organisationId: string;
  readonly slug: string;
  readonly name: string;
  /** Accounts made by the import: they have no password and sign in by a link sent by mail. */
  readonly createdUsers: readonly string[];
  /** People who already had an account here (by email); their members and history now point at it. */
  readonly reusedUsers: readonly string[];
  /** Rows written, by table. */
  readonly rows: Readonly<Record<string, number>>;
}

// Well below PostgreSQL's 65,535 parameters per statement for the widest table.
const CHUNK = 500;

async function insertAll<T extends PgTable>(tx: Tx, table: T, rows: ReadonlyArray<T['$inferInsert']>): Promise<number> {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(table).values(rows.slice(i, i + CHUNK) as T['$inferInsert'][]);
  return rows.length;
}

const date = (value: string): Date => new Date(value);

/** Ids of the file that already exist here: for the refusal's message. */
async function takenIds(tx: Tx, file: OrganisationExport): Promise<string[]> {
  const taken: string[] = [];
  const some = async (label: string, found: Promise<Array<{ id: string }>>) => {
    const rows = await found;
    if (rows.length > 0) taken.push(`${label} ${rows.map((r) => r.id).slice(0, 3).join(', ')}`);
  };
  const ids = <R>(rows: readonly R[], key: (row: R) => string) => rows.map(key);
  const org = file.organisation;
  await some('organisation', tx.select({ id: organisations.id }).from(organisations).where(or(eq(organisations.id, org.id), eq(organisations.slug, org.slug))));
  // The organisation itself is here: that says it all (most often, the file was imported before).
  if (taken.length > 0) return taken;
  const check = async (label: string, table: PgTable, column: AnyPgColumn, values: string[]) => {
    for (let i = 0; i < values.length; i += CHUNK) {
      await some(label, tx.select({ id: sql<string>`${column}` }).from(table).where(inArray(column, values.slice(i, i + CHUNK))));
    }
  };
  await check('member', members, members.id, ids(file.members, (m) => m.id));
  await check('invitation', invitations, invitations.id, ids(file.invitations, (x) => x.id));
  await check('project', projects, projects.id, ids(file.projects, (p) => p.id));
  await check('phase change', projectPhaseChanges, projectPhaseChanges.id, ids(file.projectPhaseChanges, (c) => c.id));
  await check('workshop', workshops, workshops.id, ids(file.workshops, (w) => w.id));
  await check('join code', workshops, workshops.joinCode, ids(file.workshops, (w) => w.joinCode));
  await check('participant', participants, participants.id, ids(file.participants, (p) => p.id));
  await check('judgement', assumptionJudgements, assumptionJudgements.id, ids(file.assumptionJudgements, (j) => j.id));
  return taken;
}

/**
 * Maps the file's people onto accounts here: an account with the same email is that person's,
 * and is used as it is (its name, password and sign-ins stay theirs); anyone else gets a new
 * account without a password. An id already held by someone with another email is refused.
 */
async function placeUsers(tx: Tx, file: OrganisationExport): Promise<{ idOf: Map<string, string>; created: string[]; reused: string[] }> {
  const idOf = new Map<string, string>();
  const created: string[] = [];
  const reused: string[] = [];
  for (const user of file.users) {
    const email = user.email.toLowerCase();
    const [byId] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, user.id)).limit(1);
    if (byId && byId.email.toLowerCase() !== email) {
      throw new ImportRefused({ code: 'not_empty', detail: `user id ${user.id} belongs to another account here (${byId.email})` });
    }
    const [byEmail] = byId ? [byId] : await tx.select({ id: users.id, email: users.email }).from(users).where(sql`lower(${users.email}) = ${email}`).limit(1);
    if (byEmail) {
      idOf.set(user.id, byEmail.id);
      reused.push(byEmail.email);
      continue;
    }
    const at = date(user.createdAt);
    await tx.insert(users).values({ id: user.id, name: user.name, email: user.email, emailVerified: user.emailVerified, image: user.image, createdAt: at, updatedAt: at });
    idOf.set(user.id, user.id);
    created.push(user.email);
  }
  return { idOf, created, reused };
}

/** Thrown inside the transaction so that it rolls back; returned as a refusal outside it. */
class ImportRefused extends Error {
  constructor(readonly error: ImportError) {
    super(error.detail);
  }
}

/**
 * Writes a checked export (readExportFile) into this database in one transaction: refused, with
 * nothing written, when the organisation or any of its ids, its slug or a join code is already here.
 * Guests' device tokens are not in the file; each participant gets a token hash nobody holds.
 */
export async function importOrganisation(db: Db, file: OrganisationExport): Promise<Result<ImportSummary, ImportError>> {
  try {
    return ok(await db.transaction((tx) => writeOrganisation(tx, file)));
  } catch (error) {
    if (error instanceof ImportRefused) return err(error.error);
    throw error;
  }
}

async function writeOrganisation(tx: Tx, file: OrganisationExport): Promise<ImportSummary> {
  const taken = await takenIds(tx, file);
  if (taken.length > 0) throw new ImportRefused({ code: 'not_empty', detail: `already here: ${taken.join('; ')}` });
  const placed = await placeUsers(tx, file);
  const { idOf } = placed;
  // Every reference was checked against the file's users, so each has a place here.
  const user = (id: string) => idOf.get(id) ?? id;
  const userOrNull = (id: string | null) => (id === null ? null : user(id));
  const org = file.organisation;
  const organisationId = org.id;
  const rows: Record<string, number> = { users: placed.created.length };

  await tx.insert(organisations).values({ ...org, createdAt: date(org.createdAt) });
  rows.members = await insertAll(
    tx,
    members,
    file.members.map((m) => ({ id: m.id, organizationId: organisationId, userId: user(m.userId), role: formatRoles(m.roles), createdAt: date(m.createdAt) })),
  );
  rows.invitations = await insertAll(
    tx,
    invitations,
    file.invitations.map((x) => ({
      id: x.id,
      organizationId: organisationId,
      email: x.email,
      role: x.roles.length > 0 ? formatRoles(x.roles) : null,
      status: 'pending',
      expiresAt: date(x.expiresAt),
      createdAt: date(x.createdAt),
      inviterId: user(x.inviterId),
    })),
  );
  rows.projects = await insertAll(
    tx,
    projects,
    file.projects.map((p) => ({ ...p, organisationId, createdBy: userOrNull(p.createdBy), createdAt: date(p.createdAt), updatedAt: date(p.updatedAt) })),
  );
  rows.projectPhaseChanges = await insertAll(
    tx,
    projectPhaseChanges,
    file.projectPhaseChanges.map((c) => ({ ...c, organisationId, byUserId: userOrNull(c.byUserId), at: date(c.at) })),
  );
  rows.workshops = await insertAll(
    tx,
    workshops,
    file.workshops.map((w) => ({ ...w, organisationId, createdBy: userOrNull(w.createdBy), createdAt: date(w.createdAt) })),
  );
  rows.participants = await insertAll(
    tx,
    participants,
    file.participants.map((p) => ({ ...p, tokenHash: hashSecret(newSecret('kp')), userId: userOrNull(p.userId), createdAt: date(p.createdAt) })),
  );
  rows.workshopEvents = await insertAll(
    tx,
    workshopEvents,
    file.workshopEvents.map((e) => ({ ...e, at: date(e.at) })),
  );
  rows.registerEntries = await insertAll(
    tx,
    registerEntries,
    file.registerEntries.map((e) => ({ ...e, organisationId, updatedByUserId: userOrNull(e.updatedByUserId), updatedAt: date(e.updatedAt) })),
  );
  rows.registerRevisions = await insertAll(
    tx,
    registerRevisions,
    file.registerRevisions.map((r) => ({ ...r, organisationId, byUserId: userOrNull(r.byUserId), at: date(r.at) })),
  );
  rows.assumptionJudgements = await insertAll(
    tx,
    assumptionJudgements,
    file.assumptionJudgements.map((j) => ({ ...j, organisationId, userId: user(j.userId), at: date(j.at) })),
  );
  rows.registerSelfNames = await insertAll(
    tx,
    registerSelfNames,
    file.registerSelfNames.map((s) => ({ ...s, organisationId, userId: user(s.userId), at: date(s.at) })),
  );
  rows.projectActions = await insertAll(
    tx,
    projectActions,
    file.projectActions.map((a) => ({
      ...a,
      organisationId,
      responsibleUserId: userOrNull(a.responsibleUserId),
      createdAt: date(a.createdAt),
      updatedAt: date(a.updatedAt),
    })),
  );
  rows.actionRevisions = await insertAll(
    tx,
    actionRevisions,
    file.actionRevisions.map((r) => ({
      ...r,
      organisationId,
      data: { ...r.data, responsibleUserId: userOrNull(r.data.responsibleUserId) },
      byUserId: userOrNull(r.byUserId),
      at: date(r.at),
    })),
  );
  rows.actionReminders = await insertAll(
    tx,
    actionReminders,
    file.actionReminders.map((r) => ({ ...r, organisationId, recipientUserId: userOrNull(r.recipientUserId), sentAt: date(r.sentAt) })),
  );
  return { organisationId, slug: org.slug, name: org.name, createdUsers: placed.created, reusedUsers: placed.reused, rows };
}

