import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConsoleSession } from './support/console-session';

interface Party {
  unitName: string | null;
  personName: string | null;
}
interface Custody {
  status: { code: string; dueAt: string | null; workingDaysLate: number | null } | null;
  intervals: Array<{ receiver: Party; workingDaysAfterDeadline: number }>;
}
interface Trail {
  events: Array<{ id: string; type: string }>;
}
interface Responsibility {
  individual: Array<{ party: Party }>;
  supervisory: Array<{ party: Party }>;
}
interface TaskList {
  items: Array<{ id: string; title: string | null; lead: { unitId: string | null } }>;
}

/** The A4 page's width between 15 mm margins (180 mm), in CSS pixels (96 per inch). */
const A4_PRINTABLE_PX = Math.round((180 / 25.4) * 96);

const vietNamDate = (instant: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(instant),
  );

/** One task of the demo city: the heading, the process-control slip and its print, the trail, findings, responsibility. */
describe('the task page', () => {
  let s: ConsoleSession;
  let taskId: string;
  let custody: Custody;
  let trail: Trail;
  let officerTask: TaskList['items'][number];
  let overdueIds: string[];

  /** The API's own answer, read with the signed-in browser's cookie. */
  const read = async <T>(path: string): Promise<T> => {
    const answer = await s.page.request.get(new URL(path, s.service.url).toString());
    expect(answer.status()).toBe(200);
    return (await answer.json()) as T;
  };
  const signInAs = (name: string) => s.signInAs(name);
  const handoverRows = () => s.page.locator('.task-handovers tbody tr.ant-table-row');
  const trailRows = () => s.page.locator('.task-trail tbody tr.ant-table-row');

  beforeAll(async () => {
    s = await ConsoleSession.start('task-page');
    await signInAs('Vũ Thu Hà');
    // An overdue task of the demo city (GET /tasks?overdue=true: open and due before now).
    const overdue = await read<TaskList>('/tasks?overdue=true');
    expect(overdue.items.length).toBeGreaterThan(0);
    taskId = overdue.items[0]!.id;
    overdueIds = overdue.items.map((item) => item.id);
    custody = await read<Custody>(`/tasks/${taskId}/custody`);
    trail = await read<Trail>(`/tasks/${taskId}/events`);
  }, 240_000);
  afterAll(() => s?.close());

  it("shows the slip: a row per custody interval with the API's receivers, the chart, the deadline and the days overdue", async () => {
    const task = await read<{ title: string }>(`/tasks/${taskId}`);
    await s.open(`/nhiem-vu/${taskId}`);
    await s.page.getByRole('heading', { level: 2, name: task.title }).waitFor();
    await handoverRows().first().waitFor();
    expect(await handoverRows().count()).toBe(custody.intervals.length);
    const receivers = await handoverRows().locator('td:nth-child(3)').allTextContents();
    custody.intervals.forEach((interval, i) => expect(receivers[i]).toContain(interval.receiver.personName ?? interval.receiver.unitName));

    // The chart is drawn (SVG) and described for screen readers.
    const chart = s.page.locator('.task-slip .task-slip-chart');
    await chart.locator('svg').first().waitFor();
    expect(await chart.getAttribute('aria-label')).toContain(`Hạn xử lý ${vietNamDate(custody.status!.dueAt!)}`);

    const slip = (await s.page.locator('.task-slip').textContent()) ?? '';
    expect(custody.status?.code).toBe('overdue');
    expect(slip).toContain(`Hạn xử lý ${vietNamDate(custody.status!.dueAt!)}`);
    expect(slip).toContain(`Quá hạn ${custody.status!.workingDaysLate} ngày làm việc`);
    const lateDays = await handoverRows().locator('td:nth-child(7)').allTextContents();
    expect(lateDays.map(Number)).toEqual(custody.intervals.map((interval) => interval.workingDaysAfterDeadline));
    expect(await s.inspect('50-task-page')).toEqual([]);
  });

  it("lists the trail as the API's events, one row each, and links the inspector to the task's audit search", async () => {
    await trailRows().first().waitFor();
    expect(await trailRows().count()).toBe(trail.events.length);
    const audit = s.page.getByRole('link', { name: 'Tra cứu, tải nhật ký của nhiệm vụ' });
    expect(await audit.getAttribute('href')).toBe(`/tra-cuu-nhat-ky?nhiem-vu=${taskId}`);
  });

  it('names the persons of the responsibility lines as the API does', async () => {
    const responsibility = await read<Responsibility>(`/tasks/${taskId}/responsibility`);
    const names = [...responsibility.individual, ...responsibility.supervisory].map((line) => line.party.personName ?? line.party.unitName);
    const section = s.page.locator('.task-responsibility');
    if (names.length === 0) {
      await s.page.getByText('Không ai phải chịu trách nhiệm về chậm trễ trên nhiệm vụ này.').waitFor();
      return;
    }
    await section.first().waitFor();
    const text = (await section.textContent()) ?? '';
    for (const name of names) expect(text).toContain(name);
  });

  it("shows an inspector the findings on the task, each linking to the finding's page", async () => {
    const findings = await read<{ items: Array<{ id: string }> }>(`/findings?task=${taskId}`);
    await s.page.getByRole('heading', { level: 3, name: 'Phát hiện trên nhiệm vụ' }).waitFor();
    const links = s.page.locator('.task-findings tbody tr.ant-table-row a');
    expect(await links.count()).toBe(findings.items.length);
    for (const [i, finding] of findings.items.entries()) expect(await links.nth(i).getAttribute('href')).toBe(`/phat-hien/${finding.id}`);
  });

  it('scrolls to and highlights the event an address points at (#su-kien-<id>)', async () => {
    const event = trail.events[trail.events.length - 1]!;
    await s.page.setViewportSize({ width: 1280, height: 500 });
    await s.open(`/nhiem-vu/${taskId}#su-kien-${event.id}`);
    const row = s.page.locator(`[id="su-kien-${event.id}"]`);
    await row.waitFor();
    await expect(row.getAttribute('class')).resolves.toContain('task-trail-row--target');
    expect(await s.page.locator('.task-trail-row--target').count()).toBe(1);
    await expect(row.isVisible()).resolves.toBe(true);
    const box = await row.boundingBox();
    const viewport = s.page.viewportSize();
    expect(box !== null && viewport !== null && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);

    await s.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('prints the heading and the slip on A4 portrait, without the menu or the other sections, nothing wider than the page', async () => {
    await s.open(`/nhiem-vu/${taskId}`);
    await s.page.locator('.task-slip .task-slip-chart svg').first().waitFor();
    await s.page.emulateMedia({ media: 'print' });
    try {
      for (const hidden of ['.ant-layout-sider', '.ant-layout-header', '.task-trail', 'button:has-text("In phiếu kiểm soát")'])
        await expect(s.page.locator(hidden).first().isVisible()).resolves.toBe(false);
      for (const shown of ['.task-heading', '.task-slip-chart svg', '.task-handovers'])
        await expect(s.page.locator(shown).first().isVisible()).resolves.toBe(true);
      // Let the chart follow its narrower box before measuring.
      await s.page.waitForFunction(
        `(document.querySelector('.task-slip-chart svg')?.getBoundingClientRect().width ?? Infinity) <= ${A4_PRINTABLE_PX}`,
      );
      // The printed part's box, what it would scroll to, and the right edge of its widest descendant.
      const widths = (await s.page.evaluate(`(() => {
        const printed = document.querySelector('.task-print');
        const left = printed.getBoundingClientRect().left;
        const right = Math.max(...[...printed.querySelectorAll('*')].map((element) => element.getBoundingClientRect().right));
        return { box: printed.getBoundingClientRect().width, scroll: printed.scrollWidth, right: right - left };
      })()`)) as { box: number; scroll: number; right: number };
      expect(widths.box).toBeLessThanOrEqual(A4_PRINTABLE_PX + 1);
      expect(widths.scroll).toBeLessThanOrEqual(A4_PRINTABLE_PX + 1);
      expect(widths.right).toBeLessThanOrEqual(A4_PRINTABLE_PX + 1);
      const colours = await s.page.evaluate(`({
        text: getComputedStyle(document.querySelector('.task-handovers td')).color,
        page: getComputedStyle(document.body).backgroundColor,
      })`);
      expect(colours).toEqual({ text: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)' });
      expect(await s.inspect('51-task-slip-print')).toEqual([]);
      const pdf = await s.page.pdf({ path: join(s.folder, '51-task-slip.pdf'), format: 'A4', preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await s.page.emulateMedia({ media: 'screen' });
    }
  });

  it('shades and lists the pauses of a dossier that waited for the applicant’s supplement', async () => {
    // The first task of the demo city whose custody view has a pause, read page by page from the API.
    let paused: { id: string; pauses: Array<{ workingDays: number }> } | undefined;
    let cursor: string | null = null;
    do {
      const page: TaskList & { nextCursor: string | null } = await read(`/tasks?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      for (const item of page.items) {
        const view = await read<{ pauses: Array<{ workingDays: number }> }>(`/tasks/${item.id}/custody`);
        if (view.pauses.length > 0) {
          paused = { id: item.id, pauses: view.pauses };
          break;
        }
      }
      cursor = page.nextCursor;
    } while (!paused && cursor);
    expect(paused).toBeDefined();
    await s.open(`/nhiem-vu/${paused!.id}`);
    await s.page.locator('.task-slip .task-slip-chart svg').first().waitFor();
    const listed = await s.page.locator('.task-pauses li').allTextContents();
    expect(listed).toHaveLength(paused!.pauses.length);
    paused!.pauses.forEach((pause, i) => expect(listed[i]).toContain(`${pause.workingDays} ngày làm việc không tính vào thời hạn`));
    expect(await s.page.locator('.task-slip-chart').getAttribute('aria-label')).toContain('Tạm dừng từ');
    expect(await s.inspect('54-task-page-paused')).toEqual([]);
  });

  it('says "Không tìm thấy nhiệm vụ" for a task the API does not know', async () => {
    await s.open('/nhiem-vu/00000000-0000-4000-8000-000000000000');
    await s.page.getByText('Không tìm thấy nhiệm vụ').waitFor();
  });

  it('shows an officer a task of his unit without the findings section, and no error', async () => {
    await s.page.getByRole('button', { name: 'Đăng xuất' }).click();
    await s.page.waitForURL((url) => url.pathname === '/dang-nhap');
    await signInAs('Lê Văn Cường');
    const tasks = await read<TaskList>('/tasks?unit=so-xay-dung');
    const task = tasks.items.find((item) => item.lead.unitId === 'so-xay-dung')!;
    expect(task).toBeDefined();
    officerTask = task;
    // The API refuses him findings: the page must not ask.
    expect((await s.page.request.get(new URL(`/findings?task=${task.id}`, s.service.url).toString())).status()).toBe(403);
    await s.open(`/nhiem-vu/${task.id}`);
    await s.page.getByRole('heading', { level: 2, name: task.title ?? task.id }).waitFor();
    await handoverRows().first().waitFor();
    await trailRows().first().waitFor();
    expect(await s.page.getByRole('heading', { name: 'Phát hiện trên nhiệm vụ' }).count()).toBe(0);
    // Nor a link to the audit search, which is not for his role.
    expect(await s.page.getByRole('link', { name: 'Tra cứu, tải nhật ký của nhiệm vụ' }).count()).toBe(0);
    expect(await s.page.locator('.ant-result').count()).toBe(0);
    expect(await s.inspect('52-task-page-officer')).toEqual([]);
    expect(s.problems).toEqual([]);
  });

  it("shows the API's refusal in Vietnamese for a task outside the officer's unit", async () => {
    // Tasks the inspector saw overdue: the first the API refuses the officer (it never touched his unit).
    let refused: string | undefined;
    for (const id of overdueIds) {
      const answer = await s.page.request.get(new URL(`/tasks/${id}`, s.service.url).toString());
      if (answer.status() === 403) {
        refused = id;
        break;
      }
    }
    expect(refused).toBeDefined();
    await s.open(`/nhiem-vu/${refused}`);
    await s.page.getByText('Bạn không có quyền xem nội dung này').waitFor();
    expect(await s.page.locator('.task-slip').count()).toBe(0);
  });

  it('strikes a voided entry through with its reason, marks a corrected one with the correction, and a late recording', async () => {
    // The officer records two comments on an open task of his unit (one dated three days back: recorded late),
    // corrects the first and voids the second, through the API as the console's forms would.
    const open = (await read<TaskList>('/tasks?unit=so-xay-dung&status=overdue')).items[0] ?? officerTask;
    const { csrfToken } = await read<{ csrfToken: string }>('/session');
    const command = async (path: string, body: object): Promise<string> => {
      const answer = await s.page.request.post(new URL(path, s.service.url).toString(), {
        headers: { 'X-CSRF-Token': csrfToken, 'Idempotency-Key': randomUUID(), 'Content-Type': 'application/json' },
        data: body,
      });
      expect([answer.status(), await answer.text()]).toEqual([201, expect.any(String)]);
      return ((await answer.json()) as { events: Array<{ eventId: string }> }).events[0]!.eventId;
    };
    const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3_600_000).toISOString();
    const corrected = await command(`/tasks/${open.id}/comments`, { content: 'Đã làm việc với chủ đầu tư', occurredAt: threeDaysAgo });
    await command(`/events/${corrected}/corrections`, {
      reason: 'Ghi thiếu nội dung',
      fields: { content: 'Đã làm việc với chủ đầu tư và phường' },
    });
    const voided = await command(`/tasks/${open.id}/comments`, { content: 'Ý kiến ghi nhầm nhiệm vụ' });
    await command(`/events/${voided}/voidings`, { reason: 'Ghi nhầm nhiệm vụ' });

    await s.open(`/nhiem-vu/${open.id}`);
    const voidedRow = s.page.locator(`[id="su-kien-${voided}"]`);
    await voidedRow.waitFor();
    await voidedRow.locator('del', { hasText: 'Ghi ý kiến' }).waitFor();
    const voidedText = (await voidedRow.textContent()) ?? '';
    expect(voidedText).toContain('Đã hủy');
    expect(voidedText).toContain('Lý do hủy: Ghi nhầm nhiệm vụ');
    const correctedText = (await s.page.locator(`[id="su-kien-${corrected}"]`).textContent()) ?? '';
    expect(correctedText).toContain('Đã đính chính');
    expect(correctedText).toContain('Nội dung: Đã làm việc với chủ đầu tư và phường');
    expect(correctedText).toContain('Ghi muộn');
    expect(await s.inspect('53-task-trail-voided-corrected')).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
