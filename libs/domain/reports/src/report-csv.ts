import type { Cell, ReportTable } from './report-table';

/** Byte order mark: spreadsheet programs then read the file as UTF-8 and keep the Vietnamese intact. */
const UTF8_BOM = '\uFEFF';
/** `;`: the list separator of the Vietnamese locale, where `,` is the decimal mark. */
export const CSV_SEPARATOR = ';';

/** RFC 4180 CSV (CRLF, quotes doubled) with a BOM, `;`-separated, text in NFC; the header row first. */
export function reportCsv(table: ReportTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvField).join(CSV_SEPARATOR));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : cell.normalize('NFC');
  return /[";\r\n,]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
