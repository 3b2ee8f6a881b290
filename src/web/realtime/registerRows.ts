import type { EntryData, RegisterId } from '../../domain/registerTypes.ts';
import type { ErrorCode } from '../../protocol/errorCodes.ts';
import type { ClientState } from './clientState.ts';

/**
 * A register row as this device shows it: the server's row with this device's unanswered changes
 * laid over it, so an edit made offline shows at once and survives a reload (it waits in the
 * outbox like a note, [R19]).
 */
export interface DisplayEntry {
  readonly id: string;
  readonly register: RegisterId;
  readonly position: number;
  readonly data: EntryData;
  /** pending: a change waits to be sent; removing: its removal waits; null: as the server has it. */
  readonly status: 'pending' | 'removing' | null;
}

/** A change to a register row that the server refused; kept so what the person wrote is not lost. */
export interface RefusedEntryChange {
  readonly commandId: string;
  readonly entryId: string;
  readonly register: RegisterId;
  /** The fields that were sent, or null for a refused removal. */
  readonly fields: EntryData | null;
  readonly code: ErrorCode;
}

const byPosition = (a: DisplayEntry, b: DisplayEntry) => a.position - b.position || a.id.localeCompare(b.id);

/** The rows of one register, in their order, with this device's waiting changes applied. */
export function registerRows(state: ClientState, register: RegisterId): DisplayEntry[] {
  const rows = new Map<string, DisplayEntry>();
  for (const entry of state.board.entries.values()) {
    if (entry.register === register) rows.set(entry.id, { id: entry.id, register, position: entry.position, data: entry.data, status: null });
  }
  for (const { command } of state.outbox) {
    if (command.type === 'entry.save' && command.register === register) {
      const existing = rows.get(command.entryId);
      // Like the server, a new row without a position goes last.
      const last = Math.max(-1, ...[...rows.values()].map((r) => r.position));
      rows.set(command.entryId, {
        id: command.entryId,
        register,
        position: command.position ?? existing?.position ?? last + 1,
        data: { ...existing?.data, ...command.fields },
        status: existing?.status === 'removing' ? 'removing' : 'pending',
      });
    }
    if (command.type === 'entry.remove') {
      const existing = rows.get(command.entryId);
      if (existing) rows.set(command.entryId, { ...existing, status: 'removing' });
    }
  }
  return [...rows.values()].sort(byPosition);
}

/** This device's refused changes to one register (a removal counts when its row is known). */
export function refusedEntryChanges(state: ClientState, register: RegisterId): RefusedEntryChange[] {
  return state.rejected.flatMap(({ commandId, command, code }): RefusedEntryChange[] => {
    if (command.type === 'entry.save' && command.register === register) {
      return [{ commandId, entryId: command.entryId, register, fields: command.fields, code }];
    }
    if (command.type === 'entry.remove' && state.board.entries.get(command.entryId)?.register === register) {
      return [{ commandId, entryId: command.entryId, register, fields: null, code }];
    }
    return [];
  });
}

