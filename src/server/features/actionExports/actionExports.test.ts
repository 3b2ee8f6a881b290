import type ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionListResponse, ActionRecordView } from '../../../protocol/actionPlan.ts';
import { apiCall } from '../../testing/accountFixtures.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { createExportPlace, download, readSheet, type ExportPlace } from './exportTestPlace.ts';

/** 10:00 in Copenhagen on 2 March 2026: "today" for overdue is 2026-03-02. */
const clock = Date.UTC(2026, 2, 2, 9, 0);
let server: TestServer;
let danish: ExportPlace;
let english: ExportPlace;

const ACTIONS = [
  { actionId: 'late', what: 'Oplæring i vagtplanen, også for nattevagter', due: '2026-02-15', problem: 'Nye kan ikke finde vagterne; de ringer', followUp: 'På næste personalemøde' },
  { actionId: 'soon', due: '2026-04-01', scope: 'upward' as const, upwardTo: 'management' as const },
  { actionId: 'undated', who: 'Tillidsrepræsentanten' },
  { actionId: 'finished', due: '2026-01-10', status: 'done' as const },
];

beforeAll(async () => {
  server = await startTestServer({ now: () => clock });
  danish = await createExportPlace(server, { locale: 'da', actions: ACTIONS, employeeAnswersFor: ['late'] });
  english = await createExportPlace(server, { locale: 'en', actions: ACTIONS.slice(0, 2), employeeAnswersFor: ['soon'] });
});

afterAll(async () => {
  await server.close();
});

const exportPath = (place: ExportPlace, format: string, query = '') => `/api/organisations/${place.organisationId}/actions.${format}${query}`;

async function listed(place: ExportPlace, query: string): Promise<ActionRecordView[]> {
  const response = await apiCall(server, 'GET', `/api/organisations/${place.organisationId}/actions${query}`, { cookie: place.employee.cookie });
  expect(response.status).toBe(200);
  return (response.body as ActionListResponse).actions;
}

/** The cells of a sheet's rows after the header, as text (dates as YYYY-MM-DD). */
function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(
      Array.from({ length: 10 }, (_, c) => {
        const value = row.getCell(c + 1).value;
        if (value instanceof Date) return c === 3 ? value.toISOString().slice(0, 10) : value.toISOString().slice(0, 16).replace('T', ' ');
        return value === null || value === undefined ? '' : String(value);
      }),
    );
  }
  return rows;
}

/** What each column should hold for an action as the list shows it (status in Danish, not overdue-aware). */
function expectedCells(action: ActionRecordView): string[] {
  return [action.problem, action.what, action.responsibleName ?? action.who, action.due ?? '', action.followUp, action.projectTitle, action.workshopTitle ?? ''];
}
const comparable = (cells: string[]) => [cells[0], cells[1], cells[2], cells[3], cells[5], cells[7], cells[8]];

