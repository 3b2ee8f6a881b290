import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useT } from '../i18n/useT.ts';
import type { ClientState } from '../realtime/clientState.ts';
import { needsSignIn } from '../realtime/useSessionRefusal.ts';
import { joinPath } from './joinCodeText.ts';
import { SignInNeeded } from './SignInNeeded.tsx';

interface ConnectionGateProps {
  readonly state: ClientState;
  readonly children: ReactNode;
  /** A participant refused by the server can join again with this code. */
  readonly rejoinCode?: string | null;
  /** A facilitator or projector refused by the server is asked to sign in, for this reason. */
  readonly signInReason?: string;
}

/**
 * Shows the page once there is a board to show (live, or the copy kept from the last visit);
 * before that, a loading line, or what went wrong for good (with a way to join again when the
 * join code is known, or to sign in when the page runs on a member's session).
 */
export function ConnectionGate({ state, children, rejoinCode, signInReason }: ConnectionGateProps) {
  const { t, error } = useT();
  if (state.status === 'failed' && signInReason && needsSignIn(state.failure)) return <SignInNeeded reason={signInReason} />;
  if (state.status === 'failed') {
    return (
      <div className="narrow">
        <h1>{t('connection.failedTitle')}</h1>
        <p role="alert">{state.failure ? error(state.failure) : t('status.failed')}</p>
        {rejoinCode && state.failure === 'unauthorized' ? (
          <Link href={joinPath(rejoinCode)} className="button button-primary">
            {t('connection.rejoin')}
          </Link>
        ) : (
          <Link href="/" className="button button-primary">
            {t('common.toFrontPage')}
          </Link>
        )}
      </div>
    );
  }
  if (!state.board.workshop) {
    return (
      <div className="narrow">
        <h1>{t('connection.loadingTitle')}</h1>
        <p>{state.status === 'offline' ? t('connection.waitingForNetwork') : t('connection.loading')}</p>
      </div>
    );
  }
  return <>{children}</>;
}
