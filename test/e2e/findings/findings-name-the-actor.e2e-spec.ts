import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { s1Assignment } from '../scenarios/s1-story';
import { at, endOf, person, ScenarioClient } from '../scenarios/scenario-client';
import { FindingsClient } from './findings-client';

// Principle 10 over HTTP: Sở Xây dựng's construction task is held by Lê Văn Cường (named responsible at
// assignment); its head, Nguyễn Thị Bình, acts in his place. T1: she proposes that Sở TN&MT take it
// (LEAD_REASSIGNMENT). T2: her clerk records, on her behalf, her submission of the task to the chairman
// (UPWARD_DEFLECTION). Both findings name her, not Cường; she heads the unit, so no supervisory line.
// T3: Cường asks Sở TN&MT three times, the third time with a reply deadline after the task's own: one
// CONSULTATION_ABUSE finding lists both reasons (one act, one finding). T4: Bình transfers the work she
// delegated to Cường to Sở TN&MT, then voids the transfer herself: the finding names her and stays open,
// held for an inspector (her own void does not make it disappear).
const { chairman, binh, cuong, clerk, inspector } = city;

describe('findings over HTTP name the official who acted, not the holder', () => {
  let t: TestApp;
  let api: ScenarioClient;
  let http: FindingsClient;
  let t1: string;
  let t2: string;
  let t3: string;
  let t4: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = new ScenarioClient(t);
    http = new FindingsClient(t);
    t1 = await api.assign(chairman, s1Assignment('Kiểm tra công trình xây dựng sai phép tại phường Thạc Gián'));
    await api.act(
      binh,
      t1,
      'reassignment-proposals',
      { proposedUnitId: 'so-tnmt', reason: 'Đề nghị giao Sở TN&MT chủ trì', occurredAt: at('2026-03-03') },
      ['ReassignmentProposed'],
    );
    t2 = await api.assign(chairman, s1Assignment('Thẩm định thiết kế cơ sở dự án nhà ở xã hội Hòa Khánh'));
    await api.act(
      clerk,
      t2,
      'submissions',
      {
        to: person(chairman),
        allConsultedAgreed: true,
        content: 'Kính trình UBND thành phố quyết định',
        onBehalfOf: person(binh),
        occurredAt: at('2026-03-04'),
      },
      ['SubmittedToSuperior'],
    );
    t3 = await api.assign(chairman, s1Assignment('Rà soát quy hoạch chi tiết khu dân cư Hòa Minh'));
    for (const [day, replyDue] of [
      ['2026-03-03', '2026-03-05'],
      ['2026-03-06', '2026-03-10'],
      ['2026-03-11', '2026-03-20'],
    ] as const) {
      const body = {
        consultationId: randomUUID(),
        unitIds: ['so-tnmt'],
        content: 'Đề nghị cho ý kiến về ranh giới quy hoạch',
        replyDueAt: endOf(replyDue),
        occurredAt: at(day),
      };
      await api.act(cuong, t3, 'consultations', body, ['ConsultationRequested']);
    }
    t4 = await api.assign(chairman, s1Assignment('Kiểm tra trật tự xây dựng khu đô thị Phước Lý'));
    const transfer = await api.act(
      binh,
      t4,
      'transfers',
      { to: { unitId: 'so-tnmt' }, reason: 'Thuộc lĩnh vực đất đai', occurredAt: at('2026-03-04') },
      ['TaskTransferred'],
    );
    await http.post(`/events/${transfer.events[0]!.eventId}/voidings`, binh, {
      reason: 'Chuyển nhầm, Sở Xây dựng tiếp tục xử lý',
      occurredAt: at('2026-03-04', '11:00'),
    });
  });
  afterAll(() => t.close());

  async function findingOf(taskId: string, ruleCode: string): Promise<Record<string, any>> {
    const page = await http.get(`/findings?task=${taskId}`, inspector);
    const item = (page['items'] as Array<{ ruleCode: string; id: string }>).find((candidate) => candidate.ruleCode === ruleCode);
    expect(item?.ruleCode).toBe(ruleCode);
    return http.get(`/findings/${item!.id}`, inspector);
  }

  it('LEAD_REASSIGNMENT names the head who proposed it', async () => {
    const finding = await findingOf(t1, 'LEAD_REASSIGNMENT');
    expect(finding['responsible']).toEqual([
      { unitId: 'so-xay-dung', unitName: 'Sở Xây dựng', personId: binh.personId, personName: 'Nguyễn Thị Bình', resolvedAs: 'named' },
    ]);
    expect(finding['supervisory']).toEqual([]);
    expect(finding['explanation']).toMatch(/^Ngày 03\/03\/2026, Nguyễn Thị Bình \(Sở Xây dựng\), đơn vị chủ trì, đề xuất giao lại/);
    expect(finding['explanation']).not.toContain(cuong.name);
  });

  it('UPWARD_DEFLECTION recorded by the clerk for the head names the head, neither the clerk nor the drafter', async () => {
    const finding = await findingOf(t2, 'UPWARD_DEFLECTION');
    expect(finding['responsible']).toEqual([
      { unitId: 'so-xay-dung', unitName: 'Sở Xây dựng', personId: binh.personId, personName: 'Nguyễn Thị Bình', resolvedAs: 'named' },
    ]);
    expect(finding['supervisory']).toEqual([]);
    expect(finding['explanation']).toMatch(/^Ngày 04\/03\/2026, Nguyễn Thị Bình \(Sở Xây dựng\) trình/);
  });

  it('the head who transfers delegated work and voids it herself is named, and the finding stays open for an inspector', async () => {
    const finding = await findingOf(t4, 'OWN_WORK_TRANSFERRED');
    expect({
      status: finding['status'],
      detection: finding['detection'],
      responsible: finding['responsible'].map((who: { personId: string }) => who.personId),
    }).toEqual({
      status: 'open',
      detection: 'held',
      responsible: [binh.personId],
    });
    expect(
      finding['contestedBy'].map((entry: { type: string; actor: { personId: string } }) => [entry.type, entry.actor.personId]),
    ).toEqual([['EntryVoided', binh.personId]]);
  });

  it('a third consultation round past the task deadline is one CONSULTATION_ABUSE finding listing both reasons', async () => {
    const page = await http.get(`/findings?task=${t3}`, inspector);
    const abuse = (page['items'] as Array<{ ruleCode: string; id: string }>).filter((item) => item.ruleCode === 'CONSULTATION_ABUSE');
    expect(abuse).toHaveLength(1);
    const finding = await http.get(`/findings/${abuse[0]!.id}`, inspector);
    expect({ ruleVersion: finding['ruleVersion'], variant: finding['variant'], reasons: finding['reasons'] }).toEqual({
      ruleVersion: 2,
      variant: 'rounds_past_deadline',
      reasons: ['rounds', 'past_deadline'],
    });
    expect(finding['explanation']).toBe(
      'Ngày 11/03/2026, Lê Văn Cường (Sở Xây dựng) xin ý kiến lần thứ 3 về nhiệm vụ “Rà soát quy hoạch chi tiết khu dân cư Hòa Minh” (tối đa 2 lần), với hạn trả lời 20/03/2026, sau hạn giải quyết nhiệm vụ 16/03/2026.',
    );
  });

  it('each person report counts the finding against the head, none against the holder', async () => {
    const ofBinh = await http.get(`/findings?person=${binh.personId}`, inspector);
    const ofCuong = await http.get(`/findings?person=${cuong.personId}`, inspector);
    const binhs = (ofBinh['items'] as Array<{ taskId: string; ruleCode: string }>).filter(
      (item) => item.taskId === t1 || item.taskId === t2,
    );
    expect(binhs.map((item) => item.ruleCode).sort()).toEqual(['LEAD_REASSIGNMENT', 'UPWARD_DEFLECTION']);
    expect((ofCuong['items'] as Array<{ taskId: string }>).filter((item) => item.taskId === t1 || item.taskId === t2)).toEqual([]);
    expect(
      (ofCuong['items'] as Array<{ taskId: string; ruleCode: string }>).filter((item) => item.taskId === t3).map((item) => item.ruleCode),
    ).toEqual(['CONSULTATION_ABUSE']);
  });
});
