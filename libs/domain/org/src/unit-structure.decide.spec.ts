import { describe, expect, it } from '@jest/globals';
import { OccurredInFutureError } from '@lib/domain/core';
import { DeciderSpecification } from '@lib/domain/core/testing';
import type { DissolveUnit, EstablishUnit, MergeUnit, MoveUnit, RenameUnit } from './org.commands';
import {
  EffectiveBeforeEstablishmentError,
  InvalidLocalDateError,
  OrgRequiredTextMissingError,
  UnitAlreadyEstablishedError,
  UnitCycleError,
  UnitEndedError,
  UnitEndNotAfterEstablishmentError,
  UnitHasActiveSubunitsError,
  UnitMergedIntoItselfError,
  UnitNameUnchangedError,
  UnitNotActiveError,
  UnitNotFoundError,
  UnitParentUnchangedError,
  UnknownUnitKindError,
} from './org.errors';
import { OrganisationTimeline } from './organisation-timeline';
import { cityTimeline, cityEvents, context, established, recordedOrgEvent } from './testing/org.fixture';
import { createUnitDecider } from './unit.decider';

const spec = DeciderSpecification.for(createUnitDecider(cityTimeline()));
const qldt = recordedOrgEvent(established('phong-quan-ly-do-thi', 'Phòng Quản lý đô thị', 'office', 'ubnd-quan-hai-chau'));
const mergedQldt = recordedOrgEvent({
  type: 'UnitMerged' as const,
  data: { unitId: 'phong-quan-ly-do-thi', successorUnitId: 'phong-tnmt-hai-chau', effectiveOn: '2025-07-01' },
});

const establish = (data: Partial<EstablishUnit['data']> = {}): EstablishUnit => ({
  type: 'EstablishUnit',
  data: {
    unitId: 'phong-noi-vu-hai-chau',
    name: 'Phòng Nội vụ',
    kind: 'home_affairs',
    parentUnitId: 'ubnd-quan-hai-chau',
    validFrom: '2021-03-01',
    ...data,
  },
  context,
});
const rename = (name: string, validFrom: string): RenameUnit => ({
  type: 'RenameUnit',
  data: { unitId: 'phong-quan-ly-do-thi', name, validFrom },
  context,
});
const move = (parentUnitId: string | null, validFrom = '2024-01-01', unitId = 'phong-quan-ly-do-thi'): MoveUnit => ({
  type: 'MoveUnit',
  data: { unitId, parentUnitId, validFrom },
  context,
});
const merge = (successorUnitId: string, effectiveOn = '2025-07-01'): MergeUnit => ({
  type: 'MergeUnit',
  data: { unitId: 'phong-quan-ly-do-thi', successorUnitId, effectiveOn },
  context,
});
const dissolve = (effectiveOn: string, reason?: string): DissolveUnit => ({
  type: 'DissolveUnit',
  data: reason === undefined ? { unitId: 'phong-quan-ly-do-thi', effectiveOn } : { unitId: 'phong-quan-ly-do-thi', effectiveOn, reason },
  context,
});

