import { readFileSync } from 'node:fs';
import os from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { DeliveryLedger, type DeliveryCheck } from './deliveryLedger.ts';
import { LiveClient } from './liveClient.ts';
import type { ServerStatsSnapshot } from './serverStats.ts';
import type { BenchChild, MemorySample } from './startChild.ts';
import { summarizeSamples, type SampleSummary } from './summarizeSamples.ts';

/** What differs between Kompas and the bare relay; everything else in a run is shared. */
export interface LoadTarget {
  readonly name: 'kompas' | 'relay';
  /** Before any participant connects (Kompas: workshop, facilitator, step 1). */
  prepare(): Promise<void>;
  /** One participant, connected and ready to receive notes. */
  connect(index: number, ledger: DeliveryLedger): Promise<LiveClient>;
  /** The frame a writer sends to add note `noteId`. */
  noteFrame(index: number, noteId: string, writer: number): string;
  close(): Promise<void>;
}

export interface LoadOptions {
  readonly participants: number;
  readonly writers: number;
  readonly intervalMs: number;
  readonly durationS: number;
  readonly connectConcurrency: number;
  /** How long to wait for late notes after the last send before calling them missing. */
  readonly drainTimeoutMs: number;
}

export interface LoadResult {
  readonly target: LoadTarget['name'];
  readonly storage: string;
  readonly connectMs: number;
  /** Note-to-screen latency (ms): writer's send → each other participant's arrival. */
  readonly latency: SampleSummary;
  /** The same, per whole second of the write phase in which the note was sent: a rising p99 means a growing queue. */
  readonly latencyBySecond: readonly SampleSummary[];
  readonly delivery: DeliveryCheck;
  /** Codes of command.rejected / error frames any client got during the run. */
  readonly refusals: Readonly<Record<string, number>>;
  /** How late the writers sent against their schedule (ms); large values mean the bench process lagged. */
  readonly sendLag: SampleSummary;
  readonly writeMs: number;
  readonly drainMs: number;
  readonly memory: { readonly before: MemorySample; readonly afterConnect: MemorySample; readonly afterRun: MemorySample };
  readonly server: ServerStatsSnapshot;
  /** The bench process itself over the write window: if it is saturated, latencies include its queueing. */
  readonly harness: { readonly eventLoopUtilization: number; readonly cpuCores: number; readonly eventLoopDelayP99Ms: number };
  /** CPU busy on the whole machine over the window (cores), and what of it was neither server nor bench. */
  readonly machine: { readonly busyCores: number; readonly otherCores: number };
}

/** Busy CPU time of the whole machine so far (ms, all cores): /proc/stat on Linux (softirq and steal included). */
function machineBusyMs(): number {
  try {
    // cpu  user nice system idle iowait irq softirq steal …, in clock ticks (USER_HZ, 100 on Linux)
    const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]?.trim().split(/\s+/).slice(1, 9).map(Number) ?? [];
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return (user + nice + system + irq + softirq + steal) * 10;
  } catch {
    return os.cpus().reduce((sum, { times }) => sum + times.user + times.nice + times.sys + times.irq, 0);
  }
}

