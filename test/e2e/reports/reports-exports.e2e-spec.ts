import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { city } from '../../support/city.fixture';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { startTestApp, type TestApp } from '../../support/test-app';
import { ScenarioClient } from '../scenarios/scenario-client';
import { playStories } from './report-stories';
import { ReportsClient } from './reports-client';

// The same stories, exported: CSV (UTF-8 with BOM, `;`-separated, Vietnamese intact) and XLSX (read back with
// exceljs); bad parameters, unknown ids, roles and jurisdictions.
const { inspector, cuong, qldtHead: hoa } = city;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('reports: CSV and XLSX exports, refusals', () => {
  let t: TestApp;
  let reports: ReportsClient;

  beforeAll(async () => {
    t = await startTestApp();
    reports = new ReportsClient(t);
    await playStories(new ScenarioClient(t));
    await projectionsCaughtUp(t.app);
  });
  afterAll(() => t.close());

  it('a person report as CSV: BOM, `;`, CRLF, Vietnamese headers and labels in NFC, figures as in the JSON', async () => {
    const file = await reports.file(`/reports/persons/${cuong.personId}?from=2026-02-01&to=2026-03-31&format=csv`, inspector);
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.disposition).toBe('attachment; filename="bao-cao-ca-nhan-le-van-cuong-2026-02-01-2026-03-31.csv"');
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.body.toString('utf8');
    expect(text).toBe(text.normalize('NFC'));
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Mục;Chỉ tiêu;Giá trị;Chứng cứ');
    expect(lines[1]).toBe('Thông tin chung;Cán bộ;Lê Văn Cường;le-van-cuong');
    expect(lines[2]).toBe('Thông tin chung;Kỳ báo cáo;01/02/2026 – 31/03/2026;');
    const byIndicator = Object.fromEntries(
      lines
        .slice(1)
        .filter((line) => line !== '')
        .map((line) => line.split(';'))
        .map(([, indicator, value]) => [indicator, value]),
    );
    expect(byIndicator).toMatchObject({
      'Nhiệm vụ đã giữ trong kỳ': '4',
      'Hoàn thành trước hạn': '0',
      'Hoàn thành đúng hạn': '1',
      'Hoàn thành quá hạn': '3',
      'Quá hạn chưa hoàn thành cuối kỳ': '0',
      'Ngày làm việc chậm trễ – trách nhiệm cá nhân': '5',
      'Ngày làm việc chậm trễ – trách nhiệm người đứng đầu': '0',
      'OVERDUE_HOLD – chưa kết luận': '3',
      'PING_PONG – chưa kết luận': '1',
      'Số sản phẩm hoàn thành': '4',
      'Điểm tiến độ bình quân': '87.5',
      'Sản phẩm chậm có nguyên nhân khách quan được xác nhận': '1',
      'Mức tham khảo theo điểm tiến độ': 'Hoàn thành tốt nhiệm vụ',
    });
    // A field holding the separator (or a comma, a quote, a line break) is quoted, RFC 4180 style.
    expect(text).toContain(
      '\r\nĐánh giá (Nghị định 335/2025);Lưu ý;"Hệ thống chỉ cung cấp số liệu và chứng cứ (mã nhiệm vụ, mã sự kiện); việc đánh giá, xếp loại do cấp có thẩm quyền quyết định.";\r\n',
    );
  });

  it("the Office's status report as XLSX: one sheet, Vietnamese headers, numbers as numbers, a total row", async () => {
    const file = await reports.file('/reports/status?unit=ubnd-quan-hai-chau&asOf=2026-03-31&format=xlsx', inspector);
    expect(file.contentType).toBe(XLSX);
    expect(file.disposition).toBe('attachment; filename="tinh-hinh-nhiem-vu-ubnd-quan-hai-chau-2026-03-31.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Tình hình thực hiện']);
    const sheet = workbook.worksheets[0]!;
    const rows = sheet
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1));
    expect(rows).toEqual([
      [
        'Mã đơn vị',
        'Đơn vị chủ trì',
        'Trong hạn',
        'Sắp đến hạn',
        'Quá hạn',
        'Không hạn',
        'Hoàn thành trước hạn',
        'Hoàn thành đúng hạn',
        'Hoàn thành quá hạn',
        'Đã hủy',
        'Tổng số',
        'Ghi chú',
      ],
      ['phong-quan-ly-do-thi', 'Phòng Quản lý đô thị', 2, 0, 0, 0, 0, 0, 0, 0, 2],
      ['phong-tai-chinh-ke-hoach', 'Phòng Tài chính – Kế hoạch', 0, 0, 1, 0, 0, 0, 0, 0, 1],
      ['phong-tnmt-hai-chau', 'Phòng Tài nguyên và Môi trường', 0, 0, 0, 0, 0, 1, 0, 0, 1],
      [undefined, 'Tổng cộng', 2, 0, 1, 0, 0, 1, 0, 0, 4],
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
  });

  it('rankings as XLSX and CSV; a unit report as CSV', async () => {
    const xlsx = await reports.file(
      '/reports/rankings?unit=ubnd-quan-hai-chau&from=2026-03-01&to=2026-03-31&kind=review&format=xlsx',
      inspector,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Xem xét')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Hạng', 'Mã cán bộ', 'Họ và tên']);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([1, 'ngo-thi-lan', 'Ngô Thị Lan', 0, 1, 0, 10, 0, 0, 1]);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([2, 'bui-van-khanh', 'Bùi Văn Khánh', 0, 0, 0, 1, 0, 0, 0]);
    expect(sheet.rowCount).toBe(3);

    const csv = await reports.file(
      '/reports/rankings?unit=ubnd-quan-hai-chau&from=2026-03-01&to=2026-03-31&kind=commendation&format=csv',
      inspector,
    );
    expect(csv.disposition).toBe('attachment; filename="xep-hang-commendation-2026-03-01-2026-03-31.csv"');
    expect(csv.body.toString('utf8')).toBe(
      '\uFEFFHạng;Mã cán bộ;Họ và tên;Hoàn thành trước hạn;Hoàn thành đúng hạn;Hoàn thành quá hạn;Ngày chậm – cá nhân;Ngày chậm – người đứng đầu;Phát hiện đã xác nhận;Phát hiện chưa kết luận\r\n' +
        '1;ngo-thi-lan;Ngô Thị Lan;0;1;0;10;0;0;1\r\n',
    );
    const unitCsv = (
      await reports.file('/reports/units/phong-tnmt-hai-chau?from=2026-03-01&to=2026-03-31&format=csv', inspector)
    ).body.toString('utf8');
    expect(unitCsv).toContain('\r\nThông tin chung;Đơn vị;Phòng Tài nguyên và Môi trường;phong-tnmt-hai-chau\r\n');
    expect(unitCsv).toContain('\r\nXin ý kiến;Chưa trả lời;1;');
    expect(unitCsv).toContain('\r\nPhát hiện vi phạm – trách nhiệm trực tiếp;SILENT_CONSULTEE – chưa kết luận;1;\r\n');
  });

  it('bad parameters are 400 problems naming the field', async () => {
    for (const [path, field] of [
      ['/reports/persons/le-van-cuong?to=2026-03-31', 'from'],
      ['/reports/persons/le-van-cuong?from=2026-03-01', 'to'],
      ['/reports/persons/le-van-cuong?from=2026-03-31&to=2026-03-01', 'to'],
      ['/reports/persons/le-van-cuong?from=yesterday&to=2026-03-31', 'from'],
      ['/reports/persons/le-van-cuong?from=2026-03-01&to=2026-03-31&format=pdf', 'format'],
      ['/reports/persons/le-van-cuong?from=2026-03-01&to=2026-03-31&colour=red', 'colour'],
      ['/reports/units/so-xay-dung?from=2026-03-01&to=2026-03-31&includeSubunits=yes', 'includeSubunits'],
      ['/reports/status?asOf=someday', 'asOf'],
      ['/reports/rankings?from=2026-03-01&to=2026-03-31&kind=best', 'kind'],
      ['/reports/rankings?from=2026-03-01&to=2026-03-31', 'kind'],
      ['/reports/rankings?from=2026-03-01&to=2026-03-31&kind=review&limit=0', 'limit'],
      ['/reports/rankings?from=2026-03-01&to=2026-03-31&kind=review&q=a&q=b', 'q'],
    ] as const) {
      const problem = await reports.get(path, inspector, 400);
      expect({ path, problem }).toEqual({
        path,
        problem: expect.objectContaining({ status: 400, errors: [expect.objectContaining({ field })] }),
      });
    }
  });

  it('unknown ids are 404; other roles are 403; a unit head reads only within the unit', async () => {
    expect(await reports.get('/reports/persons/khong-co-ai?from=2026-03-01&to=2026-03-31', inspector, 404)).toMatchObject({ status: 404 });
    expect(await reports.get('/reports/units/khong-co-don-vi?from=2026-03-01&to=2026-03-31', inspector, 404)).toMatchObject({
      status: 404,
    });
    await reports.get('/reports/status', cuong, 403);
    await reports.get('/reports/persons/le-van-cuong?from=2026-03-01&to=2026-03-31', hoa, 403);
    await reports.get('/reports/units/so-xay-dung?from=2026-03-01&to=2026-03-31', hoa, 403);
    await reports.get('/reports/status?unit=so-xay-dung', hoa, 403);
    // Her own office: the status report holds her office's row only, the rankings her office's people only.
    const own = await reports.get('/reports/status?asOf=2026-03-31', hoa);
    expect(own['rows'].map((row: { unitId: string; total: number }) => [row.unitId, row.total])).toEqual([['phong-quan-ly-do-thi', 2]]);
    const khoi = await reports.get('/reports/persons/nguyen-quang-khoi?from=2026-03-01&to=2026-03-31', hoa);
    expect(khoi['person']['name']).toBe('Nguyễn Quang Khôi');
  });
});
