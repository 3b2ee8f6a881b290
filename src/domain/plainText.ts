import { z } from 'zod';

// PostgreSQL cannot store NUL in text or jsonb, and no person types it: refuse it at the edge
// with a validation error instead of letting it fail inside a transaction.
const NO_NUL = /^[^\u0000]*$/;

/** A string a person typed, at most `max` characters, without NUL. */
export function plainText(max: number): z.ZodString {
  return z.string().max(max).regex(NO_NUL, 'text must not contain NUL characters');
}
