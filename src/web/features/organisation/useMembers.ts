import { useCallback, useEffect, useRef, useState } from 'react';
import type { MembersResponse } from '../../../protocol/accounts.ts';
import { accountsApi } from '../../api/accountsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';

export type MembersLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly members: MembersResponse }
  | { readonly status: 'failed'; readonly error: ApiError };

/** The organisation's members (and, for those who manage them, pending invitations); refresh after a change. */
export function useMembers(organisationId: string): { load: MembersLoad; refresh: () => Promise<void> } {
  const [load, setLoad] = useState<MembersLoad>({ status: 'loading' });
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    const result = await accountsApi.members(organisationId);
    if (ticket !== latest.current) return;
    setLoad(result.ok ? { status: 'ready', members: result.value } : { status: 'failed', error: result.error });
  }, [organisationId]);

  useEffect(() => {
    setLoad({ status: 'loading' });
    void refresh();
  }, [refresh]);

  return { load, refresh };
}
