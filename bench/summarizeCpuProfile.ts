import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where a CPU profile (.cpuprofile, e.g. from `npm run bench:live -- --cpu-prof FILE`) spent its
 * time: the functions with the most self time, and the same time per file or package, plus the
 * inclusive time of a few functions of interest.
 *
 *   npx tsx bench/summarizeCpuProfile.ts FILE [top=25] [function names to show inclusive time for…]
 */
interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

function place(url: string): string {
  if (!url) return '(native / VM)';
  const clean = url.replace(/^file:\/\//, '');
  const inModules = clean.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const parts = clean.slice(inModules + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? clean);
  }
  if (clean.startsWith('node:')) return clean;
  return path.relative(process.cwd(), clean);
}

/** Self time (ms) per node, from the samples and the time between them. */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  return self;
}

function table(title: string, rows: ReadonlyMap<string, number>, total: number, top: number): string {
  const sorted = [...rows].sort((a, b) => b[1] - a[1]).slice(0, top);
  const lines = sorted.map(([name, ms]) => `${ms.toFixed(0).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
  return `${title}\n${lines.join('\n')}`;
}

function main(): void {
  const [file, topArg, ...focus] = process.argv.slice(2);
  if (!file) throw new Error('usage: npx tsx bench/summarizeCpuProfile.ts FILE [top] [function…]');
  const top = Number(topArg ?? 25);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const self = selfTimes(profile);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = [...self.values()].reduce((a, b) => a + b, 0);

  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const where = place(frame.url);
    const fn = `${frame.functionName || '(anonymous)'}  ${where}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    byPlace.set(where, (byPlace.get(where) ?? 0) + ms);
  }

  // Inclusive time of named functions: self time of the node and everything below it, once per subtree.
  const inclusive = new Map<string, number>();
  const subtree = (id: number): number => {
    const node = byId.get(id);
    return (self.get(id) ?? 0) + (node?.children ?? []).reduce((sum, child) => sum + subtree(child), 0);
  };
  const walk = (id: number, inside: ReadonlySet<string>): void => {
    const node = byId.get(id);
    if (!node) return;
    const name = node.callFrame.functionName;
    let next = inside;
    if (focus.includes(name) && !inside.has(name)) {
      inclusive.set(name, (inclusive.get(name) ?? 0) + subtree(id));
      next = new Set([...inside, name]);
    }
    for (const child of node.children ?? []) walk(child, next);
  };
  const root = profile.nodes[0];
  if (root && focus.length > 0) walk(root.id, new Set());

  console.log(`${file}: ${(total / 1000).toFixed(1)} s of samples\n`);
  console.log(table('Self time by file or package:', byPlace, total, top));
  console.log(`\n${table('Self time by function:', byFunction, total, top)}`);
  if (focus.length > 0) console.log(`\n${table('Inclusive time:', inclusive, total, focus.length)}`);
}

main();
