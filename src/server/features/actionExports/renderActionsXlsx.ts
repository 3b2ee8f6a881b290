import type { Workbook } from 'exceljs';
import { rowCells, type ExportRow } from './exportRows.ts';
import { EXPORT_COLUMNS, type ExportColumn, type ExportText } from './exportText.ts';

/** Column widths in characters: the long texts wide (and wrapped), dates and statuses narrow. */
const WIDTHS: Readonly<Record<ExportColumn, number>> = {
  problem: 40,
  what: 40,
  responsible: 22,
  due: 13,
  status: 22,
  followUp: 32,
  upwardTo: 26,
  project: 26,
  decidedIn: 26,
  lastChanged: 18,
};

const WRAPPED: ReadonlySet<ExportColumn> = new Set(['problem', 'what', 'followUp', 'upwardTo', 'project', 'decidedIn']);

/** A calendar date or Copenhagen wall-clock time as the instant Excel stores it (Excel has no zones: UTC is read as is). */
function excelDate(local: string): Date {
  const [date = '', time = '00:00'] = local.split(' ');
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

/**
 * The action plan as an Excel workbook (exceljs, decision 013): one sheet, a bold header row that
 * stays in view, set widths, an autofilter over every column, and dates as real dates, so the
 * plan can be sorted and filtered by date in Excel. `now` is the workbook's creation time.
 */
export async function renderActionsXlsx(rows: readonly ExportRow[], text: ExportText, now: Date): Promise<Buffer> {
  // Loaded on first use: exceljs takes a third of a second to load, which every start of the
  // server (and every test server) would otherwise pay for a file few people download.
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kompas';
  workbook.created = now;
  workbook.modified = now;
  const sheet = workbook.addWorksheet(text.sheetName, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = EXPORT_COLUMNS.map((column) => ({
    header: text.columns[column],
    key: column,
    width: WIDTHS[column],
    style: {
      alignment: { vertical: 'top', wrapText: WRAPPED.has(column) },
      ...(column === 'due' ? { numFmt: text.excelDate } : column === 'lastChanged' ? { numFmt: text.excelDateTime } : {}),
    },
  }));
  for (const row of rows) {
    sheet.addRow({ ...rowCells(row), due: row.due ? excelDate(row.due) : null, lastChanged: excelDate(row.lastChanged) });
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: EXPORT_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
