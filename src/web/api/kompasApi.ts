import {
  CreateWorkshopResponseSchema,
  JoinResponseSchema,
  SummaryResponseSchema,
  WorkshopLookupResponseSchema,
  type CreateWorkshopBody,
  type JoinBody,
} from '../../protocol/http.ts';
import { apiRequest } from './apiRequest.ts';

/** The HTTP endpoints the web app calls, one function each. */
export const kompasApi = {
  createWorkshop: (body: CreateWorkshopBody) =>
    apiRequest('/api/workshops', CreateWorkshopResponseSchema, { method: 'POST', body }),
  lookUpJoinCode: (code: string) => apiRequest(`/api/join/${encodeURIComponent(code)}`, WorkshopLookupResponseSchema),
  join: (body: JoinBody) => apiRequest('/api/join', JoinResponseSchema, { method: 'POST', body }),
  summary: (workshopId: string, token: string) =>
    apiRequest(`/api/workshops/${encodeURIComponent(workshopId)}/summary`, SummaryResponseSchema, { token }),
};
