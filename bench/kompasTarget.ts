import { PROTOCOL_VERSION } from '../src/protocol/protocolVersion.ts';
import type { CreateWorkshopBody, CreateWorkshopResponse, JoinBody, JoinResponse } from '../src/protocol/http.ts';
import type { ClientMessage } from '../src/protocol/socketMessages.ts';
import type { DeliveryLedger } from './deliveryLedger.ts';
import { LiveClient } from './liveClient.ts';
import { noteText, type LoadTarget } from './runLoad.ts';

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const isWelcomeOrError = (frame: string): boolean =>
  frame.startsWith('{"type":"welcome"') || frame.startsWith('{"type":"error"');

/**
 * Kompas as the bench drives it: one workshop on the compass template, the facilitator moves
 * it to step 1 ("today"), every participant joins over HTTP and says hello on the socket, and
 * writers send `note.add` commands. Everyone gets each note as a `note.upsert` in a patch.
 */
export function kompasTarget(port: number): LoadTarget {
  const httpUrl = `http://127.0.0.1:${port}`;
  const wsUrl = `ws://127.0.0.1:${port}/ws`;
  let workshop: CreateWorkshopResponse | null = null;
  let facilitator: LiveClient | null = null;

  async function hello(client: LiveClient, auth: Extract<ClientMessage, { type: 'hello' }>['auth']): Promise<void> {
    if (!workshop) throw new Error('prepare() first');
    const message: ClientMessage = { type: 'hello', protocolVersion: PROTOCOL_VERSION, workshopId: workshop.workshopId, auth, resumeFrom: null };
    const answer = await client.request(JSON.stringify(message), isWelcomeOrError);
    if (!answer.startsWith('{"type":"welcome"')) throw new Error(`hello refused: ${answer}`);
  }

  return {
    name: 'kompas',
    async prepare() {
      const body: CreateWorkshopBody = { title: 'Bench: live notes', templateId: 'compass-before', locale: 'da', anonymous: false };
      workshop = await postJson<CreateWorkshopResponse>(`${httpUrl}/api/workshops`, body);
      facilitator = await LiveClient.open(wsUrl, -1, null);
      await hello(facilitator, { role: 'facilitator', key: workshop.facilitatorKey });
      const stepGo: ClientMessage = { type: 'command', commandId: 'bench-step-go', command: { type: 'step.go', stepIndex: 1 } };
      const answer = await facilitator.request(JSON.stringify(stepGo), (f) => f.includes('"commandId":"bench-step-go"'));
      if (!answer.startsWith('{"type":"command.ack"')) throw new Error(`step.go refused: ${answer}`);
    },
    async connect(index: number, ledger: DeliveryLedger) {
      if (!workshop) throw new Error('prepare() first');
      const join: JoinBody = { code: workshop.joinCode, displayName: `Deltager ${index + 1}` };
      const { participantToken } = await postJson<JoinResponse>(`${httpUrl}/api/join`, join);
      const client = await LiveClient.open(wsUrl, index, ledger);
      await hello(client, { role: 'participant', token: participantToken });
      return client;
    },
    noteFrame(index: number, noteId: string, writer: number) {
      const message: ClientMessage = {
        type: 'command',
        commandId: `bench-${noteId}`,
        command: { type: 'note.add', noteId, stepId: 'today', category: 'realistic', kind: 'today', text: noteText(index, writer) },
      };
      return JSON.stringify(message);
    },
    async close() {
      await facilitator?.close();
    },
  };
}
