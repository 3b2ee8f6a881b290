import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { MeResponse } from '../../protocol/accounts.ts';
import type { ApiError } from '../api/apiRequest.ts';
import { accountsApi } from '../api/accountsApi.ts';

export interface Session {
  /** 'loading' until the first answer from /api/me; a later refresh keeps 'ready' and the last answer. */
  readonly status: 'loading' | 'ready';
  /**
   * Who is signed in and their organisations. `me.user` is null when nobody is signed in;
   * `me` itself is null while loading or when /api/me could not be reached (then see `error`).
   */
  readonly me: MeResponse | null;
  readonly error: ApiError | null;
  /** Asks the server again: after signing in or out, creating an organisation, accepting an invitation. */
  readonly refresh: () => Promise<void>;
}

const OUTSIDE_PROVIDER: Session = { status: 'loading', me: null, error: null, refresh: () => Promise.resolve() };
const SessionContext = createContext<Session>(OUTSIDE_PROVIDER);

/** Fetches /api/me once for the whole app and shares it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<Omit<Session, 'refresh'>>({ status: 'loading', me: null, error: null });
  // Only the newest request may set the state, so a slow answer from before a sign-out cannot
  // bring the signed-in person back.
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    const result = await accountsApi.me();
    if (ticket !== latest.current) return;
    setState(result.ok ? { status: 'ready', me: result.value, error: null } : { status: 'ready', me: null, error: result.error });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const session = useMemo<Session>(() => ({ ...state, refresh }), [state, refresh]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The signed-in person and their organisations, shared by every page. */
export function useSession(): Session {
  return useContext(SessionContext);
}

/** The signed-in person, or null (signed out, still loading, or unreachable). */
export function signedInUser(session: Session): NonNullable<MeResponse['user']> | null {
  return session.me?.user ?? null;
}
