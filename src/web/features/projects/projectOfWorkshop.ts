import { z } from 'zod';
import { readJson, writeJson, type KeyValueStore } from '../../realtime/localStore.ts';
import { storageKeys } from '../../realtime/storageKeys.ts';
import { projectHref } from './projectText.ts';

const ProjectOfWorkshopSchema = z.object({ organisationId: z.string().min(1), projectId: z.string().min(1) });
export type ProjectOfWorkshop = z.infer<typeof ProjectOfWorkshopSchema>;

/**
 * Which project a workshop belongs to, as this device last saw it on the project's page. The
 * live workshop does not say, so the facilitator's page reads it from here to link back.
 */
export function loadProjectOfWorkshop(store: KeyValueStore, workshopId: string): ProjectOfWorkshop | null {
  return readJson(store, storageKeys.workshopProject(workshopId), ProjectOfWorkshopSchema);
}

export function rememberProjectOfWorkshop(store: KeyValueStore, workshopId: string, link: ProjectOfWorkshop): void {
  const known = loadProjectOfWorkshop(store, workshopId);
  if (known?.organisationId === link.organisationId && known.projectId === link.projectId) return;
  writeJson(store, storageKeys.workshopProject(workshopId), link);
}

/** The project page's address. */
export function projectPath(link: ProjectOfWorkshop): string {
  return projectHref(link.organisationId, link.projectId);
}
