import { randomUUID } from 'node:crypto';
import { describe } from 'vitest';
import { eventBusContract } from './eventBusContract.ts';
import { createRedisEventBus } from './redisEventBus.ts';

const url = process.env.REDIS_URL;

// The Redis backend runs where Redis is configured: `.ci/run` sets REDIS_URL for its run on the
// real services; `npm test` on a laptop without Redis covers the in-process bus only.
describe.runIf(url)('redis', () => {
  // A channel per bus, so parallel test runs sharing one Redis never hear each other.
  eventBusContract('redis', () => createRedisEventBus(url ?? '', { channel: `kompas-test:${randomUUID()}` }));
});
