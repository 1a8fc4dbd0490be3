import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConsoleSession } from './support/console-session';

interface Party {
  personId: string | null;
}
interface FindingSummary {
  id: string;
  ruleTitle: string;
  status: string;
  detection: string;
  responsible: Party[];
  supervisory: Party[];
}
interface CaseSummary {
  caseId: string;
  findingIds: string[];
}
interface CaseDetail {
  caseId: string;
  personId: string;
  status: string;
  findings: Array<{ findingId: string }>;
  decision: { form: string; document: { number: string; date: string } } | null;
}

const SUBJECT = 'Lê Văn Cường';
const GROUNDS = 'Chuyển nhiệm vụ thuộc chức năng của đơn vị mình sang đơn vị khác, làm nhiệm vụ hoàn thành chậm so với thời hạn.';

/**
 * Disciplinary cases on the demo city: Home Affairs (Lê Đức Việt) proposes a case for Lê Văn Cường from a confirmed
 * finding, reviews and decides it through the case page, downloads its evidence bundle; Lê Văn Cường then reads his own
 * case without step buttons.
 */
describe('disciplinary cases in the console', () => {
  let s: ConsoleSession;
  let subjectId: string;
  let findingId: string;
  let caseId: string;
  beforeAll(async () => {
    s = await ConsoleSession.start('cases');
  }, 240_000);
  afterAll(() => s?.close());

  const signInAs = async (name: string): Promise<void> => {
    await s.page.context().clearCookies();
    await s.signInAs(name);
    await s.settle();
  };
  const url = (path: string) => new URL(path, s.service.url).toString();
  /** The API's answer, read with the signed-in browser's cookie. */
  const api = async <T>(path: string): Promise<T> => (await (await s.page.request.get(url(path))).json()) as T;
  const dialog = () => s.page.getByRole('dialog');
  const stepButton = (name: string) => s.page.getByRole('main').getByRole('button', { name, exact: true });
  const caseStatus = (label: string) => s.page.getByTestId('case-status').filter({ hasText: label }).waitFor();

  it('has a confirmed finding naming the person, not yet cited (the inspector confirms one through the API if none is)', async () => {
    await signInAs('Vũ Thu Hà');
    const people = await api<{ people: Array<{ personId: string; name: string }> }>('/session/demo-people');
    subjectId = people.people.find((person) => person.name === SUBJECT)!.personId;
    const cited = new Set((await api<{ items: CaseSummary[] }>(`/cases?person=${subjectId}`)).items.flatMap((kase) => kase.findingIds));
    const naming = (await api<{ items: FindingSummary[] }>(`/findings?person=${subjectId}&limit=100`)).items.filter(
      (finding) => !cited.has(finding.id) && finding.detection === 'active',
    );
    const confirmed = naming.find((finding) => finding.status === 'confirmed');
    if (confirmed) findingId = confirmed.id;
    else {
      const open = naming.find((finding) => finding.status === 'open');
      expect(open).toBeDefined();
      const { csrfToken } = await api<{ csrfToken: string }>('/session');
      const answer = await s.page.request.post(url(`/findings/${open!.id}/confirmation`), {
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, 'idempotency-key': crypto.randomUUID() },
        data: { justification: 'Đã đối chiếu hồ sơ nhiệm vụ: việc chuyển đi không có căn cứ theo quy chế làm việc.' },
      });
      expect(answer.status()).toBe(201);
      findingId = open!.id;
    }
  });

  it('lists the cases for Home Affairs and proposes one from a person chosen by name', async () => {
    await signInAs('Lê Đức Việt');
    await s.open('/ky-luat');
    await s.page.getByRole('heading', { level: 2, name: 'Hồ sơ kỷ luật' }).waitFor();
    expect(await s.inspect('90-cases')).toEqual([]);

    await s.page.locator('#case-propose-person').click();
    await s.page.locator('#case-propose-person').fill('cuong');
    await s.page.locator('.ant-select-item-option').filter({ hasText: SUBJECT }).first().click();
    await s.page.getByRole('main').getByRole('button', { name: 'Đề nghị xem xét kỷ luật' }).click();
    await s.page.waitForURL((address) => address.pathname === `/ky-luat/de-nghi/${subjectId}`);
    await s.settle();
    await s.page.getByRole('heading', { level: 2, name: 'Đề nghị xem xét kỷ luật' }).waitFor();
    const offered = await api<{ items: FindingSummary[] }>(`/findings?person=${subjectId}&status=confirmed&limit=100`);
    expect(await s.page.locator('#case-proposal-form input[type="checkbox"][value]').count()).toBe(offered.items.length);
    expect(await s.inspect('91-case-proposal')).toEqual([]);
  });

  it('shows the API’s refusal of too short grounds on the field, then records the proposal and opens the case', async () => {
    await s.page.locator(`#case-proposal-form input[type="checkbox"][value="${findingId}"]`).check();
    // The forms the API says cannot be applied to this person are offered disabled.
    const options = await api<{ forms: Array<{ form: string; restriction: string | null; warnings: unknown[] }> }>(
      `/cases/options?person=${subjectId}&findings=${findingId}`,
    );
    await s.page.getByLabel('Hình thức kỷ luật đề nghị').click();
    await s.page.locator('.ant-select-item-option').first().waitFor();
    expect(await s.page.locator('.ant-select-item-option-disabled').count()).toBe(
      options.forms.filter((form) => form.restriction !== null).length,
    );

    await s.page.locator('.ant-select-item-option').filter({ hasText: 'Cảnh cáo' }).first().click();
    await s.page.getByLabel('Nội dung vi phạm và căn cứ đề nghị').fill('Quá ngắn');
    const refusedAnswer = s.page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith('/cases'));
    await s.page.getByRole('button', { name: 'Gửi đề nghị' }).click();
    const refused = await refusedAnswer;
    expect([400, 422]).toContain(refused.status());
    const problem = (await refused.json()) as { errors: Array<{ field: string }> };
    expect(problem.errors.map((error) => error.field)).toEqual(['grounds']);
    await s.page.locator('.ant-form-item-explain-error').first().waitFor();
    expect(await s.inspect('92-case-proposal-refused')).toEqual([]);

    await s.page.getByLabel('Nội dung vi phạm và căn cứ đề nghị').fill(GROUNDS);
    const answer = s.page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith('/cases'));
    await s.page.getByRole('button', { name: 'Gửi đề nghị' }).click();
    const recorded = (await (await answer).json()) as { caseId: string };
    caseId = recorded.caseId;
    await s.page.waitForURL((address) => address.pathname === `/ky-luat/${caseId}`);
    await caseStatus('Đã đề nghị');
    const kase = await api<CaseDetail>(`/cases/${caseId}`);
    expect({ personId: kase.personId, status: kase.status, findings: kase.findings.map((finding) => finding.findingId) }).toEqual({
      personId: subjectId,
      status: 'proposed',
      findings: [findingId],
    });
    expect(await s.page.locator(`a[href="/phat-hien/${findingId}"]`).count()).toBe(1);
    expect(await s.inspect('93-case-proposed')).toEqual([]);
  });

  it('reviews and decides the case through its step forms; a decided case offers no step', async () => {
    await stepButton('Đưa ra xem xét').click();
    await dialog().waitFor();
    await dialog().getByRole('button', { name: 'Đưa ra xem xét' }).click();
    await dialog().waitFor({ state: 'hidden' });
    await caseStatus('Đang xem xét');

    await stepButton('Ghi nhận quyết định').click();
    await dialog().waitFor();
    expect(await s.inspect('94-case-decision-form')).toEqual([]);
    const today = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date());
    await dialog().getByLabel('Số quyết định').fill('125/QĐ-UBND');
    await dialog().getByLabel('Ngày ký').fill(today);
    await dialog().getByLabel('Ngày ký').press('Enter');
    await dialog().getByLabel('Người ký', { exact: true }).fill('Trần Văn An');
    await dialog().getByLabel('Chức vụ người ký').fill('Chủ tịch UBND thành phố');
    await dialog().getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    await dialog().waitFor({ state: 'hidden' });
    await caseStatus('Đã quyết định');

    const kase = await api<CaseDetail>(`/cases/${caseId}`);
    expect({ status: kase.status, form: kase.decision?.form, number: kase.decision?.document.number }).toEqual({
      status: 'decided',
      form: 'canh_cao',
      number: '125/QĐ-UBND',
    });
    await s.page.getByText('số 125/QĐ-UBND').waitFor();
    for (const name of ['Đưa ra xem xét', 'Ghi nhận quyết định', 'Rút đề nghị', 'Gia hạn xử lý'])
      expect(await stepButton(name).count()).toBe(0);
    expect(await s.inspect('95-case-decided')).toEqual([]);
  });

  it('lists the decided case under its filters kept in the address', async () => {
    await s.open(`/ky-luat?trang-thai=decided&nguoi=${subjectId}`);
    const row = s.page.locator('.ant-table-tbody tr').filter({ has: s.page.locator(`a[href="/ky-luat/${caseId}"]`) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Đã quyết định');
    const listed = await api<{ items: CaseSummary[] }>(`/cases?status=decided&person=${subjectId}`);
    expect(await s.page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(listed.items.length);
    expect(await s.inspect('97-cases-filtered')).toEqual([]);
    await row.getByRole('link').click();
    await s.page.waitForURL((address) => address.pathname === `/ky-luat/${caseId}`);
    await caseStatus('Đã quyết định');
  });

  it('downloads the evidence bundle: one JSON file, an attachment, naming the case', async () => {
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('link', { name: 'Tải bộ chứng cứ (JSON)' }).click(),
    ]);
    const bundle = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { case: { caseId: string } };
    expect(bundle.case.caseId).toBe(caseId);
    expect(download.suggestedFilename()).toContain(caseId);
    const answer = await s.page.request.get(url(`/cases/${caseId}/evidence-bundle`));
    expect(answer.headers()['content-type']).toMatch(/^application\/json/);
    expect(answer.headers()['content-disposition']).toMatch(/^attachment; filename=".*\.json"$/);
  });

  it('shows the person concerned their own case without step buttons or the bundle', async () => {
    await signInAs(SUBJECT);
    await s.open(`/ky-luat/${caseId}`);
    await s.page.getByRole('heading', { level: 2, name: 'Hồ sơ kỷ luật' }).waitFor();
    await caseStatus('Đã quyết định');
    await s.page.getByText('Đây là hồ sơ xem xét kỷ luật của bạn').waitFor();
    expect(await s.page.getByRole('main').getByRole('button').count()).toBe(0);
    expect(await s.page.getByRole('link', { name: 'Tải bộ chứng cứ (JSON)' }).count()).toBe(0);
    expect((await s.page.request.get(url(`/cases/${caseId}/evidence-bundle`))).status()).toBe(403);
    expect(await s.inspect('96-case-own')).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
