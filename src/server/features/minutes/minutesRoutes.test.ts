import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTemplate } from '../../../domain/templateRegistry.ts';
import type { CreateProjectWorkshopResponse } from '../../../protocol/projects.ts';
import { addTestMember, apiCall, createTestUser } from '../../testing/accountFixtures.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { TestSocket } from '../../testing/testSocket.ts';
import { createTestWorkshop, joinTestWorkshop, type TestWorkshop } from '../../testing/workshopFixtures.ts';
import { docxText, pdfText } from './documentText.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function download(workshopId: string, file: string, auth: { cookie?: string; bearer?: string }): Promise<Response> {
  return fetch(`${server.url}/api/workshops/${workshopId}/${file}`, {
    headers: { ...(auth.cookie ? { cookie: auth.cookie } : {}), ...(auth.bearer ? { authorization: `Bearer ${auth.bearer}` } : {}) },
  });
}

/** The facilitator types a note for the room on the compass's step of today's technology. */
async function noteFromTheRoom(w: TestWorkshop, text: string): Promise<void> {
  const socket = await TestSocket.join(server.wsUrl, w.workshopId, { role: 'facilitator' }, null, w.facilitator.cookie);
  const today = findTemplate('compass-before')?.steps.findIndex((s) => s.id === 'today') ?? -1;
  expect(await socket.command({ type: 'step.go', stepIndex: today })).toMatchObject({ type: 'command.ack' });
  expect(await socket.command({ type: 'note.add', noteId: `n-${Math.random().toString(36).slice(2, 8)}`, stepId: 'today', category: 'realistic', kind: 'today', text })).toMatchObject({
    type: 'command.ack',
  });
  socket.close();
}

describe('a workshop’s minutes', () => {
  it('are a PDF and a Word file for members and the workshop’s guests, in the workshop’s language, and nothing for anyone else', async () => {
    const w = await createTestWorkshop(server, { title: 'Nyt vagtplanssystem på Ærø' });
    await noteFromTheRoom(w, 'Vi mangler tid til borgerne');
    const colleague = await addTestMember(server, w.organisationId, ['employee']);

    const pdf = await download(w.workshopId, 'minutes.pdf', { cookie: colleague.cookie });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('cache-control')).toBe('private, no-store');
    expect(pdf.headers.get('content-disposition')).toBe(
      `attachment; filename="Referat - Nyt vagtplanssystem paa Aeroe.pdf"; filename*=UTF-8''${encodeURIComponent('Referat - Nyt vagtplanssystem på Ærø.pdf')}`,
    );
    const pdfBytes = Buffer.from(await pdf.arrayBuffer());
    expect(pdfBytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const pdfWords = (await pdfText(pdfBytes)).text;
    expect(pdfWords).toContain('Referat: Nyt vagtplanssystem på Ærø');
    expect(pdfWords).toContain('Vi mangler tid til borgerne');

    const docx = await download(w.workshopId, 'minutes.docx', { cookie: w.facilitator.cookie });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers.get('content-disposition')).toMatch(/^attachment; filename="Referat - Nyt vagtplanssystem paa Aeroe\.docx"; filename\*=UTF-8''/);
    const docxBytes = Buffer.from(await docx.arrayBuffer());
    expect(docxBytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(await docxText(docxBytes)).toContain('Vi mangler tid til borgerne');

    // A guest of the open workshop reads it by the device token, as the summary.
    const guest = await joinTestWorkshop(server, w.joinCode);
    expect((await download(w.workshopId, 'minutes.pdf', { bearer: guest.participantToken })).status).toBe(200);

    // Everyone else is told the workshop does not exist, and gets no file.
    const outsider = await createTestUser(server);
    for (const file of ['minutes.pdf', 'minutes.docx']) {
      for (const auth of [{ cookie: outsider.cookie }, {}]) {
        const refused = await download(w.workshopId, file, auth);
        expect(refused.status).toBe(404);
        expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
        expect(await refused.json()).toEqual({ error: { code: 'workshop_not_found', detail: null } });
      }
    }
  });

  it('are written in English for a workshop held in English', async () => {
    const danish = await createTestWorkshop(server);
    const created = await apiCall(server, 'POST', `/api/organisations/${danish.organisationId}/projects/${danish.projectId}/workshops`, {
      cookie: danish.facilitator.cookie,
      body: { title: 'New rota system', templateId: 'compass-before', locale: 'en', anonymous: false },
    });
    expect(created.status).toBe(201);
    const w: TestWorkshop = { ...(created.body as CreateProjectWorkshopResponse), organisationId: danish.organisationId, projectId: danish.projectId, facilitator: danish.facilitator };
    await noteFromTheRoom(w, 'We lack time for residents');

    const pdf = await download(w.workshopId, 'minutes.pdf', { cookie: w.facilitator.cookie });
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="Minutes - New rota system.pdf"; filename*=UTF-8''Minutes%20-%20New%20rota%20system.pdf`);
    const words = (await pdfText(Buffer.from(await pdf.arrayBuffer()))).text;
    for (const expected of ['Minutes: New rota system', 'The compass before a digitalisation', 'How it is today: We lack time for residents', 'Realistic', 'Who does what by when']) {
      expect(words).toContain(expected);
    }
    expect(words).not.toContain('Referat');
  });
});
