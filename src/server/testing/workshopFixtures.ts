import type { JoinResponse } from '../../protocol/http.ts';
import type { CreateProjectWorkshopResponse, ProjectView } from '../../protocol/projects.ts';
import { EMPTY_FRAME } from '../../domain/projectPhases.ts';
import { findTemplate } from '../../domain/templateRegistry.ts';
import { apiCall, createTestOrganisation, createTestUser, type TestUser } from './accountFixtures.ts';
import type { TestServer } from './startTestServer.ts';

export interface TestWorkshop extends CreateProjectWorkshopResponse {
  readonly organisationId: string;
  readonly projectId: string;
  /** The organisation's administrator, who created and facilitates the workshop. */
  readonly facilitator: TestUser;
}

/**
 * The index of a template's step by its id, so tests name steps instead of counting them (the
 * indexes shift when a template gains a step, e.g. the review every dialogue now opens with).
 * Throws, failing the test, if the template has no such step.
 */
export function stepIndexOf(stepId: string, templateId = 'compass-before'): number {
  const index = findTemplate(templateId)?.steps.findIndex((s) => s.id === stepId) ?? -1;
  if (index < 0) throw new Error(`template ${templateId} has no step ${stepId}`);
  return index;
}

/** Creates a project over HTTP in the given organisation. */
export async function createTestProject(server: TestServer, user: TestUser, organisationId: string, title = 'Nyt rejseafregningssystem'): Promise<ProjectView> {
  const response = await apiCall(server, 'POST', `/api/organisations/${organisationId}/projects`, {
    cookie: user.cookie,
    body: { title, description: '', staffGroups: [], units: [], phase: 'idea', step: 'need', frame: EMPTY_FRAME },
  });
  if (response.status !== 201) throw new Error(`create project failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as ProjectView;
}

/**
 * A compass workshop in a new organisation and project, created over HTTP as the web app does.
 * Pass `in` to add it to an existing organisation and project instead.
 */
export async function createTestWorkshop(
  server: TestServer,
  overrides: {
    anonymous?: boolean;
    title?: string;
    templateId?: string;
    /** For templates that ask for a phase; left out, the project's current phase. */
    phase?: string | null;
    in?: { organisationId: string; projectId: string; facilitator: TestUser };
  } = {},
): Promise<TestWorkshop> {
  let place = overrides.in;
  if (!place) {
    const facilitator = await createTestUser(server, { name: 'Facilitator' });
    const organisationId = await createTestOrganisation(server, facilitator);
    const project = await createTestProject(server, facilitator, organisationId);
    place = { organisationId, projectId: project.id, facilitator };
  }
  const response = await apiCall(server, 'POST', `/api/organisations/${place.organisationId}/projects/${place.projectId}/workshops`, {
    cookie: place.facilitator.cookie,
    body: {
      title: overrides.title ?? 'Nyt rejseafregningssystem',
      templateId: overrides.templateId ?? 'compass-before',
      locale: 'da',
      anonymous: overrides.anonymous ?? false,
      ...(overrides.phase === undefined ? {} : { phase: overrides.phase }),
    },
  });
  if (response.status !== 201) throw new Error(`create workshop failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { ...(response.body as CreateProjectWorkshopResponse), ...place };
}

/** Joins a workshop with its code, as a phone does. */
export async function joinTestWorkshop(server: TestServer, code: string, displayName: string | null = null): Promise<JoinResponse> {
  const response = await fetch(`${server.url}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, displayName }),
  });
  if (response.status !== 201) throw new Error(`join failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as JoinResponse;
}
