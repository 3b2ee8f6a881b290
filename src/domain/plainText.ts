import { z } from 'zod';

// PostgreSQL cannot store NUL in text or jsonb, and no person types it: refuse it at the edge
// with a validation error instead of letting it fail inside a transaction.

/** A string a person typed, at most `max` characters, without NUL. */
export function plainText(max: number) {
  return z.string().max(max).refine((text) => !text.includes('\u0000'), 'text must not contain NUL characters');
}
