import type { FastifyReply } from 'fastify';
import type { ErrorCode } from '../../protocol/errorCodes.ts';
import type { ErrorResponse } from '../../protocol/http.ts';

const STATUS: Partial<Record<ErrorCode, number>> = {
  invalid_body: 400,
  invalid_join_code: 400,
  unknown_template: 400,
  unauthorized: 401,
  not_allowed: 403,
  workshop_not_found: 404,
  workshop_finished: 409,
  rate_limited: 429,
  internal: 500,
  signed_out: 401,
  not_found: 404,
  cross_origin: 403,
  invalid_credentials: 401,
  email_taken: 422,
  email_not_verified: 403,
  password_too_short: 400,
  password_too_long: 400,
  auth_failed: 400,
  last_admin: 409,
  already_member: 409,
  invitation_not_pending: 409,
  invitation_email_mismatch: 403,
  sso_discovery_failed: 422,
  confirmation_mismatch: 400,
  entry_not_found: 404,
  entry_exists: 409,
  entry_is_fixed: 409,
  action_not_found: 404,
  not_a_member: 422,
};

/** Every HTTP error has the same shape: a code the UI translates, and a detail for developers. */
export function sendError(reply: FastifyReply, code: ErrorCode, detail: string | null = null): FastifyReply {
  const body: ErrorResponse = { error: { code, detail } };
  return reply.status(STATUS[code] ?? 400).send(body);
}
