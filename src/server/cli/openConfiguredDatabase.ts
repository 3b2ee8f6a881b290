import { loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { openDatabase } from '../db/openDatabase.ts';

/**
 * The database the server would open, from the same environment: DATABASE_URL, or the embedded
 * database in KOMPAS_DATA_DIR (./data by default). The embedded one is a folder that one process
 * at a time may open: stop the server before running a command on it.
 */
export async function openConfiguredDatabase(): Promise<{ database: Database; where: string }> {
  const config = loadConfig(process.env);
  if (config.DATABASE_URL) {
    return { database: await openDatabase({ kind: 'postgres', url: config.DATABASE_URL, poolSize: 2 }), where: 'PostgreSQL (DATABASE_URL)' };
  }
  return {
    database: await openDatabase({ kind: 'pglite', dataDir: config.KOMPAS_DATA_DIR }),
    where: `the embedded database in ${config.KOMPAS_DATA_DIR}`,
  };
}
