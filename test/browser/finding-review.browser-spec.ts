import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Request } from 'playwright-core';
import { ConsoleSession } from './support/console-session';

interface Party {
  personId: string | null;
}
interface FindingSummary {
  id: string;
  ruleTitle: string;
  status: string;
  responsible: Party[];
  supervisory: Party[];
}
interface FindingDetail extends FindingSummary {
  taskId: string;
  explanation: string;
  basis: string;
  evidence: Array<{ eventId: string }>;
  reviews: Array<{ eventId: string; decision: string; inspector: { personId: string; personName: string | null } }>;
}

const INSPECTOR = 'vu-thu-ha';
const named = (finding: FindingSummary, personId: string) =>
  [...finding.responsible, ...finding.supervisory].some((party) => party.personId === personId);

/** The finding page on the demo city: what a finding rests on, and the inspector's review, as the API records it. */
describe('the finding page and its review', () => {
  let s: ConsoleSession;
  let finding: FindingDetail;
  beforeAll(async () => {
    s = await ConsoleSession.start('finding-review');
  }, 240_000);
  afterAll(() => s?.close());

  const signInAs = (name: string) => s.signInAs(name);
  /** The API's answer, read with the signed-in browser's cookie. */
  const api = async <T>(path: string): Promise<T> => (await (await s.page.request.get(new URL(path, s.page.url()).toString())).json()) as T;
  const dialog = () => s.page.getByRole('dialog');
  const justification = () => dialog().getByLabel('Lý do');
  const fieldError = () => dialog().locator('.ant-form-item-explain-error');
  const reviewButton = (name: string) => s.page.getByRole('main').getByRole('button', { name, exact: true });

  it('opens an open finding from the inbox: explanation, legal basis, and each evidence entry linked into the task trail', async () => {
    await signInAs('Vũ Thu Hà');
    const open = await api<{ items: FindingSummary[] }>('/findings?status=open');
    const index = open.items.findIndex((candidate) => !named(candidate, INSPECTOR));
    expect(index).toBeGreaterThanOrEqual(0);
    const chosen = open.items[index]!;
    await s.open('/phat-hien?tinh-trang=open');
    await s.page.locator(`.ant-table-tbody a[href="/phat-hien/${chosen.id}"]`).click();
    await s.page.waitForURL((url) => url.pathname === `/phat-hien/${chosen.id}`);
    await s.settle();
    finding = await api<FindingDetail>(`/findings/${chosen.id}`);

    await s.page.getByRole('heading', { level: 2, name: finding.ruleTitle }).waitFor();
    expect(await s.page.getByTestId('finding-explanation').textContent()).toBe(finding.explanation);
    expect(await s.page.getByTestId('finding-basis').textContent()).toBe(finding.basis);
    expect(finding.evidence.length).toBeGreaterThan(0);
    for (const evidence of finding.evidence) {
      const href = `/nhiem-vu/${finding.taskId}#su-kien-${evidence.eventId}`;
      expect(await s.page.locator(`a[href="${href}"]`).count()).toBeGreaterThanOrEqual(1);
    }
    expect(await s.page.getByTestId('finding-status').textContent()).toBe('Chờ xem xét');
    expect(await s.inspect('60-finding')).toEqual([]);
  });

  it('asks for a justification before sending, then shows the API’s own refusal of a too short one on the field', async () => {
    await reviewButton('Bác bỏ').click();
    await dialog().waitFor();
    await dialog().getByRole('button', { name: 'Bác bỏ' }).click();
    await fieldError().filter({ hasText: 'Hãy ghi lý do xác nhận hoặc bác bỏ.' }).waitFor();
    expect(await s.inspect('61-finding-review-required')).toEqual([]);

    // Fewer characters than the API takes (the form leaves that rule to it): its field error lands on the field.
    await justification().fill('Quá ngắn');
    const answer = s.page.waitForResponse((response) => response.url().endsWith(`/findings/${finding.id}/dismissal`));
    await dialog().getByRole('button', { name: 'Bác bỏ' }).click();
    const refused = await answer;
    const problem = (await refused.json()) as { errors: Array<{ field: string; reason: string }> };
    expect(refused.status()).toBe(422);
    expect(problem.errors.map((error) => error.field)).toEqual(['justification']);
    await fieldError().filter({ hasText: problem.errors[0]!.reason }).waitFor();
    expect(await s.inspect('62-finding-review-refused')).toEqual([]);

    const unchanged = await api<FindingDetail>(`/findings/${finding.id}`);
    expect({ status: unchanged.status, reviews: unchanged.reviews.length }).toEqual({ status: 'open', reviews: 0 });
    await dialog().getByRole('button', { name: 'Hủy' }).click();
    await dialog().waitFor({ state: 'hidden' });
  });

  it('confirms with a justification once, even clicked twice and sent again with the same key; it stays confirmed', async () => {
    const sent: Request[] = [];
    const watch = (request: Request) => {
      if (request.method() === 'POST' && request.url().endsWith(`/findings/${finding.id}/confirmation`)) sent.push(request);
    };
    s.page.on('request', watch);
    await reviewButton('Xác nhận').click();
    await dialog().waitFor();
    await justification().fill('Đã làm việc với đơn vị: việc chuyển trả không có căn cứ theo quy chế làm việc.');
    const answer = s.page.waitForResponse((response) => response.url().endsWith(`/findings/${finding.id}/confirmation`));
    await dialog().getByRole('button', { name: 'Xác nhận' }).dblclick();
    const recorded = (await (await answer).json()) as { eventId: string };
    await dialog().waitFor({ state: 'hidden' });
    await s.page.getByTestId('finding-status').filter({ hasText: 'Đã xác nhận' }).waitFor();
    s.page.off('request', watch);
    expect(sent).toHaveLength(1);

    // The same command again with the form's key (as a network retry would send it): the first answer, no new review.
    const first = sent[0]!;
    const headers = await first.allHeaders();
    expect(headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    const replay = await s.page.request.post(first.url(), {
      headers: {
        'content-type': 'application/json',
        'idempotency-key': headers['idempotency-key']!,
        'x-csrf-token': headers['x-csrf-token']!,
      },
      data: first.postData() ?? '',
    });
    expect(((await replay.json()) as { eventId: string }).eventId).toBe(recorded.eventId);

    const confirmed = await api<FindingDetail>(`/findings/${finding.id}`);
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.reviews.map((review) => [review.decision, review.inspector.personName])).toEqual([['confirmed', 'Vũ Thu Hà']]);
    await s.page.getByTestId('finding-review').filter({ hasText: 'Vũ Thu Hà' }).waitFor();

    await s.open(`/phat-hien/${finding.id}`);
    await s.page.getByTestId('finding-status').filter({ hasText: 'Đã xác nhận' }).waitFor();
    expect(await s.page.getByTestId('finding-review').count()).toBe(1);
    // Confirmed: the API takes only a change to the other decision.
    expect(await reviewButton('Xác nhận').count()).toBe(0);
    expect(await reviewButton('Đổi kết luận: bác bỏ').count()).toBe(1);
    expect(s.problems).toEqual([]);
  });

  it('says so when the finding does not exist', async () => {
    await s.open('/phat-hien/00000000-0000-4000-8000-000000000000');
    await s.page.getByText('Không tìm thấy phát hiện').waitFor();
    expect(await s.inspect('65-finding-not-found')).toEqual([]);
  });

  it('offers no review to readers who are not inspectors, nor to a person the finding names', async () => {
    for (const name of ['Lê Đức Việt', 'Nguyễn Thị Bình']) {
      await s.page.getByRole('button', { name: 'Đăng xuất' }).click();
      await s.page.waitForURL((url) => url.pathname === '/dang-nhap');
      await signInAs(name);
      const visible = (await api<{ items: FindingSummary[] }>('/findings')).items;
      const personId = name === 'Nguyễn Thị Bình' ? 'nguyen-thi-binh' : 'le-duc-viet';
      // The unit head is named (as head answering for her staff) by findings of her unit: one of those, when there is one.
      const shown = visible.find((candidate) => named(candidate, personId)) ?? visible[0];
      expect(shown).toBeDefined();
      if (personId === 'nguyen-thi-binh') expect(named(shown!, personId)).toBe(true);
      await s.open(`/phat-hien/${shown!.id}`);
      await s.page.getByRole('heading', { level: 2, name: shown!.ruleTitle }).waitFor();
      expect(
        await s.page
          .getByRole('main')
          .getByRole('button', { name: /Xác nhận|Bác bỏ|Đổi kết luận/ })
          .count(),
      ).toBe(0);
    }
    expect(await s.inspect('63-finding-reader')).toEqual([]);
  });

  it("shows the API's refusal of a finding outside the reader's units", async () => {
    // Still Nguyễn Thị Bình (Sở Xây dựng): the finding reviewed above is of another department's task.
    const answer = await s.page.request.get(new URL(`/findings/${finding.id}`, s.page.url()).toString());
    expect(answer.status()).toBe(403);
    const { detail } = (await answer.json()) as { detail: string };
    await s.open(`/phat-hien/${finding.id}`);
    await s.page.getByText('Bạn không có quyền xem nội dung này').waitFor();
    await s.page.getByText(detail, { exact: false }).waitFor();
    expect(await s.page.getByTestId('finding-explanation').count()).toBe(0);
    expect(await s.inspect('64-finding-refused')).toEqual([]);
  });
});
