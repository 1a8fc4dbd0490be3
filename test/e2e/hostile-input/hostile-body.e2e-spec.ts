import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../support/test-app';
import { at, ScenarioClient } from '../scenarios/scenario-client';
import { s1Assignment } from '../scenarios/s1-story';
import { admin, chairman, cuong, homeAffairs, HostileClient, nestedUnder } from './hostile-input.fixture';

// Bodies that answered 500 (stack overflow, NUL or a lone surrogate reaching PostgreSQL) answer 400
// naming the field, and nothing is written: no event, no remembered idempotent response.
describe('hostile JSON bodies', () => {
  let t: TestApp;
  let http: HostileClient;
  let taskId: string;
  let eventId: string;
  const assignment = (overrides: Record<string, unknown> = {}) => ({
    ...s1Assignment('Rà soát hồ sơ cấp phép', at('2026-03-02')),
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp();
    http = await HostileClient.start(t);
    const api = new ScenarioClient(t);
    taskId = await api.assign(chairman, assignment());
    eventId = (await api.trail(taskId, chairman))[0]!.id;
  });
  afterAll(async () => {
    await http.close();
    await t.close();
  });

  describe('nesting deeper than 32 levels', () => {
    it('is refused before anything walks the body, naming where it goes too deep; 32 levels are still read', async () => {
      const tooDeep = await http.refused(http.post(chairman, '/tasks', nestedUnder('title', 32)), {
        field: `title${'.0'.repeat(31)}`,
        reason: 'dữ liệu lồng nhau quá 32 cấp',
      });
      expect(tooDeep.detail).toBe('Nội dung yêu cầu lồng nhau quá 32 cấp (đối tượng, mảng trong nhau); hãy gửi dữ liệu phẳng hơn.');
      const deepest = await http.refused(http.post(chairman, '/tasks', nestedUnder('title', 31)), { field: 'title' });
      expect(deepest.errors!.map((error) => error.reason)).not.toContain('dữ liệu lồng nhau quá 32 cấp');
    });

    it('refuses 2,000 and 100,000 levels on every kind of command, with an Idempotency-Key too; over the size limit is still a 413', async () => {
      await http.refused(http.post(chairman, '/tasks', nestedUnder('title', 2_000)), { field: `title${'.0'.repeat(31)}` });
      await http.refused(
        http.post(cuong, `/tasks/${taskId}/comments`, nestedUnder('content', 100_000), { 'Idempotency-Key': 'deep-comment' }),
        { field: `content${'.0'.repeat(31)}` },
      );
      const deepObject = `{"reason":"Ghi nhầm","fields":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`;
      await http.refused(http.post(chairman, `/events/${eventId}/corrections`, deepObject), { field: `fields${'.a'.repeat(31)}` });
      await http.refused(http.post(admin, '/org/persons', `[${nestedUnder('fullName', 3_000)}]`), {
        field: `0.fullName${'.0'.repeat(30)}`,
      });
      await http.refused(http.post(chairman, '/tasks', assignment({ title: 'ý'.repeat(t.config.maxEventBytes * 2) })), {
        status: 413,
        type: 'payload-too-large',
      });
      await http.refused(http.post(chairman, '/tasks', nestedUnder('title', 600_000)), { status: 413, type: 'payload-too-large' });
    });
  });

  describe('NUL and lone surrogates in any string', () => {
    it('names the field of a value: a title, a nested document number, a comment, an array item', async () => {
      const nul = await http.refused(http.post(chairman, '/tasks', assignment({ title: 'Rà soát\u0000hồ sơ' })), {
        field: 'title',
        reason: 'giá trị chứa ký tự NUL (U+0000 ở vị trí 8), không được phép',
      });
      expect(nul.detail).toBe('Nội dung yêu cầu có ký tự không lưu được (NUL hoặc nửa cặp mã thay thế đứng lẻ) ở: title.');
      await http.refused(http.post(chairman, '/tasks', assignment({ source: { number: '2128/UBND\ud800', date: '2026-03-02' } })), {
        field: 'source.number',
        reason: 'giá trị chứa nửa cặp mã thay thế (surrogate) đứng lẻ U+D800 ở vị trí 10, không phải văn bản Unicode hợp lệ',
      });
      await http.refused(
        http.post(cuong, `/tasks/${taskId}/comments`, { content: 'Đã làm việc\udc00' }, { 'Idempotency-Key': 'lone-low-surrogate' }),
        { field: 'content' },
      );
      await http.refused(
        http.post(cuong, `/tasks/${taskId}/consultations`, { unitIds: ['so-tnmt', 'phong\u0000'], content: 'Xin ý kiến' }),
        { field: 'unitIds.1' },
      );
      await http.refused(
        http.post(admin, '/org/persons', { personId: 'ho-thi-lan', fullName: 'Hồ Thị Lan', officialCode: 'DN\u0000-0100' }),
        { field: 'officialCode' },
      );
    });

    it('names a key that holds one (shown escaped), and refuses a __proto__ key', async () => {
      await http.refused(
        http.post(chairman, `/events/${eventId}/corrections`, { reason: 'Ghi nhầm', fields: { 're\u0000ason': 'Đúng' } }),
        {
          field: 'fields.re\\u0000ason',
          reason: 'tên trường chứa ký tự NUL (U+0000 ở vị trí 3), không được phép',
        },
      );
      await http.refused(http.post(chairman, `/events/${eventId}/corrections`, '{"reason":"Ghi nhầm","fields":{"\\ud800":"x"}}'), {
        field: 'fields.\\ud800',
      });
      await http.refused(http.post(chairman, '/tasks', `{"__proto__":{"title":"x"},${JSON.stringify(assignment()).slice(1)}`), {
        field: '__proto__',
        reason: 'tên trường "__proto__" không được phép',
      });
    });
  });

  describe('required nested objects', () => {
    it('POST /tasks without source or assigningAuthority, or with them of the wrong type, names them', async () => {
      const { source: _source, ...withoutSource } = assignment();
      await http.refused(http.post(chairman, '/tasks', withoutSource), {
        field: 'source',
        reason: 'bắt buộc phải có',
      });
      const { assigningAuthority: _authority, ...withoutAuthority } = assignment();
      await http.refused(http.post(chairman, '/tasks', withoutAuthority), { field: 'assigningAuthority' });
      await http.refused(http.post(chairman, '/tasks', assignment({ source: [{ number: '1', date: '2026-03-02' }] })), {
        field: 'source',
        reason: 'phải là một đối tượng',
      });
      await http.refused(http.post(chairman, '/tasks', assignment({ assigningAuthority: 'tran-van-an' })), { field: 'assigningAuthority' });
      await http.refused(http.post(chairman, '/tasks', assignment({ responsiblePerson: ['le-van-cuong'] })), {
        field: 'responsiblePerson',
      });
    });

    it('an impossible date in a document reference or a query is a 400 naming it, never recorded as written', async () => {
      await http.refused(http.post(chairman, '/tasks', assignment({ source: { number: '15/UBND-TH', date: '2026-13-45' } })), {
        field: 'source.date',
      });
      await http.refused(http.post(chairman, '/tasks', assignment({ source: { number: '15/UBND-TH', date: '2026-02-30' } })), {
        field: 'source.date',
      });
      await http.refused(http.post(chairman, '/tasks', assignment({ deadline: [] })), { field: 'deadline' });
    });

    it('a transfer without `to` is a 400 naming it, not a rule broken by unit "undefined"', async () => {
      const problem = await http.refused(http.post(cuong, `/tasks/${taskId}/transfers`, { reason: 'Thuộc lĩnh vực đất đai' }), {
        field: 'to',
      });
      expect(problem).not.toHaveProperty('rule');
      expect(problem.detail).toBe('Dữ liệu không hợp lệ — to: bắt buộc phải có, phải là một đối tượng.');
    });

    it('names every other required nested object of the task and case commands', async () => {
      await http.refused(http.post(cuong, `/tasks/${taskId}/submissions`, { allConsultedAgreed: true }), { field: 'to' });
      await http.refused(http.post(cuong, `/tasks/${taskId}/delegations`, {}), { field: 'person' });
      await http.refused(
        http.post(cuong, `/tasks/${taskId}/supplement-requests`, { content: 'Bổ sung', stage: 'thẩm định', legalBasis: 'Điều 41' }),
        { field: 'approvedBy' },
      );
      await http.refused(http.post(chairman, `/tasks/${taskId}/deadline-extensions`, { reason: 'Chờ kiểm định' }), { field: 'deadline' });
      await http.refused(http.post(chairman, `/events/${eventId}/corrections`, { reason: 'Ghi nhầm' }), { field: 'fields' });
      const caseId = randomUUID();
      await http.refused(http.post(homeAffairs, `/cases/${caseId}/decision`, { form: 'khien_trach' }), { field: 'document' });
      await http.refused(
        http.post(homeAffairs, `/cases/${caseId}/decision`, {
          form: 'khien_trach',
          document: { number: '125/QĐ-UBND', date: '2031-06-20' },
        }),
        { field: 'document.signer' },
      );
    });
  });
});
