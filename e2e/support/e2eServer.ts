import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../src/server/appContext.ts';
import { composeApp } from '../../src/server/composeApp.ts';
import { openDatabase } from '../../src/server/db/openDatabase.ts';
import { WorkshopRooms } from '../../src/server/features/workshops/workshopRooms.ts';
import { buildServer } from '../../src/server/http/buildServer.ts';
import { createInProcessEventBus } from '../../src/server/realtime/inProcessEventBus.ts';
import { freePort } from '../../src/server/testing/freePort.ts';

export interface E2eServer {
  /** Where the browser reaches the server; also the server's public URL, so the Origin checks pass. */
  readonly url: string;
  readonly app: FastifyInstance;
  readonly ctx: AppContext;
  close(): Promise<void>;
}

/**
 * A copy of the built web app for this server alone. Pages load their chunks lazily, so a
 * `vite build` started elsewhere during the run (another terminal, another test run) would
 * replace the hashed files under open pages: the next chunk would come back as index.html and the
 * page would go blank. A copy taken at the start cannot change.
 */
function snapshotWebApp(): string {
  const built = path.resolve('dist/web');
  if (!existsSync(path.join(built, 'index.html'))) throw new Error('dist/web has no index.html: run `vite build` first (npm run test:e2e does)');
  const copy = mkdtempSync(path.join(tmpdir(), 'kompas-e2e-web-'));
  cpSync(built, copy, { recursive: true });
  if (!existsSync(path.join(copy, 'index.html'))) throw new Error('dist/web changed while it was copied; run again');
  return copy;
}

/** Mail and auth messages worth seeing when a journey fails; the outbox's "kept" lines are not. */
const log = {
  info: () => undefined,
  warn: (obj: object, msg: string) => console.warn(`[e2e server] ${msg}`, JSON.stringify(obj)),
  error: (obj: object, msg: string) => console.error(`[e2e server] ${msg}`, JSON.stringify(obj)),
};

/**
 * The real server with the built web app (run `vite build` first; served from a copy, see
 * snapshotWebApp) on a fresh embedded database, composed as main.ts does it: the production
 * password hasher, no SMTP (mail stays in the outbox, which /dev/outbox shows), development pages
 * on. Its public URL is the address the browser uses, so the Origin checks pass.
 */
export async function startE2eServer(): Promise<E2eServer> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  const rooms = new WorkshopRooms(database.db, createInProcessEventBus(), randomUUID());
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const ctx = composeApp({
    db: database.db,
    rooms,
    publicUrl: url,
    authSecret: `e2e-secret-${randomUUID()}`,
    mailTransport: null,
    production: false,
    log,
  });
  const webRoot = snapshotWebApp();
  const app = await buildServer({ database, app: ctx, logLevel: 'warn', webRoot });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url,
    app,
    ctx,
    async close() {
      rooms.close();
      await app.close();
      await ctx.mailer.close();
      await database.close();
      rmSync(webRoot, { recursive: true, force: true });
    },
  };
}
