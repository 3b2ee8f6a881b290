import { z } from 'zod';
import { ACTION_STATUSES, ACTION_SCOPES, UPWARD_TARGETS } from '../domain/workshopState.ts';
import { LOCALES } from '../domain/localized.ts';
import { MIN_GROUP_SIZE_FLOOR } from '../domain/organisation.ts';
import { plainText } from '../domain/plainText.ts';
import { PROJECT_FRAME_FIELDS, PROJECT_PHASE_IDS, PROJECT_STEP_IDS, isStepOfPhase } from '../domain/projectPhases.ts';
import { REGISTER_IDS } from '../domain/registerTypes.ts';
import { ROLES } from '../domain/roles.ts';
import { TEMPLATE_IDS } from '../domain/templateRegistry.ts';
import { StoredEntryDataSchema, WorkshopEventDataSchema } from '../domain/workshopEventSchema.ts';
import { VERDICTS } from './registers.ts';

/**
 * The file an organisation is exported to and imported from: everything it owns, as one JSON
 * document (docs/export-format.md describes every field). The importer trusts nothing in it: this
 * schema checks shapes and values, and the importer then checks that every reference points at a
 * row of the same file.
 */

export const EXPORT_FORMAT = 'kompas.organisation';
/** The format's major version: bumped for any change an older reader could not read correctly. */
export const EXPORT_VERSION = 1;

// Bounds keep out what could never have been stored, not what today's forms allow: an export made
// before a limit was tightened must still import.
const TEXT = 10_000;
const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const Text = plainText(TEXT);
const Name = plainText(200);
const Instant = z.iso.datetime();
const CalendarDate = z.iso.date();
const Roles = z.array(z.enum(ROLES)).max(ROLES.length);
/** At most a million rows per table (ten million events): bounds the parse, not a real organisation. */
const rows = <T extends z.ZodType>(row: T, most = 1_000_000) => z.array(row).max(most);

/** The first two fields, read before anything else so that a newer file gets a clear refusal. */
export const ExportHeaderSchema = z.object({ format: z.literal(EXPORT_FORMAT), version: z.number().int().min(1) });

const OrganisationSchema = z.strictObject({
  id: Id,
  name: Name.min(1),
  slug: z.string().min(1).max(120).regex(/^[a-z0-9-]+$/),
  logo: z.string().max(TEXT).nullable(),
  metadata: z.string().max(TEXT).nullable(),
  createdAt: Instant,
  defaultLocale: z.enum(LOCALES),
  anonymousDefault: z.boolean(),
  minGroupSize: z.number().int().min(MIN_GROUP_SIZE_FLOOR).max(1000),
  isDemo: z.boolean(),
  reminderDaysBefore: z.number().int().min(0).max(60),
  remindOverdue: z.boolean(),
});

const UserSchema = z.strictObject({
  id: Id,
  name: Name,
  email: z.string().max(254).pipe(z.email()),
  emailVerified: z.boolean(),
  image: z.string().max(TEXT).nullable(),
  createdAt: Instant,
});

const MemberSchema = z.strictObject({ id: Id, userId: Id, roles: Roles, createdAt: Instant });

const InvitationSchema = z.strictObject({
  id: Id,
  email: z.string().max(254).pipe(z.email()),
  roles: Roles,
  expiresAt: Instant,
  createdAt: Instant,
  inviterId: Id,
});

