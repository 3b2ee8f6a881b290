import type { BenchArgs } from './parseBenchArgs.ts';
import type { LoadResult } from './runLoad.ts';
import type { SampleSummary } from './summarizeSamples.ts';

/** Everything one `npm run bench:live` produced, with what it ran on. */
export interface BenchRun {
  readonly command: string;
  readonly date: string;
  readonly environment: {
    readonly node: string;
    readonly cores: number;
    readonly cpuModel: string;
    readonly platform: string;
    readonly memoryGiB: number;
    readonly openFileLimit: string;
    readonly commit: string;
    /** 1-minute load average when the run started: other work on the machine skews the numbers. */
    readonly loadAverage: number;
  };
  readonly args: BenchArgs;
  readonly kompas: LoadResult;
  readonly relay: LoadResult | null;
}

/** The targets from the brief: p99 ≤ 100 ms at 1,000 participants, and ≤ 2× the bare relay. */
export const TARGET_P99_MS = 100;
export const TARGET_RATIO = 2;
const TARGET_PARTICIPANTS = 1000;

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');

function latencyRow(label: string, s: SampleSummary): string {
  return `| ${label} | ${s.count.toLocaleString('en')} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${ms(s.mean)} |`;
}

function deliveryLine(r: LoadResult): string {
  const d = r.delivery;
  const verdict = d.exactlyOnce ? 'every client got every note exactly once: **OK**' : '**FAILED**';
  const refused = Object.entries(r.refusals).map(([code, n]) => `${code} ×${n}`).join(', ');
  return (
    `- ${r.target}: ${d.notesSent.toLocaleString('en')} notes × ${d.clients} clients = ${d.expected.toLocaleString('en')} expected, ` +
    `${d.delivered.toLocaleString('en')} delivered, ${d.missing} missing, ${d.duplicates} duplicated, ${d.unexpected} unexpected; ${verdict}` +
    (refused ? ` (server refusals: ${refused})` : '')
  );
}

function memoryRows(r: LoadResult, participants: number): string[] {
  const per = (after: 'afterConnect' | 'afterRun', key: 'heapAndExternal' | 'rss'): string =>
    kib((r.memory[after][key] - r.memory.before[key]) / participants);
  return [
    `| ${r.target}, after connecting | ${per('afterConnect', 'heapAndExternal')} | ${per('afterConnect', 'rss')} |`,
    `| ${r.target}, after the run | ${per('afterRun', 'heapAndExternal')} | ${per('afterRun', 'rss')} |`,
  ];
}

function serverRows(results: readonly LoadResult[]): string[] {
  const row = (label: string, pick: (r: LoadResult) => string): string => `| ${label} | ${results.map(pick).join(' | ')} |`;
  return [
    `| | ${results.map((r) => r.target).join(' | ')} |`,
    `|---|${results.map(() => '---:').join('|')}|`,
    row('server event loop busy (ELU)', (r) => `${(r.server.eventLoopUtilization * 100).toFixed(0)} %`),
    row('server CPU (cores)', (r) => r.server.cpuCores.toFixed(2)),
    row('server event-loop delay p99 / max (ms)', (r) => `${ms(r.server.eventLoopDelayMs.p99)} / ${ms(r.server.eventLoopDelayMs.max)}`),
    row('bench process event loop busy (ELU)', (r) => `${(r.harness.eventLoopUtilization * 100).toFixed(0)} %`),
    row('bench process CPU (cores)', (r) => r.harness.cpuCores.toFixed(2)),
    row('bench event-loop delay p99 (ms)', (r) => ms(r.harness.eventLoopDelayP99Ms)),
    row('whole machine CPU busy (cores)', (r) => r.machine.busyCores.toFixed(2)),
    row('of which other processes (cores)', (r) => r.machine.otherCores.toFixed(2)),
    row('writers\' send lag p99 / max (ms)', (r) => `${ms(r.sendLag.p99)} / ${ms(r.sendLag.max)}`),
    row('connect phase (s)', (r) => (r.connectMs / 1000).toFixed(1)),
    row('drain after last send (ms)', (r) => ms(r.drainMs)),
  ];
}

