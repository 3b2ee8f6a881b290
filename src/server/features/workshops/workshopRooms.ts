import { findTemplate } from '../../../domain/templateRegistry.ts';
import type { WorkshopEvent } from '../../../domain/workshopEvents.ts';
import type { Db } from '../../db/database.ts';
import type { EventBus, EventBusMessage } from '../../realtime/eventBus.ts';
import { WorkshopRoom } from './workshopRoom.ts';
import { loadEvents } from './workshopStore.ts';

/** Rooms with nobody connected are dropped from memory after this long. */
const IDLE_EVICT_MS = 10 * 60 * 1000;

/** The workshops this instance holds in memory, loaded on first use and kept in step with the bus. */
export class WorkshopRooms {
  private readonly rooms = new Map<string, Promise<WorkshopRoom | null>>();
  private readonly unsubscribe: () => void;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    readonly bus: EventBus,
    readonly instanceId: string,
  ) {
    this.unsubscribe = bus.subscribe((message) => this.handleBusMessage(message));
    this.sweeper = setInterval(() => this.evictIdle(Date.now()), 60_000);
    this.sweeper.unref();
  }

  /** The room of a workshop, or null when no such workshop exists. */
  get(workshopId: string): Promise<WorkshopRoom | null> {
    let room = this.rooms.get(workshopId);
    // Being asked for counts as activity, so the sweep does not drop a room someone is joining.
    void room?.then((r) => {
      if (r) r.lastActivity = Date.now();
    }, () => undefined);
    if (!room) {
      room = this.load(workshopId);
      this.rooms.set(workshopId, room);
      // A failed load must not stay cached; a missing workshop may be created later.
      room.then(
        (r) => (r === null ? this.rooms.delete(workshopId) : undefined),
        () => this.rooms.delete(workshopId),
      );
    }
    return room;
  }

  /** Makes the room see events committed elsewhere that it missed; returns the new ones. */
  async catchUp(room: WorkshopRoom, workshopId: string): Promise<WorkshopEvent[]> {
    return room.apply(await loadEvents(this.db, workshopId, room.state.seq));
  }

  private async load(workshopId: string): Promise<WorkshopRoom | null> {
    const events = await loadEvents(this.db, workshopId, 0);
    if (events.length === 0) return null;
    const first = events[0]?.data;
    const template = first?.type === 'workshop.created' ? findTemplate(first.templateId) : undefined;
    if (!template) throw new Error(`workshop ${workshopId} has no known template`);
    return new WorkshopRoom(template, events);
  }

  private handleBusMessage(message: EventBusMessage): void {
    if (message.instanceId === this.instanceId) return;
    const pending = this.rooms.get(message.workshopId);
    if (!pending) return;
    pending
      .then((room) =>
        room?.serialize(async () => {
          const first = message.events[0];
          // A gap means a message was lost or overtaken: read what is missing from the database.
          const fresh =
            first && first.seq > room.state.seq + 1
              ? await this.catchUp(room, message.workshopId)
              : room.apply(message.events);
          room.broadcast(fresh);
        }),
      )
      // The next command on this room catches up under the lock anyway; never take the process down.
      .catch((error: unknown) => console.error(`event bus delivery to workshop ${message.workshopId} failed`, error));
  }

  private evictIdle(now: number): void {
    for (const [id, pending] of this.rooms) {
      pending.then(
        (room) => {
          const idle = room && room.memberCount === 0 && now - room.lastActivity > IDLE_EVICT_MS;
          if (idle && this.rooms.get(id) === pending) this.rooms.delete(id);
        },
        () => undefined,
      );
    }
  }

  close(): void {
    this.unsubscribe();
    clearInterval(this.sweeper);
  }
}
