import { z } from 'zod';
import type { ViewerAuth } from '../../protocol/socketMessages.ts';
import { readJson, removeKey, writeJson, type KeyValueStore } from './localStore.ts';
import { storageKeys } from './storageKeys.ts';

const ParticipantCredentialsSchema = z.object({
  participantToken: z.string().min(1),
  participantId: z.string().min(1),
});
export type ParticipantCredentials = z.infer<typeof ParticipantCredentialsSchema>;

export function loadParticipant(store: KeyValueStore, workshopId: string): ParticipantCredentials | null {
  return readJson(store, storageKeys.participant(workshopId), ParticipantCredentialsSchema);
}

export function saveParticipant(store: KeyValueStore, workshopId: string, credentials: ParticipantCredentials): void {
  writeJson(store, storageKeys.participant(workshopId), credentials);
}

export function forgetParticipant(store: KeyValueStore, workshopId: string): void {
  removeKey(store, storageKeys.participant(workshopId));
}

/**
 * Forgets the copy of the board a facilitator or projector kept on this device, once the server
 * has refused the session: a shared computer should not keep showing what its last user saw.
 */
export function forgetBoardCopy(store: KeyValueStore, workshopId: string, viewerKey: string): void {
  removeKey(store, storageKeys.board(workshopId, viewerKey));
}

/** A short name for a viewer, used to keep each viewer's outbox and cache apart on one device. */
export function viewerKeyOf(auth: ViewerAuth, participantId: string | null): string {
  return auth.role === 'participant' ? `participant.${participantId ?? 'unknown'}` : auth.role;
}
