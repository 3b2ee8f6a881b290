import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import type { HealthResponse } from '../../protocol/http.ts';
import { MAX_FRAME_BYTES } from '../../protocol/socketMessages.ts';
import type { Database } from '../db/database.ts';
import { countAppliedMigrations } from '../db/openDatabase.ts';
import type { AppContext } from '../appContext.ts';
import { registerAuthRoutes } from '../auth/authRoutes.ts';
import { readSessionUser, sessionUserOf } from '../auth/sessionUser.ts';
import { registerOrganisationRoutes } from '../features/organisations/organisationRoutes.ts';
import { registerSsoRoutes } from '../features/organisations/ssoRoutes.ts';
import { registerComparisonRoutes } from '../features/comparison/comparisonRoutes.ts';
import { registerActionRoutes } from '../features/actions/actionRoutes.ts';
import { registerActionExportRoutes } from '../features/actionExports/actionExportRoutes.ts';
import { registerOverviewRoutes } from '../features/overview/overviewRoutes.ts';
import { registerProjectRoutes } from '../features/projects/projectRoutes.ts';
import { registerRegisterRoutes } from '../features/registers/registerRoutes.ts';
import { registerMinutesRoutes } from '../features/minutes/minutesRoutes.ts';
import { registerOrganisationExportRoutes } from '../features/portability/organisationExportRoutes.ts';
import { registerWorkshopRoutes } from '../features/workshops/workshopRoutes.ts';
import { handleWorkshopSocket } from '../features/workshops/workshopSocket.ts';
import { CLOSE_CODES } from '../../protocol/errorCodes.ts';
import { isOwnOrigin, registerOriginCheck } from './originCheck.ts';
import { sendError } from './sendError.ts';

export interface ServerOptions {
  readonly database: Database;
  readonly app: AppContext;
  readonly logLevel: string;
  /** Fastify's trustProxy: behind a reverse proxy, whose X-Forwarded-For to believe. */
  readonly trustProxy?: boolean | string;
  /** The built web app (vite build); served with a fallback to index.html for client routes. */
  readonly webRoot: string | null;
  /** Every route as it is registered (the access-matrix test checks each has a policy entry). */
  readonly routeLog?: Array<{ readonly method: string; readonly url: string }>;
  /** How long a new socket may wait before its hello (rule R1); shortened in tests. */
  readonly handshakeTimeoutMs?: number;
  /** How often a joined socket proves again that it may stay (rule R24); shortened in tests. */
  readonly revalidateMs?: number;
}

/** Builds the HTTP and WebSocket server; listening is the caller's business. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const ctx = options.app;
  const app = Fastify({
    logger: { level: options.logLevel },
    bodyLimit: 64 * 1024,
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
  });

  const routeLog = options.routeLog;
  if (routeLog) {
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) routeLog.push({ method, url: route.url });
    });
  }

  app.setErrorHandler((error: { statusCode?: number; message?: string }, request, reply) => {
    if (error.statusCode === 413) return sendError(reply, 'invalid_body', 'body too large');
    if (error.statusCode === 400 || error.statusCode === 415) return sendError(reply, 'invalid_body', error.message ?? null);
    request.log.error({ err: error }, 'request failed');
    return sendError(reply, 'internal');
  });

  // Security headers, and a Content-Security-Policy with no inline script or style: the built app
  // loads only its own files, and Kompas makes no third-party calls at run time.
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React Aria adds one fixed <style> (touch-action for pressable elements); allowed by its
        // hash only. If a new version changes it, the browser tests report the CSP violation.
        styleSrc: ["'self'", "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Over plain http (a laptop in a meeting room) HSTS would do nothing useful; behind TLS the proxy sets it.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  });

  await app.register(fastifyWebsocket, { options: { maxPayload: MAX_FRAME_BYTES * 4 } });

  app.get('/healthz', async () => {
    const migrations = await countAppliedMigrations(options.database.db);
    const body: HealthResponse = { status: 'ok', database: options.database.kind, migrations };
    return body;
  });

  registerOriginCheck(app, ctx.publicUrl);
  registerAuthRoutes(app, ctx.auth, ctx.publicUrl);
  registerOrganisationRoutes(app, ctx);
  registerSsoRoutes(app, ctx);
  registerProjectRoutes(app, ctx);
  registerRegisterRoutes(app, ctx);
  registerActionRoutes(app, ctx);
  registerActionExportRoutes(app, ctx);
  registerOverviewRoutes(app, ctx);
  registerComparisonRoutes(app, ctx);
  registerWorkshopRoutes(app, ctx);
  registerMinutesRoutes(app, ctx);
  registerOrganisationExportRoutes(app, ctx);

  const publicOrigin = new URL(ctx.publicUrl).origin;
  app.get('/ws', { websocket: true }, (socket, request) => {
    // Cross-site WebSocket hijacking: a page elsewhere must not ride on a member's cookie.
    const origin = request.headers.origin;
    if (origin !== undefined && !isOwnOrigin(origin, request, publicOrigin)) {
      socket.close(CLOSE_CODES.unauthorized, 'cross origin');
      return;
    }
    const user = sessionUserOf(ctx.auth, request).catch((error: unknown) => {
      request.log.error({ err: error }, 'session lookup failed');
      return null;
    });
    const headers = request.headers;
    handleWorkshopSocket(ctx, socket, request.log, user, options.handshakeTimeoutMs, () => readSessionUser(ctx.auth, headers), options.revalidateMs);
  });

  const webRoot = options.webRoot;
  if (webRoot && existsSync(path.join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      setHeaders(res, filePath) {
        // Hashed assets never change; the entry points must be checked each time.
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.setNotFoundHandler((request, reply) => {
      // The app's own files and the API answer 404 when missing: an old page asking for a chunk
      // that a new deployment replaced must get an error it can act on, not the HTML page.
      const missingFile = request.url.startsWith('/assets/') || /\.[a-z0-9]+(\?.*)?$/i.test(request.url);
      if (request.method !== 'GET' || request.url.startsWith('/api/') || missingFile) return sendError(reply, 'not_found', 'no such route');
      return reply.sendFile('index.html');
    });
  } else {
    app.setNotFoundHandler((_request, reply) => sendError(reply, 'not_found', 'no such route'));
  }
  return app;
}
