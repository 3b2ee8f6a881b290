import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';
import type { WorkshopContext } from '../features/workshops/workshopContext.ts';
import { WorkshopRooms } from '../features/workshops/workshopRooms.ts';
import { buildServer } from '../http/buildServer.ts';
import type { EventBus } from '../realtime/eventBus.ts';
import { createInProcessEventBus } from '../realtime/inProcessEventBus.ts';
import { openTestDatabase } from './testDatabase.ts';

export interface TestServer {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly wsUrl: string;
  readonly ctx: WorkshopContext;
  readonly database: Database;
  close(): Promise<void>;
}

/** A real server on a free port, over a test database; `now` may be replaced to control time. */
export async function startTestServer(options: { database?: Database; bus?: EventBus; now?: () => number } = {}): Promise<TestServer> {
  const database = options.database ?? (await openTestDatabase());
  const bus = options.bus ?? createInProcessEventBus();
  const rooms = new WorkshopRooms(database.db, bus, randomUUID());
  const ctx: WorkshopContext = { db: database.db, rooms, now: options.now ?? (() => Date.now()) };
  const app = await buildServer({ database, workshops: ctx, logLevel: 'silent', webRoot: null, handshakeTimeoutMs: 300 });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    url: address,
    wsUrl: `${address.replace(/^http/, 'ws')}/ws`,
    ctx,
    database,
    async close() {
      rooms.close();
      await app.close();
      if (!options.database) await database.close();
    },
  };
}
