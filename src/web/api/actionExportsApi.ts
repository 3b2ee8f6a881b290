import { z } from 'zod';
import {
  CalendarFeedCreatedSchema,
  CalendarFeedListResponseSchema,
  type ActionExportFormat,
  type CalendarFeedScope,
} from '../../protocol/actionExports.ts';
import { actionQuery, type ActionFilter } from './actionsApi.ts';
import { apiRequest } from './apiRequest.ts';

const organisationPath = (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}`;
const NoContentSchema = z.null();

/** Where the action plan downloads as a file, for the same filter as the list on screen. */
export function actionExportUrl(organisationId: string, format: ActionExportFormat, filter: ActionFilter): string {
  return `${organisationPath(organisationId)}/actions.${format}${actionQuery(filter)}`;
}

/** The member's own calendar addresses: list, make one (its URL comes back once), revoke one. */
export const calendarFeedsApi = {
  list: (organisationId: string) => apiRequest(`${organisationPath(organisationId)}/calendar-feeds`, CalendarFeedListResponseSchema),
  create: (organisationId: string, scope: CalendarFeedScope) =>
    apiRequest(`${organisationPath(organisationId)}/calendar-feeds`, CalendarFeedCreatedSchema, { method: 'POST', body: { scope } }),
  revoke: (organisationId: string, feedId: string) =>
    apiRequest(`${organisationPath(organisationId)}/calendar-feeds/${encodeURIComponent(feedId)}`, NoContentSchema, { method: 'DELETE' }),
};
