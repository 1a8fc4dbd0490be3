import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConsoleSession } from './support/console-session';

interface TaskPage {
  items: Array<{ id: string; title: string | null }>;
  nextCursor: string | null;
}

/**
 * The task list's search and filters on the demo city, as the inspector: the rows are the API's own answer for the
 * same query, the filters live in the address (a reload keeps them), each title leads to the task's page.
 */
describe('the task list: search and filters', () => {
  let s: ConsoleSession;
  beforeAll(async () => {
    s = await ConsoleSession.start('task-list');
    await s.open('/dang-nhap');
    await s.page.getByRole('button', { name: 'Vào với tên Vũ Thu Hà' }).click();
    await s.page.waitForURL((url) => url.pathname !== '/dang-nhap');
  }, 240_000);
  afterAll(() => s?.close());

  /** The API's first page of tasks for the query, read with the signed-in browser's cookie. */
  const tasks = async (query: string): Promise<TaskPage> =>
    (await (await s.page.request.get(new URL(`/tasks?${query}`, s.page.url()).toString())).json()) as TaskPage;
  const rows = () => s.page.locator('.ant-table-tbody tr.ant-table-row');
  /** What the Select labelled by the element `#id` shows as chosen. */
  const chosen = (id: string): Promise<string | null> => s.page.locator('.ant-select', { has: s.page.locator(`#${id}`) }).textContent();
  /** The ids of the rows shown, in order (each row is keyed by its task id). */
  const shownIds = async (): Promise<string[]> => {
    await s.settle();
    return rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key') ?? ''));
  };

  it('typing "xay dung" shows exactly the tasks the API finds for q=xay dung', async () => {
    const expected = await tasks(`q=${encodeURIComponent('xay dung')}`);
    expect(expected.items.length).toBeGreaterThan(0);
    // The search is what it claims: every title found has "xây dựng" in it, or the source number or id matched.
    expect(expected.items.some((item) => /xây dựng/i.test(item.title ?? ''))).toBe(true);
    await s.open('/nhiem-vu');
    await rows().first().waitFor();
    await s.page.getByLabel('Tìm nhiệm vụ').fill('xay dung');
    await s.page.keyboard.press('Enter');
    await s.page.waitForURL((url) => url.searchParams.get('tim') === 'xay dung');
    await expect(shownIds()).resolves.toEqual(expected.items.map((item) => item.id));
    expect(await s.inspect('24-tasks-search')).toEqual([]);
  });

  it('"Chỉ nhiệm vụ quá hạn" shows the API\'s overdue=true list, and a reload keeps it', async () => {
    const expected = await tasks('overdue=true');
    expect(expected.items.length).toBeGreaterThan(0);
    await s.open('/nhiem-vu');
    await rows().first().waitFor();
    await s.page.getByRole('checkbox', { name: 'Chỉ nhiệm vụ quá hạn' }).check();
    await s.page.waitForURL((url) => url.searchParams.get('qua-han') === 'true');
    await expect(shownIds()).resolves.toEqual(expected.items.map((item) => item.id));
    for (const status of await rows().locator('.ant-tag').allTextContents()) expect(status).toBe('Quá hạn');

    await s.page.reload();
    await s.settle();
    await rows().first().waitFor();
    await expect(s.page.getByRole('checkbox', { name: 'Chỉ nhiệm vụ quá hạn' }).isChecked()).resolves.toBe(true);
    await expect(shownIds()).resolves.toEqual(expected.items.map((item) => item.id));
    expect(await s.inspect('25-tasks-overdue-only')).toEqual([]);
  });

  it('a search and a category from the address are shown in their fields; no match says what to do', async () => {
    await s.open(`/nhiem-vu?tim=${encodeURIComponent('khong co nhiem vu nao nhu the')}&linh-vuc=construction`);
    await expect(s.page.getByLabel('Tìm nhiệm vụ').inputValue()).resolves.toBe('khong co nhiem vu nao nhu the');
    await expect(chosen('task-category')).resolves.toBe('Xây dựng');
    await s.page.getByText('Không có nhiệm vụ nào khớp bộ lọc.').waitFor();
    expect(await rows().count()).toBe(0);
    expect(await s.inspect('26-tasks-no-match')).toEqual([]);
  });

  it('a person chosen by a name typed without diacritics, and a category, narrow the list as the API does', async () => {
    const persons = (await (await s.page.request.get(new URL('/reports/persons?q=le%20van%20cuong', s.page.url()).toString())).json()) as {
      items: Array<{ personId: string; name: string }>;
    };
    const cuong = persons.items.find((person) => person.name === 'Lê Văn Cường');
    expect(cuong).toBeDefined();
    const expected = await tasks(`person=${encodeURIComponent(cuong?.personId ?? '')}&category=construction`);
    expect(expected.items.length).toBeGreaterThan(0);
    await s.open('/nhiem-vu');
    await rows().first().waitFor();
    await s.page.getByLabel('Cán bộ').fill('le van cuong');
    await s.page.locator('.ant-select-item-option').filter({ hasText: 'Lê Văn Cường' }).first().click();
    await s.page.waitForURL((url) => url.searchParams.get('nguoi') === cuong?.personId);
    await s.page.getByLabel('Lĩnh vực').fill('xay dung');
    await s.page
      .locator('.ant-select-item-option')
      .filter({ hasText: /^Xây dựng$/ })
      .first()
      .click();
    await s.page.waitForURL((url) => url.searchParams.get('linh-vuc') === 'construction');
    await expect(shownIds()).resolves.toEqual(expected.items.map((item) => item.id));
    // The choices stay shown by name after a reload: the address holds the codes, the page names them.
    await s.page.reload();
    await s.settle();
    await expect(shownIds()).resolves.toEqual(expected.items.map((item) => item.id));
    await expect(chosen('task-person')).resolves.toMatch(/^Lê Văn Cường/);
    await expect(chosen('task-category')).resolves.toBe('Xây dựng');
    expect(await s.inspect('27-tasks-person-category')).toEqual([]);
  });

  it("a task's title leads to its page, /nhiem-vu/<id>", async () => {
    const first = (await tasks('limit=1')).items[0];
    expect(first).toBeDefined();
    await s.open('/nhiem-vu');
    await rows().first().waitFor();
    await s.page
      .getByRole('link', { name: first?.title ?? first?.id ?? '' })
      .first()
      .click();
    await s.page.waitForURL((url) => url.pathname === `/nhiem-vu/${first?.id}`);
    expect(new URL(s.page.url()).pathname).toBe(`/nhiem-vu/${first?.id}`);
    expect(s.problems).toEqual([]);
  });
});
