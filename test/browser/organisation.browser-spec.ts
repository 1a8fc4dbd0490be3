import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConsoleSession } from './support/console-session';

interface TreeNode {
  unitId: string;
  name: string;
  children: TreeNode[];
}
interface Term {
  unitId: string;
  personId: string;
  from: string;
  to: string | null;
  position?: string;
}

const BEFORE_MERGER = '2025-02-28';
const MERGER_ON = '2025-03-01';
const MERGED_UNIT = 'so-ke-hoach-dau-tu';
const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');
const unitIdsOf = (nodes: TreeNode[]): string[] => nodes.flatMap((node) => [node.unitId, ...unitIdsOf(node.children)]);

/** The organisation in time, as the office chief reads it: the tree on a day, a unit's page and history, a person's appointments. */
describe('the organisation in time', () => {
  let s: ConsoleSession;
  beforeAll(async () => {
    s = await ConsoleSession.start('organisation');
    await s.open('/dang-nhap');
    await s.page.getByRole('button', { name: 'Vào với tên Trần Văn An' }).click();
    await s.page.waitForURL((url) => url.pathname !== '/dang-nhap');
  }, 240_000);
  afterAll(() => s?.close());

  /** The API's own answer, read with the signed-in browser's cookie. */
  const read = async <T>(path: string): Promise<T> =>
    (await (await s.page.request.get(new URL(path, s.page.url()).toString())).json()) as T;
  const treeIds = async () =>
    s.page
      .getByTestId('unit-tree')
      .locator('a[data-unit-id]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('data-unit-id')));

  it('lists the merged unit on the day before the merger and not from its day, as the API does', async () => {
    const before = unitIdsOf((await read<{ units: TreeNode[] }>(`/org/units?asOf=${BEFORE_MERGER}`)).units);
    const after = unitIdsOf((await read<{ units: TreeNode[] }>(`/org/units?asOf=${MERGER_ON}`)).units);
    expect(before).toContain(MERGED_UNIT);
    expect(after).not.toContain(MERGED_UNIT);

    await s.open(`/to-chuc?ngay=${BEFORE_MERGER}`);
    await s.page.getByRole('heading', { level: 2, name: 'Tổ chức bộ máy' }).waitFor();
    await s.page.getByTestId('unit-tree').waitFor();
    expect((await treeIds()).sort()).toEqual([...before].sort());
    expect(await s.page.getByRole('link', { name: 'Sở Kế hoạch và Đầu tư' }).getAttribute('href')).toBe(
      `/to-chuc/${MERGED_UNIT}?ngay=${BEFORE_MERGER}`,
    );
    expect(await s.inspect('7a-organisation-before-merger')).toEqual([]);

    // The day picked as dd/mm/yyyy goes to the address, and the tree follows.
    const picker = s.page.getByLabel('Xem tổ chức vào ngày');
    await picker.click();
    await picker.fill(ddmmyyyy(MERGER_ON));
    await picker.press('Enter');
    await s.page.waitForURL((url) => url.searchParams.get('ngay') === MERGER_ON);
    await s.page
      .getByTestId('unit-count')
      .filter({ hasText: ddmmyyyy(MERGER_ON) })
      .waitFor();
    expect((await treeIds()).sort()).toEqual([...after].sort());
    expect(await s.inspect('7b-organisation-after-merger')).toEqual([]);
  });

  it("shows a unit's head on the day as the API names them", async () => {
    const date = '2026-03-02';
    const head = await read<{ head: Term | null }>(`/org/units/so-xay-dung/head?asOf=${date}`);
    expect(head.head).not.toBeNull();
    const person = await read<{ fullName: string }>(`/org/persons/${head.head?.personId ?? ''}`);
    await s.open(`/to-chuc/so-xay-dung?ngay=${date}`);
    await s.page.getByRole('heading', { level: 2, name: 'Sở Xây dựng' }).waitFor();
    const shown = s.page.getByTestId('unit-head');
    await shown.getByRole('link', { name: person.fullName }).waitFor();
    expect(await shown.textContent()).toContain(ddmmyyyy(head.head?.from ?? ''));
    expect(await s.page.getByText('Xây dựng', { exact: true }).count()).toBeGreaterThan(0);
    // Its staff on the day, by name, as the API lists them.
    const staff = (await read<{ staff: Term[] }>(`/org/units/so-xay-dung/staff?asOf=${date}`)).staff;
    const staffRows = s.page.getByTestId('unit-staff').locator('tr.ant-table-row');
    await staffRows.first().waitFor();
    await s.page.getByTestId('unit-staff').getByText('Đang tải tên…').waitFor({ state: 'detached' });
    expect(await staffRows.count()).toBe(staff.length);
    for (const [index, member] of staff.entries()) {
      const { fullName } = await read<{ fullName: string }>(`/org/persons/${member.personId}`);
      expect(await staffRows.nth(index).textContent()).toContain(fullName);
    }
    expect(await s.inspect('7c-unit')).toEqual([]);
  });

  it('shows an acting head on the unit page of that day and among the acting periods on their own page', async () => {
    const date = '2024-09-15';
    const { head, actingHead } = await read<{ head: Term | null; actingHead: Term | null }>(`/org/units/so-xay-dung/head?asOf=${date}`);
    expect(head).toBeNull();
    expect(actingHead).not.toBeNull();
    const acting = actingHead as Term;
    const person = await read<{ fullName: string; delegations: Term[] }>(`/org/persons/${acting.personId}`);
    await s.open(`/to-chuc/so-xay-dung?ngay=${date}`);
    const leadership = s.page.getByTestId('unit-leadership');
    await leadership.getByRole('link', { name: person.fullName }).waitFor();
    expect(await leadership.textContent()).toContain(`${ddmmyyyy(acting.from)} – ${ddmmyyyy(acting.to ?? '')}`);

    await leadership.getByRole('link', { name: person.fullName }).click();
    await s.page.getByRole('heading', { level: 2, name: person.fullName }).waitFor();
    const rows = s.page.getByTestId('person-delegations').locator('tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(person.delegations.length);
    expect(await rows.allTextContents()).toContainEqual(
      expect.stringContaining(`Quyền người đứng đầu (phụ trách)${ddmmyyyy(acting.from)}`),
    );
  });

  it('lists the merger with its day in the history of the merged unit and of its successor', async () => {
    const history = await read<{ entries: Array<{ kind: string; on: string; successor?: { name: string } }> }>(
      `/org/units/${MERGED_UNIT}/history`,
    );
    const merger = history.entries.find((entry) => entry.kind === 'merged');
    expect(merger).toBeDefined();
    await s.open(`/to-chuc/${MERGED_UNIT}?ngay=${BEFORE_MERGER}`);
    const row = s.page.getByTestId('unit-history').locator('tr.ant-table-row').filter({ hasText: 'Sáp nhập' });
    await row.waitFor();
    expect(await row.textContent()).toContain(ddmmyyyy(merger?.on ?? ''));
    expect(await row.textContent()).toContain(merger?.successor?.name ?? '');
    expect(await s.inspect('7d-unit-history')).toEqual([]);

    // On the day of the merger the page says the unit is gone and names its successor.
    await s.open(`/to-chuc/${MERGED_UNIT}?ngay=${MERGER_ON}`);
    await s.page.getByText('không còn hoạt động').waitFor();
    await s.open(`/to-chuc/so-tai-chinh?ngay=${MERGER_ON}`);
    await s.page
      .getByTestId('unit-history')
      .locator('tr.ant-table-row')
      .filter({ hasText: 'Tiếp nhận đơn vị sáp nhập' })
      .filter({ hasText: ddmmyyyy(MERGER_ON) })
      .waitFor();
  });

  it("lists a person's appointments as the API gives them", async () => {
    const person = await read<{ fullName: string; officialCode: string; appointments: Term[] }>('/org/persons/nguyen-thi-binh');
    expect(person.appointments.length).toBeGreaterThan(0);
    await s.open('/to-chuc/can-bo/nguyen-thi-binh');
    await s.page.getByRole('heading', { level: 2, name: person.fullName }).waitFor();
    expect(await s.page.getByTestId('official-code').textContent()).toBe(person.officialCode);
    const rows = s.page.getByTestId('person-appointments').locator('tr.ant-table-row');
    await rows.first().waitFor();
    await s.page.getByTestId('person-appointments').getByText('Đang tải tên…').waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(person.appointments.length);
    for (const [index, appointment] of person.appointments.entries()) {
      const unit = await read<{ name: string }>(`/org/units/${appointment.unitId}?asOf=${appointment.from}`);
      const text = (await rows.nth(index).textContent()) ?? '';
      expect(text).toContain(unit.name);
      expect(text).toContain(ddmmyyyy(appointment.from));
      expect(text).toContain(appointment.to === null ? 'nay' : ddmmyyyy(appointment.to));
    }
    expect(await s.inspect('7e-person')).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
