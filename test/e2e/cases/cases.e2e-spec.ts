import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Pool } from 'pg';
import request from 'supertest';
import { dumpTables } from '@lib/projector';
import { PG_POOL, ProjectorService, type Principal } from '../../../apps/api/src/testing';
import { CASES_PROJECTION, CASES_TABLES } from '@lib/read-models/cases';
import { city } from '../../support/city.fixture';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { startTestApp, type TestApp } from '../../support/test-app';
import { FindingsClient } from '../findings/findings-client';
import { at, ScenarioClient } from '../scenarios/scenario-client';
import { playS1 } from '../scenarios/s1-story';

// S1 of the findings spec (Lê Văn Cường pushes his own work to Sở TN&MT on 4 March 2026), the inspector
// confirms the OWN_WORK_TRANSFERRED finding; Home Affairs acts in June 2031 (the app's clock stands at 30 June), more than 5 but less than 10
// years after the conduct: a reprimand is past its limitation, a warning is not.
const { binh, cuong, en, inspector } = city;
const homeAffairs: Principal = {
  personId: 'tran-noi-vu',
  unitId: 'so-noi-vu',
  position: 'staff',
  roles: ['home_affairs'],
  jurisdictionUnitId: 'ubnd-tp',
  name: 'Trần Nội Vụ',
};
const districtHomeAffairs: Principal = {
  personId: 'le-noi-vu',
  unitId: 'phong-noi-vu-hai-chau',
  position: 'staff',
  roles: ['home_affairs'],
  jurisdictionUnitId: 'ubnd-quan-hai-chau',
};
const NOW = '2031-06-30T09:00:00+07:00';
const PROPOSED_AT = '2031-06-02T09:00:00+07:00';
const grounds =
  'Chuyển nhiệm vụ thuộc chức năng của Sở Xây dựng sang Sở Tài nguyên và Môi trường ngày 04/3/2026, làm nhiệm vụ hoàn thành chậm.';
const confirmReason = 'Đã đối chiếu phiếu chuyển ngày 04/3/2026: việc thuộc thẩm quyền Sở Xây dựng, chuyển đi là sai.';
const withdrawReason = 'Thanh tra đề nghị xem xét lại toàn bộ hồ sơ trước khi xử lý kỷ luật.';
const document = { number: '125/QĐ-UBND', date: '2031-06-20', signer: { name: 'Trần Văn An', title: 'Chủ tịch UBND thành phố' } };

