import { describe, expect, it } from '@jest/globals';
import { DeciderSpecification } from '@lib/domain/core/testing';
import type { AppointPerson, DelegateAuthority, DesignateActingHead, EndAppointment, EndDelegation } from './org.commands';
import { InvalidDateRangeError, InvalidLocalDateError, PersonNotFoundError, UnitEndedError, UnknownPositionError } from './org.errors';
import type { PersonAppointed } from './org.events';
import {
  AppointmentAlreadyEndedError,
  AppointmentIdTakenError,
  AppointmentNotFoundError,
  AppointmentOverlapsError,
  DelegationNotFoundError,
  DelegationOverlapsError,
  EndOutsideTermError,
  HeadAlreadyAppointedError,
  HeadInOfficeError,
} from './staffing.errors';
import { cityTimeline, context, established, recordedOrgEvent } from './testing/org.fixture';
import { createUnitDecider } from './unit.decider';

const spec = DeciderSpecification.for(createUnitDecider(cityTimeline()));
const soXayDung = recordedOrgEvent(established('so-xay-dung', 'Sở Xây dựng', 'department', 'ubnd-tp'));
const appointed = (
  appointmentId: string,
  personId: string,
  position: PersonAppointed['data']['position'],
  validFrom: string,
  validTo: string | null = null,
) =>
  recordedOrgEvent({
    type: 'PersonAppointed' as const,
    data: { appointmentId, unitId: 'so-xay-dung', personId, position, validFrom, validTo },
  });
const binhHead = appointed('qd-12', 'nguyen-thi-binh', 'head', '2021-01-01', '2025-12-31');

const appoint = (data: Partial<AppointPerson['data']> = {}): AppointPerson => ({
  type: 'AppointPerson',
  data: { appointmentId: 'qd-40', unitId: 'so-xay-dung', personId: 'le-van-cuong', position: 'staff', validFrom: '2022-03-01', ...data },
  context,
});
const endAppointment = (appointmentId: string, validTo: string): EndAppointment => ({
  type: 'EndAppointment',
  data: { appointmentId, unitId: 'so-xay-dung', validTo },
  context,
});
const designate = (data: Partial<DesignateActingHead['data']> = {}): DesignateActingHead => ({
  type: 'DesignateActingHead',
  data: { delegationId: 'qd-90', unitId: 'so-xay-dung', personId: 'dang-van-phuc', validFrom: '2026-01-01', ...data },
  context,
});
const delegate = (validFrom: string, validTo: string, delegationId = 'uq-7'): DelegateAuthority => ({
  type: 'DelegateAuthority',
  data: { delegationId, unitId: 'so-xay-dung', personId: 'dang-van-phuc', validFrom, validTo },
  context,
});
const endDelegation = (delegationId: string, validTo: string): EndDelegation => ({
  type: 'EndDelegation',
  data: { delegationId, unitId: 'so-xay-dung', validTo },
  context,
});

