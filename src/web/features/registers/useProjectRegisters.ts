import { useCallback } from 'react';
import type { RegisterId } from '../../../domain/registerTypes.ts';
import type { EntryView, ProjectRegistersResponse } from '../../../protocol/registers.ts';
import { registersApi } from '../../api/registersApi.ts';
import { withEntry, withoutEntry } from './registersState.ts';
import { useFetched } from './useFetched.ts';

/** The project's registers, with the changes the server confirms applied in place. */
export function useProjectRegisters(organisationId: string, projectId: string) {
  const { load, update, reload } = useFetched<ProjectRegistersResponse>(() => registersApi.list(organisationId, projectId), `${organisationId}/${projectId}`);
  const saved = useCallback((entry: EntryView) => update((registers) => withEntry(registers, entry)), [update]);
  const removed = useCallback((register: RegisterId, entryId: string) => update((registers) => withoutEntry(registers, register, entryId)), [update]);
  return { load, saved, removed, reload };
}
