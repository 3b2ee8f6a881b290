import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ListedAction } from '../actions/actionStore.ts';
import { exportRows, localDateTime } from './exportRows.ts';
import { readSheet } from './exportTestPlace.ts';
import { EXPORT_TEXT } from './exportText.ts';
import { renderActionsCsv } from './renderActionsCsv.ts';
import { renderActionsIcs } from './renderActionsIcs.ts';
import { renderActionsXlsx } from './renderActionsXlsx.ts';

const TODAY = '2026-03-02';

function action(id: string, fields: Partial<ListedAction> = {}): ListedAction {
  return {
    id,
    projectId: 'p1',
    workshopId: 'w1',
    what: `Handling ${id}`,
    problem: '',
    who: '',
    responsibleUserId: null,
    due: null,
    followUp: '',
    status: 'open',
    scope: 'ours',
    upwardTo: null,
    traitId: null,
    version: 1,
    deleted: false,
    createdAt: new Date(Date.UTC(2026, 0, 10, 9, 0)),
    updatedAt: new Date(Date.UTC(2026, 1, 20, 14, 5)),
    projectTitle: 'Ny vagtplan på Ærø',
    workshopTitle: 'Kompasset i januar',
    templateId: 'compass-before',
    responsibleName: null,
    ...fields,
  };
}

/** Texts that break naive files: separators, quotes, line breaks, a formula, Danish letters. */
const TRICKY = action('tricky', {
  what: 'Oplæring; i vagtplanen, "for alle"\nogså nattevagterne',
  problem: '=HYPERLINK("http://example.com";"klik")',
  who: 'Teamet på 3. sal',
  due: '2026-02-15',
  followUp: 'På næste MED-møde, æøå ÆØÅ',
  status: 'in_progress',
  scope: 'upward',
  upwardTo: 'committee',
  version: 4,
});
const ACTIONS: ListedAction[] = [
  TRICKY,
  action('named', { responsibleUserId: 'u1', responsibleName: 'Erik Medarbejder', who: 'Erik', due: '2026-04-01', workshopTitle: null, workshopId: null }),
  action('done', { due: '2026-01-10', status: 'done' }),
  action('undated', { scope: 'upward', upwardTo: null }),
];

const daRows = exportRows(ACTIONS, EXPORT_TEXT.da, TODAY);
const enRows = exportRows(ACTIONS, EXPORT_TEXT.en, TODAY);

describe('the rows of an exported plan', () => {
  it('say responsible, status, upward and where it was decided in the organisation’s words', () => {
    expect(daRows.map((r) => [r.responsible, r.status, r.upwardTo, r.decidedIn])).toEqual([
      ['Teamet på 3. sal', 'I gang, over fristen', 'Samarbejdsudvalget (MED, SU eller AMO/AMU)', 'Kompasset i januar'],
      ['Erik Medarbejder', 'Ikke startet', '', 'På handlingsplanen'],
      ['', 'Udført', '', 'Kompasset i januar'],
      ['', 'Ikke startet', 'Ikke valgt endnu', 'Kompasset i januar'],
    ]);
    expect(enRows.map((r) => r.status)).toEqual(['In progress, past the date', 'Not started', 'Done', 'Not started']);
  });

  it('give the last change as Copenhagen’s wall clock, summer and winter', () => {
    expect(localDateTime(new Date(Date.UTC(2026, 1, 20, 14, 5)))).toBe('2026-02-20 15:05');
    expect(localDateTime(new Date(Date.UTC(2026, 6, 1, 21, 30)))).toBe('2026-07-01 23:30');
    expect(localDateTime(new Date(Date.UTC(2026, 11, 31, 23, 30)))).toBe('2027-01-01 00:30');
  });
});

describe('CSV', () => {
  const file = renderActionsCsv(daRows, EXPORT_TEXT.da);

  it('is UTF-8 with a byte order mark, ;-separated, with CRLF line ends', () => {
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.toString('utf8');
    expect(text.startsWith('\ufeffProblem;Handling;Ansvarlig;Frist;Status;Opfølgning;Sendt videre op til;Projekt;Besluttet i;Sidst ændret\r\n')).toBe(true);
    // The line break inside a quoted field stays; every record ends in CRLF.
    expect(text.split('\r\n')).toHaveLength(ACTIONS.length + 2);
  });

  it('reads back, cell for cell, with a formula shown as text', () => {
    const records = parse(file, { bom: true, delimiter: ';', relax_column_count: false }) as string[][];
    expect(records).toHaveLength(ACTIONS.length + 1);
    expect(records[1]).toEqual([
      `'=HYPERLINK("http://example.com";"klik")`,
      'Oplæring; i vagtplanen, "for alle"\nogså nattevagterne',
      'Teamet på 3. sal',
      '2026-02-15',
      'I gang, over fristen',
      'På næste MED-møde, æøå ÆØÅ',
      'Samarbejdsudvalget (MED, SU eller AMO/AMU)',
      'Ny vagtplan på Ærø',
      'Kompasset i januar',
      '2026-02-20 15:05',
    ]);
    expect(records.slice(2).map((r) => [r[2], r[3], r[8]])).toEqual([
      ['Erik Medarbejder', '2026-04-01', 'På handlingsplanen'],
      ['', '2026-01-10', 'Kompasset i januar'],
      ['', '', 'Kompasset i januar'],
    ]);
  });

  it('heads its columns in English for an English organisation', () => {
    const records = parse(renderActionsCsv(enRows, EXPORT_TEXT.en), { bom: true, delimiter: ';' }) as string[][];
    expect(records[0]).toEqual(['Problem', 'Action', 'Responsible', 'Due', 'Status', 'Follow-up', 'Sent upward to', 'Project', 'Decided in', 'Last changed']);
  });
});

