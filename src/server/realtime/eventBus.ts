import type { WorkshopEvent } from '../../domain/workshopEvents.ts';

/** Committed events of one workshop, as they travel between server instances. */
export interface EventBusMessage {
  /** The instance that committed them; an instance ignores its own echo (rule R21). */
  readonly instanceId: string;
  readonly workshopId: string;
  readonly events: readonly WorkshopEvent[];
}

/**
 * How instances tell each other about committed events. In-process when there is one instance;
 * a Redis implementation fills the same interface when REDIS_URL is set.
 */
export interface EventBus {
  publish(message: EventBusMessage): Promise<void>;
  subscribe(handler: (message: EventBusMessage) => void): () => void;
  close(): Promise<void>;
}
