import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/openDatabase.ts';
import { WorkshopRooms } from './features/workshops/workshopRooms.ts';
import { buildServer } from './http/buildServer.ts';
import { createInProcessEventBus } from './realtime/inProcessEventBus.ts';
import { createRedisEventBus } from './realtime/redisEventBus.ts';
import { seedDemo } from './seedDemo.ts';

/** The composition root: configuration, database, rooms, HTTP and sockets. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const database = await openDatabase(
    config.DATABASE_URL
      ? { kind: 'postgres', url: config.DATABASE_URL }
      : { kind: 'pglite', dataDir: config.KOMPAS_DATA_DIR },
  );
  const instanceId = randomUUID();
  const bus = config.REDIS_URL
    ? await createRedisEventBus(config.REDIS_URL, {
        onInvalid: (error) => console.error('dropped an invalid event-bus frame', error),
      })
    : createInProcessEventBus();
  const rooms = new WorkshopRooms(database.db, bus, instanceId);
  const workshops = { db: database.db, rooms, now: () => Date.now() };
  const app = await buildServer({
    database,
    workshops,
    logLevel: config.LOG_LEVEL,
    webRoot: path.resolve('dist/web'),
  });
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  const url = `http://localhost:${new URL(address).port}`;
  const storage = database.kind === 'pglite' ? `embedded database in ${config.KOMPAS_DATA_DIR}` : 'PostgreSQL';
  const instances = config.REDIS_URL ? ', instances linked through Redis' : '';
  console.log(`\nKompas is running at ${url}  (${storage}${instances})`);
  if (config.KOMPAS_DEMO === 'on') await seedDemo(workshops, url);

  const shutdown = async (signal: string): Promise<void> => {
    app.log.info({ signal }, 'shutting down');
    rooms.close();
    await app.close();
    await bus.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