describe('Excel', () => {
  it('has a bold, frozen header row, set widths, an autofilter, and dates as dates', async () => {
    const sheet = await readSheet(await renderActionsXlsx(daRows, EXPORT_TEXT.da, new Date(Date.UTC(2026, 2, 2, 9))));
    expect(sheet.name).toBe('Handlingsplan');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Problem', 'Handling', 'Ansvarlig', 'Frist', 'Status', 'Opfølgning', 'Sendt videre op til', 'Projekt', 'Besluttet i', 'Sidst ændret']);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(40);
    expect(sheet.getColumn(4).width).toBe(13);
    expect(sheet.autoFilter).toBe('A1:J5');
    const due = sheet.getCell('D2');
    expect(due.value).toEqual(new Date(Date.UTC(2026, 1, 15)));
    expect(due.numFmt).toBe('dd-mm-yyyy');
    expect(sheet.getCell('J2').value).toEqual(new Date(Date.UTC(2026, 1, 20, 15, 5)));
    expect(sheet.getCell('J2').numFmt).toBe('dd-mm-yyyy hh:mm');
    expect(sheet.getCell('D5').value).toBeNull();
  });

  it('holds every action’s cells as written, formulas as text, in Danish and in English', async () => {
    for (const [rows, locale] of [
      [daRows, 'da'],
      [enRows, 'en'],
    ] as const) {
      const sheet = await readSheet(await renderActionsXlsx(rows, EXPORT_TEXT[locale], new Date()));
      rows.forEach((row, i) => {
        const cells = sheet.getRow(i + 2);
        expect(cells.getCell(1).value, locale).toBe(row.problem);
        expect(cells.getCell(1).type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cells.getCell(2).value).toBe(row.what);
        expect(cells.getCell(3).value).toBe(row.responsible);
        expect(cells.getCell(5).value).toBe(row.status);
        expect(cells.getCell(6).value).toBe(row.followUp);
        expect(cells.getCell(7).value).toBe(row.upwardTo);
        expect(cells.getCell(8).value).toBe(row.project);
        expect(cells.getCell(9).value).toBe(row.decidedIn);
      });
      expect(sheet.getCell('B1').value).toBe(locale === 'da' ? 'Handling' : 'Action');
      expect(sheet.getCell('D2').numFmt).toBe(EXPORT_TEXT[locale].excelDate);
    }
  });
});

/** An iCalendar file's lines, unfolded (RFC 5545 §3.1: CRLF then a space or tab continues a line). */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

function events(ics: string): Array<Record<string, string>> {
  const found: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      found.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return found;
}

describe('iCalendar', () => {
  const ics = renderActionsIcs(daRows, EXPORT_TEXT.da, {
    calendarName: 'Handlingsplan – Testkommunen',
    linkOf: (row) => `https://kompas.example.dk/org/o1/actions?projectId=${row.projectId}`,
    now: new Date(Date.UTC(2026, 2, 2, 9)),
  }).toString('utf8');

  it('has one all-day event per open action with a date, and leaves done, dropped and undated ones out', () => {
    const found = events(ics);
    expect(found.map((e) => e.UID)).toEqual(['tricky.p1@kompas', 'named.p1@kompas']);
    expect(found[0]).toMatchObject({
      'DTSTART;VALUE=DATE': '20260215',
      'DTEND;VALUE=DATE': '20260216',
      STATUS: 'CONFIRMED',
      TRANSP: 'TRANSPARENT',
      SEQUENCE: '4',
      'LAST-MODIFIED': '20260220T140500Z',
      'URL;VALUE=URI': 'https://kompas.example.dk/org/o1/actions?projectId=p1',
    });
    expect(found[1]?.['DTSTART;VALUE=DATE']).toBe('20260401');
    expect(unfold(ics)).toContain('X-WR-CALNAME:Handlingsplan – Testkommunen');
  });

  it('escapes commas, semicolons and line breaks in the summary and description', () => {
    const [tricky] = events(ics);
    expect(tricky?.SUMMARY).toBe('Oplæring\\; i vagtplanen\\, "for alle"\\nogså nattevagterne');
    expect(tricky?.DESCRIPTION).toBe(
      [
        'Problem: =HYPERLINK("http://example.com"\\;"klik")',
        'Ansvarlig: Teamet på 3. sal',
        'Status: I gang\\, over fristen',
        'Projekt: Ny vagtplan på Ærø',
        'Opfølgning: På næste MED-møde\\, æøå ÆØÅ',
        'Handlingsplanen: https://kompas.example.dk/org/o1/actions?projectId=p1',
      ].join('\\n'),
    );
  });

  it('folds lines at 75 octets, counting Danish letters as two, with CRLF throughout', () => {
    expect(ics).not.toMatch(/[^\r]\n/);
    const lines = ics.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    // Folding never splits a letter's bytes: every physical line decodes on its own.
    const bytes = Buffer.from(ics, 'utf8');
    let start = 0;
    for (let i = bytes.indexOf('\r\n'); i >= 0; start = i + 2, i = bytes.indexOf('\r\n', start)) {
      expect(bytes.subarray(start, i).toString('utf8')).not.toContain('\ufffd');
    }
  });
});
