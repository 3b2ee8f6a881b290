import type { BrowserContext } from 'playwright-core';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../src/protocol/protocolVersion.ts';
import type { ServerMessage } from '../../src/protocol/socketMessages.ts';
import type { JoinResponse } from '../../src/protocol/http.ts';
import type { WorkshopCommand } from '../../src/domain/workshopCommands.ts';

/**
 * People who take part through the protocol itself rather than a browser: the same join, the same
 * socket and the same commands as a phone, for a room with more people than a test can open
 * browsers for. Every one of them is a real participant as far as the server can tell.
 */

/** The session cookie of a signed-in browser, as a Cookie header for requests made outside it. */
export async function cookieOf(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

/** Opens a socket, says hello, sends each command and waits for its answer, then closes. */
async function runOnSocket(baseUrl: string, workshopId: string, auth: object, commands: readonly WorkshopCommand[], cookie?: string): Promise<ServerMessage[]> {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws`, { headers: { origin: baseUrl, ...(cookie ? { cookie } : {}) } });
  const messages: ServerMessage[] = [];
  let wake = (): void => undefined;
  ws.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as ServerMessage);
    wake();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const waitFor = async (match: (m: ServerMessage) => boolean): Promise<ServerMessage> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = messages.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no answer; got ${JSON.stringify(messages.slice(-3))}`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 200);
      });
    }
  };
  ws.send(JSON.stringify({ type: 'hello', protocolVersion: PROTOCOL_VERSION, workshopId, auth, resumeFrom: null }));
  await waitFor((m) => m.type === 'welcome');
  const answers: ServerMessage[] = [];
  for (const [i, command] of commands.entries()) {
    const commandId = `guest-${Date.now()}-${i}-${Math.random().toString(36).slice(2)}`;
    ws.send(JSON.stringify({ type: 'command', commandId, command }));
    const answer = await waitFor((m) => (m.type === 'command.ack' || m.type === 'command.rejected') && m.commandId === commandId);
    if (answer.type !== 'command.ack') throw new Error(`${command.type} refused: ${JSON.stringify(answer)}`);
    answers.push(answer);
  }
  ws.close();
  return answers;
}

/** A guest joins with the code and sends these commands from a socket of its own. */
export async function guestSends(baseUrl: string, joinCode: string, commands: readonly WorkshopCommand[]): Promise<void> {
  const response = await fetch(`${baseUrl}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ code: joinCode.replace('-', ''), displayName: null }),
  });
  if (response.status !== 201) throw new Error(`join failed: ${response.status} ${await response.text()}`);
  const joined = (await response.json()) as JoinResponse;
  await runOnSocket(baseUrl, joined.workshopId, { role: 'participant', token: joined.participantToken }, commands);
}

/** The facilitator's commands from a socket on her session (another of her devices, as it were). */
export async function facilitatorSends(baseUrl: string, workshopId: string, cookie: string, commands: readonly WorkshopCommand[]): Promise<void> {
  await runOnSocket(baseUrl, workshopId, { role: 'facilitator' }, commands, cookie);
}

/** Creates a workshop in a project over HTTP, as the new-workshop dialog does. */
export async function createWorkshopOverHttp(
  baseUrl: string,
  cookie: string,
  place: { organisationId: string; projectId: string },
  body: { title: string; templateId: string },
): Promise<{ workshopId: string; joinCode: string }> {
  const response = await fetch(`${baseUrl}/api/organisations/${place.organisationId}/projects/${place.projectId}/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, cookie },
    body: JSON.stringify({ ...body, locale: 'da', anonymous: false }),
  });
  if (response.status !== 201) throw new Error(`create workshop failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { workshopId: string; joinCode: string };
}