function stageRows(results: readonly LoadResult[]): string[] {
  const rows = ['| stage | count | mean | p50 | p99 | max |', '|---|---:|---:|---:|---:|---:|'];
  for (const r of results) {
    for (const [name, s] of Object.entries(r.server.stages)) {
      rows.push(`| ${r.target}: ${name} | ${s.count.toLocaleString('en')} | ${ms(s.mean)} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(s.max)} |`);
    }
  }
  return rows;
}

/** The report as markdown; the raw numbers follow as JSON so runs can be compared by a script. */
export function formatReport(run: BenchRun): string {
  const { args, kompas, relay, environment: env } = run;
  const k = kompas.latency;
  const results = relay ? [kompas, relay] : [kompas];
  const rate = (args.writers * 1000) / args.intervalMs;
  const lines = [
    `# Live bench: ${args.participants.toLocaleString('en')} participants`,
    '',
    `- Command: \`${run.command}\``,
    `- Date: ${run.date}`,
    `- Machine: ${env.cores} cores (${env.cpuModel}), ${env.memoryGiB.toFixed(0)} GiB RAM, ${env.platform}; Node ${env.node}; open-file limit ${env.openFileLimit}; load average at start ${env.loadAverage.toFixed(2)}`,
    `- Code: ${env.commit}`,
    `- Load: ${args.participants} participants connected, ${args.writers} of them writing a note every ${args.intervalMs} ms ` +
      `(${rate.toFixed(0)} notes/s) for ${args.durationS} s; Kompas storage: ${kompas.storage}`,
    '',
    '## Note-to-screen latency (ms)',
    '',
    'From a writer handing its frame to the socket to each *other* participant receiving the note (same process, same clock).',
    '',
    '| | samples | p50 | p95 | p99 | max | mean |',
    '|---|---:|---:|---:|---:|---:|---:|',
    latencyRow('Kompas', k),
  ];
  if (relay) {
    const r = relay.latency;
    lines.push(
      latencyRow('bare ws relay', r),
      `| **Kompas / relay** | | **${ratio(k.p50, r.p50)}** | **${ratio(k.p95, r.p95)}** | **${ratio(k.p99, r.p99)}** | ${ratio(k.max, r.max)} | ${ratio(k.mean, r.mean)} |`,
    );
  }
  const p99Target =
    args.participants >= TARGET_PARTICIPANTS
      ? `p99 ≤ ${TARGET_P99_MS} ms: **${k.p99 <= TARGET_P99_MS ? 'met' : 'NOT met'}** (${ms(k.p99)} ms)`
      : `p99 ≤ ${TARGET_P99_MS} ms (set for ${TARGET_PARTICIPANTS.toLocaleString('en')} participants): ${ms(k.p99)} ms`;
  const ratioTarget = relay
    ? `; p99 ≤ ${TARGET_RATIO}× relay: **${k.p99 <= TARGET_RATIO * relay.latency.p99 ? 'met' : 'NOT met'}** (${ratio(k.p99, relay.latency.p99)})`
    : '';
  lines.push(
    '',
    `Targets: ${p99Target}${ratioTarget}.`,
    '',
    'p50 / p99 by second of the write phase in which the note was sent (a rising line means the server falls behind):',
    '',
    ...results.map((r) => `- ${r.target}: ${r.latencyBySecond.map((s) => `${ms(s.p50)}/${ms(s.p99)}`).join(', ')}`),
    '',
    '## Delivery',
    '',
    ...results.map(deliveryLine),
  );
  lines.push(
    '',
    '## Server memory per participant',
    '',
    `(sample − sample before the participants connected) / ${args.participants}, in the server process after a forced GC.`,
    '',
    '| | heapUsed + external | RSS |',
    '|---|---:|---:|',
    ...results.flatMap((r) => memoryRows(r, args.participants)),
    '',
    '## Load on the processes (over the write window, drain included)',
    '',
    ...serverRows(results),
    '',
    '## Server stages (ms, over the write window)',
    '',
    ...stageRows(results),
    '',
    '## Raw',
    '',
    '```json',
    JSON.stringify(run, null, 2),
    '```',
    '',
  );
  return lines.join('\n');
}
