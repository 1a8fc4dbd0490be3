/** One CSV record and the physical line it starts on (1 = the header). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvReadResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; reason: string };

/**
 * RFC 4180 reading: comma-separated, fields optionally in double quotes, `""` for a quote inside
 * quotes, line breaks (LF or CRLF) allowed inside quotes. A leading BOM is dropped and the text is
 * normalised to NFC first, so decomposed Vietnamese (NFD) compares equal to what is stored.
 * Blank lines are skipped.
 */
export function readCsv(content: string): CsvReadResult {
  const text = content.replace(/^\uFEFF/, '').normalize('NFC');
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let index = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || (cells[0] ?? '').trim() !== '') records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (index < text.length) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        cell += char;
      }
      index += 1;
      continue;
    }
    if (char === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      cell += char;
    }
    index += 1;
  }
  if (quoted) return { ok: false, line: quoteLine, reason: 'Thiếu dấu ngoặc kép đóng cho trường bắt đầu ở dòng này.' };
  if (cell !== '' || cells.length > 0) endRecord();
  return { ok: true, records };
}
