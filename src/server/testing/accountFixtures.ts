import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { formatRoles, type Role } from '../../domain/roles.ts';
import { members, users } from '../db/schema.ts';
import { listOutbox, type OutboxRow } from '../mail/outbox.ts';
import type { TestServer } from './startTestServer.ts';

export interface TestUser {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  /** The Cookie header of a signed-in session. */
  readonly cookie: string;
}

export const TEST_PASSWORD = 'korrekt-hest-batteri';

/** The name=value pairs of Set-Cookie lines, as a Cookie header. */
export function cookieHeader(setCookies: readonly string[]): string {
  return setCookies.map((line) => line.split(';')[0]).join('; ');
}

export function uniqueEmail(prefix = 'person'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.dk`;
}

/**
 * A person with a confirmed email, signed in. Made through better-auth on the server side (the
 * HTTP sign-up is tested on its own, and its rate limit would slow every other test).
 */
export async function createTestUser(server: TestServer, overrides: { name?: string; email?: string } = {}): Promise<TestUser> {
  const name = overrides.name ?? 'Test Person';
  const email = overrides.email ?? uniqueEmail();
  const api = server.ctx.auth.api;
  await api.signUpEmail({ body: { name, email, password: TEST_PASSWORD } });
  await server.ctx.db.update(users).set({ emailVerified: true }).where(eq(users.email, email));
  const signedIn = await api.signInEmail({ body: { email, password: TEST_PASSWORD }, returnHeaders: true });
  const cookie = cookieHeader(signedIn.headers.getSetCookie());
  return { userId: signedIn.response.user.id, name, email, cookie };
}

/** A request to the test server as a browser on Kompas's own pages would send it. */
export async function apiCall(
  server: TestServer,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  options: { cookie?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const headers: Record<string, string> = { accept: 'application/json', origin: server.url, ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    redirect: 'manual',
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: response.status, body, headers: response.headers };
}

/** Creates an organisation over HTTP; its creator is its administrator. */
export async function createTestOrganisation(server: TestServer, admin: TestUser, name = 'Testkommunen'): Promise<string> {
  const response = await apiCall(server, 'POST', '/api/organisations', { cookie: admin.cookie, body: { name, defaultLocale: 'da' } });
  if (response.status !== 201) throw new Error(`create organisation failed: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { id: string }).id;
}

/** Adds a person to an organisation with the given roles, straight in the database. */
export async function addTestMember(server: TestServer, organisationId: string, roles: readonly Role[], name = 'Kollega'): Promise<TestUser & { memberId: string }> {
  const user = await createTestUser(server, { name });
  const memberId = randomUUID();
  await server.ctx.db.insert(members).values({ id: memberId, organizationId: organisationId, userId: user.userId, role: formatRoles(roles) });
  return { ...user, memberId };
}

/** Every mail so far, newest first, once the mail queued by the last request is in. */
export async function mailSoFar(server: TestServer): Promise<OutboxRow[]> {
  await server.ctx.mailer.settled();
  return listOutbox(server.ctx.db);
}
