import {
  ActionHistoryResponseSchema,
  ActionListResponseSchema,
  ActionRecordViewSchema,
  type ActionChangeBody,
  type ActionListState,
} from '../../protocol/actionPlan.ts';
import { apiRequest } from './apiRequest.ts';

const organisationPath = (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}`;
const actionPath = (organisationId: string, projectId: string, actionId: string) =>
  `${organisationPath(organisationId)}/projects/${encodeURIComponent(projectId)}/actions/${encodeURIComponent(actionId)}`;

/** What an action list asks for; each part narrows. */
export interface ActionFilter {
  readonly state: ActionListState;
  readonly mine: boolean;
  readonly upward: boolean;
  readonly projectId: string | null;
}

/** The filter as the query string the server reads (only the parts that narrow). */
export function actionQuery(filter: ActionFilter): string {
  const params = new URLSearchParams();
  if (filter.state !== 'all') params.set('state', filter.state);
  if (filter.mine) params.set('mine', 'true');
  if (filter.upward) params.set('upward', 'true');
  if (filter.projectId) params.set('projectId', filter.projectId);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The action plan: the organisation's actions, each one's follow-up and its history; authorised by the session cookie. */
export const actionsApi = {
  list: (organisationId: string, filter: ActionFilter) => apiRequest(`${organisationPath(organisationId)}/actions${actionQuery(filter)}`, ActionListResponseSchema),
  change: (organisationId: string, projectId: string, actionId: string, body: ActionChangeBody) =>
    apiRequest(actionPath(organisationId, projectId, actionId), ActionRecordViewSchema, { method: 'PATCH', body }),
  history: (organisationId: string, projectId: string, actionId: string) =>
    apiRequest(`${actionPath(organisationId, projectId, actionId)}/history`, ActionHistoryResponseSchema),
};
