import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ProjectFrame } from '../../domain/projectPhases.ts';
import type { EntryData } from '../../domain/registerTypes.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

// ---- Accounts (better-auth's tables; its field names are the JS keys, our column names) ----

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    token: text('token').notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    activeOrganizationId: text('active_organization_id'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('accounts_user_idx').on(t.userId)],
);

export const verifications = pgTable(
  'verifications',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('verifications_identifier_idx').on(t.identifier)],
);

/** Requests counted per client and purpose in fixed windows, shared by every instance. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  windowStart: bigint('window_start', { mode: 'number' }).notNull(),
});

/**
 * A workplace. better-auth's organisation plugin owns name/slug/logo/metadata; the settings are
 * ours and have defaults, so rows it inserts are complete.
 */
export const organisations = pgTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
    logo: text('logo'),
    metadata: text('metadata'),
    createdAt: createdAt(),
    defaultLocale: text('default_locale').notNull().default('da'),
    anonymousDefault: boolean('anonymous_default').notNull().default(false),
    minGroupSize: integer('min_group_size').notNull().default(5),
    isDemo: boolean('is_demo').notNull().default(false),
    /** Days before an action's date that its responsible member is reminded; 0 for no such reminder. */
    reminderDaysBefore: integer('reminder_days_before').notNull().default(3),
    /** Whether the responsible member is reminded once an action is past its date. */
    remindOverdue: boolean('remind_overdue').notNull().default(true),
  },
  (t) => [
    check('organisations_min_group_size_floor', sql`${t.minGroupSize} >= 3`),
    check('organisations_reminder_days_range', sql`${t.reminderDaysBefore} BETWEEN 0 AND 60`),
  ],
);

