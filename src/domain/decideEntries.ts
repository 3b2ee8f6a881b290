import type { Actor } from './actor.ts';
import { accept, refuse, type DecisionResult } from './decision.ts';
import type { RegisterEntry, RegisterId } from './registerTypes.ts';
import { isFixedEntry, sameEntryData, validateEntryFields } from './registers.ts';
import type { TemplateDefinition } from './template.ts';
import type { WorkshopCommand } from './workshopCommands.ts';
import type { WorkshopState } from './workshopState.ts';

type EntryCommand = Extract<WorkshopCommand, { type: 'entry.save' | 'entry.remove' }>;

/**
 * Whether this actor may change this register now: participants in the register's step while it
 * is on screen; the facilitator in any register step of the template, to tidy up afterwards.
 */
function mayEdit(state: WorkshopState, template: TemplateDefinition, actor: Actor, register: RegisterId): boolean {
  if (actor.kind === 'facilitator') return template.steps.some((s) => s.kind === 'register' && s.register === register);
  const current = template.steps[state.stepIndex];
  return current?.kind === 'register' && current.register === register;
}

/** After every row of the register the workshop holds. */
function nextPosition(state: WorkshopState, register: RegisterId): number {
  let last = -1;
  for (const entry of state.entries.values()) if (entry.register === register) last = Math.max(last, entry.position);
  return last + 1;
}

/** Rows of the project's registers, filled in together in a register step. */
export function decideEntry(
  state: WorkshopState,
  template: TemplateDefinition,
  actor: Actor,
  command: EntryCommand,
): DecisionResult {
  switch (command.type) {
    case 'entry.save': {
      if (!mayEdit(state, template, actor, command.register)) return refuse('register_not_in_step');
      const existing = state.entries.get(command.entryId);
      if (existing && existing.register !== command.register) return refuse('entry_exists');
      const validated = validateEntryFields(command.register, command.fields, existing?.data ?? null);
      if (!validated.ok) return refuse(validated.error);
      const position = command.position ?? existing?.position ?? nextPosition(state, command.register);
      // A retried or redundant save changes nothing, so it records nothing.
      if (existing && existing.position === position && sameEntryData(existing.data, validated.value)) return accept();
      const entry: RegisterEntry = {
        id: command.entryId,
        register: command.register,
        position,
        data: validated.value,
        version: (existing?.version ?? 0) + 1,
      };
      return accept({ type: 'entry.saved', entry });
    }
    case 'entry.remove': {
      const existing = state.entries.get(command.entryId);
      if (!existing) return refuse('entry_not_found');
      if (!mayEdit(state, template, actor, existing.register)) return refuse('register_not_in_step');
      if (isFixedEntry(existing.register, existing.id)) return refuse('entry_is_fixed');
      return accept({ type: 'entry.removed', entryId: existing.id, register: existing.register });
    }
    default: {
      const unreachable: never = command;
      throw new Error(`unhandled entry command ${JSON.stringify(unreachable)}`);
    }
  }
}
