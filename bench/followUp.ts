import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ACTION_TIME_ZONE, calendarDate } from '../src/domain/actionPlan.ts';
import { EMPTY_FRAME } from '../src/domain/projectPhases.ts';
import { findTemplate } from '../src/domain/templateRegistry.ts';
import type { WorkshopCommand } from '../src/domain/workshopCommands.ts';
import { loadAuthSecret } from '../src/server/auth/authSecret.ts';
import { composeApp } from '../src/server/composeApp.ts';
import { openDatabase } from '../src/server/db/openDatabase.ts';
import { organisations } from '../src/server/db/schema.ts';
import { listActions } from '../src/server/features/actions/actionStore.ts';
import { buildOverview } from '../src/server/features/overview/buildOverview.ts';
import { insertProject } from '../src/server/features/projects/projectStore.ts';
import { createWorkshop } from '../src/server/features/workshops/createWorkshop.ts';
import { runCommand } from '../src/server/features/workshops/runCommand.ts';
import { WorkshopRooms } from '../src/server/features/workshops/workshopRooms.ts';
import { createInProcessEventBus } from '../src/server/realtime/inProcessEventBus.ts';

/**
 * How the follow-up reads scale with an organisation's size: the action plan (one query) and the
 * committee's overview (one query per kind of count, plus up to two workshop rooms per project),
 * for an organisation of N projects, each with a finished compass and status after of 30 notes and
 * 10 actions. Cold: rooms not yet loaded (a fresh instance); warm: rooms in memory. Reported as
 * times and as the overview's ratio to the action plan, measured in one run.
 *
 *   npx tsx bench/followUp.ts [projects] [--out bench/results/follow-up-N.md]
 */

const args = process.argv.slice(2);
const projects = Number(args.find((a) => /^\d+$/.test(a)) ?? 50);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
const ROUNDS = 15;
const quietLog = { info: () => undefined, warn: () => undefined, error: (obj: object, msg: string) => console.error(msg, JSON.stringify(obj)) };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kompas-bench-follow-up-'));
  const database = await openDatabase({ kind: 'pglite', dataDir });
  const bus = createInProcessEventBus();
  const compose = (rooms: WorkshopRooms) =>
    loadAuthSecret(database.db, undefined).then((authSecret) =>
      composeApp({ db: database.db, rooms, publicUrl: 'http://127.0.0.1', authSecret, mailTransport: null, production: true, log: quietLog }),
    );
  const setupRooms = new WorkshopRooms(database.db, bus, randomUUID());
  const ctx = await compose(setupRooms);
  const organisationId = randomUUID();
  await database.db.insert(organisations).values({ id: organisationId, name: 'Bench', slug: `bench-${organisationId.slice(0, 8)}` });

  const started = performance.now();
  for (let p = 0; p < projects; p++) {
    const projectId = await insertProject(
      database.db,
      organisationId,
      null,
      { title: `Projekt ${p}`, description: '', staffGroups: [], units: [`Enhed ${p % 5}`], phase: 'operation', step: 'operation', frame: EMPTY_FRAME },
      new Date(),
    );
    for (const [templateId, stepId, kinds] of [
      ['compass-before', 'expectations', ['better', 'worse']],
      ['status-after', 'changes', ['improved', 'worsened']],
    ] as const) {
      const created = await createWorkshop(ctx, { organisationId, projectId, createdBy: null, title: `${templateId} ${p}`, templateId, locale: 'da', anonymous: false, phase: null });
      if (!created.ok) throw new Error(created.error);
      const workshopId = created.value.workshopId;
      const room = await ctx.rooms.get(workshopId);
      if (!room) throw new Error('no room');
      const send = async (command: WorkshopCommand) => {
        const { outcome } = await runCommand(ctx, room, { role: 'facilitator', workshopId }, randomUUID(), command);
        if (outcome.kind !== 'ack') throw new Error(`${command.type}: ${outcome.code}`);
      };
      await send({ type: 'step.go', stepIndex: findTemplate(templateId)?.steps.findIndex((s) => s.id === stepId) ?? -1 });
      const traits = ['realistic', 'recognised', 'autonomous', 'meaningful', 'developing', 'healthy'];
      for (let n = 0; n < 30; n++) {
        await send({ type: 'note.add', noteId: randomUUID(), stepId, category: traits[n % 6] ?? 'realistic', kind: kinds[n % 2] ?? kinds[0], text: `Seddel ${n}` });
      }
      await send({ type: 'paper.headcount', stepId, count: 8 });
      if (templateId === 'status-after') {
        for (let a = 0; a < 10; a++) {
          await send({ type: 'action.add', actionId: randomUUID(), what: `Handling ${a}`, who: 'Teamet', due: `2026-0${1 + (a % 9)}-15`, noteIds: [], traitId: null });
        }
      }
      await send({ type: 'workshop.finish' });
    }
  }
  const setupSeconds = (performance.now() - started) / 1000;
  setupRooms.close();

  const today = calendarDate(Date.now(), ACTION_TIME_ZONE);
  const planAll: number[] = [];
  const planOverdue: number[] = [];
  const overviewWarm: number[] = [];
  const overviewCold: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    planAll.push(await timed(() => listActions(database.db, organisationId, { today })));
    planOverdue.push(await timed(() => listActions(database.db, organisationId, { today, state: 'overdue' })));
    const rooms = new WorkshopRooms(database.db, bus, randomUUID());
    const fresh = await compose(rooms);
    overviewCold.push(await timed(() => buildOverview(fresh, organisationId, 5, {})));
    overviewWarm.push(await timed(() => buildOverview(fresh, organisationId, 5, {})));
    rooms.close();
  }
  const count = (await listActions(database.db, organisationId, { today })).length;
  const rows = [
    ['action plan, all', median(planAll)],
    ['action plan, overdue', median(planOverdue)],
    ['overview, rooms cold', median(overviewCold)],
    ['overview, rooms warm', median(overviewWarm)],
  ] as const;
  const report = [
    `# Follow-up reads: ${projects} projects`,
    '',
    `PGlite in a temporary directory, Node ${process.version}, ${os.cpus().length} CPUs. Each project: a finished compass and status after`,
    `(30 notes each, 8 on paper) and 10 actions, ${count} actions in all; set up through the engine in ${setupSeconds.toFixed(1)} s.`,
    `Median of ${ROUNDS} rounds; the overview's ratio to the whole action plan is what carries between machines.`,
    '',
    '| read | median ms | × action plan |',
    '|---|---|---|',
    ...rows.map(([name, ms]) => `| ${name} | ${ms.toFixed(1)} | ${(ms / median(planAll)).toFixed(1)} |`),
    '',
  ].join('\n');
  console.log(report);
  if (out) writeFileSync(out, report);
  await ctx.mailer.close();
  await bus.close();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
