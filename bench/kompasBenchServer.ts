import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadAuthSecret } from '../src/server/auth/authSecret.ts';
import { composeApp } from '../src/server/composeApp.ts';
import type { Db } from '../src/server/db/database.ts';
import { openDatabase } from '../src/server/db/openDatabase.ts';
import { WorkshopRoom } from '../src/server/features/workshops/workshopRoom.ts';
import { WorkshopRooms } from '../src/server/features/workshops/workshopRooms.ts';
import { buildServer } from '../src/server/http/buildServer.ts';
import { createInProcessEventBus } from '../src/server/realtime/inProcessEventBus.ts';
import { ensureBenchFacilitator } from './benchAccount.ts';
import { serveBenchIpc } from './serveBenchIpc.ts';
import { createServerStats } from './serverStats.ts';
import { freePort } from '../src/server/testing/freePort.ts';

/**
 * The Kompas server as the bench runs it, in its own process (forked by bench/live.ts): the
 * same composition as src/server/main.ts (composeApp, buildServer), on PostgreSQL when DATABASE_URL
 * is set, otherwise on an embedded database in a temporary directory (BENCH_PGLITE=memory keeps it
 * in memory). Before it listens it makes the account the bench facilitates with (benchAccount.ts).
 *
 * Timing probes are wrapped around a few methods from the outside (no server code changes):
 *   db.transaction   the whole transaction of a command or join, commit included
 *   room.queueWait   from asking for a room's queue to the work starting (commands wait in line)
 *   room.work        the serialized work: transaction + apply + broadcast + bus publish
 *   room.broadcast   handing committed events to the room for sending (synchronous)
 *   room.flush       (when the room batches per event-loop turn) building the patch frames and
 *                    handing them to every socket
 */
const stats = createServerStats();

function probe<A extends unknown[], R>(stage: string, fn: (...args: A) => R): (...args: A) => R {
  return function (this: unknown, ...args: A): R {
    const started = performance.now();
    try {
      return fn.apply(this, args);
    } finally {
      stats.record(stage, performance.now() - started);
    }
  };
}

function probeTransactions(db: Db): void {
  const original = db.transaction.bind(db);
  db.transaction = (async (...args: Parameters<Db['transaction']>) => {
    const started = performance.now();
    try {
      return await original(...args);
    } finally {
      stats.record('db.transaction', performance.now() - started);
    }
  }) as Db['transaction'];
}

function probeRooms(): void {
  const proto = WorkshopRoom.prototype;
  const serialize = proto.serialize;
  proto.serialize = function <T>(this: WorkshopRoom, work: () => Promise<T>): Promise<T> {
    const asked = performance.now();
    return serialize.call(this, async () => {
      const started = performance.now();
      stats.record('room.queueWait', started - asked);
      try {
        return await work();
      } finally {
        stats.record('room.work', performance.now() - started);
      }
    }) as Promise<T>;
  };
  proto.broadcast = probe('room.broadcast', proto.broadcast);
  // Since rooms batch their patches per event-loop turn, the sending happens in a private flush().
  const methods = proto as unknown as Record<string, unknown>;
  const flush = methods.flush;
  if (typeof flush === 'function') methods.flush = probe('room.flush', flush as () => void);
}

const quietLog = {
  info: () => undefined,
  warn: (obj: object, msg: string) => console.warn(msg, JSON.stringify(obj)),
  error: (obj: object, msg: string) => console.error(msg, JSON.stringify(obj)),
};

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const inMemory = process.env.BENCH_PGLITE === 'memory';
  const dataDir = url || inMemory ? null : mkdtempSync(path.join(os.tmpdir(), 'kompas-bench-'));
  const database = await openDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir });
  probeTransactions(database.db);
  probeRooms();

  const bus = createInProcessEventBus();
  const rooms = new WorkshopRooms(database.db, bus, randomUUID());
  const port = await freePort();
  const ctx = composeApp({
    db: database.db,
    rooms,
    publicUrl: `http://127.0.0.1:${port}`,
    authSecret: await loadAuthSecret(database.db, undefined),
    mailTransport: null,
    production: true,
    log: quietLog,
  });
  await ensureBenchFacilitator(ctx);
  const app = await buildServer({ database, app: ctx, logLevel: 'warn', webRoot: null });
  const address = await app.listen({ port, host: '127.0.0.1' });
  const storage = url ? 'PostgreSQL (DATABASE_URL)' : inMemory ? 'PGlite, in memory' : 'PGlite, temporary directory';

  serveBenchIpc(Number(new URL(address).port), storage, {
    startWindow: () => void stats.snapshot(true),
    endWindow: () => stats.snapshot(true),
    async close() {
      rooms.close();
      await app.close();
      await ctx.mailer.close();
      await bus.close();
      await database.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
