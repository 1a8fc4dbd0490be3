import { describe, expect, it } from '@jest/globals';
import { reportCsv } from './report-csv';

describe('CSV export', () => {
  it('writes a BOM, `;` between fields, CRLF line ends, numbers as they are and empty cells for null', () => {
    const csv = reportCsv({
      sheetName: 'Báo cáo',
      title: 'Báo cáo',
      columns: ['Họ và tên', 'Số ngày'],
      rows: [
        ['Lê Văn Cường', 5],
        ['Võ Thị Én', null],
      ],
    });
    expect(csv).toBe('\uFEFFHọ và tên;Số ngày\r\nLê Văn Cường;5\r\nVõ Thị Én;\r\n');
  });

  it('quotes fields holding the separator, a comma, a quote or a line break, doubling quotes; writes text in NFC', () => {
    const csv = reportCsv({
      sheetName: 'x',
      title: 'x',
      columns: ['a'],
      rows: [['Thanh tra; Nội vụ'], ['2,4 tỷ đồng'], ['Ý kiến "thống nhất"'], ['dòng 1\ndòng 2'], ['Cường'.normalize('NFD')]],
    });
    expect(csv).toBe('\uFEFFa\r\n"Thanh tra; Nội vụ"\r\n"2,4 tỷ đồng"\r\n"Ý kiến ""thống nhất"""\r\n"dòng 1\ndòng 2"\r\nCường\r\n');
    expect(csv).toBe(csv.normalize('NFC'));
  });
});
