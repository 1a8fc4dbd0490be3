import { city } from '../../support/city.fixture';

/** An assignment by the chairman to `leadUnitId`, numbered so that each is told apart in the trail. */
export const assignmentTo = (leadUnitId: string, n: number) => ({
  title: `Giải quyết đơn thư số ${n}`,
  category: 'construction',
  source: { number: `${n}/UBND-TH`, date: '2026-03-02' },
  assigningAuthority: { personId: city.chairman.personId, unitId: city.chairman.unitId },
  leadUnitId,
  deadline: { workingDays: 10 },
  occurredAt: '2026-03-02T08:00:00+07:00',
});

/** The administrator the health and organisation checks use. */
export const reliabilityAdmin = { personId: 'quan-tri', unitId: 'ubnd-tp', roles: ['admin' as const] };
