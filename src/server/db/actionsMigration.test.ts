import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from './openDatabase.ts';

/**
 * Migration 0005 copies the actions that workshops decided before the action plan existed out of
 * their event logs. A database is migrated up to 0004, given workshops with action events, and then
 * migrated to the end. Runs on its own embedded database, whichever database the suite uses.
 */

const BEFORE_ACTION_PLAN = '0004_registers';
let client: PGlite;
let folder: string;

async function migrationsUpTo(tag: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kompas-migrations-'));
  await cp(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
  const last = journal.entries.findIndex((e) => e.tag === tag);
  if (last < 0) throw new Error(`no migration ${tag}`);
  await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }));
  return dir;
}

const action = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  what: `Handling ${id}`,
  who: 'Teamet',
  due: '2026-03-01',
  status: 'open',
  noteIds: [],
  traitId: null,
  createdAt: Date.UTC(2026, 0, 10),
  ...fields,
});

beforeAll(async () => {
  client = await PGlite.create();
  folder = await migrationsUpTo(BEFORE_ACTION_PLAN);
  await migrate(drizzle({ client }), { migrationsFolder: folder });
  await client.exec(`
    INSERT INTO organisations (id, name, slug) VALUES ('o1', 'Kommunen', 'kommunen');
    INSERT INTO projects (id, organisation_id, title, phase, step, frame) VALUES ('p1', 'o1', 'Vagtplan', 'idea', 'need', '{}');
    INSERT INTO workshops (id, join_code, title, template_id, locale, organisation_id, project_id)
      VALUES ('w1', 'AAAAAA', 'Kompasset', 'compass-before', 'da', 'o1', 'p1'),
             ('w2', 'BBBBBB', 'MED-møde', 'tasks-move', 'da', 'o1', 'p1');
  `);
  const events: Array<[string, number, string, unknown]> = [
    // An action from before scopes and the plan's fields, later marked done.
    ['w1', 1, 'action.added', { type: 'action.added', action: action('old') }],
    ['w1', 2, 'action.updated', { type: 'action.updated', action: action('old', { status: 'done', what: 'Handling old, rettet' }) }],
    // Added and then deleted: not on the plan.
    ['w1', 3, 'action.added', { type: 'action.added', action: action('gone') }],
    ['w1', 4, 'action.deleted', { type: 'action.deleted', actionId: 'gone' }],
    // Sent upward, with a date an older client let through that is no real day.
    ['w2', 1, 'action.added', { type: 'action.added', action: action('up', { scope: 'upward', upwardTo: 'management', due: '2026-02-31' }) }],
    // On the old template's third step (expectations), before the review step came first.
    ['w1', 5, 'step.changed', { type: 'step.changed', stepIndex: 2 }],
  ];
  for (const [workshopId, seq, type, data] of events) {
    await client.query('INSERT INTO workshop_events (workshop_id, seq, type, data, at) VALUES ($1, $2, $3, $4, $5)', [
      workshopId,
      seq,
      type,
      JSON.stringify(data),
      new Date(Date.UTC(2026, 0, 10, 12, seq)),
    ]);
  }
  // Up to the action plan's tables, then a workshop made once the review step came first: its
  // step changes already count the review step, and 0007 must leave them alone.
  const beforeRenumbering = await migrationsUpTo('0006_reminders_calendar');
  await migrate(drizzle({ client }), { migrationsFolder: beforeRenumbering });
  await rm(beforeRenumbering, { recursive: true, force: true });
  await client.exec(`
    INSERT INTO workshops (id, join_code, title, template_id, locale, organisation_id, project_id)
      VALUES ('w3', 'CCCCCC', 'Ny workshop', 'compass-before', 'da', 'o1', 'p1');
    INSERT INTO workshop_events (workshop_id, seq, type, data, at) VALUES
      ('w3', 1, 'review.loaded', '{"type":"review.loaded","items":[]}', now()),
      ('w3', 2, 'step.changed', '{"type":"step.changed","stepIndex":3}', now());
  `);
  await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
}, 60_000);

afterAll(async () => {
  await client?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('migration 0007: the review step comes first', () => {
  it('moves an older workshop’s step changes one place on, and leaves newer ones alone', async () => {
    const { rows } = await client.query<{ workshop_id: string; index: number }>(
      `SELECT workshop_id, (data->>'stepIndex')::int AS index FROM workshop_events WHERE type = 'step.changed' ORDER BY workshop_id`,
    );
    // w1 stood on expectations (old index 2), which is now index 3; w3 already counted the review step.
    expect(rows).toEqual([
      { workshop_id: 'w1', index: 3 },
      { workshop_id: 'w3', index: 3 },
    ]);
  });
});

describe('migration 0005: the actions already decided', () => {
  it('puts each action’s latest state on the plan, leaves deleted ones out, and keeps where it came from', async () => {
    const { rows } = await client.query<Record<string, unknown>>(
      `SELECT id, workshop_id, what, problem, who, due::text AS due, follow_up, status, scope, upward_to, version, deleted
       FROM project_actions ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        id: 'old',
        workshop_id: 'w1',
        what: 'Handling old, rettet',
        problem: '',
        who: 'Teamet',
        due: '2026-03-01',
        follow_up: '',
        status: 'done',
        scope: 'ours',
        upward_to: null,
        version: 1,
        deleted: false,
      },
      {
        id: 'up',
        workshop_id: 'w2',
        what: 'Handling up',
        problem: '',
        who: 'Teamet',
        due: null,
        follow_up: '',
        status: 'open',
        scope: 'upward',
        upward_to: 'management',
        version: 1,
        deleted: false,
      },
    ]);
  });

  it('gives each a first revision naming its workshop', async () => {
    const { rows } = await client.query<{ action_id: string; version: number; workshop_id: string; data: { status: string; what: string } }>(
      'SELECT action_id, version, workshop_id, data FROM action_revisions ORDER BY action_id',
    );
    expect(rows.map((r) => [r.action_id, r.version, r.workshop_id, r.data.status, r.data.what])).toEqual([
      ['old', 1, 'w1', 'done', 'Handling old, rettet'],
      ['up', 1, 'w2', 'open', 'Handling up'],
    ]);
  });
});
