import { useCallback, useEffect, useRef, useState } from 'react';
import type { OrganisationView } from '../../../protocol/accounts.ts';
import { accountsApi } from '../../api/accountsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';

export type OrganisationLoad =
  | { readonly status: 'loading'; readonly organisation: null; readonly error: null }
  | { readonly status: 'ready'; readonly organisation: OrganisationView; readonly error: null }
  | { readonly status: 'failed'; readonly organisation: null; readonly error: ApiError };

export type UseOrganisation = OrganisationLoad & {
  /** Asks again; the organisation on screen stays until the answer comes. */
  readonly refresh: () => Promise<void>;
  /** Puts in a view the server just answered with (after saving the settings), without asking again. */
  readonly replace: (organisation: OrganisationView) => void;
};

const LOADING: OrganisationLoad = { status: 'loading', organisation: null, error: null };

/**
 * GET /api/organisations/:id for a page inside an organisation: its name, settings, and the
 * viewer's roles and permissions there. `error` is 'signed_out' for a guest and 'not_found'
 * for an organisation that does not exist or that the viewer is not a member of.
 */
export function useOrganisation(organisationId: string): UseOrganisation {
  const [load, setLoad] = useState<OrganisationLoad>(LOADING);
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    const result = await accountsApi.organisation(organisationId);
    if (ticket !== latest.current) return;
    setLoad(result.ok ? { status: 'ready', organisation: result.value, error: null } : { status: 'failed', organisation: null, error: result.error });
  }, [organisationId]);

  useEffect(() => {
    setLoad(LOADING);
    void refresh();
  }, [refresh]);

  const replace = useCallback((organisation: OrganisationView) => {
    latest.current++;
    setLoad({ status: 'ready', organisation, error: null });
  }, []);

  return { ...load, refresh, replace };
}
