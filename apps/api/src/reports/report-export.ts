import { StreamableFile } from '@nestjs/common';
import { reportCsv, type ReportTable } from '@lib/domain/reports';
import type { ReportFormat } from './report-query.params';
import { reportWorkbook } from './report-workbook';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** JSON as is; CSV (UTF-8 with BOM, `;`) or XLSX as an attachment named `<baseName>.<format>` (ASCII). */
export async function exported<T extends object>(
  format: ReportFormat,
  json: T,
  table: () => ReportTable,
  baseName: string,
  asOf: string,
): Promise<T | StreamableFile> {
  if (format === 'json') return json;
  const fileName = `${baseName.replace(/[^A-Za-z0-9._-]+/g, '-')}.${format}`;
  const disposition = `attachment; filename="${fileName}"`;
  if (format === 'csv')
    return new StreamableFile(Buffer.from(reportCsv(table()), 'utf8'), { type: 'text/csv; charset=utf-8', disposition });
  return new StreamableFile(await reportWorkbook(table(), asOf), { type: XLSX_TYPE, disposition });
}
