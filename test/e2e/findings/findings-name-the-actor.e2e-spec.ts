import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { s1Assignment } from '../scenarios/s1-story';
import { at, person, ScenarioClient } from '../scenarios/scenario-client';
import { FindingsClient } from './findings-client';

// Principle 10 over HTTP: Sở Xây dựng's construction task is held by Lê Văn Cường (named responsible at
// assignment); its head, Nguyễn Thị Bình, acts in his place. T1: she proposes that Sở TN&MT take it
// (LEAD_REASSIGNMENT). T2: her clerk records, on her behalf, her submission of the task to the chairman
// (UPWARD_DEFLECTION). Both findings name her, not Cường; she heads the unit, so no supervisory line.
const { chairman, binh, cuong, clerk, inspector } = city;

describe('findings over HTTP name the official who acted, not the holder', () => {
  let t: TestApp;
  let api: ScenarioClient;
  let http: FindingsClient;
  let t1: string;
  let t2: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = new ScenarioClient(t);
    http = new FindingsClient(t);
    t1 = await api.assign(chairman, s1Assignment('Kiểm tra công trình xây dựng sai phép tại phường Thạc Gián'));
    await api.act(binh, t1, 'reassignment-proposals', { proposedUnitId: 'so-tnmt', reason: 'Đề nghị giao Sở TN&MT chủ trì', occurredAt: at('2026-03-03') }, ['ReassignmentProposed']);
    t2 = await api.assign(chairman, s1Assignment('Thẩm định thiết kế cơ sở dự án nhà ở xã hội Hòa Khánh'));
    await api.act(
      clerk,
      t2,
      'submissions',
      { to: person(chairman), allConsultedAgreed: true, content: 'Kính trình UBND thành phố quyết định', onBehalfOf: person(binh), occurredAt: at('2026-03-04') },
      ['SubmittedToSuperior'],
    );
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
    expect(finding['responsible']).toEqual([{ unitId: 'so-xay-dung', unitName: 'Sở Xây dựng', personId: binh.personId, personName: 'Nguyễn Thị Bình', resolvedAs: 'named' }]);
    expect(finding['supervisory']).toEqual([]);
    expect(finding['explanation']).toMatch(/^Ngày 03\/03\/2026, Nguyễn Thị Bình \(Sở Xây dựng\), đơn vị chủ trì, đề xuất giao lại/);
    expect(finding['explanation']).not.toContain(cuong.name);
  });

  it('UPWARD_DEFLECTION recorded by the clerk for the head names the head, neither the clerk nor the drafter', async () => {
    const finding = await findingOf(t2, 'UPWARD_DEFLECTION');
    expect(finding['responsible']).toEqual([{ unitId: 'so-xay-dung', unitName: 'Sở Xây dựng', personId: binh.personId, personName: 'Nguyễn Thị Bình', resolvedAs: 'named' }]);
    expect(finding['supervisory']).toEqual([]);
    expect(finding['explanation']).toMatch(/^Ngày 04\/03\/2026, Nguyễn Thị Bình \(Sở Xây dựng\) trình/);
  });

  it('each person report counts the finding against the head, none against the holder', async () => {
    const ofBinh = await http.get(`/findings?person=${binh.personId}`, inspector);
    const ofCuong = await http.get(`/findings?person=${cuong.personId}`, inspector);
    expect((ofBinh['items'] as Array<{ ruleCode: string }>).map((item) => item.ruleCode).sort()).toEqual(['LEAD_REASSIGNMENT', 'UPWARD_DEFLECTION']);
    expect((ofCuong['items'] as Array<{ taskId: string }>).filter((item) => item.taskId === t1 || item.taskId === t2)).toEqual([]);
  });
});
