import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkshopEvent } from '../../domain/workshopEvents.ts';
import type { EventBus, EventBusMessage } from './eventBus.ts';

/** A subscriber that records what it is given and can wait for a message it expects. */
class Inbox {
  readonly received: EventBusMessage[] = [];
  private waiters: Array<() => void> = [];

  readonly handler = (message: EventBusMessage): void => {
    this.received.push(message);
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  };

  /** Resolves once a message matching `match` has arrived; the suite's timeout bounds the wait. */
  async waitFor(match: (m: EventBusMessage) => boolean): Promise<void> {
    while (!this.received.some(match)) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }
}

function message(workshopId: string, seq: number, instanceId = 'instance-a'): EventBusMessage {
  const event: WorkshopEvent = { seq, at: 1_700_000_000_000 + seq, data: { type: 'step.changed', stepIndex: seq } };
  return { instanceId, workshopId, events: [event] };
}

const seqsOf = (inbox: Inbox, workshopId: string): number[] =>
  inbox.received.filter((m) => m.workshopId === workshopId).flatMap((m) => m.events.map((e) => e.seq));

/** Lets deliveries already on their way land: one turn of the event loop, not a wait by time. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The pub/sub contract every event bus keeps (rule R21). A backend is done when this suite is
 * green for it; `makeBus` gives a fresh bus per test. Delivery may be asynchronous, so tests wait
 * for a marker message instead of assuming a publish has been handled when it returns.
 */
export function eventBusContract(name: string, makeBus: () => EventBus | Promise<EventBus>): void {
  describe(`event bus contract: ${name}`, () => {
    const open: EventBus[] = [];
    const fresh = async (): Promise<EventBus> => {
      const bus = await makeBus();
      open.push(bus);
      return bus;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((bus) => bus.close()));
    });

    it('[R21] delivers every message to every subscriber, in publish order', async () => {
      const bus = await fresh();
      const workshopId = randomUUID();
      const inboxes = [new Inbox(), new Inbox(), new Inbox()];
      for (const inbox of inboxes) bus.subscribe(inbox.handler);
      // Published back to back without waiting in between: order must still hold.
      await Promise.all([1, 2, 3, 4, 5].map((seq) => bus.publish(message(workshopId, seq))));
      for (const inbox of inboxes) {
        await inbox.waitFor((m) => m.workshopId === workshopId && m.events[0]?.seq === 5);
        expect(seqsOf(inbox, workshopId)).toEqual([1, 2, 3, 4, 5]);
      }
    });

    it('[R21] carries the sending instance id and the events unchanged', async () => {
      const bus = await fresh();
      const inbox = new Inbox();
      bus.subscribe(inbox.handler);
      const workshopId = randomUUID();
      const sent: EventBusMessage = {
        instanceId: randomUUID(),
        workshopId,
        events: [
          { seq: 7, at: 1_700_000_000_123, data: { type: 'vote.cast', noteId: 'n-æøå', participantId: null } },
          { seq: 8, at: 1_700_000_000_124, data: { type: 'participant.joined', participantId: 'p1', displayName: 'Søren' } },
        ],
      };
      await bus.publish(sent);
      await inbox.waitFor((m) => m.workshopId === workshopId);
      expect(inbox.received.filter((m) => m.workshopId === workshopId)).toEqual([sent]);
    });

    it('stops delivering to a handler once it unsubscribes, and only to that handler', async () => {
      const bus = await fresh();
      const workshopId = randomUUID();
      const leaving = new Inbox();
      const staying = new Inbox();
      const unsubscribe = bus.subscribe(leaving.handler);
      bus.subscribe(staying.handler);
      await bus.publish(message(workshopId, 1));
      await leaving.waitFor((m) => m.workshopId === workshopId);
      unsubscribe();
      // Unsubscribing twice is harmless and does not take the other handler with it.
      unsubscribe();
      await bus.publish(message(workshopId, 2));
      await bus.publish(message(workshopId, 3));
      await staying.waitFor((m) => m.workshopId === workshopId && m.events[0]?.seq === 3);
      await settle();
      expect(seqsOf(leaving, workshopId)).toEqual([1]);
      expect(seqsOf(staying, workshopId)).toEqual([1, 2, 3]);
    });

    it('delivers nothing after close, and closing twice is harmless', async () => {
      const bus = await fresh();
      const workshopId = randomUUID();
      const inbox = new Inbox();
      bus.subscribe(inbox.handler);
      await bus.publish(message(workshopId, 1));
      await inbox.waitFor((m) => m.workshopId === workshopId);
      await bus.close();
      // A closed bus may refuse to publish; what it must not do is deliver.
      await bus.publish(message(workshopId, 2)).catch(() => undefined);
      await settle();
      expect(seqsOf(inbox, workshopId)).toEqual([1]);
      // Shutdown paths may close a bus that is already closed.
      await expect(bus.close()).resolves.toBeUndefined();
    });
  });
}
