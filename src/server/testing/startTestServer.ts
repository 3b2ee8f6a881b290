import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../appContext.ts';
import { composeApp } from '../composeApp.ts';
import type { Database } from '../db/database.ts';
import { WorkshopRooms } from '../features/workshops/workshopRooms.ts';
import { buildServer } from '../http/buildServer.ts';
import type { EventBus } from '../realtime/eventBus.ts';
import { createInProcessEventBus } from '../realtime/inProcessEventBus.ts';
import type { MailTransport } from '../mail/mailer.ts';
import { cheapHasher } from './cheapHasher.ts';
import { freePort } from './freePort.ts';
import { openTestDatabase } from './testDatabase.ts';

export interface TestServer {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly wsUrl: string;
  readonly ctx: AppContext;
  readonly database: Database;
  close(): Promise<void>;
}

const silentLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A real server on a free port, over a test database; `now` may be replaced to control time. */
export async function startTestServer(
  options: {
    database?: Database;
    bus?: EventBus;
    now?: () => number;
    mailTransport?: MailTransport;
    production?: boolean;
    trustedOrigins?: readonly string[];
    routeLog?: Array<{ method: string; url: string }>;
    revalidateMs?: number;
    webRoot?: string;
  } = {},
): Promise<TestServer> {
  const database = options.database ?? (await openTestDatabase());
  const bus = options.bus ?? createInProcessEventBus();
  const rooms = new WorkshopRooms(database.db, bus, randomUUID());
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const ctx = composeApp({
    db: database.db,
    rooms,
    ...(options.now ? { now: options.now } : {}),
    publicUrl: url,
    authSecret: `test-secret-${randomUUID()}`,
    mailTransport: options.mailTransport ?? null,
    production: options.production ?? false,
    log: silentLog,
    passwordHasher: cheapHasher,
    rateLimitNamespace: `test-${randomUUID()}:`,
    ...(options.trustedOrigins ? { trustedOrigins: options.trustedOrigins } : {}),
  });
  const app = await buildServer({
    database,
    app: ctx,
    logLevel: 'silent',
    webRoot: options.webRoot ?? null,
    handshakeTimeoutMs: 300,
    ...(options.routeLog ? { routeLog: options.routeLog } : {}),
    ...(options.revalidateMs ? { revalidateMs: options.revalidateMs } : {}),
  });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    app,
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}/ws`,
    ctx,
    database,
    async close() {
      rooms.close();
      await app.close();
      await ctx.mailer.close();
      if (!options.database) await database.close();
    },
  };
}
