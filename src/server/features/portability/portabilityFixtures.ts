import { randomBytes, randomUUID } from 'node:crypto';
import { count, eq, inArray, is, or, type SQL } from 'drizzle-orm';
import { getTableConfig, PgTable, type AnyPgColumn } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { ActionListResponse } from '../../../protocol/actionPlan.ts';
import type { MembersResponse } from '../../../protocol/accounts.ts';
import type { ProjectListResponse } from '../../../protocol/projects.ts';
import type { Database } from '../../db/database.ts';
import { openDatabase } from '../../db/openDatabase.ts';
import * as schema from '../../db/schema.ts';
import { seedDemo } from '../../seedDemo.ts';
import { addTestMember, apiCall, cookieHeader, uniqueEmail } from '../../testing/accountFixtures.ts';
import type { TestServer } from '../../testing/startTestServer.ts';
import { openTestDatabase } from '../../testing/testDatabase.ts';
import { createTestWorkshop, joinTestWorkshop } from '../../testing/workshopFixtures.ts';
import { hashSecret, newSecret } from '../workshops/secrets.ts';

/** The demo organisation, and more on top of it, made through the app's own paths. */
export interface FilledOrganisation {
  readonly organisationId: string;
  readonly leaderEmail: string;
  readonly leaderId: string;
  /** The leader's session (administrator and leader). */
  readonly cookie: string;
}

/**
 * Fills an organisation as richly as the app can: the demo seed (members with several roles, two
 * projects with phase histories, finished and open workshops of four templates with notes, votes,
 * actions and register steps, registers, judgements and a self-named row), then, over HTTP, a
 * pending invitation, a role change, a phase move, a register row and a judgement from the page,
 * an action changed on the plan, a workshop of the fifth template with a guest, and a former
 * member whose register row stays. A reminder already sent is written as the reminder sweep
 * writes it (its claim row).
 */
