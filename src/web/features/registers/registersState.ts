import type { RegisterId } from '../../../domain/registerTypes.ts';
import type { EntryView, ProjectRegistersResponse, RegisterView } from '../../../protocol/registers.ts';

const byPosition = (a: EntryView, b: EntryView) => a.position - b.position || a.id.localeCompare(b.id);

/** The registers with one row as the server just answered it: replaced where it was, else added in position order. */
export function withEntry(registers: ProjectRegistersResponse, entry: EntryView): ProjectRegistersResponse {
  return {
    ...registers,
    registers: registers.registers.map((view) =>
      view.register === entry.register ? { ...view, entries: [...view.entries.filter((e) => e.id !== entry.id), entry].sort(byPosition) } : view,
    ),
  };
}

/** The registers without a deleted row. */
export function withoutEntry(registers: ProjectRegistersResponse, register: RegisterId, entryId: string): ProjectRegistersResponse {
  return {
    ...registers,
    registers: registers.registers.map((view) => (view.register === register ? { ...view, entries: view.entries.filter((e) => e.id !== entryId) } : view)),
  };
}

/** One register's rows and whether the viewer may change them; an empty read-only view when the server sent none. */
export function registerView(registers: ProjectRegistersResponse, register: RegisterId): RegisterView {
  return registers.registers.find((view) => view.register === register) ?? { register, entries: [], canEdit: false };
}

/** The position after the register's last row, for a row added at the end. */
export function nextPosition(view: RegisterView): number {
  return view.entries.reduce((last, entry) => Math.max(last, entry.position + 1), 0);
}
