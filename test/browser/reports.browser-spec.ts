import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { ConsoleSession } from './support/console-session';

interface Figures {
  tasksHeld: { count: number };
  completed: { early: number; onTime: number; late: number };
  openOverdue: { count: number };
  delay: Record<'individual' | 'supervisory', { workingDays: number; byBasis: Record<string, number> }>;
  findings: Record<'responsible' | 'supervisory', { byRule: Record<string, Record<string, number>>; total: Record<string, number> }>;
  consultations: { counted: number; answeredOnTime: number; answeredLate: number; unanswered: number };
  dossiers: { paused: { count: number; workingDays: number }; waitingAtEnd: { count: number } };
  evaluation: {
    products: number;
    progressPoints: number | null;
    lateProducts: number;
    lateExcused: number;
    indicativeBandLabel: string | null;
  };
}

interface RankingsBody {
  items: Array<{ rank: number; personId: string; name: string; completedEarly: number; individualDelayDays: number }>;
}

const PERIOD = 'tu-ngay=2026-01-01&den-ngay=2026-12-31';
const API_PERIOD = 'from=2026-01-01&to=2026-12-31';

/** How the page writes a figure: numbers the Vietnamese way, a missing one as a dash. */
const shown = (value: number | string | null): string =>
  value === null ? '—' : typeof value === 'number' ? value.toLocaleString('vi-VN') : value;

/** Every figure the page shows under `data-figure`, as the API's JSON gives it. */
function expectedFigures(figures: Figures): Record<string, number | string | null> {
  const expected: Record<string, number | string | null> = {
    tasksHeld: figures.tasksHeld.count,
    'completed.early': figures.completed.early,
    'completed.onTime': figures.completed.onTime,
    'completed.late': figures.completed.late,
    openOverdue: figures.openOverdue.count,
    'consultations.counted': figures.consultations.counted,
    'consultations.answeredOnTime': figures.consultations.answeredOnTime,
    'consultations.answeredLate': figures.consultations.answeredLate,
    'consultations.unanswered': figures.consultations.unanswered,
    'dossiers.paused': figures.dossiers.paused.count,
    'dossiers.pausedDays': figures.dossiers.paused.workingDays,
    'dossiers.waitingAtEnd': figures.dossiers.waitingAtEnd.count,
    'evaluation.products': figures.evaluation.products,
    'evaluation.progressPoints': figures.evaluation.progressPoints,
    'evaluation.lateProducts': figures.evaluation.lateProducts,
    'evaluation.lateExcused': figures.evaluation.lateExcused,
    'evaluation.band': figures.evaluation.indicativeBandLabel,
  };
  for (const kind of ['individual', 'supervisory'] as const) {
    expected[`delay.${kind}`] = figures.delay[kind].workingDays;
    for (const [basis, days] of Object.entries(figures.delay[kind].byBasis)) expected[`delay.${kind}.${basis}`] = days;
  }
  for (const role of ['responsible', 'supervisory'] as const) {
    for (const [status, count] of Object.entries(figures.findings[role].total)) expected[`findings.${role}.total.${status}`] = count;
    for (const [rule, counts] of Object.entries(figures.findings[role].byRule))
      for (const [status, count] of Object.entries(counts)) if (count > 0) expected[`findings.${role}.${rule}.${status}`] = count;
  }
  return expected;
}

