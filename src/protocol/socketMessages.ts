import { z } from 'zod';
import { WorkshopCommandSchema } from '../domain/workshopCommands.ts';
import { ERROR_CODES } from './errorCodes.ts';
import { ChangeSchema, MeViewSchema, NoteViewSchema, SnapshotSchema } from './views.ts';

/** Largest frame the server reads; anything bigger is refused before parsing. */
export const MAX_FRAME_BYTES = 16 * 1024;

const IdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

/**
 * How a connection says who it is. Facilitator and projector are members signed in with the
 * session cookie that came with the upgrade request; a participant proves the device token from
 * POST /api/join (a guest, or a member who joined with the code).
 */
export const ViewerAuthSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('facilitator') }),
  z.object({ role: z.literal('projector') }),
  z.object({ role: z.literal('participant'), token: z.string().min(1).max(200) }),
]);
export type ViewerAuth = z.infer<typeof ViewerAuthSchema>;

export const HelloMessageSchema = z.object({
  type: z.literal('hello'),
  protocolVersion: z.number().int(),
  workshopId: IdSchema,
  auth: ViewerAuthSchema,
  /** The last seq this client applied; null for a fresh start. */
  resumeFrom: z.number().int().min(0).nullable(),
});
export const CommandMessageSchema = z.object({
  type: z.literal('command'),
  /** Made by the client; the idempotency key. A retry with the same id returns the first answer. */
  commandId: IdSchema,
  command: WorkshopCommandSchema,
});
export const TimePingMessageSchema = z.object({ type: z.literal('time.ping'), clientTime: z.number() });

/** Every frame a client may send. */
export const ClientMessageSchema = z.discriminatedUnion('type', [
  HelloMessageSchema,
  CommandMessageSchema,
  TimePingMessageSchema,
]);
export type ClientMessage = z.infer<typeof ClientMessageSchema>;
export type HelloMessage = z.infer<typeof HelloMessageSchema>;
export type CommandMessage = z.infer<typeof CommandMessageSchema>;

export const ErrorCodeSchema = z.enum(ERROR_CODES);

export const WelcomeMessageSchema = z.object({
  type: z.literal('welcome'),
  protocolVersion: z.number().int(),
  serverTime: z.number(),
  me: MeViewSchema,
  /** 'events': patches since resumeFrom follow; 'snapshot': the snapshot replaces the client's copy. */
  resume: z.enum(['events', 'snapshot']),
  snapshot: SnapshotSchema.nullable(),
});
export const PatchMessageSchema = z.object({
  type: z.literal('patch'),
  seq: z.number().int(),
  changes: z.array(ChangeSchema),
});
export const MeMessageSchema = z.object({ type: z.literal('me'), me: MeViewSchema });
export const CommandAckMessageSchema = z.object({
  type: z.literal('command.ack'),
  commandId: z.string(),
  /** The seq after this command; a client that has applied it sees the command's effect. */
  seq: z.number().int(),
  /** For note.add: the note as stored, so its author sees it even while it is hidden. */
  note: NoteViewSchema.nullable(),
});
export const CommandRejectedMessageSchema = z.object({
  type: z.literal('command.rejected'),
  commandId: z.string(),
  code: ErrorCodeSchema,
});
export const ErrorMessageSchema = z.object({
  type: z.literal('error'),
  code: ErrorCodeSchema,
  /** Developer detail (which field failed); never shown to users as is. */
  detail: z.string().nullable(),
});
export const TimePongMessageSchema = z.object({
  type: z.literal('time.pong'),
  clientTime: z.number(),
  serverTime: z.number(),
});

/** Every frame the server may send. */
export const ServerMessageSchema = z.discriminatedUnion('type', [
  WelcomeMessageSchema,
  PatchMessageSchema,
  MeMessageSchema,
  CommandAckMessageSchema,
  CommandRejectedMessageSchema,
  ErrorMessageSchema,
  TimePongMessageSchema,
]);
export type ServerMessage = z.infer<typeof ServerMessageSchema>;
export type WelcomeMessage = z.infer<typeof WelcomeMessageSchema>;
export type PatchMessage = z.infer<typeof PatchMessageSchema>;
