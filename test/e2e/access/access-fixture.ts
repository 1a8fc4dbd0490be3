import type { Person } from '../scenarios/scenario-client';
import { city } from '../../support/city.fixture';
import { at, person, ScenarioClient } from '../scenarios/scenario-client';
import { playS1 } from '../scenarios/s1-story';

/** Readers beyond the city fixture: district inspectors, Home Affairs, an administrator. */
export const readers = {
  clerk: city.clerk,
  officer: city.cuong,
  unitHead: city.binh,
  cityInspector: city.inspector,
  haiChauInspector: {
    personId: 'ngo-thanh-tra',
    unitId: 'thanh-tra-quan-hai-chau',
    position: 'staff',
    roles: ['inspector'],
    jurisdictionUnitId: 'ubnd-quan-hai-chau',
    name: 'Ngô Thanh Tra',
  },
  sonTraInspector: {
    personId: 'le-kiem-tra',
    unitId: 'ubnd-quan-son-tra',
    position: 'staff',
    roles: ['inspector'],
    jurisdictionUnitId: 'ubnd-quan-son-tra',
    name: 'Lê Kiểm Tra',
  },
  homeAffairs: {
    personId: 'tran-noi-vu',
    unitId: 'so-noi-vu',
    position: 'staff',
    roles: ['home_affairs'],
    jurisdictionUnitId: 'ubnd-tp',
    name: 'Trần Nội Vụ',
  },
  officeChief: city.chairman,
  admin: { personId: 'quan-tri', unitId: 'van-phong-ubnd-tp', position: 'staff', roles: ['admin'], name: 'Quản Trị' },
} satisfies Record<string, Person>;

/**
 * A city task (S1 at Sở Xây dựng: transferred to Sở TN&MT, returned, completed late: three findings) and a
 * district task of Hải Châu (assigned to Phòng Quản lý đô thị and completed on time).
 */
export async function playTasks(api: ScenarioClient): Promise<{ cityTask: string; districtTask: string }> {
  const { giang, qldtHead: hoa } = city;
  const cityTask = await playS1(api);
  const districtTask = await api.assign(giang, {
    title: 'Cấp giấy phép xây dựng nhà ở riêng lẻ tại số 25 đường Trần Phú',
    category: 'construction_permit',
    source: { number: '905/UBND-QLĐT', date: '2026-03-23' },
    assigningAuthority: person(giang),
    leadUnitId: 'phong-quan-ly-do-thi',
    responsiblePerson: person(hoa),
    deadline: { workingDays: 10 },
    occurredAt: at('2026-03-23', '08:30'),
  });
  await api.act(hoa, districtTask, 'completion', { result: 'Đã cấp giấy phép', occurredAt: at('2026-03-30', '15:00') }, ['TaskCompleted']);
  return { cityTask, districtTask };
}
