import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_VERSION, type OrganisationExport } from '../../../protocol/organisationExport.ts';
import type { ProjectView } from '../../../protocol/projects.ts';
import { users } from '../../db/schema.ts';
import { apiCall, cookieHeader, mailSoFar } from '../../testing/accountFixtures.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import type { Database } from '../../db/database.ts';
import { exportOrganisation, exportToJson } from './exportOrganisation.ts';
import { importOrganisation } from './importOrganisation.ts';
import {
  countAllRows,
  countOrganisationRows,
  fillOrganisation,
  openEmptyDatabase,
  schemaTables,
  scopeOf,
  type FilledOrganisation,
} from './portabilityFixtures.ts';
import { readExport, readExportFile } from './readExportFile.ts';

/**
 * Export and import of a whole organisation (docs/export-format.md): a richly filled organisation
 * is exported over HTTP, imported into an empty database, and reads the same there, over HTTP and
 * as a second export.
 */

/** What each table of the schema becomes in the file, or why it is left out (decision 015). */
const IN_THE_FILE: Readonly<Record<string, keyof OrganisationExport>> = {
  organisations: 'organisation',
  users: 'users',
  members: 'members',
  invitations: 'invitations',
  projects: 'projects',
  project_phase_changes: 'projectPhaseChanges',
  workshops: 'workshops',
  participants: 'participants',
  workshop_events: 'workshopEvents',
  register_entries: 'registerEntries',
  register_revisions: 'registerRevisions',
  assumption_judgements: 'assumptionJudgements',
  register_self_names: 'registerSelfNames',
  project_actions: 'projectActions',
  action_revisions: 'actionRevisions',
  action_reminders: 'actionReminders',
};
const LEFT_OUT: Readonly<Record<string, string>> = {
  sessions: "a person's sign-ins, not the organisation's",
  accounts: 'password hashes and identity-provider tokens: secrets of each person',
  verifications: 'sign-in and confirmation links waiting to be used: secrets',
  rate_limits: 'counters of the running server',
  server_secrets: "the installation's own keys",
  mail_outbox: 'mail already sent or queued on this installation',
  sso_providers: "the identity provider's client secret, and a callback address that names this installation",
  command_results: 'answers to retried commands of connected devices; no device carries over',
  calendar_feeds: 'private addresses that work by knowing them: secrets',
};

/** Columns that differ from the file's fields on purpose: left out, or written another way. */
const COLUMNS_NOT_AS_FIELDS: Readonly<Record<string, { readonly leftOut: readonly string[]; readonly added?: readonly string[] }>> = {
  organisations: { leftOut: [] },
  users: { leftOut: ['updatedAt'] },
  members: { leftOut: ['organizationId', 'role'], added: ['roles'] },
  invitations: { leftOut: ['organizationId', 'role', 'status'], added: ['roles'] },
  participants: { leftOut: ['tokenHash'] },
};

const withoutTime = (file: OrganisationExport) => ({ ...file, exportedAt: '' });

let source: TestServer;
let filled: FilledOrganisation;
let file: OrganisationExport;
let fileText: string;
let download: { status: number; headers: Headers };

beforeAll(async () => {
  source = await startTestServer();
  filled = await fillOrganisation(source);
  const response = await fetch(`${source.url}/api/organisations/${filled.organisationId}/export`, { headers: { cookie: filled.cookie } });
  fileText = await response.text();
  download = { status: response.status, headers: response.headers };
  file = JSON.parse(fileText) as OrganisationExport;
});

afterAll(async () => {
  await source?.close();
});

