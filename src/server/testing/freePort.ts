import { createServer } from 'node:net';

/**
 * A free port on the loopback interface. A server's public URL (checked as the Origin of every
 * state-changing request) must be known before the server is built, so tests, the browser tests
 * and the bench pick the port first. Another process could take it in between; on a test machine
 * that is rare enough.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
