import { useEffect, useState } from 'react';
import type { ClientState } from '../realtime/clientState.ts';
import { useT } from '../i18n/useT.ts';
import { Icon } from './Icon.tsx';

const BACK_ONLINE_SHOWN_MS = 5000;

/**
 * The connection, said in words: offline with how many notes are waiting, and "back online"
 * for a moment afterwards. The role=status region stays in the page so changes are announced.
 * A connection refused for good is said by the page itself (ConnectionGate).
 */
export function StatusBar({ state }: { state: ClientState }) {
  const { t, tn } = useT();
  const [showBack, setShowBack] = useState(false);
  const { status, hasDropped } = state;

  useEffect(() => {
    if (status !== 'online' || !hasDropped) return;
    setShowBack(true);
    const id = setTimeout(() => setShowBack(false), BACK_ONLINE_SHOWN_MS);
    return () => clearTimeout(id);
  }, [status, hasDropped]);

  const waitingNotes = state.outbox.filter((e) => e.command.type === 'note.add').length;
  const waitingOther = state.outbox.length - waitingNotes;
  let message: string | null = null;
  let tone = 'info';
  if (status === 'offline') {
    tone = 'warning';
    if (waitingNotes > 0) message = tn('status.offlineNotes', waitingNotes);
    else if (waitingOther > 0) message = tn('status.offlineChanges', waitingOther);
    else message = t('status.offline');
  } else if (status === 'connecting') {
    message = t('status.connecting');
  } else if (showBack) {
    tone = 'success';
    message = state.outbox.length > 0 ? t('status.backSending') : t('status.back');
  }

  return (
    <div className={`status-bar${message ? ` status-${tone}` : ' status-empty'}`} role="status" data-testid="offline-status">
      {message ? (
        <>
          <Icon name={tone === 'success' ? 'check' : status === 'connecting' ? 'clock' : 'offline'} size={18} />
          <span>{message}</span>
        </>
      ) : null}
    </div>
  );
}
