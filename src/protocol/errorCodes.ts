import { DOMAIN_ERROR_CODES } from '../domain/domainErrors.ts';

/** Errors at the edge, before or around the engine. */
export const EDGE_ERROR_CODES = [
  'invalid_message',
  'unknown_message',
  'message_too_large',
  'rate_limited',
  'not_joined',
  'already_joined',
  'unauthorized',
  'workshop_not_found',
  'invalid_join_code',
  'invalid_body',
  'unknown_template',
  'protocol_version',
  'internal',
  // Accounts, organisations and projects
  'signed_out',
  'not_found',
  'cross_origin',
  'invalid_credentials',
  'email_taken',
  'email_not_verified',
  'password_too_short',
  'password_too_long',
  'auth_failed',
  'last_admin',
  'already_member',
  'invitation_not_pending',
  'invitation_email_mismatch',
  'sso_discovery_failed',
  'confirmation_mismatch',
  // The action plan
  'not_a_member',
] as const;

/** Every error code the server can send, on HTTP or on the socket. The UI has a sentence for each. */
export const ERROR_CODES = [...DOMAIN_ERROR_CODES, ...EDGE_ERROR_CODES] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** WebSocket close codes Kompas uses (4000–4999 is the range for applications). */
export const CLOSE_CODES = {
  normal: 1000,
  serverShutdown: 1001,
  protocolVersion: 4000,
  unauthorized: 4001,
  handshakeTimeout: 4002,
  badHandshake: 4003,
  workshopNotFound: 4004,
  rateLimited: 4008,
} as const;
export type CloseCode = (typeof CLOSE_CODES)[keyof typeof CLOSE_CODES];
