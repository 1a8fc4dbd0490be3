import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConsoleSession } from './support/console-session';

interface StatusReport {
  rows: Array<{ unitId: string; unitName: string; counts: Record<string, number> }>;
}

/**
 * The Office's overview on the demo city: per lead unit, counts by status in the trackers' categories, each count a
 * link to the matching task list; the numbers are the API's own report, the page passes axe.
 */
describe('the overview for the Office', () => {
  let s: ConsoleSession;
  beforeAll(async () => {
    s = await ConsoleSession.start('overview');
    await s.open('/dang-nhap');
    await s.page.getByRole('button', { name: 'Vào với tên Trần Văn An' }).click();
    await s.page.waitForURL((url) => url.pathname === '/');
  }, 240_000);
  afterAll(() => s?.close());

  /** The API's own report, read with the signed-in browser's cookie. */
  const statusReport = async (): Promise<StatusReport> =>
    (await (await s.page.request.get(new URL('/reports/status', s.page.url()).toString())).json()) as StatusReport;

  it("shows every lead unit of the report with the API's counts, grouped as the trackers group them", async () => {
    const report = await statusReport();
    expect(report.rows.length).toBeGreaterThan(0);
    await s.page.getByRole('columnheader', { name: 'Đang thực hiện' }).waitFor();
    await expect(s.page.getByRole('columnheader', { name: 'Đã kết thúc' }).isVisible()).resolves.toBe(true);
    for (const row of report.rows.slice(0, 5)) {
      const line = s.page.getByRole('row').filter({ has: s.page.getByText(row.unitName, { exact: true }) });
      const overdue = row.counts['overdue'] ?? 0;
      const cell =
        overdue === 0
          ? line.locator('.overview-zero').first()
          : line.getByRole('link', { name: new RegExp(`^${overdue} nhiệm vụ quá hạn`) });
      await expect(cell.waitFor({ timeout: 5_000 })).resolves.toBeUndefined();
    }
    expect(await s.inspect('20-overview')).toEqual([]);
  });

  it('opens the task list of a unit and a status from its number: as many tasks, all overdue, all led by that unit', async () => {
    const report = await statusReport();
    const row = report.rows.find((candidate) => (candidate.counts['overdue'] ?? 0) > 0);
    expect(row).toBeDefined();
    const overdue = row?.counts['overdue'] ?? 0;
    await s.page.getByRole('link', { name: `${overdue} nhiệm vụ quá hạn — ${row?.unitName}` }).click();
    await s.page.waitForURL((url) => url.pathname === '/nhiem-vu');
    const url = new URL(s.page.url());
    expect({ unit: url.searchParams.get('don-vi'), status: url.searchParams.get('tinh-trang') }).toEqual({
      unit: row?.unitId,
      status: 'overdue',
    });
    await s.page.getByRole('heading', { level: 2, name: 'Nhiệm vụ' }).waitFor();
    await s.page.getByText(`Đơn vị chủ trì: ${row?.unitName}`).waitFor();
    const rows = s.page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(Math.min(overdue, 50));
    for (const status of await rows.locator('.ant-tag').allTextContents()) expect(status).toBe('Quá hạn');
    expect(await s.inspect('22-tasks-overdue')).toEqual([]);
  });

  it('takes the counts at the end of a chosen day, kept in the address', async () => {
    await s.open('/?ngay=2026-03-31');
    await s.page.getByRole('columnheader', { name: 'Đang thực hiện' }).waitFor();
    await expect(s.page.getByLabel('Tính đến hết ngày').inputValue()).resolves.toBe('31/03/2026');
    expect(await s.inspect('21-overview-day')).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
