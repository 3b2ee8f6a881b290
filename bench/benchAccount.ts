import { eq } from 'drizzle-orm';
import type { AppContext } from '../src/server/appContext.ts';
import { users } from '../src/server/db/schema.ts';

/**
 * The facilitator the bench signs in as. Facilitating needs an account (a member of the
 * workshop's organisation), so the bench server makes this one before it listens, as a person
 * who has signed up and confirmed their email; the bench then signs in over HTTP like anyone.
 */
export const BENCH_FACILITATOR = {
  name: 'Bench Facilitator',
  email: 'bench-facilitator@example.dk',
  password: 'bench-facilitator-kodeord',
} as const;

/** Makes the bench facilitator's account, unless it exists (a PostgreSQL database kept between runs). */
export async function ensureBenchFacilitator(ctx: AppContext): Promise<void> {
  const existing = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, BENCH_FACILITATOR.email));
  if (existing.length === 0) await ctx.auth.api.signUpEmail({ body: { ...BENCH_FACILITATOR } });
  await ctx.db.update(users).set({ emailVerified: true }).where(eq(users.email, BENCH_FACILITATOR.email));
}
