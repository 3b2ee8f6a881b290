import { describe, expect, it } from 'vitest';
import { COMPASS_BEFORE } from '../../../domain/templates/compassBefore.ts';
import { WorkshopRoom } from './workshopRoom.ts';

function room(): WorkshopRoom {
  return new WorkshopRoom(COMPASS_BEFORE, [
    {
      seq: 1,
      at: 0,
      data: {
        type: 'workshop.created',
        workshopId: 'w1',
        title: 'Ny vagtplan',
        templateId: COMPASS_BEFORE.id,
        locale: 'da',
        joinCode: 'ABCDEF',
        settings: { anonymous: false, privateWriting: false, showAuthors: false, voteBudget: 3 },
      },
    },
  ]);
}

/** Work that holds the thread, as the embedded database does, without ever yielding. */
function holdThread(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

describe('WorkshopRoom.serialize', () => {
  it('runs queued work one at a time, in order, whatever an earlier task did', async () => {
    const r = room();
    const order: number[] = [];
    const failing = r.serialize(() => Promise.reject(new Error('refused')));
    const tasks = [1, 2, 3].map((i) => r.serialize(async () => void order.push(i)));
    await expect(failing).rejects.toThrow('refused');
    await Promise.all(tasks);
    expect(order).toEqual([1, 2, 3]);
  });

  it('steps aside for the rest of the server during a long run of queued work', async () => {
    const r = room();
    const order: string[] = [];
    const tasks = Array.from({ length: 10 }, (_, i) =>
      r.serialize(async () => {
        holdThread(20);
        order.push(`task ${i}`);
      }),
    );
    // Reading sockets and firing timers happen in later phases of the event loop, like this.
    setImmediate(() => order.push('other'));
    await Promise.all(tasks);
    const other = order.indexOf('other');
    expect(other).toBeGreaterThan(0);
    expect(other).toBeLessThan(order.length - 1);
  });
});
