import type { RegisterEntry, RegisterId } from '../../../domain/registerTypes.ts';
import type { TemplateDefinition } from '../../../domain/template.ts';
import type { WorkshopCommand } from '../../../domain/workshopCommands.ts';
import type { WorkshopEvent, WorkshopEventData } from '../../../domain/workshopEvents.ts';
import type { Tx } from '../../db/database.ts';
import { sameEntryData } from '../../../domain/registers.ts';
import { findStoredEntry, loadRegisterEntries, lockProject, writeRegisterEntry } from '../registers/registerStore.ts';

/**
 * A workshop's register steps work on the project's registers: the rows are loaded into the
 * workshop when it starts and again whenever a register step comes on screen (so changes made on
 * the project page in between are seen), and every change the group makes is written through to
 * the project in the same transaction as the workshop's event.
 */

export interface WorkshopScope {
  readonly organisationId: string;
  readonly projectId: string;
}

/** The registers a template's steps fill in, each once. */
export function registersOf(template: TemplateDefinition): RegisterId[] {
  return [...new Set(template.steps.flatMap((s) => (s.kind === 'register' && s.register ? [s.register] : [])))];
}

/** Events that bring the workshop's copy of these registers up to the project's rows. */
export async function loadedEntriesEvents(
  tx: Tx,
  scope: WorkshopScope,
  registers: readonly RegisterId[],
  held: ReadonlyMap<string, RegisterEntry> = new Map(),
): Promise<WorkshopEventData[]> {
  const events: WorkshopEventData[] = [];
  for (const register of registers) {
    const entries = await loadRegisterEntries(tx, scope.organisationId, scope.projectId, register);
    const fresh = new Set(entries.map((e) => e.id));
    const removedIds = [...held.values()].filter((e) => e.register === register && !fresh.has(e.id)).map((e) => e.id);
    events.push({ type: 'entries.loaded', register, entries, removedIds });
  }
  return events;
}

/** The register a command brings on screen, when it moves to a register step. */
export function registerEnteredBy(template: TemplateDefinition, command: WorkshopCommand): RegisterId | null {
  if (command.type !== 'step.go') return null;
  const step = template.steps[command.stepIndex];
  return step?.kind === 'register' && step.register ? step.register : null;
}

/**
 * Writes the group's register changes through to the project, with a revision each. Only the
 * fields the group changed are written over the project's row, so a field edited on the project
 * page since the workshop loaded its copy is kept (last writer wins per field, not per row).
 */
export async function writeThrough(
  tx: Tx,
  scope: WorkshopScope,
  workshopId: string,
  userId: string | null,
  events: readonly WorkshopEvent[],
  entriesBefore: ReadonlyMap<string, RegisterEntry>,
): Promise<void> {
  // The same lock the project page's saves take, so the two never interleave on a row.
  await lockProject(tx, scope.organisationId, scope.projectId);
  // Each revision is dated like its event: by the workshop's clock, not the wall clock.
  for (const { data, at } of events) {
    if (data.type === 'entry.saved') {
      const before = entriesBefore.get(data.entry.id);
      const changed = Object.entries(data.entry.data).filter(([field, value]) => !sameEntryData({ [field]: value }, { [field]: before?.data[field] ?? null }));
      const stored = await findStoredEntry(tx, scope.organisationId, scope.projectId, data.entry.id);
      const base = stored && !stored.deleted ? stored.data : (before?.data ?? data.entry.data);
      const entry = { ...data.entry, data: { ...base, ...Object.fromEntries(changed) } };
      await writeRegisterEntry(tx, { ...scope, entry, deleted: false, userId, workshopId, at: new Date(at) });
    } else if (data.type === 'entry.removed') {
      const entry = entriesBefore.get(data.entryId);
      if (entry) await writeRegisterEntry(tx, { ...scope, entry: { ...entry, version: entry.version + 1 }, deleted: true, userId, workshopId, at: new Date(at) });
    }
  }
}
