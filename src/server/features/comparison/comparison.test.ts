import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonResponse } from '../../../protocol/comparison.ts';
import type { ActionListResponse } from '../../../protocol/actionPlan.ts';
import { findTemplate } from '../../../domain/templateRegistry.ts';
import { apiCall, createTestUser } from '../../testing/accountFixtures.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { TestSocket } from '../../testing/testSocket.ts';
import { createTestWorkshop, joinTestWorkshop, type TestWorkshop } from '../../testing/workshopFixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

function stepIndex(templateId: string, stepId: string): number {
  const index = findTemplate(templateId)?.steps.findIndex((s) => s.id === stepId) ?? -1;
  if (index < 0) throw new Error(`${templateId} has no step ${stepId}`);
  return index;
}

/** People join from their phones and each writes one note in the step on screen; returns their tokens. */
async function notesFromPhones(w: TestWorkshop, stepId: string, notes: ReadonlyArray<{ category: string; kind: string }>): Promise<string[]> {
  const tokens: string[] = [];
  for (const [i, note] of notes.entries()) {
    const guest = await joinTestWorkshop(server, w.joinCode);
    const phone = await TestSocket.join(server.wsUrl, w.workshopId, { role: 'participant', token: guest.participantToken });
    const ack = await phone.command({ type: 'note.add', noteId: `${stepId}-${i}-${Math.random().toString(36).slice(2, 8)}`, stepId, text: `seddel ${i}`, ...note } as never);
    expect(ack, JSON.stringify(note)).toMatchObject({ type: 'command.ack' });
    phone.close();
    tokens.push(guest.participantToken);
  }
  return tokens;
}

async function goTo(w: TestWorkshop, templateId: string, stepId: string): Promise<void> {
  const socket = await TestSocket.join(server.wsUrl, w.workshopId, { role: 'facilitator' }, null, w.facilitator.cookie);
  await socket.command({ type: 'step.go', stepIndex: stepIndex(templateId, stepId) });
  socket.close();
}

async function comparison(w: TestWorkshop): Promise<ComparisonResponse> {
  const response = await apiCall(server, 'GET', `/api/organisations/${w.organisationId}/projects/${w.projectId}/comparison`, { cookie: w.facilitator.cookie });
  expect(response.status).toBe(200);
  return response.body as ComparisonResponse;
}

describe('the before/after comparison', () => {
  it('is hidden, with the reason, until enough people contributed on each side, then counts per trait', async () => {
    const before = await createTestWorkshop(server, { title: 'Kompasset' });
    const place = { organisationId: before.organisationId, projectId: before.projectId, facilitator: before.facilitator };
    expect(await comparison(before)).toMatchObject({ traits: null, hiddenReason: 'no_experienced', minGroupSize: 5 });

    await goTo(before, 'compass-before', 'expectations');
    await notesFromPhones(before, 'expectations', [
      { category: 'realistic', kind: 'better' },
      { category: 'realistic', kind: 'better' },
      { category: 'realistic', kind: 'worse' },
      { category: 'healthy', kind: 'worse' },
      { category: 'healthy', kind: 'better' },
    ]);
    const after = await createTestWorkshop(server, { templateId: 'status-after', title: 'Status efter', in: place });
    await goTo(after, 'status-after', 'changes');
    const guestTokens = await notesFromPhones(after, 'changes', [
      { category: 'realistic', kind: 'improved' },
      { category: 'healthy', kind: 'worsened' },
      { category: 'healthy', kind: 'worsened' },
      { category: 'meaningful', kind: 'improved' },
    ]);
    const tooFew = await comparison(after);
    expect(tooFew).toMatchObject({
      traits: null,
      hiddenReason: 'too_few_experienced',
      expected: { workshopId: before.workshopId, contributors: 5 },
      experienced: { workshopId: after.workshopId, contributors: 4 },
    });

    await notesFromPhones(after, 'changes', [{ category: 'realistic', kind: 'worsened' }]);
    const shown = await comparison(after);
    expect(shown.hiddenReason).toBeNull();
    expect(shown.traits?.find((t) => t.traitId === 'realistic')).toEqual({
      traitId: 'realistic',
      expectedPositive: 2,
      expectedNegative: 1,
      experiencedPositive: 1,
      experiencedNegative: 1,
    });
    expect(shown.traits?.find((t) => t.traitId === 'healthy')).toMatchObject({ expectedNegative: 1, experiencedNegative: 2 });

    // A guest of the status-after workshop sees the same on the board, by their device token.
    const byGuest = await fetch(`${server.url}/api/workshops/${after.workshopId}/comparison`, {
      headers: { authorization: `Bearer ${guestTokens[0]}` },
    });
    expect(byGuest.status).toBe(200);
    expect(((await byGuest.json()) as ComparisonResponse).traits).toEqual(shown.traits);
    // Nobody else learns anything, not even that the workshop exists.
    const outsider = await createTestUser(server);
    const refused = await apiCall(server, 'GET', `/api/workshops/${after.workshopId}/comparison`, { cookie: outsider.cookie });
    expect(refused.status).toBe(404);
    expect(JSON.stringify(refused.body)).not.toContain('realistic');
  });

  it('counts a person once per side however many notes they write', async () => {
    const before = await createTestWorkshop(server);
    await goTo(before, 'compass-before', 'expectations');
    const guest = await joinTestWorkshop(server, before.joinCode);
    const phone = await TestSocket.join(server.wsUrl, before.workshopId, { role: 'participant', token: guest.participantToken });
    for (let i = 0; i < 6; i++) {
      await phone.command({ type: 'note.add', noteId: `many-${i}`, stepId: 'expectations', category: 'realistic', kind: 'better', text: `${i}` });
    }
    phone.close();
    expect((await comparison(before)).expected?.contributors).toBe(1);
  });
});

