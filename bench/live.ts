import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, type BenchRun } from './formatReport.ts';
import { kompasTarget } from './kompasTarget.ts';
import { parseBenchArgs, USAGE, type BenchArgs } from './parseBenchArgs.ts';
import { relayTarget } from './relayTarget.ts';
import { runLoad, type LoadOptions, type LoadResult, type LoadTarget } from './runLoad.ts';
import { startChild } from './startChild.ts';

/**
 * `npm run bench:live`: note-to-screen latency with N participants on one Kompas workshop, and
 * the same load on a bare `ws` relay as the baseline. Each server runs in its own child
 * process; all clients run here. See bench/README.md for the method.
 */
const here = path.dirname(fileURLToPath(import.meta.url));

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}

/** The command as it was typed (DATABASE_URL is named but not shown: it may hold a password). */
function commandLine(): string {
  const args = process.argv.slice(2).map(shellQuote).join(' ');
  const env = process.env.DATABASE_URL ? 'DATABASE_URL=… ' : '';
  if (process.env.npm_lifecycle_event === 'bench:live') return `${env}npm run bench:live${args ? ` -- ${args}` : ''}`;
  return `${env}npx tsx bench/live.ts${args ? ` ${args}` : ''}`;
}

function quiet(command: string): string | null {
  try {
    return execSync(command, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], shell: '/bin/sh' }).trim();
  } catch {
    return null;
  }
}

/** Each connection is a file descriptor on both ends: warn before the run fails halfway. */
function checkOpenFileLimit(participants: number): string {
  const limit = quiet('ulimit -n') ?? 'unknown';
  const needed = 2 * participants + 100;
  if (limit !== 'unlimited' && (limit === 'unknown' || Number(limit) < needed)) {
    console.warn(
      `WARNING: open-file limit (ulimit -n) is ${limit}; ${participants} participants need about ${needed} ` +
        `(a socket on the client side and one on the server side, plus the process's own files).\n` +
        `         Raise it first, e.g.  ulimit -n ${Math.max(4096, needed)}`,
    );
  }
  return limit;
}

function codeVersion(): string {
  const commit = quiet('git rev-parse --short HEAD') ?? 'unknown';
  const dirty = quiet('git status --porcelain -- src');
  return dirty ? `${commit} + uncommitted changes in src/` : commit;
}

async function measure(
  name: LoadTarget['name'],
  script: string,
  env: Record<string, string>,
  options: LoadOptions,
): Promise<LoadResult> {
  const child = await startChild(path.join(here, script), env);
  try {
    const target = name === 'kompas' ? kompasTarget(child.port) : relayTarget(child.port);
    return await runLoad(target, child, options);
  } finally {
    await child.stop();
  }
}

async function main(): Promise<void> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
  const loadAverage = os.loadavg()[0] ?? 0;
  const command = commandLine();
  console.log(`$ ${command}\n`);
  const openFileLimit = checkOpenFileLimit(args.participants);
  if (loadAverage > os.cpus().length / 2) {
    console.warn(`WARNING: load average is ${loadAverage.toFixed(2)} on ${os.cpus().length} cores; other work will skew the numbers.`);
  }
  if (args.intervalMs < 100) console.warn('WARNING: Kompas allows 10 frames/s per connection; writers faster than one per 100 ms get rate_limited.');

  const options: LoadOptions = {
    participants: args.participants,
    writers: args.writers,
    intervalMs: args.intervalMs,
    durationS: args.durationS,
    connectConcurrency: args.connectConcurrency,
    drainTimeoutMs: 15_000,
  };
  const kompasEnv: Record<string, string> = { BENCH_PGLITE: args.pglite };
  if (args.cpuProf) {
    mkdirSync(path.dirname(path.resolve(args.cpuProf)), { recursive: true });
    kompasEnv.BENCH_CPU_PROFILE = path.resolve(args.cpuProf);
  }

  console.log('Kompas server (child process):');
  const kompas = await measure('kompas', 'kompasBenchServer.ts', kompasEnv, options);
  let relay: LoadResult | null = null;
  if (!args.skipRelay) {
    console.log('Bare ws relay (child process):');
    relay = await measure('relay', 'bareRelay.ts', {}, options);
  }

  const cpus = os.cpus();
  const run: BenchRun = {
    command,
    date: new Date().toISOString(),
    environment: {
      node: process.version,
      cores: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      platform: `${os.platform()} ${os.arch()} (${os.release()})`,
      memoryGiB: os.totalmem() / 1024 ** 3,
      openFileLimit,
      commit: codeVersion(),
      loadAverage,
    },
    args,
    kompas,
    relay,
  };
  const report = formatReport(run);
  console.log(`\n${report.slice(0, report.indexOf('\n## Raw'))}`);
  if (args.out) {
    mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
    writeFileSync(args.out, report);
    console.log(`Report written to ${args.out}`);
  }
  if (args.cpuProf) console.log(`CPU profile of the Kompas server's write window: ${args.cpuProf}`);
  const failed = !kompas.delivery.exactlyOnce || (relay !== null && !relay.delivery.exactlyOnce);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
