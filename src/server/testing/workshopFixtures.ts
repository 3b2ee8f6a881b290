import type { CreateWorkshopResponse, JoinResponse } from '../../protocol/http.ts';
import type { TestServer } from './startTestServer.ts';

/** Creates a compass workshop over HTTP, as the web app does. */
export async function createTestWorkshop(
  server: TestServer,
  overrides: { anonymous?: boolean; title?: string } = {},
): Promise<CreateWorkshopResponse> {
  const response = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: overrides.title ?? 'Nyt rejseafregningssystem',
      templateId: 'compass-before',
      locale: 'da',
      anonymous: overrides.anonymous ?? false,
    }),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreateWorkshopResponse;
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
