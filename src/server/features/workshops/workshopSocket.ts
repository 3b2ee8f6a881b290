import type { WebSocket } from 'ws';
import type { WorkshopState } from '../../../domain/workshopState.ts';
import { CLOSE_CODES, type ErrorCode } from '../../../protocol/errorCodes.ts';
import { PROTOCOL_VERSION } from '../../../protocol/protocolVersion.ts';
import {
  ClientMessageSchema,
  MAX_FRAME_BYTES,
  type CommandMessage,
  type HelloMessage,
  type ServerMessage,
} from '../../../protocol/socketMessages.ts';
import type { MeView } from '../../../protocol/views.ts';
import type { SessionUser } from '../../auth/sessionUser.ts';
import { TokenBucket } from '../../realtime/tokenBucket.ts';
import { affectedBy, presentSnapshot, STAFF, type Audience } from './presentWorkshop.ts';
import { runCommand } from './runCommand.ts';
import { authenticateViewer, type Viewer } from './viewer.ts';
import type { WorkshopContext } from './workshopContext.ts';
import { patchFrame, type RoomMember, type WorkshopRoom } from './workshopRoom.ts';
import { findParticipantById } from './workshopStore.ts';

const HANDSHAKE_TIMEOUT_MS = 10_000;
/**
 * How often a joined connection proves again that it may stay: a member who was removed, lost the
 * facilitating role or signed out, and a guest of a workshop that has finished, are let go within
 * this time, on whichever instance they are connected (rule R24).
 */
const REVALIDATE_MS = 60_000;
/** A guest's check reads the database only every tenth time (a deleted workshop); else the room's state. */
const GUEST_DATABASE_CHECK_EVERY = 10;
const BURST = 30;
const PER_SECOND = 10;
const MAX_DROPPED_FRAMES = 200;
// A phone that walked out of range never says goodbye: ping, and drop it if no pong comes back.
const HEARTBEAT_MS = 30_000;
const KNOWN_TYPES = new Set(ClientMessageSchema.options.map((o) => o.shape.type.value));

interface Joined {
  readonly viewer: Viewer;
  readonly room: WorkshopRoom;
  readonly member: RoomMember;
}

export interface SocketLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

function audienceOf(viewer: Viewer): Audience {
  return viewer.role === 'participant' ? { kind: 'participant', participantId: viewer.participantId } : STAFF;
}

function meView(viewer: Viewer, state: WorkshopState, votesUsed: number): MeView {
  if (viewer.role !== 'participant') {
    return { role: viewer.role, participantId: null, displayName: null, votesUsed: 0, myVotes: {} };
  }
  const myVotes: Record<string, number> = {};
  for (const [noteId, voters] of state.namedVotes) {
    const count = voters.get(viewer.participantId);
    if (count) myVotes[noteId] = count;
  }
  return {
    role: 'participant',
    participantId: viewer.participantId,
    displayName: state.participants.get(viewer.participantId)?.displayName ?? null,
    votesUsed,
    myVotes,
  };
}

