import { useEffect, useState } from 'react';

/**
 * Whether the text typed in the delete dialog confirms the organisation's name. The same check
 * as the server's: the name exactly, spaces around it aside.
 */
export function confirmsName(typed: string, name: string): boolean {
  return name.length > 0 && typed.trim() === name;
}

/** What the settings page leaves in the front page's history entry after deleting an organisation. */
export interface DeletedOrganisationState {
  readonly deletedOrganisation: string;
}

export function deletedOrganisationState(name: string): DeletedOrganisationState {
  return { deletedOrganisation: name };
}

/** The name of the organisation just deleted, from history state; null for anything else. */
export function readDeletedOrganisation(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const { deletedOrganisation } = state as Record<string, unknown>;
  return typeof deletedOrganisation === 'string' && deletedOrganisation.length > 0 ? deletedOrganisation : null;
}

/** The live region is in the page for this long before the message goes in, so it is announced. */
const NOTICE_DELAY_MS = 300;

/**
 * For the front page: the name of the organisation the person just deleted, or null. It comes a
 * moment after the page, into a role=status region already there. The history entry forgets it,
 * so a reload or coming back later does not say it again.
 */
export function useDeletedOrganisationNotice(): string | null {
  const [name] = useState(() => (typeof window === 'undefined' ? null : readDeletedOrganisation(window.history.state)));
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!name) return;
    window.history.replaceState(null, '');
    const id = setTimeout(() => setShown(true), NOTICE_DELAY_MS);
    return () => clearTimeout(id);
  }, [name]);
  return shown ? name : null;
}
