import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Locale } from '../../../domain/localized.ts';
import type { WorkshopCommand } from '../../../domain/workshopCommands.ts';
import { addTestMember, apiCall, createTestUser, type TestUser } from '../../testing/accountFixtures.ts';
import type { TestServer } from '../../testing/startTestServer.ts';
import { TestSocket } from '../../testing/testSocket.ts';
import { createTestProject, createTestWorkshop } from '../../testing/workshopFixtures.ts';

/** An organisation with an action plan to export, made through the real paths (HTTP and the socket). */
export interface ExportPlace {
  readonly organisationId: string;
  readonly projectId: string;
  readonly facilitator: TestUser;
  readonly employee: TestUser & { readonly memberId: string };
}

type AddAction = Extract<WorkshopCommand, { type: 'action.add' }>;

/**
 * A new organisation in the given language with one project and a workshop that decided `actions`
 * (each an `action.add` of its own, then the status given); the employee is then named as
 * responsible for those listed in `employeeAnswersFor`.
 */
export async function createExportPlace(
  server: TestServer,
  options: {
    readonly locale: Locale;
    readonly actions: ReadonlyArray<Partial<AddAction> & { readonly actionId: string; readonly status?: 'in_progress' | 'done' }>;
    readonly employeeAnswersFor?: readonly string[];
  },
): Promise<ExportPlace> {
  const facilitator = await createTestUser(server, { name: 'Tina Tillid' });
  const organisation = await apiCall(server, 'POST', '/api/organisations', {
    cookie: facilitator.cookie,
    body: { name: options.locale === 'da' ? 'Ærø Kommune' : 'Harbour Care', defaultLocale: options.locale },
  });
  expect(organisation.status).toBe(201);
  const organisationId = (organisation.body as { id: string }).id;
  const project = await createTestProject(server, facilitator, organisationId, options.locale === 'da' ? 'Ny vagtplan' : 'New rota');
  const employee = await addTestMember(server, organisationId, ['employee'], 'Erik Medarbejder');
  const workshop = await createTestWorkshop(server, { title: 'Kompasset i januar', in: { organisationId, projectId: project.id, facilitator } });
  const socket = await TestSocket.join(server.wsUrl, workshop.workshopId, { role: 'facilitator' }, null, facilitator.cookie);
  for (const { status, ...fields } of options.actions) {
    const add: AddAction = { type: 'action.add', what: `Handling ${fields.actionId}`, who: 'Teamet', due: null, noteIds: [], traitId: null, ...fields };
    expect(await socket.command(add)).toMatchObject({ type: 'command.ack' });
    if (status) expect(await socket.command({ type: 'action.update', actionId: fields.actionId, status })).toMatchObject({ type: 'command.ack' });
  }
  socket.close();
  for (const actionId of options.employeeAnswersFor ?? []) {
    const named = await apiCall(server, 'PATCH', `/api/organisations/${organisationId}/projects/${project.id}/actions/${actionId}`, {
      cookie: facilitator.cookie,
      body: { responsibleUserId: employee.userId },
    });
    expect(named.status).toBe(200);
  }
  return { organisationId, projectId: project.id, facilitator, employee };
}

/** A download as the browser makes it: the session cookie, the raw bytes. */
export async function download(server: TestServer, path: string, cookie?: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** The first sheet of an Excel file, read back with the library that wrote it. */
export async function readSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}
