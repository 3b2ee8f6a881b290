import { z } from 'zod';
import { plainText } from '../domain/plainText.ts';
import { REGISTER_IDS } from '../domain/registerTypes.ts';
import { EntryPositionSchema, EntryValueSchema } from '../domain/workshopCommands.ts';
import { EntityIdSchema } from './accounts.ts';
import { ProjectParamsSchema } from './projects.ts';

/**
 * The wire contract for a project's registers: the roles plan, the ten-advice checklist, task
 * shifts, invisible work, benefits and their assumptions. Field values are checked against the
 * register's definition (src/domain/registers.ts) by the server; these schemas only bound the frame.
 */
export const RegisterIdSchema = z.enum(REGISTER_IDS);

export const EntryFieldsSchema = z.record(z.string().min(1).max(64), EntryValueSchema);

export const RegisterParamsSchema = ProjectParamsSchema.extend({ register: RegisterIdSchema });
export const EntryParamsSchema = RegisterParamsSchema.extend({ entryId: EntityIdSchema });
/** A row of a register the path already names (an assumption to judge, invisible work to name oneself on). */
export const ProjectEntryParamsSchema = ProjectParamsSchema.extend({ entryId: EntityIdSchema });

/** Members' judgements of one assumption: counts only once enough people judged (anonymity threshold). */
export const VERDICTS = ['realistic', 'doubtful', 'unrealistic'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

export const JudgementSummarySchema = z.object({
  /** How many members hold a current judgement. */
  total: z.number().int(),
  /** Per verdict, or null while fewer than the organisation's minimum group size have judged. */
  counts: z.record(VerdictSchema, z.number().int()).nullable(),
  /** The reasons given, newest first, without names; null under the same threshold. */
  reasons: z.array(z.object({ verdict: VerdictSchema, reason: z.string(), at: z.string() })).nullable(),
  /** The viewer's own current judgement. */
  mine: z.object({ verdict: VerdictSchema, reason: z.string(), at: z.string() }).nullable(),
});
export type JudgementSummary = z.infer<typeof JudgementSummarySchema>;

export const EntryViewSchema = z.object({
  id: z.string(),
  register: RegisterIdSchema,
  position: z.number().int(),
  data: EntryFieldsSchema,
  version: z.number().int(),
  /** True for the rows the register's definition provides; they can be cleared, not deleted. */
  fixed: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
  /** Invisible work only: members who said they do this work themselves. */
  selfNamed: z.array(z.string()),
  /** Whether the viewer is among them (by account, not by name: two members may share a name). */
  selfNamedByMe: z.boolean(),
  /** Assumptions only. */
  judgements: JudgementSummarySchema.nullable(),
});
export type EntryView = z.infer<typeof EntryViewSchema>;

export const RegisterViewSchema = z.object({
  register: RegisterIdSchema,
  entries: z.array(EntryViewSchema),
  /** Whether the viewer may add, change and delete rows here. */
  canEdit: z.boolean(),
});
export type RegisterView = z.infer<typeof RegisterViewSchema>;

export const ProjectRegistersResponseSchema = z.object({ registers: z.array(RegisterViewSchema), minGroupSize: z.number().int() });
export type ProjectRegistersResponse = z.infer<typeof ProjectRegistersResponseSchema>;

/** Create or change a row: only the fields given change. The row id is the client's, so a retry is harmless. */
export const SaveEntryBodySchema = z.object({ fields: EntryFieldsSchema, position: EntryPositionSchema.optional() });
export type SaveEntryBody = z.infer<typeof SaveEntryBodySchema>;

export const EntryRevisionSchema = z.object({
  version: z.number().int(),
  data: EntryFieldsSchema,
  deleted: z.boolean(),
  at: z.string(),
  byName: z.string().nullable(),
  /** Set when the change was made in a workshop. */
  workshopTitle: z.string().nullable(),
});
export type EntryRevision = z.infer<typeof EntryRevisionSchema>;
export const EntryHistoryResponseSchema = z.object({ revisions: z.array(EntryRevisionSchema) });
export type EntryHistoryResponse = z.infer<typeof EntryHistoryResponseSchema>;

export const JUDGEMENT_REASON_MAX_LENGTH = 1000;
export const JudgeAssumptionBodySchema = z.object({
  verdict: VerdictSchema,
  /** Trimmed by the server; empty is refused as reason_required. */
  reason: plainText(JUDGEMENT_REASON_MAX_LENGTH),
});
export type JudgeAssumptionBody = z.infer<typeof JudgeAssumptionBodySchema>;
