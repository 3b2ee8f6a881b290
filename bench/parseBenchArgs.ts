import { parseArgs } from 'node:util';

export interface BenchArgs {
  readonly participants: number;
  readonly writers: number;
  readonly intervalMs: number;
  readonly durationS: number;
  readonly connectConcurrency: number;
  /** Markdown report (with the raw numbers as JSON at its end). */
  readonly out: string | null;
  /** Where to write a CPU profile of the Kompas server over the write window (.cpuprofile). */
  readonly cpuProf: string | null;
  /** Embedded database in a temporary directory (as in production) or in memory. Ignored with DATABASE_URL. */
  readonly pglite: 'tempdir' | 'memory';
  /** Skip the bare relay (when only the Kompas numbers or a profile are wanted). */
  readonly skipRelay: boolean;
}

export const USAGE = `Usage: npm run bench:live -- [options]
  --participants N          connected participants (default 100)
  --writers W               participants that write (default 10)
  --interval-ms I           each writer adds a note every I ms (default 200)
  --duration-s D            how long the writers write (default 10)
  --connect-concurrency C   joins in flight at once (default 20)
  --out FILE                also write the report (markdown + JSON) to FILE
  --cpu-prof FILE           CPU-profile the Kompas server over the write window
  --pglite tempdir|memory   where the embedded database lives (default tempdir; DATABASE_URL wins)
  --skip-relay              measure Kompas only`;

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got ${raw}`);
  return value;
}

/** Reads the command line; throws with a readable message on a bad flag. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      participants: { type: 'string' },
      writers: { type: 'string' },
      'interval-ms': { type: 'string' },
      'duration-s': { type: 'string' },
      'connect-concurrency': { type: 'string' },
      out: { type: 'string' },
      'cpu-prof': { type: 'string' },
      pglite: { type: 'string' },
      'skip-relay': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const participants = positiveInt('participants', values.participants, 100);
  const writers = positiveInt('writers', values.writers, 10);
  if (writers > participants) throw new Error(`--writers (${writers}) cannot exceed --participants (${participants})`);
  const pglite = values.pglite ?? 'tempdir';
  if (pglite !== 'tempdir' && pglite !== 'memory') throw new Error(`--pglite must be tempdir or memory, got ${pglite}`);
  return {
    participants,
    writers,
    intervalMs: positiveInt('interval-ms', values['interval-ms'], 200),
    durationS: positiveInt('duration-s', values['duration-s'], 10),
    connectConcurrency: positiveInt('connect-concurrency', values['connect-concurrency'], 20),
    out: values.out ?? null,
    cpuProf: values['cpu-prof'] ?? null,
    pglite,
    skipRelay: values['skip-relay'] ?? false,
  };
}
