import { performance } from 'node:perf_hooks';
import { WebSocketServer } from 'ws';
import { serveBenchIpc } from './serveBenchIpc.ts';
import { createServerStats } from './serverStats.ts';

/**
 * The baseline: a bare `ws` server that sends every message it receives to every connected
 * client (the sender included), and does nothing else. No parsing, no storage, no auth. Run in
 * its own process by bench/live.ts, like the Kompas server.
 */
const stats = createServerStats();
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });

wss.on('connection', (socket) => {
  socket.on('message', (data, isBinary) => {
    const started = performance.now();
    for (const client of wss.clients) {
      if (client.readyState === client.OPEN) client.send(data, { binary: isBinary });
    }
    stats.record('relay.broadcast', performance.now() - started);
  });
});

wss.on('listening', () => {
  const address = wss.address();
  if (address === null || typeof address === 'string') throw new Error(`unexpected address ${address}`);
  serveBenchIpc(address.port, 'none (bare ws relay)', {
    startWindow: () => void stats.snapshot(true),
    endWindow: () => stats.snapshot(true),
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  });
});