const ProjectSchema = z
  .strictObject({
    id: Id,
    title: Text.min(1),
    description: Text,
    staffGroups: z.array(Text).max(1000),
    units: z.array(Text).max(1000),
    phase: z.enum(PROJECT_PHASE_IDS),
    step: z.enum(PROJECT_STEP_IDS),
    frame: z.strictObject(Object.fromEntries(PROJECT_FRAME_FIELDS.map((field) => [field, Text])) as Record<(typeof PROJECT_FRAME_FIELDS)[number], typeof Text>),
    createdBy: Id.nullable(),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .refine((p) => isStepOfPhase(p.phase, p.step), { message: 'step does not belong to phase', path: ['step'] });

const PhaseChangeSchema = z
  .strictObject({ id: Id, projectId: Id, phase: z.enum(PROJECT_PHASE_IDS), step: z.enum(PROJECT_STEP_IDS), byUserId: Id.nullable(), at: Instant })
  .refine((p) => isStepOfPhase(p.phase, p.step), { message: 'step does not belong to phase', path: ['step'] });

const WorkshopSchema = z.strictObject({
  id: Id,
  projectId: Id,
  joinCode: Id,
  title: Text,
  templateId: z.enum(TEMPLATE_IDS),
  locale: z.enum(LOCALES),
  status: z.enum(['open', 'finished']),
  lastSeq: z.number().int().min(0),
  createdBy: Id.nullable(),
  createdAt: Instant,
});

const ParticipantSchema = z.strictObject({
  id: Id,
  workshopId: Id,
  userId: Id.nullable(),
  votesUsed: z.record(Id, z.number().int().min(0).max(100_000)),
  contributedSteps: z.array(Id).max(1000),
  createdAt: Instant,
});

const WorkshopEventSchema = z
  .strictObject({ workshopId: Id, seq: z.number().int().min(1), type: z.string().max(64), data: WorkshopEventDataSchema, at: Instant })
  .refine((e) => e.type === e.data.type, { message: 'type differs from data.type', path: ['type'] });

const RegisterEntrySchema = z.strictObject({
  projectId: Id,
  id: Id,
  register: z.enum(REGISTER_IDS),
  position: z.number().int().min(0).max(1_000_000),
  data: StoredEntryDataSchema,
  version: z.number().int().min(0),
  deleted: z.boolean(),
  updatedAt: Instant,
  updatedByUserId: Id.nullable(),
  updatedInWorkshopId: Id.nullable(),
});

const RegisterRevisionSchema = z.strictObject({
  projectId: Id,
  entryId: Id,
  register: z.enum(REGISTER_IDS),
  version: z.number().int().min(1),
  data: StoredEntryDataSchema,
  deleted: z.boolean(),
  at: Instant,
  byUserId: Id.nullable(),
  workshopId: Id.nullable(),
});

const JudgementSchema = z.strictObject({
  id: Id,
  projectId: Id,
  entryId: Id,
  userId: Id,
  verdict: z.enum(VERDICTS),
  reason: Text,
  at: Instant,
});

const SelfNameSchema = z.strictObject({ projectId: Id, entryId: Id, userId: Id, at: Instant });

const ActionFields = {
  what: Text,
  problem: Text,
  who: Text,
  responsibleUserId: Id.nullable(),
  due: CalendarDate.nullable(),
  followUp: Text,
  status: z.enum(ACTION_STATUSES),
  scope: z.enum(ACTION_SCOPES),
  upwardTo: z.enum(UPWARD_TARGETS).nullable(),
  traitId: Id.nullable(),
};

const ProjectActionSchema = z.strictObject({
  projectId: Id,
  id: Id,
  workshopId: Id.nullable(),
  ...ActionFields,
  version: z.number().int().min(1),
  deleted: z.boolean(),
  createdAt: Instant,
  updatedAt: Instant,
});

const ActionRevisionSchema = z.strictObject({
  projectId: Id,
  actionId: Id,
  version: z.number().int().min(1),
  data: z.strictObject(ActionFields),
  deleted: z.boolean(),
  comment: Text,
  at: Instant,
  byUserId: Id.nullable(),
  workshopId: Id.nullable(),
});

const ActionReminderSchema = z.strictObject({
  projectId: Id,
  actionId: Id,
  kind: z.enum(['before', 'overdue']),
  due: CalendarDate,
  recipientUserId: Id.nullable(),
  sentAt: Instant,
});

/** A whole organisation, version 1. Arrays are in a fixed order (docs/export-format.md). */
export const OrganisationExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: Instant,
  organisation: OrganisationSchema,
  users: rows(UserSchema),
  members: rows(MemberSchema),
  invitations: rows(InvitationSchema),
  projects: rows(ProjectSchema),
  projectPhaseChanges: rows(PhaseChangeSchema),
  workshops: rows(WorkshopSchema),
  participants: rows(ParticipantSchema),
  workshopEvents: rows(WorkshopEventSchema, 10_000_000),
  registerEntries: rows(RegisterEntrySchema),
  registerRevisions: rows(RegisterRevisionSchema),
  assumptionJudgements: rows(JudgementSchema),
  registerSelfNames: rows(SelfNameSchema),
  projectActions: rows(ProjectActionSchema),
  actionRevisions: rows(ActionRevisionSchema),
  actionReminders: rows(ActionReminderSchema),
});
export type OrganisationExport = z.infer<typeof OrganisationExportSchema>;

/** Why an import was refused; nothing was written. */
export const IMPORT_ERROR_CODES = [
  /** Not JSON, or not a Kompas organisation file. */
  'not_an_export',
  /** A version this reader does not know (newer than it). */
  'unsupported_version',
  /** A field has the wrong type or value. */
  'invalid_file',
  /** A row refers to something the file does not hold, or two rows share a key. */
  'broken_reference',
  /** A workshop's events do not replay into the workshop the file describes. */
  'inconsistent_workshop',
  /** The organisation, or one of its ids or its slug, already exists here. */
  'not_empty',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** Why a file was refused, in words an operator can act on. */
export interface ImportError {
  readonly code: ImportErrorCode;
  readonly detail: string;
}
