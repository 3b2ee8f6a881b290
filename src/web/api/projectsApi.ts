import {
  CreateProjectWorkshopResponseSchema,
  ProjectListResponseSchema,
  ProjectViewSchema,
  type CreateProjectBody,
  type CreateProjectWorkshopBody,
  type MoveProjectPhaseBody,
  type UpdateProjectBody,
} from '../../protocol/projects.ts';
import { apiRequest } from './apiRequest.ts';

const projects = (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}/projects`;
const project = (organisationId: string, projectId: string) => `${projects(organisationId)}/${encodeURIComponent(projectId)}`;

/** The digitalisation projects of an organisation; every call is authorised by the session cookie. */
export const projectsApi = {
  list: (organisationId: string) => apiRequest(projects(organisationId), ProjectListResponseSchema),
  get: (organisationId: string, projectId: string) => apiRequest(project(organisationId, projectId), ProjectViewSchema),
  create: (organisationId: string, body: CreateProjectBody) =>
    apiRequest(projects(organisationId), ProjectViewSchema, { method: 'POST', body }),
  update: (organisationId: string, projectId: string, body: UpdateProjectBody) =>
    apiRequest(project(organisationId, projectId), ProjectViewSchema, { method: 'PATCH', body }),
  movePhase: (organisationId: string, projectId: string, body: MoveProjectPhaseBody) =>
    apiRequest(`${project(organisationId, projectId)}/phase`, ProjectViewSchema, { method: 'PUT', body }),
  createWorkshop: (organisationId: string, projectId: string, body: CreateProjectWorkshopBody) =>
    apiRequest(`${project(organisationId, projectId)}/workshops`, CreateProjectWorkshopResponseSchema, { method: 'POST', body }),
};
