import { z } from 'zod';
import { LOCALES } from '../domain/localized.ts';
import { DISPLAY_NAME_MAX_LENGTH } from '../domain/workshopState.ts';
import { plainText } from '../domain/plainText.ts';
import { ERROR_CODES } from './errorCodes.ts';
import { ActionViewSchema, GroupViewSchema, NoteViewSchema, ReviewItemViewSchema, WorkshopEntryViewSchema, WorkshopViewSchema } from './views.ts';

export const WORKSHOP_TITLE_MAX_LENGTH = 120;

export const JoinCodeParamsSchema = z.object({ code: z.string().min(1).max(20) });

export const WorkshopLookupResponseSchema = z.object({
  workshopId: z.string(),
  title: z.string(),
  locale: z.enum(LOCALES),
  anonymous: z.boolean(),
  status: z.enum(['open', 'finished']),
});
export type WorkshopLookupResponse = z.infer<typeof WorkshopLookupResponseSchema>;

export const JoinBodySchema = z.object({
  code: z.string().min(1).max(20),
  displayName: plainText(DISPLAY_NAME_MAX_LENGTH).trim().nullable(),
});
export type JoinBody = z.infer<typeof JoinBodySchema>;

export const JoinResponseSchema = z.object({
  workshopId: z.string(),
  participantId: z.string(),
  /** Secret to this participant's device: it proves who they are when they reconnect. */
  participantToken: z.string(),
});
export type JoinResponse = z.infer<typeof JoinResponseSchema>;

export const WorkshopParamsSchema = z.object({ workshopId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/) });

/** Per category of a step: its notes and how many of each kind. */
export const SummaryCategorySchema = z.object({
  category: z.string(),
  counts: z.record(z.string(), z.number().int()),
  notes: z.array(NoteViewSchema),
});

export const SummaryResponseSchema = z.object({
  workshop: WorkshopViewSchema,
  steps: z.array(
    z.object({
      stepId: z.string(),
      categories: z.array(SummaryCategorySchema),
      groups: z.array(GroupViewSchema),
      hiddenCount: z.number().int(),
    }),
  ),
  actions: z.array(ActionViewSchema),
  entries: z.array(WorkshopEntryViewSchema),
  /** The earlier workshops' open actions its review step went through, with what it decided. */
  review: z.array(ReviewItemViewSchema),
});
export type SummaryResponse = z.infer<typeof SummaryResponseSchema>;

export const HealthResponseSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  migrations: z.number().int(),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

export const ErrorResponseSchema = z.object({
  error: z.object({ code: z.enum(ERROR_CODES), detail: z.string().nullable() }),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
