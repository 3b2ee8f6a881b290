import { EMPTY_FRAME } from '../src/domain/projectPhases.ts';
import type { CreateOrganisationBody, OrganisationSummary } from '../src/protocol/accounts.ts';
import type { JoinBody, JoinResponse } from '../src/protocol/http.ts';
import type {
  CreateProjectBody,
  CreateProjectWorkshopBody,
  CreateProjectWorkshopResponse,
  ProjectView,
} from '../src/protocol/projects.ts';
import { PROTOCOL_VERSION } from '../src/protocol/protocolVersion.ts';
import type { ClientMessage } from '../src/protocol/socketMessages.ts';
import { BENCH_FACILITATOR } from './benchAccount.ts';
import type { DeliveryLedger } from './deliveryLedger.ts';
import { LiveClient } from './liveClient.ts';
import { noteText, type LoadTarget } from './runLoad.ts';

/** A POST as a page of Kompas sends it: our Origin, and the session cookie when there is one. */
async function postJson<T>(url: string, body: unknown, cookie: string | null = null): Promise<{ body: T; setCookies: string[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(url).origin, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
  return { body: (await response.json()) as T, setCookies: response.headers.getSetCookie() };
}

const isWelcomeOrError = (frame: string): boolean =>
  frame.startsWith('{"type":"welcome"') || frame.startsWith('{"type":"error"');

/**
 * Kompas as the bench drives it: the facilitator signs in, makes an organisation, a project and a
 * workshop on the compass template in it, connects with the session cookie and moves the workshop
 * to step 1 ("today"); every participant joins over HTTP and says hello on the socket with its
 * device token, and writers send `note.add` commands. Everyone gets each note as a `note.upsert`.
 */
export function kompasTarget(port: number): LoadTarget {
  const httpUrl = `http://127.0.0.1:${port}`;
  const wsUrl = `ws://127.0.0.1:${port}/ws`;
  let workshop: CreateProjectWorkshopResponse | null = null;
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
      const signedIn = await postJson(`${httpUrl}/api/auth/sign-in/email`, { email: BENCH_FACILITATOR.email, password: BENCH_FACILITATOR.password });
      const cookie = signedIn.setCookies.map((line) => line.split(';')[0]).join('; ');
      if (!cookie) throw new Error('sign-in set no session cookie');
      const organisationBody: CreateOrganisationBody = { name: 'Bench kommune', defaultLocale: 'da' };
      const organisation = (await postJson<OrganisationSummary>(`${httpUrl}/api/organisations`, organisationBody, cookie)).body;
      const projectBody: CreateProjectBody = {
        title: 'Bench: nyt system',
        description: '',
        staffGroups: [],
        units: [],
        phase: 'idea',
        step: 'need',
        frame: EMPTY_FRAME,
      };
      const project = (await postJson<ProjectView>(`${httpUrl}/api/organisations/${organisation.id}/projects`, projectBody, cookie)).body;
      const body: CreateProjectWorkshopBody = { title: 'Bench: live notes', templateId: 'compass-before', locale: 'da', anonymous: false };
      const workshopsUrl = `${httpUrl}/api/organisations/${organisation.id}/projects/${project.id}/workshops`;
      workshop = (await postJson<CreateProjectWorkshopResponse>(workshopsUrl, body, cookie)).body;
      facilitator = await LiveClient.open(wsUrl, -1, null, { origin: httpUrl, cookie });
      await hello(facilitator, { role: 'facilitator' });
      const stepGo: ClientMessage = { type: 'command', commandId: 'bench-step-go', command: { type: 'step.go', stepIndex: 1 } };
      const answer = await facilitator.request(JSON.stringify(stepGo), (f) => f.includes('"commandId":"bench-step-go"'));
      if (!answer.startsWith('{"type":"command.ack"')) throw new Error(`step.go refused: ${answer}`);
    },
    async connect(index: number, ledger: DeliveryLedger) {
      if (!workshop) throw new Error('prepare() first');
      const join: JoinBody = { code: workshop.joinCode, displayName: `Deltager ${index + 1}` };
      const { participantToken } = (await postJson<JoinResponse>(`${httpUrl}/api/join`, join)).body;
      const client = await LiveClient.open(wsUrl, index, ledger, { origin: httpUrl });
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
