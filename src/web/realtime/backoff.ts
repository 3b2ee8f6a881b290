export const RECONNECT_BASE_MS = 500;
export const RECONNECT_MAX_MS = 15_000;

/**
 * How long to wait before reconnect attempt number `attempt` (0 for the first): exponential,
 * capped, with "equal jitter" so a room of phones that lost the same Wi-Fi does not come back
 * in one wave, while no phone waits less than half the step.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** Math.max(0, attempt));
  return Math.round(step / 2 + random() * (step / 2));
}