describe('the export', () => {
  it('downloads as one JSON file named after the organisation and the day, for administrators only', async () => {
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('application/json');
    expect(download.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="kompas-${file.organisation.slug}-\\d{4}-\\d{2}-\\d{2}\\.json"$`));
    expect(download.headers.get('cache-control')).toBe('private, no-store');
    expect(file).toMatchObject({ format: 'kompas.organisation', version: EXPORT_VERSION, organisation: { id: filled.organisationId } });

    const employee = file.members.find((m) => m.roles.length === 1 && m.roles[0] === 'employee');
    const employeeUser = file.users.find((u) => u.id === employee?.userId);
    if (!employeeUser) throw new Error('no plain employee in the demo');
    const employeeCookie = await signInByLink(source, employeeUser.email);
    const forbidden = await apiCall(source, 'GET', `/api/organisations/${filled.organisationId}/export`, { cookie: employeeCookie });
    expect(forbidden.status).toBe(403);
    const signedOut = await apiCall(source, 'GET', `/api/organisations/${filled.organisationId}/export`);
    expect(signedOut.status).toBe(401);
  });

  it('is a file the importer accepts, in its documented order', () => {
    const read = readExportFile(fileText);
    expect(read.ok, JSON.stringify(!read.ok && read.error)).toBe(true);
    const ids = (rows: ReadonlyArray<{ id: string }>) => rows.map((r) => r.id);
    const sorted = (list: string[]) => [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(ids(file.users)).toEqual(sorted(ids(file.users)));
    expect(ids(file.workshops)).toEqual(sorted(ids(file.workshops)));
    const eventKeys = file.workshopEvents.map((e) => `${e.workshopId}/${String(e.seq).padStart(9, '0')}`);
    expect(eventKeys).toEqual(sorted(eventKeys));
  });

  it('holds every row of the organisation in every table it covers, and decides about every table of the schema', async () => {
    const tables = [...schemaTables().keys()].sort();
    expect(tables).toEqual([...Object.keys(IN_THE_FILE), ...Object.keys(LEFT_OUT)].sort());
    const counts = await countOrganisationRows(source.database, await scopeOf(source.database, filled.organisationId));
    for (const [table, key] of Object.entries(IN_THE_FILE)) {
      if (table === 'organisations' || table === 'users' || table === 'invitations') continue;
      const rows = file[key];
      expect(Array.isArray(rows) ? rows.length : -1, table).toBe(counts[table]);
      expect(counts[table], `${table} is filled`).toBeGreaterThan(0);
    }
    expect(file.invitations).toHaveLength(1);
    // Members, and the former member whose register row still names them.
    expect(file.users.length).toBe(file.members.length + 1);
    expect(new Set(file.workshops.map((w) => w.templateId))).toEqual(new Set(['compass-before', 'status-after', 'four-phases', 'tasks-move', 'roles-plan']));
    expect(file.actionRevisions.some((r) => r.comment === 'Vi er i gang')).toBe(true);
  });

  it('has a field for every column of the tables it covers, so a new column cannot be forgotten', () => {
    const tables = schemaTables();
    for (const [table, key] of Object.entries(IN_THE_FILE)) {
      const value = file[key];
      const row = (Array.isArray(value) ? value[0] : value) as object | undefined;
      if (!row) throw new Error(`no row of ${table} in the file`);
      const differs = COLUMNS_NOT_AS_FIELDS[table] ?? { leftOut: ['organisationId'] };
      const columns = Object.keys(getTableColumns(tables.get(table) as PgTable)).filter((c) => !differs.leftOut.includes(c));
      expect(Object.keys(row).sort(), table).toEqual([...columns, ...(differs.added ?? [])].sort());
    }
  });

  it('carries no secrets: no password hash, token hash, session or client secret', () => {
    expect(fileText).not.toMatch(/token_?hash|tokenHash|password|"sessions"|clientSecret|\$argon|scrypt/i);
    for (const p of file.participants) expect(Object.keys(p)).not.toContain('tokenHash');
  });
});

describe('import into an empty database', () => {
  let target: { database: Database; drop: () => Promise<void> };
  let server: TestServer;
  let cookie: string;

  beforeAll(async () => {
    target = await openEmptyDatabase();
    const imported = await importOrganisation(target.database.db, readOk(fileText));
    if (!imported.ok) throw new Error(`import refused: ${JSON.stringify(imported.error)}`);
    expect(imported.value.createdUsers).toHaveLength(file.users.length);
    server = await startTestServer({ database: target.database });
    cookie = await signInByLink(server, filled.leaderEmail);
  });

  afterAll(async () => {
    await server?.close();
    await target?.drop();
  });

  it('exports again to the same file, apart from when it was made', async () => {
    const again = await exportOrganisation(target.database.db, filled.organisationId, new Date());
    if (!again) throw new Error('no organisation after import');
    expect(exportToJson(withoutTime(again))).toBe(exportToJson(withoutTime(file)));
  });

  it('reads the same over HTTP: members, projects, summaries, actions, registers and comparisons', async () => {
    const same = async (path: string) => {
      const before = await apiCall(source, 'GET', path, { cookie: filled.cookie });
      const after = await apiCall(server, 'GET', path, { cookie });
      expect(after.status, path).toBe(200);
      expect(after.body, path).toEqual(before.body);
    };
    const org = `/api/organisations/${filled.organisationId}`;
    await same(`${org}/members`);
    await same(`${org}/projects`);
    await same(`${org}/actions`);
    for (const project of file.projects) {
      const path = `${org}/projects/${project.id}`;
      for (const part of ['', '/registers', '/actions', '/comparison']) await same(`${path}${part}`);
      const view = (await apiCall(server, 'GET', path, { cookie })).body as ProjectView;
      expect(view.phaseHistory.length).toBeGreaterThan(0);
    }
    for (const workshop of file.workshops) await same(`/api/workshops/${workshop.id}/summary`);
  });

  it('made accounts without a password, whose owners sign in by a link in their mail', async () => {
    const rows = await target.database.db.select({ id: users.id }).from(users);
    expect(rows).toHaveLength(file.users.length);
    const password = await server.ctx.auth.api
      .signInEmail({ body: { email: filled.leaderEmail, password: 'anything-at-all-1' } })
      .then(() => 'signed in')
      .catch(() => 'refused');
    expect(password).toBe('refused');
    const me = await apiCall(server, 'GET', '/api/me', { cookie });
    expect(me.body).toMatchObject({ user: { email: filled.leaderEmail }, organisations: [{ id: filled.organisationId }] });
  });

  it('refuses a second time, and changes nothing', async () => {
    const before = await countAllRows(target.database);
    const again = await importOrganisation(target.database.db, readOk(fileText));
    expect(again).toMatchObject({ ok: false, error: { code: 'not_empty' } });
    expect(!again.ok && again.error.detail).toContain(filled.organisationId);
    expect(await countAllRows(target.database)).toEqual(before);
  });

  it('links people to accounts that already exist by email, and refuses an id held by someone else', async () => {
    const other = await openEmptyDatabase();
    try {
      const copy = readOk(fileText);
      const person = copy.users.find((u) => u.email === filled.leaderEmail);
      if (!person) throw new Error('no leader in the file');
      await other.database.db.insert(users).values({ id: 'already-here', name: 'Allerede Her', email: person.email.toUpperCase(), emailVerified: true });
      const imported = await importOrganisation(other.database.db, copy);
      if (!imported.ok) throw new Error(JSON.stringify(imported.error));
      expect(imported.value.reusedUsers).toEqual([person.email.toUpperCase()]);
      const again = await exportOrganisation(other.database.db, copy.organisation.id, new Date());
      expect(again?.members.find((m) => m.id === file.members.find((x) => x.userId === person.id)?.id)?.userId).toBe('already-here');
      expect(again?.projects.map((p) => p.createdBy)).toContain('already-here');

      const third = await openEmptyDatabase();
      try {
        await third.database.db.insert(users).values({ id: person.id, name: 'En Anden', email: 'en.anden@example.dk', emailVerified: true });
        const before = await countAllRows(third.database);
        const refused = await importOrganisation(third.database.db, copy);
        expect(refused).toMatchObject({ ok: false, error: { code: 'not_empty' } });
        expect(await countAllRows(third.database)).toEqual(before);
      } finally {
        await third.drop();
      }
    } finally {
      await other.drop();
    }
  });
});

describe('files the importer refuses', () => {
  const altered = (change: (copy: Record<string, unknown> & OrganisationExport) => void) => {
    const copy = JSON.parse(fileText) as Record<string, unknown> & OrganisationExport;
    change(copy);
    return readExport(copy);
  };

  it('a newer version, by name', () => {
    const refused = altered((copy) => {
      copy.version = 2 as typeof EXPORT_VERSION;
      copy.somethingNew = [];
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unsupported_version' } });
    expect(!refused.ok && refused.error.detail).toMatch(/version 2.*version 1.*newer Kompas/);
  });

  it('something that is not an export at all', () => {
    expect(readExportFile('{"hello": "world"}')).toMatchObject({ ok: false, error: { code: 'not_an_export' } });
    expect(readExportFile('not json')).toMatchObject({ ok: false, error: { code: 'not_an_export' } });
  });

  it('fields of the wrong type or value, saying where', () => {
    const wrongType = altered((copy) => {
      (copy.organisation as unknown as Record<string, unknown>).minGroupSize = 'fem';
    });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid_file' } });
    expect(!wrongType.ok && wrongType.error.detail).toContain('organisation.minGroupSize');
    const tooSmall = altered((copy) => {
      copy.organisation.minGroupSize = 1;
    });
    expect(tooSmall).toMatchObject({ ok: false, error: { code: 'invalid_file' } });
    const unknownRole = altered((copy) => {
      (copy.members[0] as unknown as { roles: string[] }).roles = ['owner'];
    });
    expect(unknownRole).toMatchObject({ ok: false, error: { code: 'invalid_file' } });
    const strayField = altered((copy) => {
      (copy.workshopEvents[0]?.data as unknown as Record<string, unknown>).secret = 'x';
    });
    expect(strayField).toMatchObject({ ok: false, error: { code: 'invalid_file' } });
  });

  it('an event of a workshop the file does not hold, or a row naming an unknown person', () => {
    const orphan = altered((copy) => {
      const event = copy.workshopEvents.at(-1);
      if (event) event.workshopId = 'no-such-workshop';
    });
    expect(orphan).toMatchObject({ ok: false, error: { code: 'broken_reference' } });
    expect(!orphan.ok && orphan.error.detail).toContain('no workshop no-such-workshop');
    const stranger = altered((copy) => {
      const judgement = copy.assumptionJudgements[0];
      if (judgement) judgement.userId = 'nobody-we-know';
    });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'broken_reference' } });
  });

  it('a workshop whose events have a gap, or do not end as its row says', () => {
    const gap = altered((copy) => {
      const index = copy.workshopEvents.findIndex((e) => e.seq === 2);
      copy.workshopEvents.splice(index, 1);
    });
    expect(gap).toMatchObject({ ok: false, error: { code: 'inconsistent_workshop' } });
    const status = altered((copy) => {
      const finished = copy.workshops.find((w) => w.status === 'finished');
      if (finished) finished.status = 'open';
    });
    expect(status).toMatchObject({ ok: false, error: { code: 'inconsistent_workshop' } });
  });
});

function readOk(text: string): OrganisationExport {
  const read = readExportFile(text);
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return read.value;
}

/** Signs in the way an imported person does: a link by mail, followed once. */
async function signInByLink(server: TestServer, email: string): Promise<string> {
  const asked = await apiCall(server, 'POST', '/api/auth/sign-in/magic-link', { body: { email, callbackURL: '/' } });
  expect(asked.status).toBe(200);
  const mail = (await mailSoFar(server)).find((m) => m.to === email);
  const link = /https?:\/\/\S+/.exec(mail?.text ?? '')?.[0];
  if (!link) throw new Error(`no sign-in link to ${email}`);
  const followed = await fetch(link, { redirect: 'manual' });
  const cookie = cookieHeader(followed.headers.getSetCookie());
  if (!cookie.includes('kompas')) throw new Error('the link gave no session');
  return cookie;
}
