import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../../protocol/socketMessages.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { TestSocket } from '../../testing/testSocket.ts';
import { createTestWorkshop, type TestWorkshop } from '../../testing/workshopFixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function facilitate(w: TestWorkshop): Promise<{ socket: TestSocket; welcome: Extract<ServerMessage, { type: 'welcome' }> }> {
  const socket = await TestSocket.join(server.wsUrl, w.workshopId, { role: 'facilitator' }, null, w.facilitator.cookie);
  return { socket, welcome: await socket.waitFor((m) => m.type === 'welcome') };
}

const answer = (noteId: string, category: string) =>
  ({ type: 'note.add', noteId, stepId: 'questions', category, kind: 'answer', text: 'Vi spørger dem, der bruger det' }) as const;

describe('the phase a phase dialogue is about', () => {
  it('is the project’s current phase when none is chosen, and only its questions take notes', async () => {
    // The test project is in its idea phase.
    const w = await createTestWorkshop(server, { templateId: 'four-phases' });
    const { socket, welcome } = await facilitate(w);
    expect(welcome.snapshot?.workshop.options).toEqual({ phase: 'idea' });
    expect(await socket.command(answer('a1', 'idea-1'))).toMatchObject({ type: 'command.ack' });
    expect(await socket.command(answer('a2', 'operation-1'))).toMatchObject({ type: 'command.rejected', code: 'unknown_category' });
    socket.close();
  });

  it('can be all four phases, or another phase than the project’s', async () => {
    const all = await createTestWorkshop(server, { templateId: 'four-phases', phase: null });
    const first = await facilitate(all);
    expect(first.welcome.snapshot?.workshop.options).toEqual({ phase: null });
    expect(await first.socket.command(answer('b1', 'operation-1'))).toMatchObject({ type: 'command.ack' });
    first.socket.close();

    const later = await createTestWorkshop(server, { templateId: 'four-phases', phase: 'operation' });
    const second = await facilitate(later);
    expect(second.welcome.snapshot?.workshop.options).toEqual({ phase: 'operation' });
    second.socket.close();
  });

  it('is not asked of templates that are not about a phase', async () => {
    const w = await createTestWorkshop(server, { templateId: 'compass-before', phase: 'operation' });
    const { socket, welcome } = await facilitate(w);
    expect(welcome.snapshot?.workshop.options).toEqual({ phase: null });
    socket.close();
  });
});
