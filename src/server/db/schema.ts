import { integer, jsonb, pgTable, primaryKey, text, timestamp, index } from 'drizzle-orm/pg-core';

/**
 * A workshop's header row. The workshop's content lives in its events; this row holds what must
 * be found or locked without reading them: the join code, the facilitator's key hash, and the
 * seq of the last event (locked FOR UPDATE to serialise commands across instances).
 * organisation_id and project_id are empty until accounts arrive; they are here so that tenancy
 * can become part of every query without a table rewrite.
 */
export const workshops = pgTable(
  'workshops',
  {
    id: text('id').primaryKey(),
    joinCode: text('join_code').notNull().unique(),
    title: text('title').notNull(),
    templateId: text('template_id').notNull(),
    locale: text('locale').notNull(),
    facilitatorKeyHash: text('facilitator_key_hash').notNull().unique(),
    status: text('status').notNull().default('open'),
    lastSeq: integer('last_seq').notNull().default(0),
    organisationId: text('organisation_id'),
    projectId: text('project_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
);

/**
 * Someone who joined a workshop with its code. No name here: a name, when given, is an event.
 * votes_used counts dots per step outside the event log, so an anonymous vote has no voter.
 */
export const participants = pgTable(
  'participants',
  {
    id: text('id').primaryKey(),
    workshopId: text('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    votesUsed: jsonb('votes_used').$type<Record<string, number>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('participants_workshop_idx').on(t.workshopId)],
);

/** The workshop's history, numbered without gaps. */
export const workshopEvents = pgTable(
  'workshop_events',
  {
    workshopId: text('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    data: jsonb('data').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workshopId, t.seq] })],
);

/**
 * The first answer to each command, keyed by a hash of who sent it and the client's command id,
 * so a retry gets the same answer. No actor column: for an anonymous note the row must not say
 * who wrote it, and the key cannot be reversed without the client's random command id.
 */
export const commandResults = pgTable(
  'command_results',
  {
    key: text('key').primaryKey(),
    workshopId: text('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    result: jsonb('result').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('command_results_workshop_idx').on(t.workshopId)],
);
