import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { ServerMessage } from '../../protocol/socketMessages.ts';
import type { Database } from '../db/database.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { openTestDatabase } from '../testing/testDatabase.ts';
import { TestSocket } from '../testing/testSocket.ts';
import { createTestWorkshop, joinTestWorkshop, stepIndexOf } from '../testing/workshopFixtures.ts';
import { createRedisEventBus } from './redisEventBus.ts';

const url = process.env.REDIS_URL;

const hasNote = (id: string) => (m: ServerMessage) =>
  m.type === 'patch' && m.changes.some((c) => c.op === 'note.upsert' && c.note.id === id);

// Two Kompas instances over one database, linked only through Redis (runs where Redis is configured).
describe.runIf(url)('two instances linked by Redis', () => {
  let database: Database;
  let one: TestServer;
  let two: TestServer;
  beforeAll(async () => {
    database = await openTestDatabase();
    const channel = `kompas-test:${randomUUID()}`;
    one = await startTestServer({ database, bus: await createRedisEventBus(url ?? '', { channel }) });
    two = await startTestServer({ database, bus: await createRedisEventBus(url ?? '', { channel }) });
  });
  afterAll(async () => {
    await one.close();
    await two.close();
    await one.ctx.rooms.bus.close();
    await two.ctx.rooms.bus.close();
    await database.close();
  });

  it('[R21] a note written on one instance reaches a phone on the other, and back', async () => {
    const created = await createTestWorkshop(one);
    const guest = await joinTestWorkshop(two, created.joinCode, 'Anna');
    const facilitator = await TestSocket.join(one.wsUrl, created.workshopId, { role: 'facilitator' }, null, created.facilitator.cookie);
    const phone = await TestSocket.join(two.wsUrl, created.workshopId, { role: 'participant', token: guest.participantToken });
    await facilitator.command({ type: 'step.go', stepIndex: stepIndexOf('today') });
    await facilitator.command({ type: 'note.add', noteId: 'from-one', stepId: 'today', category: 'healthy', kind: 'today', text: 'Fra salen' });
    await phone.waitFor(hasNote('from-one'));
    await phone.command({ type: 'note.add', noteId: 'from-two', stepId: 'today', category: 'realistic', kind: 'today', text: 'Fra telefonen' });
    await facilitator.waitFor(hasNote('from-two'));
    facilitator.close();
    phone.close();
  });
});
