/** One round trip of time.ping/time.pong, all in milliseconds. */
export interface ClockSample {
  /** Client clock when the ping left. */
  readonly sentAt: number;
  /** Server clock when it answered. */
  readonly serverTime: number;
  /** Client clock when the pong arrived. */
  readonly receivedAt: number;
}

export interface ClockEstimate {
  /** Add to the client's clock to get the server's. */
  readonly offset: number;
  readonly roundTrip: number;
}

/**
 * The offset from one sample, assuming the server answered halfway through the round trip
 * (the midpoint). The error is at most half the round trip.
 */
export function estimateFromSample(sample: ClockSample): ClockEstimate {
  const roundTrip = Math.max(0, sample.receivedAt - sample.sentAt);
  const midpoint = sample.sentAt + roundTrip / 2;
  return { offset: sample.serverTime - midpoint, roundTrip };
}

/** The best estimate of several: the one with the shortest round trip has the smallest error. */
export function bestEstimate(samples: readonly ClockSample[]): ClockEstimate | null {
  let best: ClockEstimate | null = null;
  for (const sample of samples) {
    const estimate = estimateFromSample(sample);
    if (best === null || estimate.roundTrip < best.roundTrip) best = estimate;
  }
  return best;
}

/** Milliseconds left until a server-time deadline, as seen from this client's clock. */
export function remainingMs(endsAt: number, clientNow: number, offset: number): number {
  return Math.max(0, endsAt - (clientNow + offset));
}