describe('the action plan as files', () => {
  it('is a CSV of every action the list shows, in the same order, in Danish, with headers that download it', async () => {
    const file = await download(server, exportPath(danish, 'csv', '?state=all'), danish.employee.cookie);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('cache-control')).toBe('private, no-store');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="Handlingsplan - Aeroe Kommune - 2026-03-02.csv"; filename*=UTF-8''${encodeURIComponent('Handlingsplan - Ærø Kommune - 2026-03-02.csv')}`,
    );
    const records = parse(file.bytes, { bom: true, delimiter: ';' }) as string[][];
    expect(records[0]).toEqual(['Problem', 'Handling', 'Ansvarlig', 'Frist', 'Status', 'Opfølgning', 'Sendt videre op til', 'Projekt', 'Besluttet i', 'Sidst ændret']);
    const actions = await listed(danish, '?state=all');
    expect(records.slice(1).map(comparable)).toEqual(actions.map(expectedCells));
    expect(records.slice(1).map((r) => [r[4], r[6]])).toEqual([
      ['Udført', ''],
      ['Ikke startet, over fristen', ''],
      ['Ikke startet', 'Ledelsen'],
      ['Ikke startet', ''],
    ]);
    expect(records[2]?.[2]).toBe('Erik Medarbejder');
  });

  it('is an Excel sheet whose cells are the actions, dates as dates', async () => {
    const file = await download(server, exportPath(danish, 'xlsx', '?state=open'), danish.employee.cookie);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="Handlingsplan - Aeroe Kommune - 2026-03-02\.xlsx"; filename\*=UTF-8''/);
    const sheet = await readSheet(file.bytes);
    const actions = await listed(danish, '?state=open');
    expect(actions.map((a) => a.id)).toEqual(['late', 'soon', 'undated']);
    expect(sheetRows(sheet).map(comparable)).toEqual(actions.map(expectedCells));
    expect(sheet.getCell('D2').value).toEqual(new Date(Date.UTC(2026, 1, 15)));
  });

  it('honours the filters: overdue only, and mine only', async () => {
    const overdue = await readSheet((await download(server, exportPath(danish, 'xlsx', '?state=overdue'), danish.employee.cookie)).bytes);
    expect(sheetRows(overdue).map((r) => r[1])).toEqual(['Oplæring i vagtplanen, også for nattevagter']);
    const mine = parse((await download(server, exportPath(danish, 'csv', '?mine=true'), danish.employee.cookie)).bytes, { bom: true, delimiter: ';' }) as string[][];
    expect(mine.slice(1).map((r) => r[1])).toEqual(['Oplæring i vagtplanen, også for nattevagter']);
    const facilitatorsOwn = parse((await download(server, exportPath(danish, 'csv', '?mine=true'), danish.facilitator.cookie)).bytes, { bom: true, delimiter: ';' }) as string[][];
    expect(facilitatorsOwn).toHaveLength(1);
    const upward = parse((await download(server, exportPath(danish, 'csv', '?upward=true'), danish.employee.cookie)).bytes, { bom: true, delimiter: ';' }) as string[][];
    expect(upward.slice(1).map((r) => r[1])).toEqual(['Handling soon']);
  });

  it('is in English for an English organisation', async () => {
    const file = await download(server, exportPath(english, 'xlsx', '?state=all'), english.employee.cookie);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="Action plan - Harbour Care - 2026-03-02\.xlsx"/);
    const sheet = await readSheet(file.bytes);
    expect(sheet.name).toBe('Action plan');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Problem', 'Action', 'Responsible', 'Due', 'Status', 'Follow-up', 'Sent upward to', 'Project', 'Decided in', 'Last changed']);
    const actions = await listed(english, '?state=all');
    expect(sheetRows(sheet).map(comparable)).toEqual(actions.map(expectedCells));
    expect(sheetRows(sheet).map((r) => [r[4], r[6]])).toEqual([
      ['Not started, past the date', ''],
      ['Not started', 'Management'],
    ]);
    const csv = parse((await download(server, exportPath(english, 'csv'), english.employee.cookie)).bytes, { bom: true, delimiter: ';' }) as string[][];
    expect(csv[0]?.[1]).toBe('Action');
  });

  it('is a calendar of the open actions with a date: an all-day event each', async () => {
    const file = await download(server, exportPath(danish, 'ics', '?state=all'), danish.employee.cookie);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(file.headers.get('content-disposition')).toMatch(/filename="Handlingsplan - Aeroe Kommune - 2026-03-02\.ics"/);
    const text = file.bytes.toString('utf8').replace(/\r\n[ \t]/g, '');
    expect(text.match(/^UID:.*$/gm)).toEqual([`UID:late.${danish.projectId}@kompas`, `UID:soon.${danish.projectId}@kompas`]);
    expect(text).toContain('DTSTART;VALUE=DATE:20260215\r\n');
    expect(text).toContain('SUMMARY:Oplæring i vagtplanen\\, også for nattevagter\r\n');
    expect(text).toContain('Problem: Nye kan ikke finde vagterne\\; de ringer\\nAnsvarlig: Erik Medarbejder\\nStatus: Ikke startet\\, over fristen\\nProjekt: Ny vagtplan');
    expect(text).toContain(`Handlingsplanen: ${server.url}/org/${danish.organisationId}/actions?projectId=${danish.projectId}`);
    expect(text).toContain('X-WR-CALNAME:Handlingsplan – Ærø Kommune');
  });

  it('refuses a query the list would refuse, and anyone signed out', async () => {
    expect((await download(server, exportPath(danish, 'csv', '?state=late'), danish.employee.cookie)).status).toBe(400);
    expect((await download(server, exportPath(danish, 'csv'))).status).toBe(401);
    expect((await download(server, exportPath(danish, 'xlsx'), english.employee.cookie)).status).toBe(404);
  });
});