export async function fillOrganisation(server: TestServer): Promise<FilledOrganisation> {
  const demo = await seedDemo(server.ctx, server.url, { needed: async () => true, print: () => undefined });
  if (!demo) throw new Error('the demo seed did nothing');
  const { organisationId } = demo;
  const signedIn = await server.ctx.auth.api.signInEmail({ body: { email: demo.email, password: demo.password }, returnHeaders: true });
  const cookie = cookieHeader(signedIn.headers.getSetCookie());
  const leader = { cookie, userId: signedIn.response.user.id, name: 'Demo Leder', email: demo.email };
  const org = `/api/organisations/${organisationId}`;
  const must = async (call: Promise<{ status: number; body: unknown }>, what: string) => {
    const answer = await call;
    if (answer.status >= 300) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  await must(apiCall(server, 'POST', `${org}/invitations`, { cookie, body: { email: uniqueEmail('inviteret'), roles: ['employee', 'committee'] } }), 'invite');
  const members = ((await must(apiCall(server, 'GET', `${org}/members`, { cookie }), 'members')) as MembersResponse).members;
  const lars = members.find((m) => m.name === 'Lars Nørgaard');
  if (!lars) throw new Error('no Lars in the demo');
  await must(apiCall(server, 'PUT', `${org}/members/${lars.memberId}/roles`, { cookie, body: { roles: ['employee', 'safety_rep'] } }), 'roles');

  const projects = ((await must(apiCall(server, 'GET', `${org}/projects`, { cookie }), 'projects')) as ProjectListResponse).projects;
  const travel = `${org}/projects/${demo.projectId}`;
  await must(apiCall(server, 'PUT', `${travel}/phase`, { cookie, body: { phase: 'operation', step: 'operation' } }), 'phase');
  await must(apiCall(server, 'PUT', `${travel}/registers/benefits/entries/benefit-from-page`, { cookie, body: { fields: { benefit: 'Færre rettelser i Løn og Personale' } } }), 'benefit');
  await must(
    apiCall(server, 'PUT', `${travel}/registers/assumptions/entries/assumption-from-page`, {
      cookie,
      body: { fields: { benefit: 'benefit-from-page', assumption: 'Lederne godkender inden for en uge' } },
    }),
    'assumption',
  );
  await must(apiCall(server, 'PUT', `${travel}/registers/assumptions/entries/assumption-from-page/judgement`, { cookie, body: { verdict: 'doubtful', reason: 'Travlt i december' } }), 'judge');

  const actions = ((await must(apiCall(server, 'GET', `${travel}/actions`, { cookie }), 'actions')) as ActionListResponse).actions;
  const open = actions.find((a) => a.status === 'open' || a.status === 'in_progress');
  if (!open) throw new Error('no open action in the demo');
  await must(
    apiCall(server, 'PATCH', `${travel}/actions/${open.id}`, { cookie, body: { status: 'in_progress', responsibleUserId: leader.userId, comment: 'Vi er i gang' } }),
    'plan change',
  );
  await server.ctx.db.insert(schema.actionReminders).values({
    organisationId,
    projectId: demo.projectId,
    actionId: open.id,
    kind: 'before',
    due: '2026-01-15',
    recipientUserId: leader.userId,
    sentAt: new Date('2026-01-12T07:00:00.000Z'),
  });

  const rolesPlan = await createTestWorkshop(server, { templateId: 'roles-plan', title: 'Rollerne i projektet', in: { organisationId, projectId: demo.projectId, facilitator: leader } });
  await joinTestWorkshop(server, rolesPlan.joinCode, 'Gæst');

  const former = await addTestMember(server, organisationId, ['employee'], 'Tidligere Kollega');
  await must(apiCall(server, 'PUT', `${travel}/registers/invisibleWork/entries/work-of-former`, { cookie: former.cookie, body: { fields: { work: 'Hjælper nye kolleger med appen' } } }), 'former');
  await must(apiCall(server, 'DELETE', `${org}/members/${former.memberId}`, { cookie }), 'remove former');

  if (projects.length < 2) throw new Error('the demo has two projects');
  return { organisationId, leaderEmail: demo.email, leaderId: leader.userId, cookie };
}

/** A private calendar address of the leader's, which no export carries. */
export async function addCalendarFeed(server: TestServer, organisationId: string, userId: string): Promise<void> {
  await server.ctx.db.insert(schema.calendarFeeds).values({ id: randomUUID(), organisationId, userId, tokenHash: hashSecret(newSecret('kp')), scope: 'mine' });
}

/**
 * A database with the schema and nothing in it: a fresh clone of the migrated embedded database,
 * or, on PostgreSQL, a new database on the same server, dropped again by `drop`.
 */
export async function openEmptyDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openTestDatabase();
    return { database, drop: () => database.close() };
  }
  const name = `kompas_import_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: target.toString(), poolSize: 4 });
  return {
    database,
    async drop() {
      await database.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Every table of the schema, by its SQL name. */
export function schemaTables(): Map<string, PgTable> {
  const tables = new Map<string, PgTable>();
  for (const value of Object.values(schema)) {
    if (is(value, PgTable)) tables.set(getTableConfig(value).name, value);
  }
  return tables;
}

/** What ties a row to an organisation: its id, or one of its projects or workshops. */
export interface OrganisationScope {
  readonly organisationId: string;
  readonly projectIds: readonly string[];
  readonly workshopIds: readonly string[];
}

const ORGANISATION_COLUMNS = new Set(['organisation_id', 'organization_id', 'active_organization_id']);
const PROJECT_COLUMNS = new Set(['project_id']);
const WORKSHOP_COLUMNS = new Set(['workshop_id', 'updated_in_workshop_id']);

/** The condition that picks a table's rows of the organisation; null for a table no column ties to one. */
export function organisationCondition(table: PgTable, scope: OrganisationScope): SQL[] | null {
  // The organisation's own row is tied by its id.
  if (table === schema.organisations) return [eq(schema.organisations.id, scope.organisationId)];
  const conditions: SQL[] = [];
  const inList = (column: AnyPgColumn, ids: readonly string[]) => (ids.length > 0 ? [inArray(column, [...ids])] : []);
  for (const column of getTableConfig(table).columns) {
    if (ORGANISATION_COLUMNS.has(column.name)) conditions.push(eq(column, scope.organisationId));
    else if (PROJECT_COLUMNS.has(column.name)) conditions.push(...inList(column, scope.projectIds));
    else if (WORKSHOP_COLUMNS.has(column.name)) conditions.push(...inList(column, scope.workshopIds));
  }
  const tied = getTableConfig(table).columns.some((c) => ORGANISATION_COLUMNS.has(c.name) || PROJECT_COLUMNS.has(c.name) || WORKSHOP_COLUMNS.has(c.name));
  return tied ? conditions : null;
}

/** For each table tied to an organisation: how many of its rows belong to this one (by any tie). */
export async function countOrganisationRows(database: Database, scope: OrganisationScope): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, table] of schemaTables()) {
    const conditions = organisationCondition(table, scope);
    if (conditions === null) continue;
    const [row] = conditions.length > 0 ? await database.db.select({ n: count() }).from(table).where(or(...conditions)) : [{ n: 0 }];
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

/** Every row of every table: to show that a refused import wrote nothing at all. */
export async function countAllRows(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, table] of schemaTables()) {
    const [row] = await database.db.select({ n: count() }).from(table);
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

/** The organisation's projects and workshops, read before it is erased. */
export async function scopeOf(database: Database, organisationId: string): Promise<OrganisationScope> {
  const projectIds = (await database.db.select({ id: schema.projects.id }).from(schema.projects).where(eq(schema.projects.organisationId, organisationId))).map((r) => r.id);
  const workshopIds = (await database.db.select({ id: schema.workshops.id }).from(schema.workshops).where(eq(schema.workshops.organisationId, organisationId))).map((r) => r.id);
  return { organisationId, projectIds, workshopIds };
}
