import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ViewerAuth } from '../../protocol/socketMessages.ts';
import type { ClientState } from './clientState.ts';
import { browserStore } from './localStore.ts';
import { WorkshopClient } from './WorkshopClient.ts';

function socketUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/ws`;
}

/**
 * The live client for one workshop and viewer, connected while the component is mounted and
 * nudged to reconnect at once when the browser comes back online or the tab becomes visible.
 */
export function useWorkshopClient(workshopId: string, auth: ViewerAuth, viewerKey: string): WorkshopClient {
  // Facilitator and projector prove who they are with the session cookie sent with the upgrade.
  const secret = auth.role === 'participant' ? auth.token : 'session';
  const [client, setClient] = useState(() => new WorkshopClient({ workshopId, auth, viewerKey, store: browserStore(), url: socketUrl() }));
  const [identity, setIdentity] = useState(`${workshopId}|${auth.role}|${secret}|${viewerKey}`);
  const nextIdentity = `${workshopId}|${auth.role}|${secret}|${viewerKey}`;
  if (nextIdentity !== identity) {
    // A different workshop or viewer in the same mounted page: a new client, adjusted during render.
    setIdentity(nextIdentity);
    setClient(new WorkshopClient({ workshopId, auth, viewerKey, store: browserStore(), url: socketUrl() }));
  }

  useEffect(() => {
    client.start();
    const handleOnline = () => client.retryNow();
    const handleOffline = () => client.markOffline();
    const handleVisible = () => {
      if (document.visibilityState === 'visible') client.retryNow();
    };
    window.addEventListener('online', handleOnline);
    window.addEventListener('offline', handleOffline);
    document.addEventListener('visibilitychange', handleVisible);
    return () => {
      window.removeEventListener('online', handleOnline);
      window.removeEventListener('offline', handleOffline);
      document.removeEventListener('visibilitychange', handleVisible);
      client.stop();
    };
  }, [client]);

  return client;
}

/** The client's state, re-rendering on every change (the app's one state approach). */
export function useClientState(client: WorkshopClient): ClientState {
  return useSyncExternalStore(client.subscribe, client.getState);
}