describe('a unit not yet established', () => {
  it('is established under an active parent, with its name in NFC', () => {
    spec
      .given([])
      .when(establish({ name: '  Phòng Nội vụ '.normalize('NFD') }))
      .then([
        {
          type: 'UnitEstablished',
          data: {
            unitId: 'phong-noi-vu-hai-chau',
            name: 'Phòng Nội vụ',
            kind: 'home_affairs',
            parentUnitId: 'ubnd-quan-hai-chau',
            validFrom: '2021-03-01',
          },
        },
      ]);
  });

  it('may be a root unit', () => {
    spec
      .given([])
      .when(establish({ unitId: 'ubnd-tinh', kind: 'peoples_committee', parentUnitId: null, name: 'UBND tỉnh' }))
      .then([
        {
          type: 'UnitEstablished',
          data: { unitId: 'ubnd-tinh', name: 'UBND tỉnh', kind: 'peoples_committee', parentUnitId: null, validFrom: '2021-03-01' },
        },
      ]);
  });

  it('is refused with an unknown kind, a missing name, or an impossible date', () => {
    spec
      .given([])
      .when(establish({ kind: 'ministry' }))
      .thenThrows(UnknownUnitKindError, (error) => expect(error.field).toBe('kind'));
    spec
      .given([])
      .when(establish({ name: '   ' }))
      .thenThrows(OrgRequiredTextMissingError, (error) => expect(error.field).toBe('name'));
    spec
      .given([])
      .when(establish({ validFrom: '2021-02-29' }))
      .thenThrows(InvalidLocalDateError, (error) => {
        expect(error.field).toBe('validFrom');
        expect(error.detail).toBe('Ngày "2021-02-29" không hợp lệ (cần định dạng YYYY-MM-DD).');
      });
  });

  it('is refused under an unknown parent, under itself, or under a parent not yet established', () => {
    spec
      .given([])
      .when(establish({ parentUnitId: 'ubnd-quan-son-tra' }))
      .thenThrows(UnitNotFoundError, (error) => expect(error.field).toBe('parentUnitId'));
    spec
      .given([])
      .when(establish({ parentUnitId: 'phong-noi-vu-hai-chau' }))
      .thenThrows(UnitCycleError);
    spec
      .given([])
      .when(establish({ validFrom: '2019-12-31' }))
      .thenThrows(UnitNotActiveError, (error) => {
        expect(error.context).toEqual({ unitId: 'ubnd-quan-hai-chau', date: '2019-12-31', reason: 'not_yet_established' });
        expect(error.detail).toBe('Đơn vị "UBND quận Hải Châu" chưa được thành lập vào ngày 2019-12-31 (thành lập từ 2020-01-01).');
      });
  });

  it('is refused when the recording claims to happen in the future', () => {
    const future = { ...context, occurredAt: '2026-03-02T10:00:00+07:00' };
    spec
      .given([])
      .when({ ...establish(), context: future })
      .thenThrows(OccurredInFutureError);
  });

  it('cannot be renamed, moved or merged', () => {
    spec.given([]).when(rename('Phòng Quản lý đô thị mới', '2024-01-01')).thenThrows(UnitNotFoundError);
    spec.given([]).when(move('ubnd-tp')).thenThrows(UnitNotFoundError);
    spec.given([]).when(merge('phong-tnmt-hai-chau')).thenThrows(UnitNotFoundError);
  });
});

