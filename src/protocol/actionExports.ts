import { z } from 'zod';
import { EntityIdSchema, OrganisationParamsSchema } from './accounts.ts';

/**
 * The action plan outside Kompas: files to download (same filters as the list, same query string)
 * and private calendar addresses that calendar apps poll.
 */

/** The files the action plan downloads as: `/api/organisations/:id/actions.<format>`. */
export const ACTION_EXPORT_FORMATS = ['csv', 'xlsx', 'ics'] as const;
export type ActionExportFormat = (typeof ACTION_EXPORT_FORMATS)[number];

/** Which open actions a calendar address carries: those the member answers for, or all of them. */
export const CALENDAR_FEED_SCOPES = ['mine', 'all'] as const;
export type CalendarFeedScope = (typeof CALENDAR_FEED_SCOPES)[number];

export const CalendarFeedCreateBodySchema = z.object({ scope: z.enum(CALENDAR_FEED_SCOPES) }).strict();
export type CalendarFeedCreateBody = z.infer<typeof CalendarFeedCreateBodySchema>;

/** A member's calendar address as listed: never its token, which only its creation shows. */
export const CalendarFeedViewSchema = z.object({
  id: z.string(),
  scope: z.enum(CALENDAR_FEED_SCOPES),
  createdAt: z.string(),
  /** When a calendar app last fetched it (to the minute), or null if none has. */
  lastUsedAt: z.string().nullable(),
});
export type CalendarFeedView = z.infer<typeof CalendarFeedViewSchema>;

/** A new calendar address: the URL holds its secret token and is shown this once. */
export const CalendarFeedCreatedSchema = z.object({
  id: z.string(),
  url: z.string(),
  scope: z.enum(CALENDAR_FEED_SCOPES),
  createdAt: z.string(),
});
export type CalendarFeedCreated = z.infer<typeof CalendarFeedCreatedSchema>;

export const CalendarFeedListResponseSchema = z.object({ feeds: z.array(CalendarFeedViewSchema) });
export type CalendarFeedListResponse = z.infer<typeof CalendarFeedListResponseSchema>;

export const CalendarFeedParamsSchema = OrganisationParamsSchema.extend({ feedId: EntityIdSchema });

/** A calendar address's token: `kp_` and 256 random bits in base64url (see newSecret). */
export const CalendarTokenParamsSchema = z.object({ token: z.string().regex(/^kp_[A-Za-z0-9_-]{43}$/) });