describe('appointing to a unit', () => {
  it('records the term, open-ended when no end is given', () => {
    spec
      .given([soXayDung])
      .when(appoint())
      .then([
        {
          type: 'PersonAppointed',
          data: {
            appointmentId: 'qd-40',
            unitId: 'so-xay-dung',
            personId: 'le-van-cuong',
            position: 'staff',
            validFrom: '2022-03-01',
            validTo: null,
          },
        },
      ]);
  });

  it('accepts a one-day term and refuses one that ends before it starts', () => {
    spec
      .given([soXayDung])
      .when(appoint({ validTo: '2022-03-01' }))
      .thenState((state) => {
        expect(state.status === 'established' && state.appointments).toEqual([
          { appointmentId: 'qd-40', personId: 'le-van-cuong', position: 'staff', from: '2022-03-01', to: '2022-03-01', ended: false },
        ]);
      });
    spec
      .given([soXayDung])
      .when(appoint({ validTo: '2022-02-28' }))
      .thenThrows(InvalidDateRangeError, (error) => {
        expect(error.detail).toBe('Ngày kết thúc 2022-02-28 không được trước ngày bắt đầu 2022-03-01.');
      });
  });

  it('refuses unknown persons, positions and dates', () => {
    spec
      .given([soXayDung])
      .when(appoint({ personId: 'nobody' }))
      .thenThrows(PersonNotFoundError);
    spec
      .given([soXayDung])
      .when(appoint({ position: 'director' }))
      .thenThrows(UnknownPositionError);
    spec
      .given([soXayDung])
      .when(appoint({ validFrom: '01/03/2022' }))
      .thenThrows(InvalidLocalDateError);
  });

  it('only to a unit that exists on the first day', () => {
    const dissolved = recordedOrgEvent({
      type: 'UnitDissolved' as const,
      data: { unitId: 'so-xay-dung', effectiveOn: '2025-07-01', reason: null },
    });
    spec
      .given([soXayDung, dissolved])
      .when(appoint({ validFrom: '2025-07-01' }))
      .thenThrows(UnitEndedError);
  });

  it('refuses a second head while the first is in office, unless the first was ended', () => {
    spec
      .given([soXayDung, binhHead])
      .when(appoint({ position: 'head', validFrom: '2025-06-01' }))
      .thenThrows(HeadAlreadyAppointedError, (error) => {
        expect(error.context).toEqual({ unitId: 'so-xay-dung', headPersonId: 'nguyen-thi-binh', appointmentId: 'qd-12' });
      });
    const ended = recordedOrgEvent({
      type: 'AppointmentEnded' as const,
      data: { appointmentId: 'qd-12', unitId: 'so-xay-dung', personId: 'nguyen-thi-binh', validTo: '2025-05-31' },
    });
    spec
      .given([soXayDung, binhHead, ended])
      .when(appoint({ position: 'head', validFrom: '2025-06-01' }))
      .then([
        {
          type: 'PersonAppointed',
          data: {
            appointmentId: 'qd-40',
            unitId: 'so-xay-dung',
            personId: 'le-van-cuong',
            position: 'head',
            validFrom: '2025-06-01',
            validTo: null,
          },
        },
      ]);
  });

  it('accepts deputies beside the head, but not the same person twice at once, nor a reused decision id', () => {
    spec
      .given([soXayDung, binhHead])
      .when(appoint({ position: 'deputy' }))
      .then([
        {
          type: 'PersonAppointed',
          data: {
            appointmentId: 'qd-40',
            unitId: 'so-xay-dung',
            personId: 'le-van-cuong',
            position: 'deputy',
            validFrom: '2022-03-01',
            validTo: null,
          },
        },
      ]);
    spec
      .given([soXayDung, binhHead])
      .when(appoint({ personId: 'nguyen-thi-binh', position: 'staff' }))
      .thenThrows(AppointmentOverlapsError);
    spec
      .given([soXayDung, binhHead])
      .when(appoint({ appointmentId: 'qd-12' }))
      .thenThrows(AppointmentIdTakenError);
  });
});

describe('ending an appointment', () => {
  it('records its last day within the term', () => {
    spec
      .given([soXayDung, binhHead])
      .when(endAppointment('qd-12', '2025-05-31'))
      .then([
        {
          type: 'AppointmentEnded',
          data: { appointmentId: 'qd-12', unitId: 'so-xay-dung', personId: 'nguyen-thi-binh', validTo: '2025-05-31' },
        },
      ]);
  });

  it('refuses an unknown appointment, a day outside the term, and a second ending', () => {
    spec.given([soXayDung, binhHead]).when(endAppointment('qd-99', '2025-05-31')).thenThrows(AppointmentNotFoundError);
    spec
      .given([soXayDung, binhHead])
      .when(endAppointment('qd-12', '2026-01-31'))
      .thenThrows(EndOutsideTermError, (error) => {
        expect(error.detail).toBe('Ngày kết thúc 2026-01-31 phải nằm trong thời hạn từ 2021-01-01 đến 2025-12-31.');
      });
    const ended = recordedOrgEvent({
      type: 'AppointmentEnded' as const,
      data: { appointmentId: 'qd-12', unitId: 'so-xay-dung', personId: 'nguyen-thi-binh', validTo: '2025-05-31' },
    });
    spec.given([soXayDung, binhHead, ended]).when(endAppointment('qd-12', '2025-04-30')).thenThrows(AppointmentAlreadyEndedError);
  });
});

