import type { Actor, CommandContext, RecordedEvent } from '@lib/domain/core';
import type { OrgEvent, PersonRegistered, UnitEstablished } from '../org.events';
import { OrganisationTimeline } from '../organisation-timeline';

/** Home Affairs records organisation changes; effective dates differ from the day they are recorded. */
const recorder: Actor = { personId: 'mai-thu-trang', unitId: 'so-noi-vu', position: 'staff', roles: ['home_affairs'] };
const recordedAt = '2026-03-02T09:00:00+07:00';
export const context: CommandContext = { actor: recorder, occurredAt: recordedAt, now: recordedAt };

let sequence = 0;
export function recordedOrgEvent<E extends OrgEvent>(event: E): RecordedEvent<E> {
  sequence += 1;
  return {
    ...event,
    metadata: { eventId: `org-${sequence}`, occurredAt: recordedAt, actor: { personId: recorder.personId, unitId: recorder.unitId } },
  };
}

export const established = (
  unitId: string,
  name: string,
  kind: UnitEstablished['data']['kind'],
  parentUnitId: string | null,
  validFrom = '2020-01-01',
): UnitEstablished => ({
  type: 'UnitEstablished',
  data: { unitId, name, kind, parentUnitId, validFrom },
});

export const registered = (personId: string, fullName: string, officialCode: string): PersonRegistered => ({
  type: 'PersonRegistered',
  data: { personId, fullName, officialCode },
});

/** The city of scenarios.md, before any change: the organisation other streams refer to. */
export const cityEvents: OrgEvent[] = [
  established('ubnd-tp', 'UBND thành phố', 'peoples_committee', null),
  established('so-xay-dung', 'Sở Xây dựng', 'department', 'ubnd-tp'),
  established('so-tnmt', 'Sở Tài nguyên và Môi trường', 'department', 'ubnd-tp'),
  established('ubnd-quan-hai-chau', 'UBND quận Hải Châu', 'peoples_committee', 'ubnd-tp'),
  established('phong-quan-ly-do-thi', 'Phòng Quản lý đô thị', 'office', 'ubnd-quan-hai-chau'),
  established('phong-tai-chinh-ke-hoach', 'Phòng Tài chính – Kế hoạch', 'office', 'ubnd-quan-hai-chau'),
  established('phong-tnmt-hai-chau', 'Phòng Tài nguyên và Môi trường', 'office', 'ubnd-quan-hai-chau'),
  registered('tran-van-an', 'Trần Văn An', 'DN-0001'),
  registered('nguyen-thi-binh', 'Nguyễn Thị Bình', 'DN-0002'),
  registered('le-van-cuong', 'Lê Văn Cường', 'DN-0003'),
  registered('dang-van-phuc', 'Đặng Văn Phúc', 'DN-0004'),
];

export const cityTimeline = (): OrganisationTimeline => OrganisationTimeline.fromEvents(cityEvents);
