import type { PatchMessage } from '../src/protocol/socketMessages.ts';
import type { DeliveryLedger } from './deliveryLedger.ts';
import { LiveClient } from './liveClient.ts';
import { noteText, type LoadTarget } from './runLoad.ts';

/**
 * The bare relay as the bench drives it: clients just open a socket, and a writer sends the very
 * patch frame Kompas would have sent for its note, which the relay copies to every client.
 * Frame sizes and the client-side work per frame are thus the same as with Kompas.
 */
export function relayTarget(port: number): LoadTarget {
  const wsUrl = `ws://127.0.0.1:${port}/`;
  return {
    name: 'relay',
    async prepare() {},
    connect(index: number, ledger: DeliveryLedger) {
      return LiveClient.open(wsUrl, index, ledger);
    },
    noteFrame(index: number, noteId: string, writer: number) {
      const patch: PatchMessage = {
        type: 'patch',
        seq: index + 1,
        changes: [
          {
            op: 'note.upsert',
            note: {
              id: noteId,
              stepId: 'today',
              category: 'realistic',
              kind: 'today',
              text: noteText(index, writer),
              hidden: false,
              groupId: null,
              votes: 0,
              createdAt: Date.now(),
              authorName: null,
            },
          },
        ],
      };
      return JSON.stringify(patch);
    },
    async close() {},
  };
}
