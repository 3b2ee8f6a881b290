import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { serverSecrets } from '../db/schema.ts';

const NAME = 'auth_secret';

/**
 * The secret that signs session cookies: the configured one, or one made on the first start and
 * kept in the database so that every instance, and every restart, uses the same.
 */
export async function loadAuthSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db
    .insert(serverSecrets)
    .values({ name: NAME, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const rows = await db.select({ value: serverSecrets.value }).from(serverSecrets).where(eq(serverSecrets.name, NAME));
  const value = rows[0]?.value;
  if (!value) throw new Error('could not keep the auth secret');
  return value;
}
