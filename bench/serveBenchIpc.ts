import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import type { ServerStatsSnapshot } from './serverStats.ts';

/** Parent → child. Every request with an id gets one answer with the same id. */
export type ParentMessage =
  | { readonly type: 'memory'; readonly id: number }
  | { readonly type: 'window'; readonly id: number; readonly phase: 'start' | 'end' }
  | { readonly type: 'stop' };

/** Child → parent. */
export type ChildMessage =
  | { readonly type: 'ready'; readonly port: number; readonly storage: string }
  | { readonly type: 'memory'; readonly id: number; readonly usage: NodeJS.MemoryUsage; readonly gc: boolean }
  | { readonly type: 'window'; readonly id: number; readonly stats: ServerStatsSnapshot | null };

export interface BenchChildHooks {
  /** Clears the child's counters; called when the measured window starts. */
  startWindow(): void;
  /** The child's counters over the window; called when it ends. */
  endWindow(): ServerStatsSnapshot;
  close(): Promise<void>;
}

function reply(message: ChildMessage): void {
  process.send?.(message);
}

async function collectGarbage(): Promise<boolean> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  return true;
}

/**
 * The child's side of the bench IPC: reports the port, answers memory and window requests, and
 * stops on request. With BENCH_CPU_PROFILE=<file> the measured window is CPU-profiled into <file>.
 */
export function serveBenchIpc(port: number, storage: string, hooks: BenchChildHooks): void {
  if (!process.send) throw new Error('run me with child_process.fork (an IPC channel is needed)');
  const profileFile = process.env.BENCH_CPU_PROFILE;
  const session = profileFile ? new Session() : null;

  process.on('message', (message: ParentMessage) => {
    void (async () => {
      switch (message.type) {
        case 'memory': {
          const gc = await collectGarbage();
          reply({ type: 'memory', id: message.id, usage: process.memoryUsage(), gc });
          return;
        }
        case 'window': {
          if (message.phase === 'start') {
            if (session) {
              session.connect();
              await session.post('Profiler.enable');
              await session.post('Profiler.start');
            }
            hooks.startWindow();
            reply({ type: 'window', id: message.id, stats: null });
            return;
          }
          const stats = hooks.endWindow();
          if (session && profileFile) {
            const { profile } = await session.post('Profiler.stop');
            await writeFile(profileFile, JSON.stringify(profile));
            session.disconnect();
          }
          reply({ type: 'window', id: message.id, stats });
          return;
        }
        case 'stop':
          await hooks.close();
          process.disconnect();
          process.exit(0);
          return;
        default: {
          const unreachable: never = message;
          throw new Error(`unknown message ${JSON.stringify(unreachable)}`);
        }
      }
    })();
  });
  reply({ type: 'ready', port, storage });
}
