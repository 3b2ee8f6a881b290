import { stringify } from 'csv-stringify/sync';
import { rowCells, type ExportRow } from './exportRows.ts';
import { EXPORT_COLUMNS, type ExportText } from './exportText.ts';

/**
 * The action plan as CSV for a spreadsheet (decision 013): RFC 4180 quoting and CRLF line ends,
 * UTF-8 with a byte order mark so Excel reads æ, ø and å rightly, and `;` between fields because
 * that is the list separator Excel on a Danish Windows expects (with `,` it puts every line in
 * one cell). A text that begins with =, +, -, @ or a tab gets a leading ' so that Excel shows it
 * rather than running it as a formula: what a meeting wrote is not trusted code.
 */
export function renderActionsCsv(rows: readonly ExportRow[], text: ExportText): Buffer {
  const records = rows.map((row) => {
    const cells = rowCells(row);
    return EXPORT_COLUMNS.map((column) => cells[column]);
  });
  const csv = stringify([EXPORT_COLUMNS.map((column) => text.columns[column]), ...records], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    quote_record_delimiter: true,
    escape_formulas: true,
  });
  return Buffer.from(csv, 'utf8');
}
