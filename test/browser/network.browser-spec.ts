import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConsoleSession } from './support/console-session';

interface Network {
  edges: Array<{ from: string; to: string; fromName: string | null; toName: string | null; count: number; medianWaitWorkingDays: number }>;
  tasks: Array<{ id: string; title: string | null; count: number }> | null;
}

/** The year in Viet Nam today, the page's period when its address names none. */
const thisYear = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date());
const day = (value: string) => value.split('-').reverse().join('/');

/** The handover network on the demo city, as the inspector Vũ Thu Hà sees it: the API's arcs, each leading to its tasks. */
describe('the handover network', () => {
  let s: ConsoleSession;
  beforeAll(async () => {
    s = await ConsoleSession.start('network');
    await s.open('/dang-nhap');
    await s.page.getByRole('button', { name: 'Vào với tên Vũ Thu Hà' }).click();
    await s.page.waitForURL((url) => url.pathname === '/');
  }, 240_000);
  afterAll(() => s?.close());

  const network = async (query: string): Promise<Network> =>
    (await (await s.page.request.get(new URL(`/handover-network${query}`, s.page.url()).toString())).json()) as Network;

  /** The API's arcs as the table writes them: giver, receiver, count, median wait, and whether the reverse arc is there. */
  const expectedRows = (edges: Network['edges']) => {
    const present = new Set(edges.map((edge) => `${edge.from}>${edge.to}`));
    return edges
      .map((edge) =>
        [
          edge.fromName ?? edge.from,
          edge.toName ?? edge.to,
          String(edge.count),
          edge.medianWaitWorkingDays.toLocaleString('vi-VN'),
          present.has(`${edge.to}>${edge.from}`) ? 'Qua lại' : 'Không',
        ].join(' | '),
      )
      .sort();
  };

  /** Every row of the edge table, page after page. */
  const tableRows = async (): Promise<string[]> => {
    const table = s.page.locator('.network-edge-table');
    const rows: string[] = [];
    for (;;) {
      for (const row of await table.locator('.ant-table-tbody tr.ant-table-row').all()) {
        const cells = (await row.locator('td').allInnerTexts()).map((text) => text.trim());
        rows.push(cells.slice(0, 5).join(' | '));
      }
      const next = table.locator('.ant-pagination-next');
      if ((await next.count()) === 0 || (await next.getAttribute('aria-disabled')) === 'true') break;
      await next.click();
    }
    return rows.sort();
  };

  const drawn = () => s.page.locator('.network-chart[data-ready="true"]').waitFor({ timeout: 30_000 });

  it("draws the year's network and its table holds exactly the API's arcs", async () => {
    const answer = await network(`?level=unit&from=${thisYear}-01-01&to=${thisYear}-12-31`);
    expect(answer.edges.length).toBeGreaterThan(0);
    await s.open('/mang-luoi-chuyen-giao');
    await s.page.getByRole('heading', { level: 2, name: 'Mạng lưới chuyển giao' }).waitFor();
    await drawn();
    const label = (await s.page.locator('.network-chart').getAttribute('aria-label')) ?? '';
    expect(label).toContain(`từ 01/01/${thisYear} đến 31/12/${thisYear}`);
    expect(label).toContain(`${answer.edges.length} chiều chuyển`);
    expect(await tableRows()).toEqual(expectedRows(answer.edges));
    expect(await s.inspect('90-network')).toEqual([]);
  });

  it('lists exactly the tasks of the arc chosen from the table, each leading to its page', async () => {
    const answer = await network(`?level=unit&from=${thisYear}-01-01&to=${thisYear}-12-31`);
    const busiest = [...answer.edges].sort((a, b) => b.count - a.count)[0]!;
    const tasks = await network(
      `?level=unit&from=${thisYear}-01-01&to=${thisYear}-12-31&giver=${encodeURIComponent(busiest.from)}&receiver=${encodeURIComponent(busiest.to)}`,
    );
    expect(tasks.tasks!.length).toBeGreaterThan(0);
    await s.open('/mang-luoi-chuyen-giao');
    await drawn();
    await s.page
      .getByRole('link', { name: `Xem nhiệm vụ ${busiest.fromName} chuyển cho ${busiest.toName}` })
      .first()
      .click();
    await s.page.waitForURL((url) => url.searchParams.get('ben-giao') === busiest.from && url.searchParams.get('ben-nhan') === busiest.to);
    const listed = s.page.locator('.network-arc-tasks');
    await listed.getByRole('heading', { name: `Nhiệm vụ ${busiest.fromName} chuyển cho ${busiest.toName}` }).waitFor();
    await listed.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    const hrefs: string[] = [];
    for (;;) {
      for (const link of await listed.locator('.ant-table-tbody tr.ant-table-row a').all())
        hrefs.push((await link.getAttribute('href')) ?? '');
      const next = listed.locator('.ant-pagination-next');
      if ((await next.count()) === 0 || (await next.getAttribute('aria-disabled')) === 'true') break;
      await next.click();
    }
    expect(hrefs.sort()).toEqual(tasks.tasks!.map((task) => `/nhiem-vu/${task.id}`).sort());
    expect(await s.inspect('91-network-arc')).toEqual([]);
    await listed.locator('.ant-table-tbody tr.ant-table-row a').first().click();
    await s.page.waitForURL((url) => url.pathname.startsWith('/nhiem-vu/'));
    expect(s.problems).toEqual([]);
  });

  it('keeps the period of the address through a reload, and shows the API’s arcs of that period', async () => {
    const from = `${thisYear}-03-01`;
    const to = `${thisYear}-06-30`;
    const answer = await network(`?level=unit&from=${from}&to=${to}`);
    await s.open(`/mang-luoi-chuyen-giao?tu-ngay=${from}&den-ngay=${to}`);
    await s.page.reload();
    await s.settle();
    const picker = s.page.locator('.ant-picker-range input');
    await expect(picker.nth(0).inputValue()).resolves.toBe(day(from));
    await expect(picker.nth(1).inputValue()).resolves.toBe(day(to));
    expect(new URL(s.page.url()).searchParams.get('tu-ngay')).toBe(from);
    if (answer.edges.length > 0) await drawn();
    expect(await tableRows()).toEqual(expectedRows(answer.edges));
    expect(await s.inspect('92-network-period')).toEqual([]);
    expect(s.problems).toEqual([]);
  });

  it('switches to the network between persons, kept in the address, with the API’s arcs between persons', async () => {
    await s.open('/mang-luoi-chuyen-giao');
    await drawn();
    // The page's own answer (the read models may still be taking in the demo city while the service starts, so a read
    // of ours a moment earlier could differ): the table must show exactly what the API told the page.
    const answered = s.page.waitForResponse((response) => {
      const url = new URL(response.url());
      return url.pathname === '/handover-network' && url.searchParams.get('level') === 'person' && !url.searchParams.has('giver');
    });
    await s.page.getByText('Giữa cán bộ').click();
    const answer = (await (await answered).json()) as Network;
    expect(new URL((await answered).url()).searchParams.get('from')).toBe(`${thisYear}-01-01`);
    await s.page.waitForURL((url) => url.searchParams.get('cap') === 'ca-nhan');
    await s.settle();
    if (answer.edges.length > 0) await drawn();
    expect(await tableRows()).toEqual(expectedRows(answer.edges));
    expect(s.problems).toEqual([]);
  });
});