describe('acting heads and delegated authority', () => {
  it('designates an acting head while the unit has no head', () => {
    spec
      .given([soXayDung, binhHead])
      .when(designate())
      .then([
        {
          type: 'ActingHeadDesignated',
          data: { delegationId: 'qd-90', unitId: 'so-xay-dung', personId: 'dang-van-phuc', validFrom: '2026-01-01', validTo: null },
        },
      ]);
  });

  it('refuses an acting head while a head is in office, and two acting heads at once', () => {
    spec
      .given([soXayDung, binhHead])
      .when(designate({ validFrom: '2025-12-31' }))
      .thenThrows(HeadInOfficeError);
    const acting = recordedOrgEvent({
      type: 'ActingHeadDesignated' as const,
      data: { delegationId: 'qd-90', unitId: 'so-xay-dung', personId: 'dang-van-phuc', validFrom: '2026-01-01', validTo: null },
    });
    spec
      .given([soXayDung, acting])
      .when(designate({ delegationId: 'qd-91', personId: 'le-van-cuong', validFrom: '2026-02-01' }))
      .thenThrows(DelegationOverlapsError);
  });

  it("delegates the head's authority for a bounded period, one delegation at a time", () => {
    spec
      .given([soXayDung, binhHead])
      .when(delegate('2025-03-02', '2025-03-13'))
      .then([
        {
          type: 'AuthorityDelegated',
          data: { delegationId: 'uq-7', unitId: 'so-xay-dung', personId: 'dang-van-phuc', validFrom: '2025-03-02', validTo: '2025-03-13' },
        },
      ]);
    const delegated = recordedOrgEvent({
      type: 'AuthorityDelegated' as const,
      data: { delegationId: 'uq-7', unitId: 'so-xay-dung', personId: 'dang-van-phuc', validFrom: '2025-03-02', validTo: '2025-03-13' },
    });
    spec
      .given([soXayDung, binhHead, delegated])
      .when(delegate('2025-03-13', '2025-03-20', 'uq-8'))
      .thenThrows(DelegationOverlapsError);
    spec.given([soXayDung, binhHead]).when(delegate('2025-03-02', '')).thenThrows(InvalidLocalDateError);
  });

  it('ends a delegation early, once', () => {
    const delegated = recordedOrgEvent({
      type: 'AuthorityDelegated' as const,
      data: { delegationId: 'uq-7', unitId: 'so-xay-dung', personId: 'dang-van-phuc', validFrom: '2025-03-02', validTo: '2025-03-13' },
    });
    spec
      .given([soXayDung, binhHead, delegated])
      .when(endDelegation('uq-7', '2025-03-06'))
      .then([
        {
          type: 'DelegationEnded',
          data: { delegationId: 'uq-7', unitId: 'so-xay-dung', personId: 'dang-van-phuc', validTo: '2025-03-06' },
        },
      ]);
    spec.given([soXayDung, binhHead, delegated]).when(endDelegation('uq-9', '2025-03-06')).thenThrows(DelegationNotFoundError);
    const ended = recordedOrgEvent({
      type: 'DelegationEnded' as const,
      data: { delegationId: 'uq-7', unitId: 'so-xay-dung', personId: 'dang-van-phuc', validTo: '2025-03-06' },
    });
    spec.given([soXayDung, binhHead, delegated, ended]).when(endDelegation('uq-7', '2025-03-05')).thenThrows(AppointmentAlreadyEndedError);
  });
});
