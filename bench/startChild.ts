import { fork, type ChildProcess } from 'node:child_process';
import type { ChildMessage, ParentMessage } from './serveBenchIpc.ts';
import type { ServerStatsSnapshot } from './serverStats.ts';

export interface MemorySample {
  readonly rss: number;
  /** heapUsed + external: what the process's JavaScript holds (external includes PGlite's WASM memory). */
  readonly heapAndExternal: number;
  /** Whether global.gc ran before the sample (the child was forked with --expose-gc). */
  readonly gc: boolean;
}

export interface BenchChild {
  readonly pid: number;
  readonly port: number;
  /** What the child stores its data in, as it describes it. */
  readonly storage: string;
  memory(): Promise<MemorySample>;
  startWindow(): Promise<void>;
  endWindow(): Promise<ServerStatsSnapshot>;
  stop(): Promise<void>;
}

/** A request to the child, before it gets its id. */
type Request = { readonly type: 'memory' } | { readonly type: 'window'; readonly phase: 'start' | 'end' };

const READY_TIMEOUT_MS = 120_000;
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Forks a bench server (a .ts file run through tsx, with --expose-gc) and waits until it reports
 * its port over IPC. `env` is added to the parent's environment.
 */
export async function startChild(script: string, env: Record<string, string> = {}): Promise<BenchChild> {
  const child: ChildProcess = fork(script, [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, (message: ChildMessage) => void>();
  let nextId = 1;

  const ready = await new Promise<Extract<ChildMessage, { type: 'ready' }>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with code ${code} before it was ready`));
    });
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve(message);
        return;
      }
      const answer = pending.get(message.id);
      pending.delete(message.id);
      answer?.(message);
    });
  });

  const request = (message: Request): Promise<ChildMessage> => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${message.type} from ${script}`)), REQUEST_TIMEOUT_MS);
      pending.set(id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      child.send({ ...message, id } satisfies ParentMessage);
    });
  };

  return {
    pid: child.pid ?? -1,
    port: ready.port,
    storage: ready.storage,
    async memory() {
      const answer = await request({ type: 'memory' });
      if (answer.type !== 'memory') throw new Error(`expected memory, got ${answer.type}`);
      const { usage, gc } = answer;
      return { rss: usage.rss, heapAndExternal: usage.heapUsed + usage.external, gc };
    },
    async startWindow() {
      await request({ type: 'window', phase: 'start' });
    },
    async endWindow() {
      const answer = await request({ type: 'window', phase: 'end' });
      const stats = answer.type === 'window' ? answer.stats : null;
      if (!stats) throw new Error('the child sent no stats');
      return stats;
    },
    stop() {
      if (child.exitCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.removeAllListeners('exit');
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send({ type: 'stop' } satisfies ParentMessage);
      });
    },
  };
}
