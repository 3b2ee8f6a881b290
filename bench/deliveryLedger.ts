/**
 * How a note shows up in a frame, Kompas patch and relay copy alike: a change
 * `{"op":"note.upsert","note":{"id":"…",…}}` (key order as JSON.stringify writes the
 * ChangeSchema / NoteViewSchema objects). Scanning for it avoids a JSON.parse per frame on the
 * client side, which would otherwise load the one bench process with every client's parsing.
 */
export const NOTE_UPSERT_MARKER = '"op":"note.upsert","note":{"id":"';

export interface DeliveryCheck {
  readonly clients: number;
  readonly notesSent: number;
  /** notesSent × clients: every client (the writers too) must get every note once. */
  readonly expected: number;
  readonly delivered: number;
  /** (client, note) pairs that never arrived. */
  readonly missing: number;
  /** Arrivals beyond the first of the same note at the same client. */
  readonly duplicates: number;
  /** Upserts of a note id this run never sent. */
  readonly unexpected: number;
  readonly exactlyOnce: boolean;
}

/**
 * Which note was sent when and by whom, and which client got which note. Latency samples are
 * taken at the receiving client for every client except the note's writer.
 */
export class DeliveryLedger {
  readonly latencies: number[] = [];
  /** For each latency sample, the whole second (from `origin`) in which its note was sent. */
  readonly sentSecond: number[] = [];
  /** When the writing started (performance.now()); samples are grouped by seconds since then. */
  origin = 0;
  private readonly sentAt: Float64Array;
  private readonly writerOf: Int32Array;
  private readonly counts: Uint8Array;
  private sent = 0;
  private delivered = 0;
  private duplicates = 0;
  private unexpected = 0;
  lastDeliveryAt = 0;

  constructor(
    /** Note ids are `${prefix}${index}`; the prefix tells this run's notes from any others. */
    readonly prefix: string,
    readonly clients: number,
    readonly capacity: number,
  ) {
    this.sentAt = new Float64Array(capacity);
    this.writerOf = new Int32Array(capacity);
    this.counts = new Uint8Array(clients * capacity);
  }

  get notesSent(): number {
    return this.sent;
  }

  /** Claims the next note for a writer (a client index); null once the ledger is full. */
  nextNote(writer: number): { index: number; id: string } | null {
    if (this.sent >= this.capacity) return null;
    const index = this.sent++;
    this.writerOf[index] = writer;
    return { index, id: `${this.prefix}${index}` };
  }

  /** The moment the writer handed the frame to its socket (performance.now()). */
  markSent(index: number, at: number): void {
    this.sentAt[index] = at;
  }

  /** Records every note upsert in a frame that `client` received at `at`. */
  receive(client: number, frame: string, at: number): void {
    let from = frame.indexOf(NOTE_UPSERT_MARKER);
    while (from !== -1) {
      const start = from + NOTE_UPSERT_MARKER.length;
      const end = frame.indexOf('"', start);
      this.receiveNote(client, frame.slice(start, end), at);
      from = frame.indexOf(NOTE_UPSERT_MARKER, end);
    }
  }

  private receiveNote(client: number, id: string, at: number): void {
    const index = id.startsWith(this.prefix) ? Number(id.slice(this.prefix.length)) : NaN;
    if (!Number.isInteger(index) || index < 0 || index >= this.sent) {
      this.unexpected += 1;
      return;
    }
    const slot = client * this.capacity + index;
    const seen = this.counts[slot] ?? 0;
    if (seen > 0) {
      this.duplicates += 1;
      if (seen < 255) this.counts[slot] = seen + 1;
      return;
    }
    this.counts[slot] = 1;
    this.delivered += 1;
    this.lastDeliveryAt = at;
    if (this.writerOf[index] === client) return;
    const sentAt = this.sentAt[index] ?? at;
    this.latencies.push(at - sentAt);
    this.sentSecond.push(Math.floor((sentAt - this.origin) / 1000));
  }

  /** Whether every client has every note sent so far. */
  get complete(): boolean {
    return this.delivered === this.sent * this.clients;
  }

  check(): DeliveryCheck {
    const expected = this.sent * this.clients;
    return {
      clients: this.clients,
      notesSent: this.sent,
      expected,
      delivered: this.delivered,
      missing: expected - this.delivered,
      duplicates: this.duplicates,
      unexpected: this.unexpected,
      exactlyOnce: this.delivered === expected && this.duplicates === 0 && this.unexpected === 0,
    };
  }
}
