import { z } from 'zod';
import { STATUS_COMMENT_MAX_LENGTH } from '../domain/actionPlan.ts';
import { plainText } from '../domain/plainText.ts';
import { DateSchema } from '../domain/workshopCommands.ts';
import { ACTION_SCOPES, ACTION_STATUSES, ACTION_TEXT_MAX_LENGTH, UPWARD_TARGETS } from '../domain/workshopState.ts';
import { EntityIdSchema, OrganisationParamsSchema } from './accounts.ts';
import { ProjectParamsSchema } from './projects.ts';

/** An action on the action plan: what a workshop decided (or the plan holds), as it stands now. */
export const ActionRecordViewSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  projectTitle: z.string(),
  /** The workshop that decided it; null when written on the action plan. */
  workshopId: z.string().nullable(),
  workshopTitle: z.string().nullable(),
  templateId: z.string().nullable(),
  what: z.string(),
  problem: z.string(),
  who: z.string(),
  responsibleUserId: z.string().nullable(),
  responsibleName: z.string().nullable(),
  due: z.string().nullable(),
  followUp: z.string(),
  status: z.enum(ACTION_STATUSES),
  scope: z.enum(ACTION_SCOPES),
  upwardTo: z.enum(UPWARD_TARGETS).nullable(),
  traitId: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  /** What the viewer may change: everything, the follow-up (status, date, follow-up text) only, or nothing. */
  mayChange: z.enum(['all', 'followUp', 'none']),
});
export type ActionRecordView = z.infer<typeof ActionRecordViewSchema>;

/** Which actions to list; each filter narrows. */
export const ACTION_LIST_STATES = ['open', 'overdue', 'closed', 'all'] as const;
export type ActionListState = (typeof ACTION_LIST_STATES)[number];

const Flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const ActionListQuerySchema = z
  .object({
    state: z.enum(ACTION_LIST_STATES).default('all'),
    /** Only those the viewer answers for. */
    mine: Flag.optional(),
    /** Only those sent upward (true), or only the groups' own (false). */
    upward: Flag.optional(),
    projectId: EntityIdSchema.optional(),
  })
  .strict();
export type ActionListQuery = z.input<typeof ActionListQuerySchema>;

export const ActionListResponseSchema = z.object({
  actions: z.array(ActionRecordViewSchema),
  /** The date "overdue" was counted from, in the organisation's time zone. */
  today: z.string(),
});
export type ActionListResponse = z.infer<typeof ActionListResponseSchema>;

export const ActionParamsSchema = ProjectParamsSchema.extend({ actionId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) });
export const OrganisationActionsParamsSchema = OrganisationParamsSchema;

/**
 * A change to an action. Status, date and follow-up may be changed by whoever answers for the
 * action; the rest by those who run the dialogue. A comment goes into the history with it; dropping
 * an action needs one (its reason).
 */
export const ActionChangeBodySchema = z
  .object({
    status: z.enum(ACTION_STATUSES).optional(),
    due: DateSchema.nullable().optional(),
    comment: plainText(STATUS_COMMENT_MAX_LENGTH * 2).optional(),
    followUp: plainText(ACTION_TEXT_MAX_LENGTH * 2).optional(),
    what: plainText(ACTION_TEXT_MAX_LENGTH * 2).optional(),
    problem: plainText(ACTION_TEXT_MAX_LENGTH * 2).optional(),
    who: plainText(ACTION_TEXT_MAX_LENGTH * 2).optional(),
    responsibleUserId: EntityIdSchema.nullable().optional(),
    scope: z.enum(ACTION_SCOPES).optional(),
    upwardTo: z.enum(UPWARD_TARGETS).nullable().optional(),
  })
  .strict();
export type ActionChangeBody = z.infer<typeof ActionChangeBodySchema>;

/** One entry of an action's history: the action after the change, and what the change touched. */
export const ActionRevisionViewSchema = z.object({
  version: z.number().int(),
  at: z.string(),
  byName: z.string().nullable(),
  workshopTitle: z.string().nullable(),
  deleted: z.boolean(),
  comment: z.string(),
  /** Fields that differ from the revision before; every field for the first. */
  changed: z.array(z.string()),
  what: z.string(),
  problem: z.string(),
  who: z.string(),
  responsibleName: z.string().nullable(),
  due: z.string().nullable(),
  followUp: z.string(),
  status: z.enum(ACTION_STATUSES),
  scope: z.enum(ACTION_SCOPES),
  upwardTo: z.enum(UPWARD_TARGETS).nullable(),
});
export type ActionRevisionView = z.infer<typeof ActionRevisionViewSchema>;

export const ActionHistoryResponseSchema = z.object({ revisions: z.array(ActionRevisionViewSchema) });
export type ActionHistoryResponse = z.infer<typeof ActionHistoryResponseSchema>;
