import { z } from 'zod';
import type { ViewerAuth } from '../../protocol/socketMessages.ts';
import { readJson, removeKey, writeJson, type KeyValueStore } from './localStore.ts';
import { storageKeys } from './storageKeys.ts';

const ParticipantCredentialsSchema = z.object({
  participantToken: z.string().min(1),
  participantId: z.string().min(1),
});
export type ParticipantCredentials = z.infer<typeof ParticipantCredentialsSchema>;

const FacilitatorKeySchema = z.string().min(1);

export function loadParticipant(store: KeyValueStore, workshopId: string): ParticipantCredentials | null {
  return readJson(store, storageKeys.participant(workshopId), ParticipantCredentialsSchema);
}

export function saveParticipant(store: KeyValueStore, workshopId: string, credentials: ParticipantCredentials): void {
  writeJson(store, storageKeys.participant(workshopId), credentials);
}

export function forgetParticipant(store: KeyValueStore, workshopId: string): void {
  removeKey(store, storageKeys.participant(workshopId));
}

export function loadFacilitatorKey(store: KeyValueStore, workshopId: string): string | null {
  return readJson(store, storageKeys.facilitator(workshopId), FacilitatorKeySchema);
}

export function saveFacilitatorKey(store: KeyValueStore, workshopId: string, key: string): void {
  writeJson(store, storageKeys.facilitator(workshopId), key);
}

/**
 * Takes the facilitator key from the link's fragment (#key=…), keeps it in local storage, and
 * removes it from the address bar so it is not shown on a projector or shared by copying the URL.
 * Falls back to the stored key when the fragment has none.
 */
export function takeFacilitatorKeyFromLocation(store: KeyValueStore, workshopId: string): string | null {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const fromHash = params.get('key');
  if (fromHash) {
    saveFacilitatorKey(store, workshopId, fromHash);
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return loadFacilitatorKey(store, workshopId);
}

/** A short name for a viewer, used to keep each viewer's outbox and cache apart on one device. */
export function viewerKeyOf(auth: ViewerAuth, participantId: string | null): string {
  return auth.role === 'participant' ? `participant.${participantId ?? 'unknown'}` : auth.role;
}
