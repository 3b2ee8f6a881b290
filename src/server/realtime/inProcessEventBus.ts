import type { EventBus, EventBusMessage } from './eventBus.ts';

/** The event bus of a single instance: delivery is a function call, in order. */
export function createInProcessEventBus(): EventBus {
  const handlers = new Set<(message: EventBusMessage) => void>();
  return {
    publish(message) {
      for (const handler of handlers) handler(message);
      return Promise.resolve();
    },
    subscribe(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    close() {
      handlers.clear();
      return Promise.resolve();
    },
  };
}
