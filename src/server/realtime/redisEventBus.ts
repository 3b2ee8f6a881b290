import { Redis } from 'ioredis';
import { z } from 'zod';
import type { WorkshopEvent } from '../../domain/workshopEvents.ts';
import type { EventBus, EventBusMessage } from './eventBus.ts';

export const DEFAULT_CHANNEL = 'kompas:workshop-events';

// Frames from other instances are still input: check the envelope before acting on it. The events
// inside were committed by a Kompas instance of the same version; a room folds them by seq.
const EventBusMessageSchema = z.object({
  instanceId: z.string().min(1),
  workshopId: z.string().min(1),
  events: z.array(
    z.object({
      seq: z.number().int().positive(),
      at: z.number(),
      data: z.object({ type: z.string() }).passthrough(),
    }),
  ),
});

export interface RedisEventBusOptions {
  readonly channel?: string;
  /** Where to report a frame that failed to parse; it is dropped either way. */
  readonly onInvalid?: (error: unknown) => void;
}

/**
 * The event bus across instances: one Redis channel, one connection to publish and one to
 * subscribe (a subscribed Redis connection can do nothing else). Redis keeps the order of one
 * publisher's messages, which is all the rooms need; a gap is mended from the database.
 */
export async function createRedisEventBus(url: string, options: RedisEventBusOptions = {}): Promise<EventBus> {
  const channel = options.channel ?? DEFAULT_CHANNEL;
  const publisher = new Redis(url, { lazyConnect: true });
  const subscriber = new Redis(url, { lazyConnect: true });
  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(channel);
  const handlers = new Set<(message: EventBusMessage) => void>();
  let closed = false;

  subscriber.on('message', (from: string, raw: string) => {
    if (closed || from !== channel) return;
    let message: EventBusMessage;
    try {
      const parsed = EventBusMessageSchema.parse(JSON.parse(raw));
      message = { ...parsed, events: parsed.events as unknown as WorkshopEvent[] };
    } catch (error) {
      options.onInvalid?.(error);
      return;
    }
    for (const handler of handlers) handler(message);
  });

  return {
    async publish(message) {
      if (closed) throw new Error('event bus is closed');
      await publisher.publish(channel, JSON.stringify(message));
    },
    subscribe(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    async close() {
      if (closed) return;
      closed = true;
      handlers.clear();
      await Promise.all([subscriber.quit(), publisher.quit()]);
    },
  };
}
