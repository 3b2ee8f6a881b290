import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import type { Database } from '../db/database.ts';
import { openDatabase } from '../db/openDatabase.ts';

/**
 * A database for one test file: a clone of the migrated embedded database, or the PostgreSQL
 * server named by DATABASE_URL. Tests make their own workshops with fresh ids, so they never
 * step on each other's rows on a shared server.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return openDatabase({ kind: 'postgres', url, poolSize: 4 });
  const dumpPath = inject('pgliteDumpPath');
  if (!dumpPath) throw new Error('globalSetup did not prepare the embedded test database');
  const blob = new Blob([await readFile(dumpPath)]);
  return openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: blob });
}