/** One WebSocket connection: handshake, validation, rate limit, commands (docs/realtime-spec.md). */
export function handleWorkshopSocket(
  ctx: WorkshopContext,
  socket: WebSocket,
  log: SocketLog,
  /** The member signed in on the upgrade request's cookie, looked up as the socket opens. */
  sessionUser: Promise<SessionUser | null>,
  handshakeTimeoutMs = HANDSHAKE_TIMEOUT_MS,
  /** Reads the session again, for the periodic check; null when the upgrade carried no cookie. */
  rereadSession: () => Promise<SessionUser | null> = () => Promise.resolve(null),
  revalidateMs = REVALIDATE_MS,
): void {
  let joined: Joined | null = null;
  let revalidation: NodeJS.Timeout | null = null;
  let joining = false;
  let dropped = 0;
  const bucket = new TokenBucket(BURST, PER_SECOND);

  const send = (message: ServerMessage): void => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  const sendError = (code: ErrorCode, detail: string | null = null): void => send({ type: 'error', code, detail });

  const handshakeTimer = setTimeout(() => socket.close(CLOSE_CODES.handshakeTimeout, 'hello expected'), handshakeTimeoutMs);

  async function handleHello(hello: HelloMessage): Promise<void> {
    if (hello.protocolVersion !== PROTOCOL_VERSION) {
      sendError('protocol_version', `server speaks ${PROTOCOL_VERSION}`);
      socket.close(CLOSE_CODES.protocolVersion, 'protocol version');
      return;
    }
    const user = hello.auth.role === 'participant' ? null : await sessionUser;
    const viewer = await authenticateViewer(ctx.db, hello.workshopId, hello.auth, user);
    const room = viewer ? await ctx.rooms.get(hello.workshopId) : null;
    if (!viewer || !room) {
      sendError('unauthorized');
      socket.close(CLOSE_CODES.unauthorized, 'unauthorized');
      return;
    }
    const row = viewer.role === 'participant' ? await findParticipantById(ctx.db, viewer.participantId) : null;
    const audience = audienceOf(viewer);
    const member: RoomMember = {
      audience,
      send: (frame) => {
        // A Buffer shared by a whole audience still goes out as a text frame.
        if (socket.readyState === socket.OPEN) socket.send(frame, { binary: false });
      },
    };
    // Inside the room's queue, so no event slips between the welcome and joining the broadcast.
    await room.serialize(async () => {
      if (socket.readyState !== socket.OPEN) return;
      const state = room.state;
      const votesUsed = state.votingStepId ? (row?.votesUsed[state.votingStepId] ?? 0) : 0;
      const missed = hello.resumeFrom === null ? null : room.eventsSince(hello.resumeFrom);
      send({
        type: 'welcome',
        protocolVersion: PROTOCOL_VERSION,
        serverTime: ctx.now(),
        me: meView(viewer, state, votesUsed),
        resume: missed ? 'events' : 'snapshot',
        snapshot: missed ? null : presentSnapshot(state, audience),
      });
      if (missed && missed.length > 0) member.send(patchFrame(affectedBy(missed), state, audience, state.seq));
      room.join(member);
      joined = { viewer, room, member };
      clearTimeout(handshakeTimer);
      // Spread over the interval: a room of a thousand phones that joined together must not all
      // ask the database in the same moment.
      const firstCheck = setTimeout(() => {
        void revalidate(hello);
        revalidation = setInterval(() => void revalidate(hello), revalidateMs);
        revalidation.unref();
      }, Math.round(revalidateMs * (0.5 + Math.random() / 2)));
      firstCheck.unref();
      revalidation = firstCheck;
    });
  }

  let checks = 0;
  async function revalidate(hello: HelloMessage): Promise<void> {
    if (!joined || socket.readyState !== socket.OPEN) return;
    checks += 1;
    try {
      let still: boolean;
      if (hello.auth.role === 'participant' && checks % GUEST_DATABASE_CHECK_EVERY !== 0) {
        // A guest's token only ends with its workshop; the room knows whether that is open.
        still = joined.room.state.status === 'open';
      } else {
        const user = hello.auth.role === 'participant' ? null : await rereadSession();
        still = (await authenticateViewer(ctx.db, hello.workshopId, hello.auth, user)) !== null;
      }
      if (still) return;
      sendError('unauthorized', 'access ended');
      socket.close(CLOSE_CODES.unauthorized, 'access ended');
    } catch (error) {
      // A database hiccup is no reason to drop anyone; the next check decides.
      log.warn({ err: error }, 'revalidation failed');
    }
  }

  async function handleCommand(message: CommandMessage, current: Joined): Promise<void> {
    const { viewer, room } = current;
    const result = await runCommand(ctx, room, viewer, message.commandId, message.command);
    const outcome = result.outcome;
    if (outcome.kind === 'ack') {
      send({ type: 'command.ack', commandId: message.commandId, seq: outcome.seq, note: outcome.note });
    } else {
      send({ type: 'command.rejected', commandId: message.commandId, code: outcome.code });
    }
    // R17: each voter whose dots changed hears it, and nobody else.
    for (const [participantId, votesUsed] of result.votesUsed) {
      const voter: Viewer = { role: 'participant', workshopId: viewer.workshopId, participantId };
      room.sendToParticipant(participantId, { type: 'me', me: meView(voter, room.state, votesUsed) });
    }
  }

  socket.on('message', (raw: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
    if (!bucket.take()) {
      dropped += 1;
      if (dropped > MAX_DROPPED_FRAMES) socket.close(CLOSE_CODES.rateLimited, 'rate limited');
      else sendError('rate_limited');
      return;
    }
    const data = Array.isArray(raw) ? Buffer.concat(raw) : Buffer.from(raw as ArrayBuffer);
    if (data.byteLength > MAX_FRAME_BYTES) return sendError('message_too_large');
    if (isBinary) return sendError('invalid_message', 'binary frames are not used');
    let json: unknown;
    try {
      json = JSON.parse(data.toString('utf8'));
    } catch {
      return sendError('invalid_message', 'not JSON');
    }
    const type = (json as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !KNOWN_TYPES.has(type as never)) return sendError('unknown_message', String(type));
    const parsed = ClientMessageSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return sendError('invalid_message', issue ? `${issue.path.join('.')}: ${issue.message}` : null);
    }
    const message = parsed.data;
    switch (message.type) {
      case 'time.ping':
        return send({ type: 'time.pong', clientTime: message.clientTime, serverTime: ctx.now() });
      case 'hello':
        if (joined || joining) return sendError('already_joined');
        joining = true;
        handleHello(message).then(
          () => {
            joining = false;
          },
          (error: unknown) => {
            joining = false;
            log.error({ err: error }, 'hello failed');
            sendError('internal');
          },
        );
        return;
      case 'command': {
        if (!joined) return sendError('not_joined');
        handleCommand(message, joined).catch((error: unknown) => {
          log.error({ err: error }, 'command failed');
          send({ type: 'command.rejected', commandId: message.commandId, code: 'internal' });
        });
        return;
      }
      default: {
        const unreachable: never = message;
        throw new Error(`unhandled message ${JSON.stringify(unreachable)}`);
      }
    }
  });

  let alive = true;
  socket.on('pong', () => {
    alive = true;
  });
  const heartbeat = setInterval(() => {
    if (!alive) return socket.terminate();
    alive = false;
    socket.ping();
  }, HEARTBEAT_MS);
  heartbeat.unref();

  socket.on('close', () => {
    clearTimeout(handshakeTimer);
    if (revalidation) clearTimeout(revalidation);
    clearInterval(heartbeat);
    if (joined) joined.room.leave(joined.member);
  });
  socket.on('error', (error) => log.warn({ err: error }, 'socket error'));
}
