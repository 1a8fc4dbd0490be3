import ExcelJS from 'exceljs';
import type { ReportTable } from '@lib/domain/reports';

/**
 * One worksheet: the Vietnamese header row first (bold, frozen), then the rows; numbers stay numbers.
 * The workbook's dates are the report's instant, so the same report gives the same content.
 */
export async function reportWorkbook(table: ReportTable, asOf: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Rõ người, rõ việc';
  workbook.title = table.title;
  workbook.created = new Date(asOf);
  workbook.modified = new Date(asOf);
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(table.columns);
  header.font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' ? cell.normalize('NFC') : cell)));
  sheet.columns.forEach((column, index) => {
    const widest = Math.max(table.columns[index]!.length, ...table.rows.map((row) => String(row[index] ?? '').length));
    column.width = Math.min(60, Math.max(10, widest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
