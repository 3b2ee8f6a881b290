import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openDatabase } from '../../src/server/db/openDatabase.ts';
import { WorkshopRooms } from '../../src/server/features/workshops/workshopRooms.ts';
import { buildServer } from '../../src/server/http/buildServer.ts';
import { createInProcessEventBus } from '../../src/server/realtime/inProcessEventBus.ts';

export interface E2eServer {
  readonly url: string;
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

/** The real server with the built web app (run `vite build` first), on a fresh embedded database. */
export async function startE2eServer(): Promise<E2eServer> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  const rooms = new WorkshopRooms(database.db, createInProcessEventBus(), randomUUID());
  const app = await buildServer({
    database,
    workshops: { db: database.db, rooms, now: () => Date.now() },
    logLevel: 'warn',
    webRoot: path.resolve('dist/web'),
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    app,
    async close() {
      rooms.close();
      await app.close();
      await database.close();
    },
  };
}
