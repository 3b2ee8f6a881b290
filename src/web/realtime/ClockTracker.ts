import type { ClientMessage } from '../../protocol/socketMessages.ts';
import { bestEstimate, type ClockSample } from './clockOffset.ts';

const PING_INTERVAL_MS = 15_000;
const FIRST_PINGS_MS = [0, 1_000, 3_000];
const PONG_TIMEOUT_MS = 10_000;
const SAMPLES_KEPT = 6;

/**
 * Measures the server clock with time.ping/time.pong [R20] and doubles as a heartbeat: a ping
 * that gets no pong in time means the connection is dead even if the browser has not noticed
 * (phones switching networks), so the socket is closed and the client reconnects.
 */
export class ClockTracker {
  #samples: ClockSample[] = [];
  #timers: ReturnType<typeof setTimeout>[] = [];
  #interval: ReturnType<typeof setInterval> | null = null;
  #deadline: ReturnType<typeof setTimeout> | null = null;
  #fallbackOffset = 0;

  constructor(
    private readonly now: () => number,
    private readonly write: (frame: ClientMessage) => void,
    private readonly onDead: () => void,
  ) {}

  /** The offset to add to the client clock; the best sample so far, else the welcome's guess. */
  get offset(): number {
    return bestEstimate(this.#samples)?.offset ?? this.#fallbackOffset;
  }

  /** Starts pinging on a new connection; serverTime from the welcome gives a first rough offset. */
  start(serverTime: number): void {
    this.stop();
    if (this.#samples.length === 0) this.#fallbackOffset = serverTime - this.now();
    this.#timers = FIRST_PINGS_MS.map((ms) => setTimeout(() => this.#ping(), ms));
    this.#interval = setInterval(() => this.#ping(), PING_INTERVAL_MS);
  }

  stop(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers = [];
    if (this.#interval !== null) clearInterval(this.#interval);
    this.#interval = null;
    this.#clearDeadline();
  }

  handlePong(clientTime: number, serverTime: number): void {
    this.#clearDeadline();
    this.#samples = [...this.#samples, { sentAt: clientTime, serverTime, receivedAt: this.now() }].slice(-SAMPLES_KEPT);
  }

  #ping(): void {
    this.write({ type: 'time.ping', clientTime: this.now() });
    if (this.#deadline === null) {
      this.#deadline = setTimeout(() => {
        this.#deadline = null;
        this.onDead();
      }, PONG_TIMEOUT_MS);
    }
  }

  #clearDeadline(): void {
    if (this.#deadline !== null) clearTimeout(this.#deadline);
    this.#deadline = null;
  }
}
