import { readCsv } from './csv-reader';
import { IMPORT_COLUMNS, type ImportColumn, type ImportIssue, type ImportRow } from './org-import.types';

/** `issues` are problems found while reading particular rows (JSON values of the wrong type). */
export type ImportReadResult = { ok: true; rows: ImportRow[]; issues: ImportIssue[] } | { ok: false; issue: ImportIssue };

const fileIssue = (line: number | null, reason: string): ImportReadResult => ({
  ok: false,
  issue: { index: 0, line, record: null, field: 'file', reason },
});

/** CSV with a header row naming the columns (any order, case-insensitive); unknown columns are refused. */
export function readImportCsv(content: string): ImportReadResult {
  const read = readCsv(content);
  if (!read.ok) return fileIssue(read.line, read.reason);
  const [header, ...records] = read.records;
  if (header === undefined) return fileIssue(null, 'Tệp không có dữ liệu.');
  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  const unknown = columns.find((column) => !(IMPORT_COLUMNS as readonly string[]).includes(column));
  if (unknown !== undefined) return fileIssue(header.line, `Cột "${unknown}" không thuộc mẫu nhập liệu.`);
  if (!columns.includes('record')) return fileIssue(header.line, 'Thiếu cột "record" cho biết loại bản ghi.');
  const rows = records.map((record, position): ImportRow => {
    const fields: Partial<Record<ImportColumn, string>> = {};
    columns.forEach((column, cellIndex) => {
      fields[column as ImportColumn] = record.cells[cellIndex] ?? '';
    });
    return { index: position + 1, line: record.line, fields };
  });
  const wide = records.find((record) => record.cells.length > columns.length);
  if (wide !== undefined)
    return fileIssue(wide.line, `Dòng có ${wide.cells.length} cột, nhiều hơn ${columns.length} cột của dòng tiêu đề.`);
  return { ok: true, rows, issues: [] };
}

/** JSON: an array of objects (or `{ "records": [...] }`) keyed by the CSV column names; values are strings or null. */
export function readImportJson(content: string): ImportReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    return fileIssue(null, 'Tệp JSON không đúng cú pháp.');
  }
  const list = Array.isArray(parsed) ? parsed : isObject(parsed) && Array.isArray(parsed['records']) ? parsed['records'] : null;
  if (list === null) return fileIssue(null, 'Tệp JSON phải là một mảng bản ghi hoặc một đối tượng có thuộc tính "records".');
  const rows: ImportRow[] = [];
  const issues: ImportIssue[] = [];
  for (const [position, item] of list.entries()) {
    const index = position + 1;
    const fields: Partial<Record<ImportColumn, string>> = {};
    rows.push({ index, line: null, fields });
    if (!isObject(item)) {
      issues.push({ index, line: null, record: null, field: 'record', reason: 'Bản ghi phải là một đối tượng JSON.' });
      continue;
    }
    for (const [key, value] of Object.entries(item)) {
      if (!(IMPORT_COLUMNS as readonly string[]).includes(key)) {
        issues.push({ index, line: null, record: null, field: 'record', reason: `Thuộc tính "${key}" không thuộc mẫu nhập liệu.` });
      } else if (value !== null && typeof value !== 'string') {
        issues.push({ index, line: null, record: null, field: key as ImportColumn, reason: 'Giá trị phải là chuỗi ký tự.' });
      } else {
        fields[key as ImportColumn] = (value ?? '').normalize('NFC');
      }
    }
  }
  return { ok: true, rows, issues };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
