import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Pool } from 'pg';
import { dumpTables } from '@lib/projector';
import { PG_POOL, ProjectorService } from '../../../apps/api/src/testing';
import { FINDINGS_PROJECTION, FINDINGS_TABLES } from '@lib/read-models/findings';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { s1Assignment } from '../scenarios/s1-story';
import { at, person, ScenarioClient, unitParty, utc, type Person } from '../scenarios/scenario-client';
import { FindingsClient } from './findings-client';

// Four tasks of Sở Xây dựng, construction work within its own mandate, Lê Văn Cường responsible. On each,
// Cường transfers the work to Sở TN&MT (OWN_WORK_TRANSFERRED names him, with Nguyễn Thị Bình, head of Sở
// Xây dựng, supervisory), and the transfer is then voided: by Cường himself (A), by the clerk of Sở Xây
// dựng recording the voiding for Cường (B), by Bình, who is named as supervisory (C), and by the chairman of
// UBND TP, the assigning authority, whom the finding does not name (D).
const { chairman, binh, cuong, clerk, inspector } = city;
const voidReason = 'Ghi nhầm việc chuyển; nhiệm vụ vẫn do Sở Xây dựng xử lý';
const dismissReason = 'Đã xác minh: phiếu chuyển được lập nhầm và chưa gửi đi, việc hủy bút toán là đúng; không có việc đùn đẩy.';
const confirmReason = 'Phiếu chuyển đã gửi Sở TN&MT ngày 04/3/2026 rồi mới bị hủy: việc chuyển thuộc thẩm quyền là có thật.';

interface Story {
  taskId: string;
  transferId: string;
  voidId: string;
  findingId: string;
}

