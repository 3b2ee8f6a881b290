import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendError } from './sendError.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The origin the browser used to reach this server: its scheme and the Host it asked for (behind a
 * trusted proxy, the forwarded ones). A laptop in a meeting room is reached by phones at its
 * network address, not at the configured public URL, and those pages are Kompas's own too.
 */
export function requestOrigin(request: Pick<FastifyRequest, 'protocol' | 'host'>): string {
  return `${request.protocol}://${request.host}`;
}

/** Whether an Origin header names Kompas itself: the public origin, or the one this request was sent to. */
export function isOwnOrigin(origin: string, request: Pick<FastifyRequest, 'protocol' | 'host'>, publicOrigin: string): boolean {
  return origin === publicOrigin || origin === requestOrigin(request);
}

/**
 * CSRF protection for every state-changing request: it must come from Kompas's own pages. The
 * Origin header must be the public origin or the origin the request was sent to; a browser that sends none must say the request is
 * same-origin (Sec-Fetch-Site). A request with neither and no cookie carries no authority (a
 * script or a test), so it passes; with a cookie it is refused. The session cookie is also
 * SameSite=Lax, so this is the second of two locks.
 */
export function registerOriginCheck(app: FastifyInstance, publicUrl: string): void {
  const publicOrigin = new URL(publicUrl).origin;
  app.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin !== undefined) {
      if (isOwnOrigin(origin, request, publicOrigin)) return;
      return sendError(reply, 'cross_origin', `origin ${origin} is not ${publicOrigin}`);
    }
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined) {
      if (site === 'same-origin') return;
      return sendError(reply, 'cross_origin', `sec-fetch-site ${site}`);
    }
    if (request.headers.cookie) return sendError(reply, 'cross_origin', 'a request with a cookie must say where it comes from');
  });
}
