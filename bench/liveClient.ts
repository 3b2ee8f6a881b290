import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { DeliveryLedger } from './deliveryLedger.ts';

interface Waiter {
  readonly match: (frame: string) => boolean;
  readonly resolve: (frame: string) => void;
}

/**
 * One simulated participant (or the facilitator) in the bench process. Every frame is stamped
 * with performance.now() on arrival and handed to the ledger, which finds the notes in it.
 * The same class talks to Kompas and to the bare relay, so both are measured the same way.
 */
export class LiveClient {
  /** When any client last got a frame: the bench waits for quiet before it measures. */
  static lastFrameAt = 0;
  /** Frames from the server that said no: command.rejected and error, with their codes. */
  readonly refusals: string[] = [];
  private waiters: Waiter[] = [];

  private constructor(
    private readonly ws: WebSocket,
    /** The client's index in the ledger; -1 for a client that is not measured (the facilitator). */
    readonly index: number,
    private readonly ledger: DeliveryLedger | null,
  ) {
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      const at = performance.now();
      LiveClient.lastFrameAt = at;
      const frame = isBinary ? '' : data.toString('utf8');
      if (this.ledger && this.index >= 0) this.ledger.receive(this.index, frame, at);
      if (frame.startsWith('{"type":"command.rejected"') || frame.startsWith('{"type":"error"')) {
        this.refusals.push(/"code":"([^"]*)"/.exec(frame)?.[1] ?? 'unknown');
      }
      if (this.waiters.length > 0) this.settle(frame);
    });
    ws.on('error', (error) => this.refusals.push(`socket: ${error.message}`));
  }

  /** `headers` go with the upgrade request: a member's session cookie and the Origin, as a browser sends them. */
  static open(url: string, index: number, ledger: DeliveryLedger | null, headers: Record<string, string> = {}): Promise<LiveClient> {
    const ws = new WebSocket(url, { perMessageDeflate: false, headers });
    return new Promise((resolve, reject) => {
      ws.once('open', () => {
        ws.removeListener('error', reject);
        resolve(new LiveClient(ws, index, ledger));
      });
      ws.once('error', reject);
    });
  }

  private settle(frame: string): void {
    const still: Waiter[] = [];
    for (const waiter of this.waiters) {
      if (waiter.match(frame)) waiter.resolve(frame);
      else still.push(waiter);
    }
    this.waiters = still;
  }

  send(frame: string): void {
    this.ws.send(frame);
  }

  /** The next frame that matches (frames that came before the call are not looked at). */
  waitFor(match: (frame: string) => boolean, timeoutMs = 30_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`client ${this.index}: no matching frame in ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter: Waiter = {
        match,
        resolve: (frame) => {
          clearTimeout(timer);
          resolve(frame);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** Sends a frame and waits for the answer that matches; the wait starts before the send. */
  async request(frame: string, match: (answer: string) => boolean, timeoutMs?: number): Promise<string> {
    const answer = this.waitFor(match, timeoutMs);
    this.send(frame);
    return answer;
  }

  close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once('close', () => resolve());
      this.ws.terminate();
    });
  }
}
