import { JoinResponseSchema, SummaryResponseSchema, WorkshopLookupResponseSchema, type JoinBody } from '../../protocol/http.ts';
import { apiRequest } from './apiRequest.ts';

/** The HTTP endpoints the web app calls, one function each. */
export const kompasApi = {
  lookUpJoinCode: (code: string) => apiRequest(`/api/join/${encodeURIComponent(code)}`, WorkshopLookupResponseSchema),
  join: (body: JoinBody) => apiRequest('/api/join', JoinResponseSchema, { method: 'POST', body }),
  /**
   * A member reads it on the session cookie (no token); a participant shows the device token
   * from POST /api/join as a bearer token.
   */
  summary: (workshopId: string, participantToken: string | null) =>
    apiRequest(`/api/workshops/${encodeURIComponent(workshopId)}/summary`, SummaryResponseSchema, participantToken ? { token: participantToken } : {}),
};
