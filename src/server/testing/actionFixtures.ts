import { asc, eq, inArray } from 'drizzle-orm';
import type { WorkshopCommand } from '../../domain/workshopCommands.ts';
import { mailOutbox } from '../db/schema.ts';
import { apiCall, createTestOrganisation, createTestUser, type TestUser } from './accountFixtures.ts';
import type { TestServer } from './startTestServer.ts';
import { TestSocket } from './testSocket.ts';
import { createTestProject, createTestWorkshop } from './workshopFixtures.ts';

/** An organisation with a project, whose administrator runs its dialogues. */
export interface ActionPlace {
  readonly organisationId: string;
  readonly projectId: string;
  readonly facilitator: TestUser;
}

export async function createActionPlace(server: TestServer, names: { organisation?: string; project?: string } = {}): Promise<ActionPlace> {
  const facilitator = await createTestUser(server, { name: 'Tina Tillid' });
  const organisationId = await createTestOrganisation(server, facilitator, names.organisation ?? 'Testkommunen');
  const project = await createTestProject(server, facilitator, organisationId, names.project ?? 'Ny vagtplan');
  return { organisationId, projectId: project.id, facilitator };
}

/** Decides actions in a workshop of the place's project, as a facilitator does with `action.add`. */
export async function addTestActions(server: TestServer, place: ActionPlace, actions: ReadonlyArray<{ id: string; what: string }>): Promise<void> {
  const workshop = await createTestWorkshop(server, { title: 'Kompasset', in: place });
  const socket = await TestSocket.join(server.wsUrl, workshop.workshopId, { role: 'facilitator' }, null, place.facilitator.cookie);
  try {
    for (const action of actions) {
      const command: WorkshopCommand = { type: 'action.add', actionId: action.id, what: action.what, who: 'Teamet', due: null, noteIds: [], traitId: null };
      const answer = await socket.command(command);
      if (answer.type !== 'command.ack') throw new Error(`action.add ${action.id} failed: ${JSON.stringify(answer)}`);
    }
  } finally {
    socket.close();
  }
}

/** Changes an action on the action plan (PATCH), as `user`; throws unless it is saved. */
export async function changeTestAction(server: TestServer, place: ActionPlace, user: TestUser, actionId: string, body: Record<string, unknown>): Promise<void> {
  const response = await apiCall(server, 'PATCH', `/api/organisations/${place.organisationId}/projects/${place.projectId}/actions/${actionId}`, {
    cookie: user.cookie,
    body,
  });
  if (response.status !== 200) throw new Error(`change ${actionId} failed: ${response.status} ${JSON.stringify(response.body)}`);
}

/** Every mail in the outbox to these addresses, oldest first (on a shared server, others' mail is left out). */
export async function mailsTo(server: TestServer, ...addresses: string[]) {
  return server.ctx.db
    .select({ to: mailOutbox.to, subject: mailOutbox.subject, text: mailOutbox.text })
    .from(mailOutbox)
    .where(addresses.length === 1 ? eq(mailOutbox.to, addresses[0] ?? '') : inArray(mailOutbox.to, addresses))
    .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id));
}
