import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { fromNodeHeaders } from 'better-auth/node';
import type { ErrorCode } from '../../protocol/errorCodes.ts';
import type { ErrorResponse } from '../../protocol/http.ts';
import { requestOrigin } from '../http/originCheck.ts';
import { AUTH_BASE_PATH, CLIENT_IP_HEADER, REQUEST_ORIGIN_HEADER, type Auth } from './auth.ts';

/**
 * The better-auth routes a browser may call, and nothing else: every other route of the library
 * answers 404 over HTTP (organisation reads would answer outsiders 403 and so reveal that an
 * organisation exists). The server still calls them through `auth.api` behind our own policies.
 */
export const EXPOSED_AUTH_ROUTES: ReadonlyArray<{ readonly method: 'GET' | 'POST'; readonly path: string }> = [
  { method: 'POST', path: '/sign-up/email' },
  { method: 'POST', path: '/sign-in/email' },
  { method: 'POST', path: '/sign-in/magic-link' },
  { method: 'GET', path: '/magic-link/verify' },
  { method: 'GET', path: '/verify-email' },
  { method: 'POST', path: '/send-verification-email' },
  { method: 'POST', path: '/sign-out' },
  // Single sign-on: start at the organisation's provider, and come back from it.
  { method: 'POST', path: '/sign-in/sso' },
  { method: 'GET', path: '/sso/callback/:providerId' },
];

/**
 * Single sign-on starts only from an organisation's own sign-in page, by its slug. better-auth
 * would also pick a provider by the email's domain, but an organisation's administrator chooses
 * that domain freely, so a provider registered for someone else's domain could catch their
 * sign-ins.
 */
const SsoSignInBodySchema = z.strictObject({
  organizationSlug: z.string().min(1).max(120),
  callbackURL: z.string().startsWith('/').max(500).optional(),
  errorCallbackURL: z.string().startsWith('/').max(500).optional(),
});

/** better-auth's error codes, in the one error shape the web app knows. */
const AUTH_ERROR_CODES: Readonly<Record<string, ErrorCode>> = {
  INVALID_EMAIL_OR_PASSWORD: 'invalid_credentials',
  USER_ALREADY_EXISTS: 'email_taken',
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: 'email_taken',
  EMAIL_NOT_VERIFIED: 'email_not_verified',
  PASSWORD_TOO_SHORT: 'password_too_short',
  PASSWORD_TOO_LONG: 'password_too_long',
  INVALID_EMAIL: 'invalid_body',
  VALIDATION_ERROR: 'invalid_body',
  INVALID_ORIGIN: 'cross_origin',
  MISSING_OR_NULL_ORIGIN: 'cross_origin',
  CROSS_SITE_NAVIGATION_LOGIN_BLOCKED: 'cross_origin',
};

function toErrorCode(status: number, body: unknown): { code: ErrorCode; detail: string | null } {
  const record = (body ?? {}) as { code?: unknown; message?: unknown };
  const detail = typeof record.message === 'string' ? record.message : null;
  if (status === 429) return { code: 'rate_limited', detail };
  const mapped = typeof record.code === 'string' ? AUTH_ERROR_CODES[record.code] : undefined;
  if (mapped) return { code: mapped, detail };
  if (status === 401) return { code: 'signed_out', detail };
  if (status >= 500) return { code: 'internal', detail };
  return { code: 'auth_failed', detail: typeof record.code === 'string' ? record.code : detail };
}

const exposed = EXPOSED_AUTH_ROUTES.map((r) => ({
  method: r.method,
  pattern: new RegExp(`^${AUTH_BASE_PATH}${r.path.replace(/:\w+/g, '[A-Za-z0-9_-]+')}$`),
}));

export function isExposedAuthRoute(method: string, pathname: string): boolean {
  return exposed.some((r) => r.method === method && r.pattern.test(pathname));
}