describe('disciplinary cases over HTTP: proposal, review, decision, withdrawal, limitation, jurisdiction, evidence bundle', () => {
  let t: TestApp;
  let api: ScenarioClient;
  let http: FindingsClient;
  let taskId: string;
  let confirmed: string;
  let open: string;
  let overdueHold: string;

  const problemOf = async (path: string, who: Principal, body: object, status: number, rule?: string): Promise<Record<string, any>> => {
    const refused = await http.post(path, who, body, status);
    if (rule !== undefined) expect(refused).toMatchObject({ status, rule });
    return refused;
  };

  beforeAll(async () => {
    t = await startTestApp({}, { clock: { now: () => new Date(NOW) } });
    api = new ScenarioClient(t);
    http = new FindingsClient(t);
    taskId = await playS1(api);
    const found = await api.findings(taskId, inspector);
    confirmed = found.find((finding) => finding.ruleCode === 'OWN_WORK_TRANSFERRED')!.id;
    open = found.find((finding) => finding.ruleCode === 'PING_PONG')!.id;
    overdueHold = found.find((finding) => finding.ruleCode === 'OVERDUE_HOLD')!.id;
    await http.post(`/findings/${confirmed}/confirmation`, inspector, { justification: confirmReason, occurredAt: at('2026-04-01') });
    await projectionsCaughtUp(t.app);
  });
  afterAll(() => t.close());

  const proposal = (overrides: Record<string, unknown> = {}) => ({
    personId: cuong.personId,
    findingIds: [confirmed],
    proposedForm: 'canh_cao',
    grounds,
    occurredAt: PROPOSED_AT,
    ...overrides,
  });

  it('tells Home Affairs before proposing which forms the person may receive and where the chosen findings stand against the limitation', async () => {
    const options = await http.get(`/cases/options?person=${cuong.personId}&findings=${confirmed}&on=2031-06-02`, homeAffairs);
    expect(options).toMatchObject({ personId: cuong.personId, on: '2031-06-02', holdsLeadership: false, electedCadre: false });
    const byForm = Object.fromEntries((options['forms'] as Array<Record<string, any>>).map((form) => [form['form'], form]));
    expect(Object.keys(byForm)).toEqual(['khien_trach', 'canh_cao', 'cach_chuc', 'buoc_thoi_viec', 'bai_nhiem']);
    expect([byForm['cach_chuc'].restriction, byForm['bai_nhiem'].restriction, byForm['canh_cao'].restriction]).toEqual([
      'leaders_only',
      'elected_cadres_only',
      null,
    ]);
    // Conduct of 4 March 2026, measured on 2 June 2031: past the 5 years of a reprimand, within the 10 of a warning.
    expect(byForm['khien_trach'].limitation).toEqual([
      expect.objectContaining({ findingId: confirmed, conductOn: '2026-03-04', years: 5, lastDay: '2031-03-04', expired: true }),
    ]);
    expect(byForm['khien_trach'].warnings).toHaveLength(1);
    expect(byForm['canh_cao'].limitation).toEqual([expect.objectContaining({ years: 10, expired: false })]);
    expect(byForm['canh_cao'].warnings).toEqual([]);

    const elected = await http.get(`/cases/options?person=${cuong.personId}&electedCadre=true`, homeAffairs);
    expect((elected['forms'] as Array<Record<string, any>>).find((form) => form['form'] === 'bai_nhiem')!['restriction']).toBeNull();
    expect(elected['on']).toBe('2031-06-30');
    await http.get(`/cases/options?person=${cuong.personId}`, cuong, 403);
    await http.get(`/cases/options?person=${cuong.personId}`, districtHomeAffairs, 403);
    expect(await http.get('/cases/options?person=nobody-at-all', homeAffairs, 404)).toMatchObject({ status: 404 });
    expect(await http.get(`/cases/options?person=${cuong.personId}&findings=not-a-uuid`, homeAffairs, 400)).toMatchObject({
      errors: [expect.objectContaining({ field: 'findings' })],
    });
  });

  it('refuses a proposal citing an unconfirmed finding, one that does not name the person, a form the person cannot receive; nothing is written', async () => {
    const unconfirmed = await problemOf('/cases', homeAffairs, proposal({ findingIds: [confirmed, open] }), 422, 'FINDING_NOT_CONFIRMED');
    expect(unconfirmed).toMatchObject({
      detail: `Chỉ được viện dẫn phát hiện đã được thanh tra xác nhận; phát hiện ${open} chưa được xem xét.`,
      context: { findingId: open, status: 'open' },
      errors: [{ field: 'findingIds', reason: unconfirmed['detail'] }],
    });
    await problemOf('/cases', homeAffairs, proposal({ personId: en.personId }), 422, 'FINDING_DOES_NOT_NAME_PERSON');
    const form = await problemOf('/cases', homeAffairs, proposal({ proposedForm: 'cach_chuc' }), 422, 'DISCIPLINE_FORM_NOT_APPLICABLE');
    expect(form['detail']).toBe('Hình thức cách chức chỉ áp dụng với người giữ chức vụ lãnh đạo, quản lý (cấp trưởng, cấp phó).');
    await problemOf('/cases', homeAffairs, proposal({ proposedForm: 'bai_nhiem' }), 422, 'DISCIPLINE_FORM_NOT_APPLICABLE');
    await problemOf('/cases', homeAffairs, proposal({ grounds: 'Chậm.' }), 422, 'CASE_TEXT_REQUIRED');
    await problemOf('/cases', homeAffairs, proposal({ findingIds: ['00000000-0000-4000-8000-000000000000'] }), 404);
    await problemOf('/cases', homeAffairs, proposal({ personId: 'khong-co-nguoi-nay' }), 404);
    const invalid = await problemOf(
      '/cases',
      homeAffairs,
      { personId: cuong.personId, findingIds: ['x'], proposedForm: 'ha_bac_luong', grounds, colour: 'red' },
      400,
    );
    expect(new Set(invalid['errors'].map((error: { field: string }) => error.field))).toEqual(
      new Set(['findingIds', 'proposedForm', 'colour']),
    );
    await problemOf('/cases', inspector, proposal(), 403);
    await problemOf('/cases', districtHomeAffairs, proposal(), 403);
    expect((await http.get('/cases', homeAffairs))['items']).toEqual([]);
  });

  it('warns at proposal when the limitation has run out, withdraws the case, and refuses to decide or review a withdrawn case', async () => {
    const proposed = await http.post('/cases', homeAffairs, proposal({ proposedForm: 'khien_trach' }));
    expect(proposed['warnings']).toEqual([
      {
        code: 'LIMITATION_EXPIRED',
        findingId: confirmed,
        message: `Hành vi ngày 04/03/2026 (phát hiện ${confirmed}) đã hết thời hiệu xử lý kỷ luật 5 năm đối với hình thức khiển trách (hết ngày 04/03/2031).`,
      },
    ]);
    const caseId: string = proposed['caseId'];
    await problemOf(`/cases/${caseId}/withdrawal`, homeAffairs, { reason: 'Rút.' }, 422, 'CASE_TEXT_REQUIRED');
    const withdrawn = await http.post(`/cases/${caseId}/withdrawal`, homeAffairs, { reason: withdrawReason });
    expect(withdrawn).toMatchObject({ caseId, status: 'withdrawn', type: 'DisciplinaryCaseWithdrawn', streamVersion: 1 });
    const refused = await problemOf(
      `/cases/${caseId}/decision`,
      homeAffairs,
      { form: 'khien_trach', document, limitationAcknowledged: true },
      422,
      'CASE_WITHDRAWN',
    );
    expect(refused['detail']).toBe('Đề nghị kỷ luật đã được rút; hồ sơ đã đóng.');
    await problemOf(`/cases/${caseId}/review`, homeAffairs, {}, 422, 'CASE_WITHDRAWN');
    await problemOf(`/cases/${caseId}/withdrawal`, homeAffairs, { reason: withdrawReason }, 422, 'CASE_WITHDRAWN');
    expect(await http.get(`/cases/${caseId}`, homeAffairs)).toMatchObject({
      status: 'withdrawn',
      withdrawal: { reason: withdrawReason },
      version: 1,
    });
    const listed = await http.get('/cases?status=withdrawn', homeAffairs);
    expect(listed['items'].map((item: { caseId: string }) => item.caseId)).toEqual([caseId]);
  });

  it('runs a case from proposal through review to a decision with another form, the limitation acknowledged; a decided case is final', async () => {
    const key = 'case-cuong-1';
    const response = await request(t.app.getHttpServer())
      .post('/cases')
      .set('Authorization', `Bearer ${t.tokenFor(homeAffairs)}`)
      .set('Idempotency-Key', key)
      .send(proposal());
    expect(response.status).toBe(201);
    const proposed = response.body as Record<string, any>;
    expect(proposed).toEqual({
      caseId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'proposed',
      eventId: expect.any(String),
      type: 'DisciplinaryCaseProposed',
      streamVersion: 0,
      globalPosition: expect.any(Number),
      occurredAt: new Date(PROPOSED_AT).toISOString(),
      recordedAt: expect.any(String),
      warnings: [],
    });
    expect(response.headers['location']).toBe(`/cases/${proposed['caseId']}`);
    const caseId: string = proposed['caseId'];
    expect(await http.post('/cases', homeAffairs, proposal(), 201, { 'Idempotency-Key': key })).toEqual(proposed);

    await problemOf(`/cases/${caseId}/decision`, homeAffairs, { form: 'canh_cao', document }, 422, 'CASE_NOT_UNDER_REVIEW');
    const reviewed = await http.post(`/cases/${caseId}/review`, homeAffairs, {
      note: 'Chuyển Hội đồng kỷ luật xem xét.',
      occurredAt: '2031-06-05T09:00:00+07:00',
    });
    expect(reviewed).toMatchObject({
      caseId,
      status: 'under_review',
      type: 'DisciplinaryCaseReviewStarted',
      streamVersion: 1,
      warnings: [],
    });
    await problemOf(`/cases/${caseId}/review`, homeAffairs, {}, 422, 'CASE_ALREADY_UNDER_REVIEW');

    const decision = { form: 'khien_trach', document, occurredAt: '2031-06-20T15:00:00+07:00' };
    const unacknowledged = await problemOf(`/cases/${caseId}/decision`, homeAffairs, decision, 422, 'LIMITATION_NOT_ACKNOWLEDGED');
    expect(unacknowledged['context']).toEqual({ caseId, findingIds: [confirmed] });
    await problemOf(
      `/cases/${caseId}/decision`,
      homeAffairs,
      { ...decision, form: 'cach_chuc', limitationAcknowledged: true },
      422,
      'DISCIPLINE_FORM_NOT_APPLICABLE',
    );
    await problemOf(
      `/cases/${caseId}/decision`,
      homeAffairs,
      { ...decision, document: { ...document, date: '2031-06-21' } },
      422,
      'DECISION_DOCUMENT_INVALID',
    );
    const missing = await problemOf(
      `/cases/${caseId}/decision`,
      homeAffairs,
      { form: 'khien_trach', document: { number: '125/QĐ-UBND', date: '20/06/2031', signer: {} } },
      400,
    );
    expect(new Set(missing['errors'].map((error: { field: string }) => error.field))).toEqual(
      new Set(['document.date', 'document.signer.name', 'document.signer.title']),
    );
    const decided = await http.post(`/cases/${caseId}/decision`, homeAffairs, { ...decision, limitationAcknowledged: true });
    const warning = {
      code: 'LIMITATION_EXPIRED',
      findingId: confirmed,
      message: `Hành vi ngày 04/03/2026 (phát hiện ${confirmed}) đã hết thời hiệu xử lý kỷ luật 5 năm đối với hình thức khiển trách (hết ngày 04/03/2031).`,
    };
    expect(decided).toMatchObject({ caseId, status: 'decided', type: 'DisciplinaryCaseDecided', streamVersion: 2, warnings: [warning] });
    expect(decided['warnings'][0].message).toBe(warning.message.normalize('NFC'));

    await problemOf(`/cases/${caseId}/withdrawal`, homeAffairs, { reason: withdrawReason }, 422, 'CASE_ALREADY_DECIDED');
    await problemOf(`/cases/${caseId}/decision`, homeAffairs, { ...decision, limitationAcknowledged: true }, 422, 'CASE_ALREADY_DECIDED');

    const detail = await http.get(`/cases/${caseId}`, inspector);
    expect(detail).toMatchObject({
      caseId,
      personId: cuong.personId,
      personName: 'Lê Văn Cường',
      unitId: 'so-xay-dung',
      status: 'decided',
      electedCadre: false,
      holdsLeadership: false,
      proposedForm: 'canh_cao',
      proposedFormLabel: 'Cảnh cáo',
      grounds,
      findings: [{ findingId: confirmed, taskId, ruleCode: 'OWN_WORK_TRANSFERRED', ruleVersion: 1, on: '2026-03-04' }],
      limitation: [
        { findingId: confirmed, conductOn: '2026-03-04', years: 10, lastDay: '2036-03-04', measuredOn: '2031-06-02', expired: false },
      ],
      warnings: [],
      proposal: { by: { personId: homeAffairs.personId, unitId: homeAffairs.unitId } },
      review: { note: 'Chuyển Hội đồng kỷ luật xem xét.' },
      decision: { form: 'khien_trach', formLabel: 'Khiển trách', document, limitationAcknowledged: true, warnings: [warning] },
      withdrawal: null,
      version: 2,
    });
    expect(detail['events'].map((event: { type: string }) => event.type)).toEqual([
      'DisciplinaryCaseProposed',
      'DisciplinaryCaseReviewStarted',
      'DisciplinaryCaseDecided',
    ]);
    const listed = await http.get(`/cases?person=${cuong.personId}&status=decided`, homeAffairs);
    expect(listed['items']).toEqual([
      expect.objectContaining({
        caseId,
        personId: cuong.personId,
        personName: 'Lê Văn Cường',
        unitId: 'so-xay-dung',
        status: 'decided',
        proposedForm: 'canh_cao',
        decidedForm: 'khien_trach',
        findingIds: [confirmed],
        warningCount: 1,
      }),
    ]);
  });

  it('refuses a second case citing a finding a decided case cites against the same person: 422 naming the case and its decision, nothing written', async () => {
    const [decided] = (await http.get(`/cases?person=${cuong.personId}&status=decided`, homeAffairs))['items'];
    await projectionsCaughtUp(t.app);
    const before = (await http.get('/cases', homeAffairs))['items'].length;
    const refused = await problemOf('/cases', homeAffairs, proposal({ proposedForm: 'canh_cao' }), 422, 'FINDING_ALREADY_DISCIPLINED');
    expect(refused).toMatchObject({
      detail: `Hành vi trong phát hiện ${confirmed} đã bị xử lý kỷ luật theo hồ sơ ${decided.caseId} (Quyết định số 125/QĐ-UBND ngày 20/06/2031, hình thức khiển trách); mỗi hành vi vi phạm chỉ bị xử lý kỷ luật một lần (Nghị định 172/2025/NĐ-CP).`,
      context: {
        findingId: confirmed,
        personId: cuong.personId,
        case: { caseId: decided.caseId, status: 'decided', decision: { number: '125/QĐ-UBND', date: '2031-06-20', form: 'khien_trach' } },
      },
      errors: [{ field: 'findingIds', reason: refused['detail'] }],
    });
    await projectionsCaughtUp(t.app);
    expect((await http.get('/cases', homeAffairs))['items']).toHaveLength(before);
  });

  it('offers dismissal from post to a head named as supervising the conduct', async () => {
    const proposed = await http.post('/cases', homeAffairs, proposal({ personId: binh.personId, proposedForm: 'cach_chuc' }));
    expect(proposed).toMatchObject({ status: 'proposed', warnings: [] });
    expect(await http.get(`/cases/${proposed['caseId']}`, homeAffairs)).toMatchObject({
      personId: binh.personId,
      holdsLeadership: true,
      proposedForm: 'cach_chuc',
      proposedFormLabel: 'Cách chức',
    });
  });

  it('refuses a second open case for the same violation of the same person, naming the open case', async () => {
    const [open] = (await http.get(`/cases?person=${binh.personId}&status=proposed`, homeAffairs))['items'];
    const refused = await problemOf(
      '/cases',
      homeAffairs,
      proposal({ personId: binh.personId, proposedForm: 'canh_cao' }),
      422,
      'FINDING_IN_OPEN_CASE',
    );
    expect(refused['context']).toEqual({
      findingId: confirmed,
      personId: binh.personId,
      case: { caseId: open.caseId, status: 'proposed', decision: null },
    });
    expect(refused['detail']).toContain(open.caseId);
  });

  it('lets exactly one of two racing proposals citing the same finding through', async () => {
    await http.post(`/findings/${overdueHold}/confirmation`, inspector, { justification: confirmReason, occurredAt: at('2031-04-05') });
    await projectionsCaughtUp(t.app);
    const send = (key: string) =>
      request(t.app.getHttpServer())
        .post('/cases')
        .set('Authorization', `Bearer ${t.tokenFor(homeAffairs)}`)
        .set('Idempotency-Key', key)
        .send(proposal({ findingIds: [overdueHold] }));
    const answers = await Promise.all([send('race-1'), send('race-2')]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 422]);
    expect(answers.find((answer) => answer.status === 422)!.body).toMatchObject({ rule: 'FINDING_IN_OPEN_CASE' });
    await projectionsCaughtUp(t.app);
    expect((await http.get(`/cases?person=${cuong.personId}&status=proposed`, homeAffairs))['items']).toHaveLength(1);
  });

  it('tracks the time limit for handling a case: 90 days from the confirmation, a warning before it runs out, an extension to at most 150 days', async () => {
    const [running] = (await http.get(`/cases?person=${cuong.personId}&status=proposed`, homeAffairs))['items'];
    const caseId: string = running.caseId;
    expect((await http.get(`/cases/${caseId}`, homeAffairs))['handling']).toEqual({
      startsOn: '2031-04-05',
      basis: 'finding_confirmed',
      limitDays: 90,
      maxDays: 150,
      deadline: '2031-07-04',
      asOf: '2031-06-30',
      daysLeft: 4,
      state: 'due_soon',
      warnings: [
        {
          code: 'HANDLING_DEADLINE_NEAR',
          message:
            'Thời hạn xử lý kỷ luật 90 ngày hết ngày 04/07/2031 (còn 4 ngày). Vụ việc phức tạp có thể được gia hạn đến tối đa 150 ngày.',
        },
      ],
    });
    const reason = 'Vụ việc có tình tiết phức tạp, cần thanh tra, kiểm tra để xác minh làm rõ thêm.';
    const tooLong = await problemOf(
      `/cases/${caseId}/extension`,
      homeAffairs,
      { limitDays: 151, reason },
      422,
      'CASE_HANDLING_EXTENSION_INVALID',
    );
    expect(tooLong['context']).toEqual({ caseId, limitDays: 151, currentDays: 90, maxDays: 150 });
    const invalid = await problemOf(`/cases/${caseId}/extension`, homeAffairs, { limitDays: 'dài', colour: 'red' }, 400);
    expect(new Set(invalid['errors'].map((error: { field: string }) => error.field))).toEqual(new Set(['limitDays', 'reason', 'colour']));
    const key = 'extend-overdue-hold-case';
    const ext = await http.post(
      `/cases/${caseId}/extension`,
      homeAffairs,
      { limitDays: 150, reason, occurredAt: '2031-06-29T09:00:00+07:00' },
      201,
      { 'Idempotency-Key': key },
    );
    expect(ext).toMatchObject({ caseId, status: 'proposed', type: 'DisciplinaryCaseHandlingExtended', streamVersion: 1, warnings: [] });
    expect(
      await http.post(`/cases/${caseId}/extension`, homeAffairs, { limitDays: 150, reason, occurredAt: '2031-06-29T09:00:00+07:00' }, 201, {
        'Idempotency-Key': key,
      }),
    ).toEqual(ext);
    const extended = await http.get(`/cases/${caseId}`, homeAffairs);
    expect(extended).toMatchObject({ status: 'proposed', extensions: [{ limitDays: 150, deadline: '2031-09-02', reason }] });
    expect(extended['handling']).toMatchObject({ limitDays: 150, deadline: '2031-09-02', daysLeft: 64, state: 'running', warnings: [] });
    await projectionsCaughtUp(t.app);
    const listed = (await http.get(`/cases?person=${cuong.personId}`, homeAffairs))['items'];
    const rows = listed.map((item: Record<string, unknown>) => [
      item['status'],
      item['handlingDeadline'],
      item['daysLeft'],
      item['handlingState'],
      (item['handlingWarnings'] as unknown[]).length,
    ]);
    expect(rows.sort((a: string[], b: string[]) => a[0]!.localeCompare(b[0]!))).toEqual([
      ['decided', '2026-06-30', null, 'decided_late', 0],
      ['proposed', '2031-09-02', 64, 'running', 0],
      ['withdrawn', '2026-06-30', null, 'withdrawn', 0],
    ]);
    const [binhsCase] = (await http.get(`/cases?person=${binh.personId}`, homeAffairs))['items'];
    expect(binhsCase).toMatchObject({ status: 'proposed', handlingDeadline: '2026-06-30', handlingState: 'overdue', daysLeft: -1826 });
    expect(binhsCase.handlingWarnings[0].message).toBe(
      'Đã quá thời hạn xử lý kỷ luật 90 ngày (hết ngày 30/06/2026) 1826 ngày mà chưa có quyết định; cấp có thẩm quyền chịu trách nhiệm về việc chậm ban hành quyết định.',
    );
    await problemOf(`/cases/${caseId}/extension`, cuong, { limitDays: 150, reason }, 403);

    const [decided] = (await http.get(`/cases?person=${cuong.personId}&status=decided`, homeAffairs))['items'];
    expect((await http.get(`/cases/${decided.caseId}`, homeAffairs))['handling']).toMatchObject({
      startsOn: '2026-04-01',
      deadline: '2026-06-30',
      daysLeft: null,
      state: 'decided_late',
      warnings: [],
    });
    const [withdrawn] = (await http.get(`/cases?person=${cuong.personId}&status=withdrawn`, homeAffairs))['items'];
    expect((await http.get(`/cases/${withdrawn.caseId}`, homeAffairs))['handling']).toMatchObject({
      daysLeft: null,
      state: 'withdrawn',
      warnings: [],
    });
  });

  it('reads within the jurisdiction only: 403 outside it, 404 for an unknown case, 400 for a malformed id, filters checked', async () => {
    const [first] = (await http.get(`/cases?person=${cuong.personId}&status=decided`, homeAffairs))['items'];
    expect((await http.get('/cases', districtHomeAffairs))['items']).toEqual([]);
    expect((await http.get('/cases?unit=so-xay-dung', homeAffairs))['items']).toHaveLength(4);
    await http.get(`/cases/${first.caseId}`, districtHomeAffairs, 403);
    await http.get(`/cases/${first.caseId}/evidence-bundle`, districtHomeAffairs, 403);
    await problemOf(`/cases/${first.caseId}/withdrawal`, districtHomeAffairs, { reason: withdrawReason }, 403);
    await http.get('/cases/00000000-0000-4000-8000-000000000000', homeAffairs, 404);
    await problemOf('/cases/00000000-0000-4000-8000-000000000000/review', homeAffairs, {}, 404);
    expect((await http.get('/cases/not-a-uuid', homeAffairs, 400))['errors']).toEqual([{ field: 'caseId', reason: 'phải là mã UUID' }]);
    await http.get('/cases', cuong, 403);
    for (const [query, field] of [
      ['status=open', 'status'],
      ['limit=0', 'limit'],
      ['colour=red', 'colour'],
    ] as const) {
      expect(await http.get(`/cases?${query}`, homeAffairs, 400)).toMatchObject({ errors: [expect.objectContaining({ field })] });
    }
  });

  it('lets the person a case concerns read their own case (not its evidence bundle); anyone else outside the reader roles is refused', async () => {
    const [mine] = (await http.get(`/cases?person=${cuong.personId}&status=decided`, homeAffairs))['items'];
    const read = await http.get(`/cases/${mine.caseId}`, cuong);
    expect(read).toMatchObject({ caseId: mine.caseId, personId: cuong.personId, status: 'decided' });
    await http.get(`/cases/${mine.caseId}/evidence-bundle`, cuong, 403);
    await http.get(`/cases/${mine.caseId}`, binh, 403);
    await http.get(`/cases/${mine.caseId}`, en, 403);
    await http.get('/cases/00000000-0000-4000-8000-000000000000', cuong, 404);
    await problemOf(`/cases/${mine.caseId}/withdrawal`, cuong, { reason: withdrawReason }, 403);
  });

  it('exports the evidence bundle as one JSON file: case events, findings with their evidence, task trail, custody and attribution', async () => {
    const [decided] = (await http.get(`/cases?person=${cuong.personId}&status=decided`, homeAffairs))['items'];
    const response = await request(t.app.getHttpServer())
      .get(`/cases/${decided.caseId}/evidence-bundle`)
      .set('Authorization', `Bearer ${t.tokenFor(inspector)}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="disciplinary-case-${decided.caseId}-evidence.json"`);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const bundle = response.body as Record<string, any>;
    expect(bundle).toMatchObject({
      format: 'disciplinary-case-evidence-bundle',
      version: 2,
      generatedAt: new Date(NOW).toISOString(),
      generatedBy: { personId: inspector.personId, unitId: inspector.unitId },
      asOf: new Date(PROPOSED_AT).toISOString(),
      case: { caseId: decided.caseId, status: 'decided' },
    });
    expect(bundle['caseEvents'].map((event: { type: string; streamId: string }) => [event.streamId, event.type])).toEqual([
      [`disciplinary_case-${decided.caseId}`, 'DisciplinaryCaseProposed'],
      [`disciplinary_case-${decided.caseId}`, 'DisciplinaryCaseReviewStarted'],
      [`disciplinary_case-${decided.caseId}`, 'DisciplinaryCaseDecided'],
    ]);
    expect(bundle['findings']).toHaveLength(1);
    expect(bundle['findings'][0]).toMatchObject({
      id: confirmed,
      status: 'confirmed',
      reviews: [expect.objectContaining({ decision: 'confirmed', justification: confirmReason })],
    });
    expect(bundle['findings'][0].evidence.map((event: { type: string }) => event.type)).toEqual(['TaskTransferred', 'TaskReturned']);
    expect(bundle['tasks']).toHaveLength(1);
    const [task] = bundle['tasks'];
    expect(task.taskId).toBe(taskId);
    expect(task.events.map((event: { type: string }) => event.type)).toEqual([
      'TaskAssigned',
      'TaskTransferred',
      'TaskReturned',
      'TaskCompleted',
    ]);
    expect(task.custody).toMatchObject({ taskId, status: { code: expect.any(String) } });
    expect(task.custody.intervals.length).toBeGreaterThan(0);
    expect(task.attribution.individual).toEqual(
      expect.arrayContaining([expect.objectContaining({ basisCode: 'FINDING', ruleCode: 'OWN_WORK_TRANSFERRED', days: ['2026-03-05'] })]),
    );
    // This service signs no checkpoint (no LEDGER_SIGNING_KEY): every cited event is listed, unproven, and the reason says why.
    expect(bundle['ledger']).toMatchObject({ origin: null, verifierKey: null, checkpoint: null });
    expect(bundle['ledger'].events.map((entry: { eventId: string }) => entry.eventId)).toEqual(
      expect.arrayContaining([...bundle['caseEvents'], ...task.events].map((event: { id: string }) => event.id)),
    );
    for (const entry of bundle['ledger'].events)
      expect(entry).toMatchObject({
        proof: null,
        unproven: { code: 'no-checkpoint', reason: expect.stringContaining('LEDGER_SIGNING_KEY') },
      });
  });

  it('rebuilding the cases projection twice gives the same rows byte for byte as the live ones', async () => {
    const pool = t.app.get<Pool>(PG_POOL);
    const projector = t.app.get(ProjectorService);
    await projectionsCaughtUp(t.app);
    const live = await dumpTables(pool, CASES_TABLES);
    expect(live).toContain('withdrawn');
    await projector.runtime.rebuild([CASES_PROJECTION]);
    const first = await dumpTables(pool, CASES_TABLES);
    await projector.runtime.rebuild([CASES_PROJECTION]);
    expect(await dumpTables(pool, CASES_TABLES)).toBe(first);
    expect(first).toBe(live);
  });
});
