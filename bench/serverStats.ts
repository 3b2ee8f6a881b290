import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks';
import { summarizeSamples, type SampleSummary } from './summarizeSamples.ts';

/** What a bench child says about itself over one measured window (between two `snapshot(true)` calls). */
export interface ServerStatsSnapshot {
  readonly windowMs: number;
  /** Share of the window the event loop was busy (0–1); near 1 means the process is saturated. */
  readonly eventLoopUtilization: number;
  /** CPU time (user + system) divided by wall time: 1.0 is one core fully used. */
  readonly cpuCores: number;
  readonly eventLoopDelayMs: { readonly p50: number; readonly p99: number; readonly max: number };
  /** Named timings recorded by the child (ms), e.g. the database transaction of each command. */
  readonly stages: Readonly<Record<string, SampleSummary>>;
}

/** Collects a child's event-loop load, CPU use and per-stage timings; cheap enough to leave on. */
export function createServerStats(): {
  record(stage: string, ms: number): void;
  snapshot(reset: boolean): ServerStatsSnapshot;
} {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let stages = new Map<string, number[]>();
  let since = performance.now();
  let elu: EventLoopUtilization = performance.eventLoopUtilization();
  let cpu = process.cpuUsage();

  return {
    record(stage, ms) {
      let list = stages.get(stage);
      if (!list) stages.set(stage, (list = []));
      list.push(ms);
    },
    snapshot(reset) {
      const now = performance.now();
      const windowMs = now - since;
      const used = process.cpuUsage(cpu);
      const snapshot: ServerStatsSnapshot = {
        windowMs,
        eventLoopUtilization: performance.eventLoopUtilization(elu).utilization,
        cpuCores: windowMs > 0 ? (used.user + used.system) / 1000 / windowMs : 0,
        eventLoopDelayMs: {
          p50: delay.percentile(50) / 1e6,
          p99: delay.percentile(99) / 1e6,
          max: delay.max / 1e6,
        },
        stages: Object.fromEntries([...stages].map(([name, samples]) => [name, summarizeSamples(samples)])),
      };
      if (reset) {
        stages = new Map();
        since = now;
        elu = performance.eventLoopUtilization();
        cpu = process.cpuUsage();
        delay.reset();
      }
      return snapshot;
    },
  };
}