describe('a voiding by a person the finding names does not make the finding disappear (issue 14, point 4)', () => {
  let t: TestApp;
  let api: ScenarioClient;
  let http: FindingsClient;
  const stories: Record<'A' | 'B' | 'C' | 'D' | 'E', Story> = {} as Record<'A' | 'B' | 'C' | 'D' | 'E', Story>;

  async function play(title: string, day: string, voider: Person, onBehalfOf: Person | null): Promise<Story> {
    const taskId = await api.assign(chairman, s1Assignment(title, at('2026-03-02', '08:30')));
    const transfer = await api.act(
      cuong,
      taskId,
      'transfers',
      { to: unitParty('so-tnmt'), reason: 'Chuyển nhầm', occurredAt: at(day, '10:00') },
      ['TaskTransferred'],
    );
    const detected = await http.get(`/findings?task=${taskId}`, inspector);
    expect(detected['items'].map((item: { ruleCode: string; status: string }) => [item.ruleCode, item.status])).toEqual([
      ['OWN_WORK_TRANSFERRED', 'open'],
    ]);
    const voided = await http.post(`/events/${transfer.events[0]!.eventId}/voidings`, voider, {
      reason: voidReason,
      occurredAt: at(day, '10:30'),
      ...(onBehalfOf === null ? {} : { onBehalfOf: person(onBehalfOf) }),
    });
    return { taskId, transferId: transfer.events[0]!.eventId, voidId: voided['events'][0].eventId, findingId: detected['items'][0].id };
  }

  beforeAll(async () => {
    t = await startTestApp();
    api = new ScenarioClient(t);
    http = new FindingsClient(t);
    stories.A = await play('Rà soát hồ sơ cấp phép xây dựng khu dân cư Nam Cẩm Lệ', '2026-03-03', cuong, null);
    stories.B = await play('Kiểm tra trật tự xây dựng tuyến đường Nguyễn Tất Thành', '2026-03-04', clerk, cuong);
    stories.C = await play('Xử lý kiến nghị về công trình lấn chiếm vỉa hè phường Hải Châu', '2026-03-05', binh, null);
    stories.D = await play('Thẩm định thiết kế nhà văn hóa phường Thạch Thang', '2026-03-06', chairman, null);
    stories.E = await play('Cấp phép sửa chữa chung cư Thanh Khê', '2026-03-09', cuong, null);
  });
  afterAll(() => t.close());

  it('Cường voids his own transfer: the finding stays open, held for an inspector, showing the voiding and who made it', async () => {
    const { taskId, findingId, voidId, transferId } = stories.A;
    expect(await http.statusesOf(taskId, inspector)).toEqual({ OWN_WORK_TRANSFERRED: 'open' });
    const detail = await http.get(`/findings/${findingId}`, inspector);
    expect(detail).toMatchObject({
      status: 'open',
      detection: 'held',
      superseded: null,
      contestedBy: [
        {
          eventId: voidId,
          type: 'EntryVoided',
          originalEventId: transferId,
          originalType: 'TaskTransferred',
          occurredAt: utc(at('2026-03-03', '10:30')),
          reason: voidReason,
          actor: { personId: cuong.personId, personName: 'Lê Văn Cường', unitId: 'so-xay-dung' },
          onBehalfOf: null,
          namedAs: ['responsible'],
        },
      ],
    });
    expect(detail['explanation']).toContain('Ngày 03/03/2026, Lê Văn Cường (Sở Xây dựng) đã hủy bút toán');
    expect(detail['explanation']).toContain('chờ thanh tra viên xem xét');
    expect(detail['explanation']).toBe(detail['explanation'].normalize('NFC'));
    const open = await http.get(`/findings?task=${taskId}&status=open`, inspector);
    expect(open['items'].map((item: { id: string; contestedBy: unknown[] }) => [item.id, item.contestedBy.length])).toEqual([
      [findingId, 1],
    ]);
    expect((await http.get(`/findings?task=${taskId}&status=superseded`, inspector))['items']).toEqual([]);
  });

  it('the clerk records the voiding on Cường’s behalf: the same, the clerk shown as recording it for him', async () => {
    const { taskId, findingId, voidId } = stories.B;
    expect(await http.statusesOf(taskId, inspector)).toEqual({ OWN_WORK_TRANSFERRED: 'open' });
    const detail = await http.get(`/findings/${findingId}`, inspector);
    expect(detail).toMatchObject({
      status: 'open',
      detection: 'held',
      contestedBy: [
        {
          eventId: voidId,
          type: 'EntryVoided',
          actor: { personId: clerk.personId, personName: 'Phan Thị Mai' },
          onBehalfOf: { personId: cuong.personId, personName: 'Lê Văn Cường' },
          namedAs: ['responsible'],
        },
      ],
    });
    expect(detail['explanation']).toContain('Phan Thị Mai ghi thay');
  });

  it('the head named as supervisory voids it: held as well', async () => {
    const detail = await http.get(`/findings/${stories.C.findingId}`, inspector);
    expect(detail).toMatchObject({
      status: 'open',
      detection: 'held',
      contestedBy: [{ eventId: stories.C.voidId, actor: { personId: binh.personId }, onBehalfOf: null, namedAs: ['supervisory'] }],
    });
  });

  it('the assigning authority, not named in the finding, voids it: superseded as before', async () => {
    expect(await http.statusesOf(stories.D.taskId, inspector)).toEqual({ OWN_WORK_TRANSFERRED: 'superseded' });
    const detail = await http.get(`/findings/${stories.D.findingId}`, inspector);
    expect(detail).toMatchObject({
      status: 'superseded',
      detection: 'superseded',
      superseded: { reason: 'evidence_voided', byEventId: stories.D.voidId },
      contestedBy: [],
    });
  });

  it('the same act recorded again after a self-voiding is a new finding; the held one stays for the inspector', async () => {
    const { taskId, findingId } = stories.E;
    await api.act(cuong, taskId, 'transfers', { to: unitParty('so-tnmt'), reason: 'Chuyển lại', occurredAt: at('2026-03-10', '09:00') }, [
      'TaskTransferred',
    ]);
    const page = await http.get(`/findings?task=${taskId}`, inspector);
    const rows = page['items'].map((item: { id: string; status: string; detection: string; on: string }) => [
      item.id === findingId,
      item.on,
      item.status,
      item.detection,
    ]);
    expect(rows).toEqual([
      [false, '2026-03-10', 'open', 'active'],
      [true, '2026-03-09', 'open', 'held'],
    ]);
  });

  it('a held finding still counts in the attribution until an inspector settles it; a superseded one does not', async () => {
    const findingLines = async (story: Story) => {
      const responsibility = await http.get(`/tasks/${story.taskId}/responsibility?asOf=2026-03-20`, chairman);
      return {
        individual: responsibility['individual']
          .filter((line: { basisCode: string }) => line.basisCode === 'FINDING')
          .map((line: Record<string, any>) => [line['findingId'], line['party']['personId']]),
        setAside: responsibility['setAside'],
      };
    };
    expect(await findingLines(stories.A)).toEqual({ individual: [[stories.A.findingId, cuong.personId]], setAside: [] });
    expect(await findingLines(stories.D)).toEqual({ individual: [], setAside: [] });
  });

  it('an inspector settles a held finding: dismissed citing the voiding, or confirmed', async () => {
    const dismissed = await http.post(`/findings/${stories.A.findingId}/dismissal`, inspector, { justification: dismissReason });
    expect(dismissed).toMatchObject({ findingId: stories.A.findingId, decision: 'dismissed' });
    expect(await http.statusesOf(stories.A.taskId, inspector)).toEqual({ OWN_WORK_TRANSFERRED: 'dismissed' });
    const responsibility = await http.get(`/tasks/${stories.A.taskId}/responsibility?asOf=2026-03-20`, chairman);
    expect(responsibility['individual'].filter((line: { basisCode: string }) => line.basisCode === 'FINDING')).toEqual([]);
    expect(responsibility['setAside']).toEqual([{ findingId: stories.A.findingId, ruleCode: 'OWN_WORK_TRANSFERRED', status: 'dismissed' }]);
    const confirmed = await http.post(`/findings/${stories.B.findingId}/confirmation`, inspector, { justification: confirmReason });
    expect(confirmed).toMatchObject({ findingId: stories.B.findingId, decision: 'confirmed' });
    const detail = await http.get(`/findings/${stories.B.findingId}`, inspector);
    expect(detail).toMatchObject({
      status: 'confirmed',
      detection: 'held',
      reviews: [expect.objectContaining({ decision: 'confirmed', justification: confirmReason })],
    });
    // The superseded one still cannot be judged, as before.
    const refused = await http.post(`/findings/${stories.D.findingId}/confirmation`, inspector, { justification: confirmReason }, 422);
    expect(refused).toMatchObject({ rule: 'FINDING_SUPERSEDED' });
  });

  it('the audit trail marks the self-corrections, and only them', async () => {
    const voidingOf = async (story: Story) => {
      const page = await http.get(`/audit/events?task=${story.taskId}&types=EntryVoided`, inspector);
      expect(page['items'].map((entry: { eventId: string }) => entry.eventId)).toEqual([story.voidId]);
      return page['items'][0];
    };
    expect((await voidingOf(stories.A))['selfCorrection']).toEqual({ ownEntry: true, findingIds: [stories.A.findingId] });
    expect((await voidingOf(stories.B))['selfCorrection']).toEqual({ ownEntry: true, findingIds: [stories.B.findingId] });
    expect((await voidingOf(stories.C))['selfCorrection']).toEqual({ ownEntry: false, findingIds: [stories.C.findingId] });
    expect((await voidingOf(stories.D))['selfCorrection']).toBeNull();
    const transfer = await http.get(`/audit/events?task=${stories.A.taskId}&types=TaskTransferred`, inspector);
    expect(transfer['items'][0]['selfCorrection']).toBeNull();
  });

  it('rebuilding the findings projection gives the same rows byte for byte, held findings included', async () => {
    const pool = t.app.get<Pool>(PG_POOL);
    const projector = t.app.get(ProjectorService);
    await http.get(`/findings?task=${stories.A.taskId}`, inspector);
    const live = await dumpTables(pool, FINDINGS_TABLES);
    expect(live).toMatch(/"held"|\bheld\b/);
    await projector.runtime.rebuild([FINDINGS_PROJECTION]);
    const rebuilt = await dumpTables(pool, FINDINGS_TABLES);
    expect(rebuilt).toBe(live);
  });
});
