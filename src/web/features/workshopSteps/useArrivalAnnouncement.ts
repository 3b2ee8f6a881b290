import { useEffect, useRef, useState } from 'react';

const QUIET_MS = 3000;

/**
 * Turns a growing count (notes on the board, rows in a register) into a calm announcement ("3 new
 * notes") once the flow pauses, so a screen reader is not interrupted for every one that lands.
 * Resets when the step changes.
 */
export function useArrivalAnnouncement(count: number, stepId: string | null): number {
  const [announced, setAnnounced] = useState(0);
  const baseline = useRef<{ stepId: string | null; count: number }>({ stepId, count });

  useEffect(() => {
    if (baseline.current.stepId !== stepId) {
      baseline.current = { stepId, count };
      return;
    }
    const added = count - baseline.current.count;
    if (added <= 0) {
      baseline.current = { stepId, count };
      return;
    }
    const id = setTimeout(() => {
      baseline.current = { stepId, count };
      setAnnounced(added);
    }, QUIET_MS);
    return () => clearTimeout(id);
  }, [count, stepId]);

  return announced;
}