describe('an established unit', () => {
  it('cannot be established twice', () => {
    spec
      .given([qldt])
      .when(establish({ unitId: 'phong-quan-ly-do-thi' }))
      .thenThrows(UnitAlreadyEstablishedError, (error) => {
        expect(error.detail).toBe('Đơn vị "phong-quan-ly-do-thi" đã được thành lập trước đó.');
      });
  });

  it('is renamed from a date, recording the name it had on that date', () => {
    const renamed = recordedOrgEvent({
      type: 'UnitRenamed' as const,
      data: {
        unitId: 'phong-quan-ly-do-thi',
        name: 'Phòng Quản lý đô thị quận',
        previousName: 'Phòng Quản lý đô thị',
        validFrom: '2024-01-01',
      },
    });
    spec
      .given([qldt, renamed])
      .when(rename('Phòng Đô thị', '2023-06-01'))
      .then([
        {
          type: 'UnitRenamed',
          data: { unitId: 'phong-quan-ly-do-thi', name: 'Phòng Đô thị', previousName: 'Phòng Quản lý đô thị', validFrom: '2023-06-01' },
        },
      ]);
    spec.given([qldt, renamed]).when(rename('Phòng Quản lý đô thị quận', '2025-01-01')).thenThrows(UnitNameUnchangedError);
  });

  it('is not changed before it was established', () => {
    spec
      .given([qldt])
      .when(rename('Phòng Đô thị', '2019-05-01'))
      .thenThrows(EffectiveBeforeEstablishmentError, (error) => {
        expect(error.detail).toBe('Ngày hiệu lực 2019-05-01 trước ngày thành lập đơn vị (2020-01-01).');
      });
  });

  it('moves under another active parent', () => {
    spec
      .given([qldt])
      .when(move('ubnd-tp'))
      .then([
        {
          type: 'UnitMoved',
          data: {
            unitId: 'phong-quan-ly-do-thi',
            parentUnitId: 'ubnd-tp',
            previousParentUnitId: 'ubnd-quan-hai-chau',
            validFrom: '2024-01-01',
          },
        },
      ]);
    spec.given([qldt]).when(move('ubnd-quan-hai-chau')).thenThrows(UnitParentUnchangedError);
  });

  it('cannot become its own ancestor', () => {
    const district = recordedOrgEvent(established('ubnd-quan-hai-chau', 'UBND quận Hải Châu', 'peoples_committee', 'ubnd-tp'));
    spec
      .given([district])
      .when(move('phong-quan-ly-do-thi', '2024-01-01', 'ubnd-quan-hai-chau'))
      .thenThrows(UnitCycleError, (error) => {
        expect(error.context).toEqual({ unitId: 'ubnd-quan-hai-chau', parentUnitId: 'phong-quan-ly-do-thi' });
        expect(error.detail).toBe('Đơn vị không thể trực thuộc chính nó hoặc một đơn vị cấp dưới của nó.');
      });
    spec.given([qldt]).when(move('phong-quan-ly-do-thi')).thenThrows(UnitCycleError);
  });

  it('is merged into an active successor from a date', () => {
    spec
      .given([qldt])
      .when(merge('phong-tnmt-hai-chau'))
      .then([
        { type: 'UnitMerged', data: { unitId: 'phong-quan-ly-do-thi', successorUnitId: 'phong-tnmt-hai-chau', effectiveOn: '2025-07-01' } },
      ]);
    spec.given([qldt]).when(merge('phong-quan-ly-do-thi')).thenThrows(UnitMergedIntoItselfError);
    spec
      .given([qldt])
      .when(merge('so-noi-vu'))
      .thenThrows(UnitNotFoundError, (error) => expect(error.field).toBe('successorUnitId'));
    spec.given([qldt]).when(merge('phong-tnmt-hai-chau', '2020-01-01')).thenThrows(UnitEndNotAfterEstablishmentError);
  });

  it('is not merged into a successor that has itself ended', () => {
    const tnmtMerged = OrganisationTimeline.fromEvents([
      ...cityEvents,
      {
        type: 'UnitMerged',
        data: { unitId: 'phong-tnmt-hai-chau', successorUnitId: 'phong-tai-chinh-ke-hoach', effectiveOn: '2025-01-01' },
      },
    ]);
    DeciderSpecification.for(createUnitDecider(tnmtMerged))
      .given([qldt])
      .when(merge('phong-tnmt-hai-chau'))
      .thenThrows(UnitNotActiveError, (error) => {
        expect(error.field).toBe('successorUnitId');
        expect(error.detail).toBe(
          'Đơn vị "Phòng Tài nguyên và Môi trường" đã được sáp nhập vào đơn vị "phong-tai-chinh-ke-hoach" từ ngày 2025-01-01.',
        );
      });
  });

  it('is dissolved with a reason', () => {
    spec
      .given([qldt])
      .when(dissolve('2025-07-01', ' Theo Nghị quyết sắp xếp '))
      .then([
        { type: 'UnitDissolved', data: { unitId: 'phong-quan-ly-do-thi', effectiveOn: '2025-07-01', reason: 'Theo Nghị quyết sắp xếp' } },
      ]);
  });

  it('is not ended while units below it still exist', () => {
    const district = recordedOrgEvent(established('ubnd-quan-hai-chau', 'UBND quận Hải Châu', 'peoples_committee', 'ubnd-tp'));
    const command: DissolveUnit = { type: 'DissolveUnit', data: { unitId: 'ubnd-quan-hai-chau', effectiveOn: '2025-07-01' }, context };
    spec
      .given([district])
      .when(command)
      .thenThrows(UnitHasActiveSubunitsError, (error) => {
        expect(error.context).toEqual({
          unitId: 'ubnd-quan-hai-chau',
          date: '2025-07-01',
          subunitIds: ['phong-quan-ly-do-thi', 'phong-tai-chinh-ke-hoach', 'phong-tnmt-hai-chau'],
        });
      });
  });
});

describe('a merged unit', () => {
  it('takes no change from its end date on, but accepts a late record of an earlier one', () => {
    spec
      .given([qldt, mergedQldt])
      .when(rename('Phòng Đô thị', '2025-07-01'))
      .thenThrows(UnitEndedError, (error) => {
        expect(error.detail).toBe('Đơn vị đã sáp nhập từ ngày 2025-07-01; không thể ghi nhận thay đổi có hiệu lực từ ngày 2025-07-01.');
      });
    spec
      .given([qldt, mergedQldt])
      .when(rename('Phòng Đô thị', '2025-06-30'))
      .then([
        {
          type: 'UnitRenamed',
          data: { unitId: 'phong-quan-ly-do-thi', name: 'Phòng Đô thị', previousName: 'Phòng Quản lý đô thị', validFrom: '2025-06-30' },
        },
      ]);
  });

  it('cannot be merged or dissolved again', () => {
    spec.given([qldt, mergedQldt]).when(merge('phong-tai-chinh-ke-hoach', '2026-01-01')).thenThrows(UnitEndedError);
    spec
      .given([qldt, mergedQldt])
      .when(dissolve('2025-03-01'))
      .thenThrows(UnitEndedError, (error) => expect(error.field).toBe('effectiveOn'));
  });
});
