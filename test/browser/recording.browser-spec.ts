import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConsoleSession } from './support/console-session';

interface Party {
  personId: string;
  personName: string | null;
}
interface Trail {
  events: Array<{ id: string; type: string; actor: Party; onBehalfOf: Party | null }>;
}

/** A day as the forms show it, dd/mm/yyyy in Viet Nam. */
const vietNamDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });

/**
 * Recording on tasks: the clerk of UBND thành phố (Lý Thị Nga) records a new task assigned by the head of
 * UBND thành phố (Trần Văn An), in his name; the officer receives it and transfers it to another unit; the trail shows each
 * entry under the right name, a double click records once, an error shows on its field, and the transfer of work
 * within his unit's mandate (OWN_WORK_TRANSFERRED) reaches the inspector's inbox.
 */
describe('recording actions on tasks', () => {
  let s: ConsoleSession;
  let taskId = '';
  const title = 'Kiểm tra công trình xây dựng không phép tại phường Hòa Khánh Bắc (thử nghiệm ghi nhận)';

  beforeAll(async () => {
    s = await ConsoleSession.start('recording');
  }, 240_000);
  afterAll(() => s?.close());

  const api = async <T>(path: string): Promise<T> => (await (await s.page.request.get(new URL(path, s.page.url()).toString())).json()) as T;
  /** The options of the Select now open (antd keeps closed dropdowns in the page, hidden). */
  const option = (text: RegExp) => s.page.locator('.ant-select-item-option').filter({ visible: true }).filter({ hasText: text }).first();
  const choose = async (label: string, typed: string, text: RegExp) => {
    await s.page.getByLabel(label, { exact: true }).fill(typed);
    await option(text).click();
  };
  const signInAs = (name: string) => s.signInAs(name);
  const signOut = async () => {
    await s.page.getByRole('button', { name: 'Đăng xuất' }).click();
    await s.page.waitForURL((url) => url.pathname === '/dang-nhap');
  };

  it("lets the clerk record Trần Văn An's assignment to Sở Xây dựng with a deadline (typed, Enter does not send the form); it opens on its page", async () => {
    await signInAs('Lý Thị Nga');
    await s.open('/nhiem-vu');
    await s.page.getByRole('link', { name: 'Giao nhiệm vụ mới' }).click();
    await s.page.getByRole('heading', { level: 2, name: 'Giao nhiệm vụ mới' }).waitFor();
    expect(await s.inspect('75-new-task')).toEqual([]);

    await s.page.getByLabel('Nội dung nhiệm vụ').fill(title);
    await choose('Lĩnh vực', 'Xây dựng', /^Xây dựng$/);
    await s.page.getByLabel('Số, ký hiệu văn bản giao việc').fill('1234/UBND-TH');
    // The document is dated today: the picker's own "Hôm nay".
    await s.page.getByLabel('Ngày văn bản', { exact: true }).click();
    await s.page.locator('.ant-picker-dropdown').filter({ visible: true }).getByText('Hôm nay').click();
    await choose('Đơn vị chủ trì', 'Sở Xây dựng', /^Sở Xây dựng —/);
    await s.page.getByLabel('Người chịu trách nhiệm (thuộc đơn vị chủ trì)').fill('le van cuong');
    await option(/Lê Văn Cường/).click();
    // A date typed and confirmed with Enter stays on the form (Enter does not send it).
    const due = vietNamDay.format(new Date(Date.now() + 30 * 86_400_000));
    await s.page.getByLabel('Hạn xử lý').fill(due);
    await s.page.keyboard.press('Enter');
    await s.page.getByRole('heading', { level: 2, name: 'Giao nhiệm vụ mới' }).waitFor();
    expect(await s.page.getByLabel('Hạn xử lý').inputValue()).toBe(due);
    // A clerk records what an official did: without the official, the form says so and sends nothing.
    await s.page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await s.page.getByText('Hãy chọn cán bộ được ghi thay.').waitFor();
    expect(new URL(s.page.url()).pathname).toBe('/nhiem-vu/giao-moi');
    await choose('Đơn vị của người được ghi thay', 'UBND thành phố', /^UBND thành phố/);
    await s.page.getByLabel('Ghi thay cho').fill('tran van an');
    await option(/Trần Văn An/).click();
    await s.page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await s.page.waitForURL((url) => /^\/nhiem-vu\/[0-9a-f-]{36}$/.test(url.pathname));
    taskId = new URL(s.page.url()).pathname.split('/').at(-1) ?? '';
    const task = await api<{ title: string; lead: { unitId: string }; deadline: { dueAt: string | null } }>(`/tasks/${taskId}`);
    expect({
      title: task.title,
      lead: task.lead.unitId,
      due: task.deadline.dueAt === null ? null : vietNamDay.format(new Date(task.deadline.dueAt)),
    }).toEqual({ title, lead: 'so-xay-dung', due });
    // Recorded by the clerk, in the chairman's name.
    const [assigned] = (await api<Trail>(`/tasks/${taskId}/events`)).events;
    expect({ type: assigned?.type, actor: assigned?.actor.personName, for: assigned?.onBehalfOf?.personName }).toEqual({
      type: 'TaskAssigned',
      actor: 'Lý Thị Nga',
      for: 'Trần Văn An',
    });
    await s.page.getByRole('heading', { name: title }).waitFor();
    expect(s.problems).toEqual([]);
    await signOut();
  });

  it('lets the officer receive it: a double click on "Ghi nhận" records one event', async () => {
    await signInAs('Lê Văn Cường');
    await s.open(`/nhiem-vu/${taskId}`);
    const before = (await api<Trail>(`/tasks/${taskId}/events`)).events.length;
    await s.page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Tiếp nhận' });
    await dialog.waitFor();
    expect(await s.inspect('75-receive-form')).toEqual([]);
    await dialog.getByRole('button', { name: 'Ghi nhận' }).dblclick();
    await dialog.waitFor({ state: 'hidden' });
    const after = await api<Trail>(`/tasks/${taskId}/events`);
    expect(after.events.map((event) => event.type).slice(before)).toEqual(['TaskReceived']);
    // Received: the panel no longer offers it.
    await s.page.getByRole('button', { name: 'Chuyển đơn vị khác' }).waitFor();
    expect(await s.page.getByRole('button', { name: 'Tiếp nhận', exact: true }).count()).toBe(0);
  });

  it("shows an empty reason and the API's refusal on their fields, keeps what was typed, then transfers", async () => {
    await s.page.getByRole('button', { name: 'Chuyển đơn vị khác' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Chuyển đơn vị khác' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    await dialog.getByText('Hãy nhập: lý do chuyển.').waitFor();
    // To the unit that holds it: the API refuses (422), on the unit chosen; the reason typed stays.
    const reason = 'Nội dung liên quan đến đất đai, thuộc lĩnh vực tài nguyên và môi trường';
    await choose('Chuyển đến đơn vị', 'Sở Xây dựng', /^Sở Xây dựng —/);
    await dialog.getByLabel('Lý do chuyển').fill(reason);
    const refused = s.page.waitForResponse((response) => response.url().endsWith('/transfers') && response.status() === 422);
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    await refused;
    await dialog.locator('.ant-form-item-has-error').filter({ hasText: 'Chuyển đến đơn vị' }).waitFor();
    expect(await dialog.getByLabel('Lý do chuyển').inputValue()).toBe(reason);
    expect(await s.inspect('75-transfer-refused')).toEqual([]);

    await choose('Chuyển đến đơn vị', 'Tài nguyên', /^Sở Tài nguyên và Môi trường —/);
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const trail = await api<Trail>(`/tasks/${taskId}/events`);
    expect(trail.events.map((event) => event.type)).toEqual(['TaskAssigned', 'TaskReceived', 'TaskTransferred']);
    const task = await api<{ custody: { holder: { unitId: string } } }>(`/tasks/${taskId}`);
    expect(task.custody.holder.unitId).toBe('so-tnmt');
  });

  it('shows both entries in the trail under his name', async () => {
    const rows = s.page.locator('.task-trail .ant-table-row');
    for (const label of ['Tiếp nhận', 'Chuyển đơn vị khác']) {
      const row = rows.filter({ hasText: label }).first();
      await row.waitFor();
      expect(await row.textContent()).toContain('Lê Văn Cường');
    }
    expect(await s.inspect('75-task-recorded')).toEqual([]);
    expect(s.problems).toEqual([]);
    await signOut();
  });

  it("brings the transfer of his unit's own work to the inspector's inbox", async () => {
    await signInAs('Vũ Thu Hà');
    // The rules run on the projection, a moment after the write: ask the API until it has judged the task.
    let found: { id: string; ruleCode: string } | undefined;
    for (let attempt = 0; attempt < 60 && found === undefined; attempt += 1) {
      const page = await api<{ items: Array<{ id: string; ruleCode: string }> }>(`/findings?task=${taskId}`);
      found = page.items.find((item) => item.ruleCode === 'OWN_WORK_TRANSFERRED');
      if (found === undefined) await s.page.waitForTimeout(500);
    }
    expect(found?.ruleCode).toBe('OWN_WORK_TRANSFERRED');
    await s.open('/phat-hien?quy-tac=OWN_WORK_TRANSFERRED&nguoi=le-van-cuong');
    await s.page.locator(`.ant-table-row a[href="/phat-hien/${found?.id}"]`).waitFor();
    expect(await s.inspect('75-inbox-transfer')).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
