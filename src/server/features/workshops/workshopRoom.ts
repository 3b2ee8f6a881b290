import { evolve, replay } from '../../../domain/evolve.ts';
import type { TemplateDefinition } from '../../../domain/template.ts';
import type { WorkshopEvent } from '../../../domain/workshopEvents.ts';
import type { WorkshopState } from '../../../domain/workshopState.ts';
import type { PatchMessage, ServerMessage } from '../../../protocol/socketMessages.ts';
import {
  affectedBy,
  ANY_PARTICIPANT,
  authorsOfHiddenChanges,
  presentChanges,
  STAFF,
  type Affected,
  type Audience,
} from './presentWorkshop.ts';

/** How many recent events a room keeps for clients that resume (rule R18). */
export const RESUME_WINDOW = 1000;

// The embedded database answers without ever yielding to the event loop, so a backlog of commands
// would leave sockets unread and timers late until it clears. After this long of work without a
// break, a room steps aside once; shorter runs stay together, so their broadcasts still batch.
const MAX_CONTINUOUS_WORK_MS = 50;

/** A connection in a room, as the room sees it: who it is and a way to send it a text frame. */
export interface RoomMember {
  readonly audience: Audience;
  send(frame: string | Buffer): void;
}

/**
 * One workshop held in memory: its state folded from its events, the most recent events for
 * resuming clients, and the connections watching it. Commands on a room run one at a time.
 */
export class WorkshopRoom {
  state: WorkshopState;
  private recent: WorkshopEvent[];
  private readonly members = new Set<RoomMember>();
  private queue: Promise<unknown> = Promise.resolve();
  private queued = 0;
  private stretchStart = 0;
  private unsent: WorkshopEvent[] = [];
  private flushScheduled = false;
  lastActivity = Date.now();

  constructor(
    readonly template: TemplateDefinition,
    events: readonly WorkshopEvent[],
  ) {
    this.state = replay(events);
    this.recent = events.slice(-RESUME_WINDOW);
  }

  get memberCount(): number {
    return this.members.size;
  }

  join(member: RoomMember): void {
    this.members.add(member);
    this.lastActivity = Date.now();
  }

  leave(member: RoomMember): void {
    this.members.delete(member);
    this.lastActivity = Date.now();
  }

  /** Runs work on this room after all work queued before it, whatever that work's outcome. */
  serialize<T>(work: () => Promise<T>): Promise<T> {
    if (this.queued === 0) this.stretchStart = performance.now();
    this.queued += 1;
    const run = async (): Promise<T> => {
      if (performance.now() - this.stretchStart > MAX_CONTINUOUS_WORK_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        this.stretchStart = performance.now();
      }
      return work();
    };
    const next = this.queue.then(run).finally(() => {
      this.queued -= 1;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Folds committed events into the state. Events already applied are skipped, so the same
   * events arriving from the bus and from a catch-up read do no harm.
   */
  apply(events: readonly WorkshopEvent[]): WorkshopEvent[] {
    const fresh = events.filter((e) => e.seq > this.state.seq);
    for (const event of fresh) this.state = evolve(this.state, event);
    this.recent.push(...fresh);
    if (this.recent.length > RESUME_WINDOW) this.recent = this.recent.slice(-RESUME_WINDOW);
    this.lastActivity = Date.now();
    return fresh;
  }

  /** The events after `seq`, or null when some of them have left the resume window. */
  eventsSince(seq: number): WorkshopEvent[] | null {
    if (seq > this.state.seq) return null;
    if (seq === this.state.seq) return [];
    const first = this.recent[0];
    if (!first || first.seq > seq + 1) return null;
    return this.recent.filter((e) => e.seq > seq);
  }

  /**
   * Sends every member the changes these events made. Events committed in the same turn of the
   * event loop go out as one patch, and each payload is built and encoded once per audience: under
   * load a room sends one frame per connection per batch, not per note.
   */
  broadcast(events: readonly WorkshopEvent[]): void {
    if (events.length === 0) return;
    this.unsent.push(...events);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    const events = this.unsent;
    this.unsent = [];
    if (events.length === 0 || this.members.size === 0) return;
    const affected = affectedBy(events);
    const personal = authorsOfHiddenChanges(affected, this.state);
    const seq = this.state.seq;
    let staffFrame: Buffer | null = null;
    let participantFrame: Buffer | null = null;
    for (const member of this.members) {
      if (member.audience.kind === 'staff') {
        staffFrame ??= patchFrame(affected, this.state, STAFF, seq);
        member.send(staffFrame);
      } else if (personal.has(member.audience.participantId)) {
        member.send(patchFrame(affected, this.state, member.audience, seq));
      } else {
        participantFrame ??= patchFrame(affected, this.state, ANY_PARTICIPANT, seq);
        member.send(participantFrame);
      }
    }
  }

  /** Sends a frame to every connection of one participant (their `me`, say). */
  sendToParticipant(participantId: string, message: ServerMessage): void {
    const frame = JSON.stringify(message);
    for (const member of this.members) {
      if (member.audience.kind === 'participant' && member.audience.participantId === participantId) member.send(frame);
    }
  }
}

/** A patch frame for one audience, encoded once, from the affected ids and the state after the events. */
export function patchFrame(affected: Affected, state: WorkshopState, audience: Audience, seq: number): Buffer {
  const message: PatchMessage = { type: 'patch', seq, changes: presentChanges(affected, state, audience) };
  return Buffer.from(JSON.stringify(message));
}
