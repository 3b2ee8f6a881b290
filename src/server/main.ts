import { randomUUID } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { loadAuthSecret } from './auth/authSecret.ts';
import { composeApp } from './composeApp.ts';
import { loadConfig } from './config.ts';
import { smtpTransport } from './mail/mailer.ts';
import { openDatabase } from './db/openDatabase.ts';
import { ReminderSweeper } from './features/reminders/reminderSweeper.ts';
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
  const publicUrl = config.KOMPAS_PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  const production = config.NODE_ENV === 'production';
  const consoleLog = {
    info: (obj: object, msg: string) => console.log(msg, JSON.stringify(obj)),
    warn: (obj: object, msg: string) => console.warn(msg, JSON.stringify(obj)),
    error: (obj: object, msg: string) => console.error(msg, JSON.stringify(obj)),
  };
  const ctx = composeApp({
    db: database.db,
    rooms,
    publicUrl,
    authSecret: await loadAuthSecret(database.db, config.KOMPAS_AUTH_SECRET),
    mailTransport: config.SMTP_URL ? smtpTransport(config.SMTP_URL, config.MAIL_FROM) : null,
    production,
    log: consoleLog,
    trustedOrigins: config.KOMPAS_TRUSTED_IDP_ORIGINS.map((origin) => new URL(origin).origin),
  });
  const app = await buildServer({
    database,
    app: ctx,
    logLevel: config.LOG_LEVEL,
    webRoot: path.resolve('dist/web'),
    ...(config.TRUST_PROXY !== undefined ? { trustProxy: parseTrustProxy(config.TRUST_PROXY) } : {}),
  });
  await app.listen({ port: config.PORT, host: config.HOST });
  const reminders =
    config.KOMPAS_REMINDER_INTERVAL_MINUTES > 0
      ? new ReminderSweeper(ctx, config.KOMPAS_REMINDER_INTERVAL_MINUTES * 60_000, consoleLog, () => void ctx.mailer.kick())
      : null;
  const url = publicUrl;
  const storage = database.kind === 'pglite' ? `embedded database in ${config.KOMPAS_DATA_DIR}` : 'PostgreSQL';
  const instances = config.REDIS_URL ? ', instances linked through Redis' : '';
  console.log(`\nKompas is running at ${url}  (${storage}${instances})`);
  if (!config.KOMPAS_PUBLIC_URL && (config.HOST === '0.0.0.0' || config.HOST === '::')) {
    // In a meeting room, phones reach this machine at its network address: open the board there too.
    const lan = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal)
      .map((i) => `http://${i?.address}:${config.PORT}`);
    if (lan.length > 0) console.log(`On this network: ${lan.join('  ')}  (open the board at this address, so phones can use its code and QR)`);
  }
  // A demo that cannot be made is no reason to stop serving real organisations.
  const demo =
    config.KOMPAS_DEMO === 'on'
      ? await seedDemo(ctx, url).catch((error: unknown) => {
          console.error('could not create the demo organisation:', error);
          return null;
        })
      : null;
  // The demo's own message already says where mail goes.
  if (!config.SMTP_URL && !demo) {
    console.log(production ? 'No SMTP_URL: mail is kept in the outbox and logged.' : `No SMTP_URL: mail is kept in the outbox — see ${url}/dev/outbox`);
  }

  const shutdown = async (signal: string): Promise<void> => {
    app.log.info({ signal }, 'shutting down');
    rooms.close();
    await app.close();
    await reminders?.close();
    await ctx.mailer.close();
    await bus.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

/** 'true', 'false', or the proxies' addresses and subnets, comma-separated. */
function parseTrustProxy(value: string): boolean | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
