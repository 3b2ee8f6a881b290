import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { sendError } from './sendError.ts';

/** Parses a body, params or query with its protocol schema; on failure answers 400 and returns null. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, reply: FastifyReply): z.infer<S> | null {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  sendError(reply, 'invalid_body', issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : null);
  return null;
}
