import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConsoleSession } from './support/console-session';

interface AuditPage {
  items: Array<{ eventId: string }>;
}

/** The audit-trail search: the API's answer for a person, the same search downloaded as CSV, a refusal in Vietnamese. */
describe('the audit trail search', () => {
  let s: ConsoleSession;
  beforeAll(async () => {
    s = await ConsoleSession.start('audit-search');
  }, 240_000);
  afterAll(() => s?.close());

  const signInAs = (name: string) => s.signInAs(name);
  const rows = () => s.page.locator('.ant-table-tbody tr.ant-table-row');

  it("shows a person's recorded steps as the API answers them, with both times in Viet Nam time", async () => {
    await signInAs('Vũ Thu Hà');
    const api = (await (
      await s.page.request.get(new URL('/audit/events?person=le-van-cuong', s.page.url()).toString())
    ).json()) as AuditPage;
    expect(api.items.length).toBeGreaterThan(0);
    await s.open('/tra-cuu-nhat-ky?nguoi=le-van-cuong');
    await rows().first().waitFor();
    expect(await rows().count()).toBe(api.items.length);
    await expect(rows().first().textContent()).resolves.toMatch(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    expect(await s.inspect('40-audit')).toEqual([]);
  });

  it('downloads the same search as CSV with a plain link (the session cookie goes with it)', async () => {
    const download = s.page.waitForEvent('download');
    await s.page.getByRole('link', { name: 'Tải CSV' }).click();
    const file = await (await download).path();
    const csv = await readFile(file, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.includes('le-van-cuong'))).toBe(true);
  });

  it('shows an officer no trail search in the menu and, at its address, a Vietnamese refusal with nothing of the trail', async () => {
    await s.page.getByRole('button', { name: 'Đăng xuất' }).click();
    await s.page.waitForURL((url) => url.pathname === '/dang-nhap');
    await signInAs('Lê Văn Cường');
    const menu = s.page.getByRole('navigation', { name: 'Các mục chính' });
    await menu.getByRole('link', { name: 'Nhiệm vụ' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Tra cứu nhật ký' }).count()).toBe(0);
    await s.open('/tra-cuu-nhat-ky?nguoi=le-van-cuong');
    await s.page.getByText('Trang này không dành cho vai trò của bạn').waitFor();
    expect(await s.page.getByText('vai trò Chuyên viên xử lý', { exact: false }).count()).toBe(1);
    expect({ rows: await rows().count(), downloads: await s.page.getByRole('link', { name: 'Tải CSV' }).count() }).toEqual({
      rows: 0,
      downloads: 0,
    });
    expect(await s.inspect('41-audit-refused')).toEqual([]);
  });
});
