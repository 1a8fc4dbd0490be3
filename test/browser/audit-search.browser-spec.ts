import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConsoleSession } from './support/console-session';

interface AuditPage {
  items: Array<{ eventId: string }>;
}

interface TaskPage {
  items: Array<{ id: string; title: string | null }>;
}

/** As typed on a keyboard without Vietnamese input: "Lê Văn Cường" → "le van cuong". */
const withoutDiacritics = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();

/**
 * The audit-trail search: the API's answer for a person, the same search downloaded as CSV, a person, a unit and a
 * task chosen by name (typed without diacritics), a refusal in Vietnamese.
 */
describe('the audit trail search', () => {
  let s: ConsoleSession;
  beforeAll(async () => {
    s = await ConsoleSession.start('audit-search');
  }, 240_000);
  afterAll(() => s?.close());

  const signInAs = (name: string) => s.signInAs(name);
  const rows = () => s.page.locator('.ant-table-tbody tr.ant-table-row');
  /** The API's answer, read with the signed-in browser's cookie. */
  const json = async <T>(path: string): Promise<T> =>
    (await (await s.page.request.get(new URL(path, s.page.url()).toString())).json()) as T;
  /** The rows shown are the API's events, in its order (each row is keyed by its event id). */
  const expectRowsOf = async (answer: AuditPage): Promise<void> => {
    const ids = answer.items.map((item) => item.eventId);
    // The previous rows stay on screen until the new page is drawn: wait for these (a string: it runs in the page).
    await s.page
      .waitForFunction(
        `JSON.stringify([...document.querySelectorAll('.ant-table-tbody tr.ant-table-row')].map((tr) => tr.getAttribute('data-row-key'))) === ${JSON.stringify(JSON.stringify(ids))}`,
        undefined,
        { timeout: 15_000 },
      )
      .catch(() => undefined);
    expect(await rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key')))).toEqual(ids);
  };
  /** Types into the chooser labelled `label` and clicks the first option whose text matches. */
  const choose = async (label: string, typed: string, option: RegExp | string): Promise<void> => {
    await s.page.getByLabel(label, { exact: true }).fill(typed);
    await s.page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
  };
  /** What the chooser labelled `label` shows as chosen. */
  const chosen = (label: string) => s.page.locator('.ant-select', { has: s.page.getByLabel(label, { exact: true }) }).textContent();

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

  it("finds a person by a name typed without diacritics: the address keeps their code, the rows are the API's answer", async () => {
    const expected = await json<AuditPage>('/audit/events?person=le-van-cuong');
    expect(expected.items.length).toBeGreaterThan(0);
    await s.open('/tra-cuu-nhat-ky');
    await choose('Cán bộ', 'le van cuong', /^Lê Văn Cường( —|$)/);
    await s.page.waitForURL((url) => url.searchParams.get('nguoi') === 'le-van-cuong');
    expect(new URL(s.page.url()).search).toBe('?nguoi=le-van-cuong');
    await expectRowsOf(expected);
    // The address alone opens the same choice, the person shown by name.
    await s.open('/tra-cuu-nhat-ky?nguoi=le-van-cuong');
    await expect(chosen('Cán bộ')).resolves.toMatch(/^Lê Văn Cường/);
    await expectRowsOf(expected);
    expect(await s.inspect('42-audit-person')).toEqual([]);
    expect(s.problems).toEqual([]);
  });

  it("chooses a unit by a name typed without diacritics: the address keeps its code, the rows are the API's answer", async () => {
    const expected = await json<AuditPage>('/audit/events?unit=so-xay-dung');
    expect(expected.items.length).toBeGreaterThan(0);
    await s.open('/tra-cuu-nhat-ky');
    await choose('Đơn vị', 'so xay dung', /^Sở Xây dựng( —|$)/);
    await s.page.waitForURL((url) => url.searchParams.get('don-vi') === 'so-xay-dung');
    expect(new URL(s.page.url()).search).toBe('?don-vi=so-xay-dung');
    await expectRowsOf(expected);
    await expect(chosen('Đơn vị')).resolves.toMatch(/^Sở Xây dựng/);
    expect(await s.inspect('43-audit-unit')).toEqual([]);
    expect(s.problems).toEqual([]);
  });

  it('finds a task by its title typed without diacritics, and names the task a link from its page gives by id', async () => {
    const task = (await json<TaskPage>('/tasks?limit=20')).items.find((item) => item.title);
    const title = task?.title ?? '';
    expect(title).not.toBe('');
    const expected = await json<AuditPage>(`/audit/events?task=${task?.id}`);
    expect(expected.items.length).toBeGreaterThan(0);
    await s.open('/tra-cuu-nhat-ky');
    await choose('Nhiệm vụ', withoutDiacritics(title), title);
    await s.page.waitForURL((url) => url.searchParams.get('nhiem-vu') === task?.id);
    expect(new URL(s.page.url()).search).toBe(`?nhiem-vu=${task?.id}`);
    await expectRowsOf(expected);
    // As the task page links here: the id in the address, the task shown by its title.
    await s.open(`/tra-cuu-nhat-ky?nhiem-vu=${task?.id}`);
    await expect(chosen('Nhiệm vụ')).resolves.toContain(title);
    await expectRowsOf(expected);
    expect(await s.inspect('44-audit-task')).toEqual([]);
    expect(s.problems).toEqual([]);
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
