import { z } from 'zod';
import type { RegisterId } from '../../domain/registerTypes.ts';
import { ComparisonResponseSchema } from '../../protocol/comparison.ts';
import {
  EntryHistoryResponseSchema,
  EntryViewSchema,
  ProjectRegistersResponseSchema,
  type JudgeAssumptionBody,
  type SaveEntryBody,
} from '../../protocol/registers.ts';
import { apiRequest } from './apiRequest.ts';

const projectPath = (organisationId: string, projectId: string) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/projects/${encodeURIComponent(projectId)}`;
const entryPath = (organisationId: string, projectId: string, register: RegisterId, entryId: string) =>
  `${projectPath(organisationId, projectId)}/registers/${register}/entries/${encodeURIComponent(entryId)}`;

/** A change that may answer with the changed row or with nothing (204); either way it is done. */
const EntryOrNothingSchema = EntryViewSchema.nullable();

/** A project's registers and its before/after comparison; authorised by the session cookie. */
export const registersApi = {
  list: (organisationId: string, projectId: string) => apiRequest(`${projectPath(organisationId, projectId)}/registers`, ProjectRegistersResponseSchema),
  /** Creates or changes a row under the client's id, so a retry is harmless. */
  save: (organisationId: string, projectId: string, register: RegisterId, entryId: string, body: SaveEntryBody) =>
    apiRequest(entryPath(organisationId, projectId, register, entryId), EntryViewSchema, { method: 'PUT', body }),
  remove: (organisationId: string, projectId: string, register: RegisterId, entryId: string) =>
    apiRequest(entryPath(organisationId, projectId, register, entryId), z.unknown(), { method: 'DELETE' }),
  history: (organisationId: string, projectId: string, register: RegisterId, entryId: string) =>
    apiRequest(`${entryPath(organisationId, projectId, register, entryId)}/history`, EntryHistoryResponseSchema),
  judge: (organisationId: string, projectId: string, entryId: string, body: JudgeAssumptionBody) =>
    apiRequest(`${entryPath(organisationId, projectId, 'assumptions', entryId)}/judgement`, EntryViewSchema, { method: 'PUT', body }),
  /** Says (or unsays) that the viewer does this invisible work too. */
  nameSelf: (organisationId: string, projectId: string, entryId: string, doesIt: boolean) =>
    apiRequest(`${entryPath(organisationId, projectId, 'invisibleWork', entryId)}/self`, EntryOrNothingSchema, { method: doesIt ? 'POST' : 'DELETE' }),
  comparison: (organisationId: string, projectId: string) => apiRequest(`${projectPath(organisationId, projectId)}/comparison`, ComparisonResponseSchema),
};