/** A person's membership; `role` holds one or more roles as a comma list (see domain/roles.ts). */
export const members = pgTable(
  'members',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull().default('employee'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('members_organisation_user_idx').on(t.organizationId, t.userId), index('members_user_idx').on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role'),
    status: text('status').notNull().default('pending'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    inviterId: text('inviter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [index('invitations_organisation_idx').on(t.organizationId), index('invitations_email_idx').on(t.email)],
);

/**
 * An organisation's single sign-on provider (OpenID Connect), kept by better-auth's SSO plugin.
 * oidc_config is JSON text that holds the client secret: the database is as secret as the IdP app.
 */
export const ssoProviders = pgTable(
  'sso_providers',
  {
    id: text('id').primaryKey(),
    issuer: text('issuer').notNull(),
    oidcConfig: text('oidc_config'),
    samlConfig: text('saml_config'),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    providerId: text('provider_id').notNull().unique(),
    organizationId: text('organization_id').references(() => organisations.id, { onDelete: 'cascade' }),
    domain: text('domain').notNull(),
  },
  (t) => [index('sso_providers_organisation_idx').on(t.organizationId)],
);

/** Values the server makes once and every instance shares (the auth secret when none is configured). */
export const serverSecrets = pgTable('server_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAt(),
});

/** Mail waiting to go out, or kept for the development page when no SMTP server is configured. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: text('id').primaryKey(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [index('mail_outbox_unsent_idx').on(t.createdAt).where(sql`${t.sentAt} IS NULL`)],
);

// ---- Projects ----

/** A digitalisation project of an organisation: what it is, where it stands, and its frame. */
export const projects = pgTable(
  'projects',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    staffGroups: jsonb('staff_groups').$type<string[]>().notNull().default([]),
    units: jsonb('units').$type<string[]>().notNull().default([]),
    phase: text('phase').notNull(),
    step: text('step').notNull(),
    frame: jsonb('frame').$type<ProjectFrame>().notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('projects_organisation_idx').on(t.organisationId)],
);

/** Every move of a project's phase or step, for its timeline. */
export const projectPhaseChanges = pgTable(
  'project_phase_changes',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    phase: text('phase').notNull(),
    step: text('step').notNull(),
    byUserId: text('by_user_id').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_phase_changes_project_idx').on(t.organisationId, t.projectId)],
);

// ---- Workshops ----


/**
 * A workshop's header row. The workshop's content lives in its events; this row holds what must
 * be found or locked without reading them: the join code, the facilitator's key hash, and the
 * seq of the last event (locked FOR UPDATE to serialise commands across instances).
 * A workshop belongs to a project of an organisation; it is always looked up together with its
 * organisation_id, so a query cannot reach another organisation's workshop.
 */
export const workshops = pgTable(
  'workshops',
  {
    id: text('id').primaryKey(),
    joinCode: text('join_code').notNull().unique(),
    title: text('title').notNull(),
    templateId: text('template_id').notNull(),
    locale: text('locale').notNull(),
    status: text('status').notNull().default('open'),
    lastSeq: integer('last_seq').notNull().default(0),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('workshops_project_idx').on(t.organisationId, t.projectId)],
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
    /** Set when a signed-in member joined with the code; null for a guest. */
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    votesUsed: jsonb('votes_used').$type<Record<string, number>>().notNull().default({}),
    /**
     * The steps this participant wrote something in: it lets the board count contributors per step
     * (for the minimum group size) without any note saying who wrote it.
     */
    contributedSteps: jsonb('contributed_steps').$type<string[]>().notNull().default([]),
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

// ---- Project registers (roles plan, advice checklist, task shifts, invisible work, benefits, assumptions) ----

/**
 * The current row of a register. Ids come from the client (a retried save is harmless), so they
 * are unique per project, across its registers. A fixed row (a role, a piece of advice) has no
 * row here until someone saves it. A deleted row stays, marked, so its history stays readable.
 */
export const registerEntries = pgTable(
  'register_entries',
  {
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    register: text('register').notNull(),
    position: integer('position').notNull(),
    data: jsonb('data').$type<EntryData>().notNull(),
    version: integer('version').notNull(),
    deleted: boolean('deleted').notNull().default(false),
    updatedAt: updatedAt(),
    updatedByUserId: text('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    updatedInWorkshopId: text('updated_in_workshop_id').references(() => workshops.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.id] }), index('register_entries_register_idx').on(t.organisationId, t.projectId, t.register)],
);

/** Every saved version of a register row, appended and never changed: the register's history. */
export const registerRevisions = pgTable(
  'register_revisions',
  {
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    entryId: text('entry_id').notNull(),
    register: text('register').notNull(),
    version: integer('version').notNull(),
    data: jsonb('data').$type<EntryData>().notNull(),
    deleted: boolean('deleted').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    byUserId: text('by_user_id').references(() => users.id, { onDelete: 'set null' }),
    workshopId: text('workshop_id').references(() => workshops.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.entryId, t.version] })],
);

/**
 * Members' judgements of an assumption, appended: a member's current judgement is their newest.
 * The person's id is needed for "mine" and to count each person once; it never goes on the wire
 * with a reason.
 */
export const assumptionJudgements = pgTable(
  'assumption_judgements',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    entryId: text('entry_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    verdict: text('verdict').notNull(),
    reason: text('reason').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assumption_judgements_entry_idx').on(t.organisationId, t.projectId, t.entryId, t.userId, t.at)],
);

/** Members who said they do a piece of invisible work themselves (only ever the person themself). */
export const registerSelfNames = pgTable(
  'register_self_names',
  {
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    entryId: text('entry_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.entryId, t.userId] })],
);

// ---- The action plan: every action of a project's workshops, followed up after the meetings ----

/** What an action's revision records: the action as it stood after the change. */
export interface ActionRevisionData {
  readonly what: string;
  readonly problem: string;
  readonly who: string;
  readonly responsibleUserId: string | null;
  readonly due: string | null;
  readonly followUp: string;
  readonly status: string;
  readonly scope: string;
  readonly upwardTo: string | null;
  readonly traitId: string | null;
}

/**
 * An action of a project: decided in a workshop (which writes it through in the same transaction
 * as its event) or on the project page, and followed up on the action plan. Ids come from the
 * client, so they are unique per project. A deleted action stays, marked, so its history stays.
 */
export const projectActions = pgTable(
  'project_actions',
  {
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    /** The workshop that decided it; null when written on the project page. */
    workshopId: text('workshop_id').references(() => workshops.id, { onDelete: 'set null' }),
    what: text('what').notNull(),
    problem: text('problem').notNull().default(''),
    who: text('who').notNull().default(''),
    /** The member who answers for it: their list of "mine", and whom reminders go to. */
    responsibleUserId: text('responsible_user_id').references(() => users.id, { onDelete: 'set null' }),
    due: date('due', { mode: 'string' }),
    followUp: text('follow_up').notNull().default(''),
    status: text('status').notNull(),
    scope: text('scope').notNull(),
    upwardTo: text('upward_to'),
    traitId: text('trait_id'),
    version: integer('version').notNull(),
    deleted: boolean('deleted').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.id] }),
    index('project_actions_organisation_idx').on(t.organisationId, t.status),
    index('project_actions_responsible_idx').on(t.responsibleUserId),
  ],
);

/** Every change of an action, with who made it, where, and the comment given (a reason, a review). */
export const actionRevisions = pgTable(
  'action_revisions',
  {
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    actionId: text('action_id').notNull(),
    version: integer('version').notNull(),
    data: jsonb('data').$type<ActionRevisionData>().notNull(),
    deleted: boolean('deleted').notNull(),
    comment: text('comment').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    byUserId: text('by_user_id').references(() => users.id, { onDelete: 'set null' }),
    workshopId: text('workshop_id').references(() => workshops.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.actionId, t.version] })],
);

/**
 * A reminder about an action, claimed by the instance that sends it: the primary key makes a
 * second claim of the same reminder (same action, kind and date) fail, so with several instances
 * each reminder goes out once. The mail itself is queued in mail_outbox in the same transaction.
 */
export const actionReminders = pgTable(
  'action_reminders',
  {
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    projectId: text('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    actionId: text('action_id').notNull(),
    /** 'before' (some days before the date) or 'overdue' (once the date has passed). */
    kind: text('kind').notNull(),
    /** The date the reminder was about: a new date earns new reminders. */
    due: date('due', { mode: 'string' }).notNull(),
    recipientUserId: text('recipient_user_id').references(() => users.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.actionId, t.kind, t.due] })],
);

/**
 * A private calendar address for action deadlines: whoever has the address reads the feed, so only
 * a hash of its token is kept, and it can be revoked (a new one made) at any time.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    /** 'mine' (the actions the member answers for) or 'all' (every open action of the organisation). */
    scope: text('scope').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [index('calendar_feeds_user_idx').on(t.organisationId, t.userId)],
);
