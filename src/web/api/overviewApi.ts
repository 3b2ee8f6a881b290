import { OverviewResponseSchema } from '../../protocol/overview.ts';
import { apiRequest } from './apiRequest.ts';

export interface OverviewFilter {
  readonly phase: string | null;
  readonly unit: string | null;
}

export function overviewQuery(filter: OverviewFilter): string {
  const params = new URLSearchParams();
  if (filter.phase) params.set('phase', filter.phase);
  if (filter.unit) params.set('unit', filter.unit);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The committee's overview of every project; authorised by the session cookie. */
export const overviewApi = {
  get: (organisationId: string, filter: OverviewFilter) =>
    apiRequest(`/api/organisations/${encodeURIComponent(organisationId)}/overview${overviewQuery(filter)}`, OverviewResponseSchema),
};
