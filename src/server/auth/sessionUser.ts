import type { FastifyRequest } from 'fastify';
import { fromNodeHeaders } from 'better-auth/node';
import type { Auth } from './auth.ts';

/** The person behind a request's session cookie. */
export interface SessionUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly emailVerified: boolean;
}

const cache = new WeakMap<object, Promise<SessionUser | null>>();

/**
 * Reads the session once per request (HTTP or WebSocket upgrade), never by cookie name: the name
 * carries a __Secure- prefix behind TLS. An expired or forged cookie gives null.
 */
export function sessionUserOf(auth: Auth, request: Pick<FastifyRequest, 'headers' | 'raw'>): Promise<SessionUser | null> {
  const cached = cache.get(request.raw);
  if (cached) return cached;
  const lookup = readSessionUser(auth, request.headers);
  cache.set(request.raw, lookup);
  return lookup;
}

/** Reads the session from the headers now, without the per-request cache (a long-lived socket asks again). */
export async function readSessionUser(auth: Auth, headers: FastifyRequest['headers']): Promise<SessionUser | null> {
  if (!headers.cookie) return null;
  const session = await auth.api.getSession({ headers: fromNodeHeaders(headers) });
  return session
    ? { id: session.user.id, name: session.user.name, email: session.user.email, emailVerified: session.user.emailVerified }
    : null;
}