/** Where better-auth may send a browser afterwards: the names it reads from bodies and queries. */
const RETURN_FIELDS = ['callbackURL', 'errorCallbackURL', 'newUserCallbackURL', 'redirectTo'] as const;

/** A path on this site: "/…" but not "//host" or "/\\host", which browsers read as another site. */
export function isLocalPath(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.startsWith('/\\') &&
    [...value].every((char) => char.charCodeAt(0) >= 0x20)
  );
}

/**
 * Every return address must be a path on this site. better-auth trusts the origin a request was
 * sent to (see trustedOrigins in auth.ts), and a script can name any Host; without this, it could
 * ask for a sign-in link that, once followed, sends the person on to a page elsewhere.
 */
function returnAddressesAreLocal(query: URLSearchParams, body: unknown): boolean {
  const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  return RETURN_FIELDS.every(
    (field) => (!query.has(field) || isLocalPath(query.get(field))) && (record[field] === undefined || isLocalPath(record[field])),
  );
}

function badBody(detail: string): ErrorResponse {
  return { error: { code: 'invalid_body', detail } };
}

/**
 * Mounts better-auth's Fetch handler under /api/auth in a scope of its own that keeps bodies as
 * sent. The client address is the one Fastify resolved (trustProxy), set under a header name that
 * overwrites whatever a client sent. JSON answers are rewritten: errors into our error shape, and
 * successes into `{ ok: true }`, so no session token ever reaches page scripts.
 */
export function registerAuthRoutes(app: FastifyInstance, auth: Auth, publicUrl: string): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_request, body, done) => done(null, body));
    scope.route({
      method: ['GET', 'POST'],
      url: `${AUTH_BASE_PATH}/*`,
      handler: async (request, reply) => {
        const url = new URL(request.url, publicUrl);
        if (!isExposedAuthRoute(request.method, url.pathname)) {
          const body: ErrorResponse = { error: { code: 'not_found', detail: 'no such route' } };
          return reply.status(404).send(body);
        }
        let parsed: unknown = null;
        if (request.method === 'POST') {
          try {
            parsed = JSON.parse(typeof request.body === 'string' && request.body.length > 0 ? request.body : '{}');
          } catch {
            return reply.status(400).send(badBody('not JSON'));
          }
        }
        if (!returnAddressesAreLocal(url.searchParams, parsed)) return reply.status(400).send(badBody('return addresses must be paths on this site'));
        if (url.pathname === `${AUTH_BASE_PATH}/sign-in/sso` && !SsoSignInBodySchema.safeParse(parsed).success) {
          return reply.status(400).send(badBody('organizationSlug only'));
        }
        const headers = fromNodeHeaders(request.headers);
        headers.set(CLIENT_IP_HEADER, request.ip);
        headers.set(REQUEST_ORIGIN_HEADER, requestOrigin(request));
        const response = await auth.handler(
          new Request(url, {
            method: request.method,
            headers,
            ...(request.method === 'POST' && typeof request.body === 'string' ? { body: request.body } : {}),
          }),
        );
        reply.status(response.status);
        const cookies = response.headers.getSetCookie();
        if (cookies.length > 0) reply.header('set-cookie', cookies);
        const location = response.headers.get('location');
        if (location) reply.header('location', location);
        const retryAfter = response.headers.get('x-retry-after');
        if (retryAfter) reply.header('retry-after', retryAfter);
        reply.header('cache-control', 'no-store');
        const type = response.headers.get('content-type') ?? '';
        if (!type.includes('application/json')) {
          if (type) reply.header('content-type', type);
          return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
        }
        const json: unknown = await response.json().catch(() => null);
        if (response.status >= 400) {
          const body: ErrorResponse = { error: toErrorCode(response.status, json) };
          return reply.send(body);
        }
        // Single sign-on answers with the provider's address to go to; nothing secret.
        const next = (json as { url?: unknown } | null)?.url;
        return reply.send(typeof next === 'string' && url.pathname.endsWith('/sign-in/sso') ? { ok: true, url: next } : { ok: true });
      },
    });
  });
}