describe('a compass held on paper', () => {
  it('counts the people the facilitator says wrote on paper, alongside those who wrote from phones', async () => {
    const before = await createTestWorkshop(server, { title: 'Kompasset på papir' });
    const place = { organisationId: before.organisationId, projectId: before.projectId, facilitator: before.facilitator };
    const socket = await TestSocket.join(server.wsUrl, before.workshopId, { role: 'facilitator' }, null, before.facilitator.cookie);
    // The post-its from the wall, typed in for the room: the server cannot see who wrote them.
    for (const [i, category] of ['realistic', 'healthy', 'healthy'].entries()) {
      await socket.command({ type: 'note.add', noteId: `paper-${i}`, stepId: 'expectations', category, kind: 'worse', text: `Fra tavlen ${i}` });
    }
    const after = await createTestWorkshop(server, { templateId: 'status-after', title: 'Status', in: place });
    await goTo(after, 'status-after', 'changes');
    await notesFromPhones(after, 'changes', Array.from({ length: 5 }, () => ({ category: 'healthy', kind: 'worsened' })));
    expect(await comparison(before)).toMatchObject({ hiddenReason: 'too_few_expected', expected: { contributors: 0 } });

    expect(await socket.command({ type: 'paper.headcount', stepId: 'expectations', count: 6 })).toMatchObject({ type: 'command.ack' });
    socket.close();
    const shown = await comparison(before);
    expect(shown).toMatchObject({ hiddenReason: null, expected: { contributors: 6 }, experienced: { contributors: 5 } });
    expect(shown.traits?.find((t) => t.traitId === 'healthy')).toMatchObject({ expectedNegative: 2, experiencedNegative: 5 });
  });
});

describe('the project’s actions', () => {
  it('lists actions from every workshop, sent upward with to whom', async () => {
    const w = await createTestWorkshop(server, { templateId: 'tasks-move', title: 'MED-møde' });
    const socket = await TestSocket.join(server.wsUrl, w.workshopId, { role: 'facilitator' }, null, w.facilitator.cookie);
    await socket.command({ type: 'action.add', actionId: 'own', what: 'Lav en huskeseddel', who: 'Teamet', due: null, noteIds: [], traitId: null });
    await socket.command({
      type: 'action.add',
      actionId: 'up',
      what: 'Bed om tid til oplæring',
      who: 'TR',
      due: '2027-01-15',
      noteIds: [],
      traitId: null,
      scope: 'upward',
      upwardTo: 'management',
    });
    socket.close();
    const response = await apiCall(server, 'GET', `/api/organisations/${w.organisationId}/projects/${w.projectId}/actions`, { cookie: w.facilitator.cookie });
    expect(response.status).toBe(200);
    const { actions } = response.body as ActionListResponse;
    // Dated actions first, soonest first; undated last.
    expect(actions.map((a) => [a.id, a.scope, a.upwardTo, a.workshopTitle])).toEqual([
      ['up', 'upward', 'management', 'MED-møde'],
      ['own', 'ours', null, 'MED-møde'],
    ]);
  });
});
