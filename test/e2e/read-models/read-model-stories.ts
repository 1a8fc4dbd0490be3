import { city } from '../../support/city.fixture';
import { at, person, unit, type ScenarioClient } from '../scenarios/scenario-client';

/** S1 as the read-model specs play it: Bình delegates T1 to Cường, who transfers it; returned; completed late (5 events). */
export async function playDelegatedS1(api: ScenarioClient): Promise<string> {
  const { chairman, binh, cuong, dung } = city;
  const s1 = await api.assign(chairman, {
    title: 'Kiểm tra, xử lý công trình xây dựng không phép tại phường Hòa Cường Bắc',
    category: 'construction',
    source: { number: '2128/UBND-TH', date: '2026-03-02' },
    assigningAuthority: person(chairman),
    leadUnitId: 'so-xay-dung',
    deadline: { workingDays: 10 },
    occurredAt: at('2026-03-02', '08:30'),
  });
  await api.act(binh, s1, 'delegations', { person: person(cuong), occurredAt: at('2026-03-02', '14:00') }, ['TaskDelegated']);
  await api.act(cuong, s1, 'transfers', { to: unit('so-tnmt'), reason: 'Thuộc lĩnh vực đất đai', occurredAt: at('2026-03-04') }, [
    'TaskTransferred',
  ]);
  await api.act(dung, s1, 'returns', { reasonCode: 'not_our_mandate', reason: 'Không thuộc chức năng', occurredAt: at('2026-03-05') }, [
    'TaskReturned',
  ]);
  await api.act(cuong, s1, 'completion', { result: 'Đã xử lý', occurredAt: at('2026-03-18', '15:00') }, ['TaskCompleted']);
  return s1;
}

/** S3 up to the reassignment: assigned to Phòng QLĐT by mistake, returned the same morning, reassigned to Phòng TN&MT (3 events). */
export async function playReassignedS3(api: ScenarioClient): Promise<string> {
  const { giang, qldtHead: hoa } = city;
  const s3 = await api.assign(giang, {
    title: 'Giải quyết kiến nghị của công dân về ranh giới thửa đất số 112',
    category: 'land',
    source: { number: '702/UBND-VP', date: '2026-03-16' },
    assigningAuthority: person(giang),
    leadUnitId: 'phong-quan-ly-do-thi',
    deadline: { workingDays: 10 },
    occurredAt: at('2026-03-16', '08:30'),
  });
  await api.act(
    hoa,
    s3,
    'returns',
    { reasonCode: 'not_our_mandate', reason: 'Thuộc lĩnh vực đất đai', occurredAt: at('2026-03-16', '10:00') },
    ['TaskReturned'],
  );
  await api.act(giang, s3, 'reassignments', { leadUnitId: 'phong-tnmt-hai-chau', occurredAt: at('2026-03-16', '14:00') }, ['TaskAssigned']);
  return s3;
}