/** A note's text: about the length of a real one. */
export function noteText(index: number, writer: number): string {
  return `Note ${index} from writer ${writer}: we share the schedule on screen instead of a weekly meeting`;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function forEachLimited(count: number, limit: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
}

/** Waits until no client has received anything for `quietMs` (the join broadcasts have drained). */
async function waitForQuiet(quietMs: number, maxMs: number): Promise<void> {
  const deadline = performance.now() + maxMs;
  while (performance.now() - LiveClient.lastFrameAt < quietMs && performance.now() < deadline) await sleep(50);
}

function bySecond(ledger: DeliveryLedger): SampleSummary[] {
  const groups: number[][] = [];
  ledger.sentSecond.forEach((second, i) => (groups[second] ??= []).push(ledger.latencies[i] ?? 0));
  return Array.from(groups, (group) => summarizeSamples(group ?? []));
}

/** Sends one writer's notes on a fixed schedule (not waiting for answers), recording send lag. */
function runWriter(
  client: LiveClient,
  target: LoadTarget,
  ledger: DeliveryLedger,
  schedule: { start: number; offset: number; intervalMs: number; end: number },
  lags: number[],
): Promise<void> {
  return new Promise((resolve) => {
    let k = 0;
    const step = (): void => {
      for (;;) {
        const due = schedule.start + schedule.offset + k * schedule.intervalMs;
        if (due >= schedule.end) return resolve();
        const now = performance.now();
        if (due > now) {
          setTimeout(step, due - now);
          return;
        }
        const note = ledger.nextNote(client.index);
        if (!note) return resolve();
        const frame = target.noteFrame(note.index, note.id, client.index);
        const sentAt = performance.now();
        client.send(frame);
        ledger.markSent(note.index, sentAt);
        lags.push(sentAt - due);
        k += 1;
      }
    };
    step();
  });
}

/** One measured run against one target: connect, settle, write, drain, collect. */
export async function runLoad(target: LoadTarget, child: BenchChild, options: LoadOptions): Promise<LoadResult> {
  const { participants, writers, intervalMs, durationS } = options;
  const log = (line: string): void => console.log(`  [${target.name}] ${line}`);
  const notesPerWriter = Math.ceil((durationS * 1000) / intervalMs) + 1;
  const ledger = new DeliveryLedger(`bench-${target.name}-`, participants, notesPerWriter * writers);

  await target.prepare();
  const before = await child.memory();
  log(`connecting ${participants} participants (${options.connectConcurrency} at a time)…`);
  const clients: LiveClient[] = new Array<LiveClient>(participants);
  const connectStart = performance.now();
  await forEachLimited(participants, options.connectConcurrency, async (index) => {
    clients[index] = await target.connect(index, ledger);
  });
  const connectMs = performance.now() - connectStart;
  await waitForQuiet(500, 60_000);
  const afterConnect = await child.memory();
  log(`connected in ${(connectMs / 1000).toFixed(1)} s; writing for ${durationS} s…`);

  const writerClients = Array.from({ length: writers }, (_, j) => clients[Math.floor((j * participants) / writers)] as LiveClient);
  const lags: number[] = [];
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  await child.startWindow();
  loopDelay.enable();
  const elu = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const machineAtStart = machineBusyMs();
  const start = performance.now() + 20;
  ledger.origin = start;
  const end = start + durationS * 1000;
  await Promise.all(
    writerClients.map((client, j) =>
      runWriter(client, target, ledger, { start, offset: (j * intervalMs) / writers, intervalMs, end }, lags),
    ),
  );
  const lastSend = performance.now();
  while (!ledger.complete && performance.now() - lastSend < options.drainTimeoutMs) await sleep(20);
  const drainMs = Math.max(0, ledger.lastDeliveryAt - lastSend);
  const windowMs = performance.now() - start;
  const harnessCpu = process.cpuUsage(cpu);
  const harness = {
    eventLoopUtilization: performance.eventLoopUtilization(elu).utilization,
    cpuCores: (harnessCpu.user + harnessCpu.system) / 1000 / windowMs,
    eventLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
  };
  loopDelay.disable();
  const server = await child.endWindow();
  const busyCores = (machineBusyMs() - machineAtStart) / windowMs;
  const machine = { busyCores, otherCores: Math.max(0, busyCores - harness.cpuCores - server.cpuCores) };
  const afterRun = await child.memory();
  const delivery = ledger.check();
  log(`sent ${delivery.notesSent} notes; ${delivery.exactlyOnce ? 'all delivered exactly once' : `${delivery.missing} missing, ${delivery.duplicates} duplicated`}`);

  const refusals: Record<string, number> = {};
  for (const client of clients) for (const code of client.refusals) refusals[code] = (refusals[code] ?? 0) + 1;
  await Promise.all(clients.map((client) => client.close()));
  await target.close();

  return {
    target: target.name,
    storage: child.storage,
    connectMs,
    latency: summarizeSamples(ledger.latencies),
    latencyBySecond: bySecond(ledger),
    delivery,
    refusals,
    sendLag: summarizeSamples(lags),
    writeMs: lastSend - start,
    drainMs,
    memory: { before, afterConnect, afterRun },
    server,
    harness,
    machine,
  };
}