/** The reports as a unit head reads them on the demo city: the figures, the XLSX file, the finder and the rankings. */
describe('reports', () => {
  let s: ConsoleSession;
  let unitId: string;
  let unitName: string;
  beforeAll(async () => {
    s = await ConsoleSession.start('reports');
    await s.open('/dang-nhap');
    await s.page.getByRole('button', { name: 'Vào với tên Nguyễn Thị Bình' }).click();
    await s.page.waitForURL((url) => url.pathname !== '/dang-nhap');
    const session = (await (await s.page.request.get(api('/session'))).json()) as { principal: { unitId: string; unitName: string } };
    ({ unitId, unitName } = session.principal);
  }, 240_000);
  afterAll(() => s?.close());

  const api = (path: string) => new URL(path, s.service.url).toString();
  const json = async <T>(path: string): Promise<T> => {
    const answer = await s.page.request.get(api(path));
    expect(answer.status()).toBe(200);
    return (await answer.json()) as T;
  };
  /**
   * Waits until the service has caught up after starting (its detectors record findings a moment after the demo city
   * is loaded): reads a report until two reads a little apart give the same figures.
   */
  const settledFigures = async (path: string): Promise<void> => {
    // `period.asOf` is the moment of each read: only the figures are compared.
    const figuresAt = async () => JSON.stringify((await json<{ figures: Figures }>(path)).figures);
    let previous = await figuresAt();
    for (let attempt = 0; attempt < 30; attempt += 1) {
      await s.page.waitForTimeout(2_000);
      const current = await figuresAt();
      if (current === previous) return;
      previous = current;
    }
    throw new Error(`${path} did not settle`);
  };
  /** The JSON of the API's answer to the page's own read of `path`. */
  const answerTo = (path: string) =>
    s.page.waitForResponse((response) => {
      const url = new URL(response.url());
      return `${url.pathname}${url.search}` === path && response.request().method() === 'GET';
    });
  const figuresOnPage = async (): Promise<Record<string, string>> =>
    Object.fromEntries(
      await s.page
        .locator('[data-figure]')
        .evaluateAll((cells) => cells.map((cell) => [cell.getAttribute('data-figure') ?? '', cell.textContent ?? ''])),
    );

  it("shows her unit's report for 2026 with the API's figures, and its XLSX file holds the same", async () => {
    await settledFigures(`/reports/units/${unitId}?${API_PERIOD}`);
    await s.open('/bao-cao');
    const answer = answerTo(`/reports/units/${unitId}?${API_PERIOD}`);
    await s.page.getByRole('link', { name: `Báo cáo ${unitName}` }).click();
    const report = (await (await answer).json()) as { unit: { name: string }; figures: Figures };
    await s.page.waitForURL((url) => url.pathname === `/bao-cao/don-vi/${unitId}`);
    await s.page.getByRole('heading', { level: 2, name: 'Báo cáo đơn vị' }).waitFor();
    await s.page.locator('.report-chart[data-drawn="true"] svg').first().waitFor();
    await expect(s.page.getByText(report.unit.name, { exact: true }).first().isVisible()).resolves.toBe(true);

    const expected = Object.fromEntries(Object.entries(expectedFigures(report.figures)).map(([key, value]) => [key, shown(value)]));
    expect(await figuresOnPage()).toEqual(expected);
    await expect(
      s.page.getByText('Mức xếp loại chỉ mang tính tham khảo; người có thẩm quyền quyết định xếp loại.').isVisible(),
    ).resolves.toBe(true);
    expect(await s.inspect('80-unit-report')).toEqual([]);

    const xlsxLink = s.page.getByRole('link', { name: 'Tải tệp Excel (XLSX)' });
    expect(await xlsxLink.getAttribute('href')).toBe(`/reports/units/${unitId}?${API_PERIOD}&format=xlsx`);
    const [download] = await Promise.all([s.page.waitForEvent('download'), xlsxLink.click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('Báo cáo');
    expect(sheet).toBeDefined();
    const values = new Map<string, unknown>();
    sheet?.eachRow((row) => {
      const cells = row.values as unknown[];
      values.set(String(cells[2]), cells[3]);
    });
    const { figures } = report;
    expect(values.get('Nhiệm vụ đã giữ trong kỳ')).toBe(figures.tasksHeld.count);
    expect(values.get('Hoàn thành trước hạn')).toBe(figures.completed.early);
    expect(values.get('Hoàn thành đúng hạn')).toBe(figures.completed.onTime);
    expect(values.get('Hoàn thành quá hạn')).toBe(figures.completed.late);
    expect(values.get('Quá hạn chưa hoàn thành cuối kỳ')).toBe(figures.openOverdue.count);
    expect(values.get('Ngày làm việc chậm trễ – trách nhiệm cá nhân')).toBe(figures.delay.individual.workingDays);
    expect(values.get('Ngày làm việc chậm trễ – trách nhiệm người đứng đầu')).toBe(figures.delay.supervisory.workingDays);
    expect(values.get('Trả lời đúng hạn')).toBe(figures.consultations.answeredOnTime);
    expect(values.get('Số sản phẩm hoàn thành')).toBe(figures.evaluation.products);
    // And the page wrote the same numbers.
    const page = await figuresOnPage();
    expect(page.tasksHeld).toBe(shown(values.get('Nhiệm vụ đã giữ trong kỳ') as number));
    expect(page['delay.individual']).toBe(shown(values.get('Ngày làm việc chậm trễ – trách nhiệm cá nhân') as number));
    expect(s.problems).toEqual([]);
  });

  it('finds "le van cuong" typed without diacritics and opens his report', async () => {
    const cuong = (await json<{ items: Array<{ personId: string; name: string }> }>('/reports/persons?q=le%20van%20cuong')).items.find(
      (person) => person.name === 'Lê Văn Cường',
    );
    expect(cuong).toBeDefined();
    await settledFigures(`/reports/persons/${cuong?.personId}?${API_PERIOD}`);
    await s.open(`/bao-cao?${PERIOD}`);
    await s.page.getByLabel('Cán bộ').fill('le van cuong');
    await s.page.locator('.ant-select-item-option').filter({ hasText: 'Lê Văn Cường' }).first().waitFor();
    expect(await s.inspect('81-reports-finder')).toEqual([]);
    const answer = answerTo(`/reports/persons/${cuong?.personId}?${API_PERIOD}`);
    await s.page.keyboard.press('Enter');
    await s.page.waitForURL((url) => url.pathname === `/bao-cao/can-bo/${cuong?.personId}`);
    expect(new URL(s.page.url()).search).toBe(`?${PERIOD}`);
    const report = (await (await answer).json()) as { person: { name: string }; figures: Figures };
    expect(report.person.name).toBe('Lê Văn Cường');
    await s.page.getByRole('heading', { level: 2, name: 'Báo cáo cá nhân' }).waitFor();
    await s.page.locator('[data-figure="tasksHeld"]').waitFor();
    const expected = Object.fromEntries(Object.entries(expectedFigures(report.figures)).map(([key, value]) => [key, shown(value)]));
    expect(await figuresOnPage()).toEqual(expected);
    // Not Home Affairs: no proposal to discipline.
    expect(await s.page.getByRole('link', { name: 'Đề nghị xem xét kỷ luật' }).count()).toBe(0);
    expect(await s.inspect('82-person-report')).toEqual([]);
  });

  it('chooses a unit from the tree, typed without diacritics, for the period in the address', async () => {
    await s.open(`/bao-cao?${PERIOD}`);
    await s.page.getByLabel('Đơn vị').fill('xay dung');
    await s.page.locator('.ant-select-tree-treenode').filter({ hasText: unitName }).first().click();
    await s.page.waitForURL((url) => url.pathname === `/bao-cao/don-vi/${unitId}`);
    expect(new URL(s.page.url()).search).toBe(`?${PERIOD}`);
    await s.page.getByRole('heading', { level: 2, name: 'Báo cáo đơn vị' }).waitFor();
    await s.page.locator('[data-figure="tasksHeld"]').waitFor();
  });

  it("lists the API's rankings for the period, each name opening that person's report", async () => {
    for (const [kind, address] of [
      ['commendation', ''],
      ['review', 'loai=xem-xet&'],
    ] as const) {
      const rankings = await json<RankingsBody>(`/reports/rankings?kind=${kind}&${API_PERIOD}&limit=50`);
      await s.open(`/bao-cao/xep-hang?${address}${PERIOD}`);
      await s.page.getByRole('heading', { level: 2, name: 'Xếp hạng' }).waitFor();
      const rows = s.page.locator('.rankings-table .ant-table-tbody tr.ant-table-row');
      if (rankings.items.length > 0) await rows.first().waitFor();
      expect(await rows.count()).toBe(rankings.items.length);
      const names = await rows.locator('td:nth-child(2)').allTextContents();
      expect(names).toEqual(rankings.items.map((item) => item.name));
      expect(await s.inspect(`83-rankings-${kind}`)).toEqual([]);
    }
    const review = await json<RankingsBody>(`/reports/rankings?kind=review&${API_PERIOD}&limit=50`);
    const commendation = await json<RankingsBody>(`/reports/rankings?kind=commendation&${API_PERIOD}&limit=50`);
    const [kind, first] = review.items[0] ? ['review', review.items[0]] : ['commendation', commendation.items[0]];
    expect(first).toBeDefined();
    await s.open(`/bao-cao/xep-hang?${kind === 'review' ? 'loai=xem-xet&' : ''}${PERIOD}`);
    await s.page.locator('.rankings-table').getByRole('link', { name: first?.name }).first().click();
    await s.page.waitForURL((url) => url.pathname === `/bao-cao/can-bo/${first?.personId}`);
    await s.page.getByRole('heading', { level: 2, name: 'Báo cáo cá nhân' }).waitFor();
    await s.page.locator('[data-figure="tasksHeld"]').waitFor();
    await expect(
      s.page
        .getByText(first?.name ?? '', { exact: true })
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    expect(s.problems).toEqual([]);
  });

  it("offers Home Affairs, and only them, a proposal to consider disciplining the person from the person's report", async () => {
    await s.page.getByRole('button', { name: 'Đăng xuất' }).click();
    await s.page.waitForURL((url) => url.pathname === '/dang-nhap');
    await s.page.getByRole('button', { name: 'Vào với tên Lê Đức Việt' }).click();
    await s.page.waitForURL((url) => url.pathname !== '/dang-nhap');
    const cuong = (await json<{ items: Array<{ personId: string; name: string }> }>('/reports/persons?q=cuong')).items.find(
      (person) => person.name === 'Lê Văn Cường',
    );
    expect(cuong).toBeDefined();
    await s.open(`/bao-cao/can-bo/${cuong?.personId}?${PERIOD}`);
    await s.page.locator('[data-figure="tasksHeld"]').waitFor();
    const proposal = s.page.getByRole('link', { name: 'Đề nghị xem xét kỷ luật' });
    expect(await proposal.getAttribute('href')).toBe(`/ky-luat/de-nghi/${cuong?.personId}`);
    expect(await s.inspect('84-person-report-home-affairs')).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
