import { describe, expect, it } from '@jest/globals';
import { DeciderSpecification } from '@lib/domain/core/testing';
import type { GrantMandate, WithdrawMandate } from './org.commands';
import { OrgRequiredTextMissingError, UnitEndedError, UnitNotFoundError } from './org.errors';
import { MandateNotInForceError, MandateOverlapsError } from './staffing.errors';
import { cityTimeline, context, established, recordedOrgEvent } from './testing/org.fixture';
import { createUnitDecider } from './unit.decider';

const spec = DeciderSpecification.for(createUnitDecider(cityTimeline()));
const qldt = recordedOrgEvent(established('phong-quan-ly-do-thi', 'Phòng Quản lý đô thị', 'office', 'ubnd-quan-hai-chau'));
const permits = recordedOrgEvent({
  type: 'MandateGranted' as const,
  data: { unitId: 'phong-quan-ly-do-thi', category: 'construction_permit', validFrom: '2020-01-01', validTo: null },
});

const grant = (category: string, validFrom: string, validTo?: string): GrantMandate => ({
  type: 'GrantMandate',
  data:
    validTo === undefined
      ? { unitId: 'phong-quan-ly-do-thi', category, validFrom }
      : { unitId: 'phong-quan-ly-do-thi', category, validFrom, validTo },
  context,
});
const withdraw = (category: string, validTo: string): WithdrawMandate => ({
  type: 'WithdrawMandate',
  data: { unitId: 'phong-quan-ly-do-thi', category, validTo },
  context,
});

describe('granting a mandate', () => {
  it('gives the unit a category from a date', () => {
    spec
      .given([qldt])
      .when(grant('construction_permit', '2020-01-01'))
      .then([
        {
          type: 'MandateGranted',
          data: { unitId: 'phong-quan-ly-do-thi', category: 'construction_permit', validFrom: '2020-01-01', validTo: null },
        },
      ]);
    spec
      .given([qldt, permits])
      .when(grant('land', '2024-01-01', '2024-12-31'))
      .then([
        {
          type: 'MandateGranted',
          data: { unitId: 'phong-quan-ly-do-thi', category: 'land', validFrom: '2024-01-01', validTo: '2024-12-31' },
        },
      ]);
  });

  it('refuses an overlapping grant of the same category, an empty category and an unknown unit', () => {
    spec
      .given([qldt, permits])
      .when(grant('construction_permit', '2024-01-01'))
      .thenThrows(MandateOverlapsError, (error) => {
        expect(error.detail).toBe('Đơn vị đã được giao lĩnh vực "construction_permit" trong thời gian trùng lặp (từ 2020-01-01).');
      });
    spec.given([qldt]).when(grant(' ', '2024-01-01')).thenThrows(OrgRequiredTextMissingError);
    spec.given([]).when(grant('land', '2024-01-01')).thenThrows(UnitNotFoundError);
  });

  it('refuses a grant to a merged unit from its end date on', () => {
    const merged = recordedOrgEvent({
      type: 'UnitMerged' as const,
      data: { unitId: 'phong-quan-ly-do-thi', successorUnitId: 'phong-tnmt-hai-chau', effectiveOn: '2025-07-01' },
    });
    spec.given([qldt, merged]).when(grant('land', '2025-08-01')).thenThrows(UnitEndedError);
  });
});

describe('withdrawing a mandate', () => {
  it('ends the grant in force on the last day', () => {
    spec
      .given([qldt, permits])
      .when(withdraw('construction_permit', '2025-06-30'))
      .then([
        {
          type: 'MandateWithdrawn',
          data: { unitId: 'phong-quan-ly-do-thi', category: 'construction_permit', grantedFrom: '2020-01-01', validTo: '2025-06-30' },
        },
      ]);
  });

  it('refuses when no grant of the category is in force that day', () => {
    spec.given([qldt, permits]).when(withdraw('land', '2025-06-30')).thenThrows(MandateNotInForceError);
    spec.given([qldt, permits]).when(withdraw('construction_permit', '2019-06-30')).thenThrows(MandateNotInForceError);
  });

  it('allows a new grant after the withdrawal', () => {
    const withdrawn = recordedOrgEvent({
      type: 'MandateWithdrawn' as const,
      data: { unitId: 'phong-quan-ly-do-thi', category: 'construction_permit', grantedFrom: '2020-01-01', validTo: '2025-06-30' },
    });
    spec
      .given([qldt, permits, withdrawn])
      .when(grant('construction_permit', '2025-07-01'))
      .then([
        {
          type: 'MandateGranted',
          data: { unitId: 'phong-quan-ly-do-thi', category: 'construction_permit', validFrom: '2025-07-01', validTo: null },
        },
      ]);
  });
});
