import { describe, expect, it } from '@jest/globals';
import type { DomainError, RecordedEvent } from '@lib/domain/core';
import { DeciderSpecification, type ErrorClass } from '@lib/domain/core/testing';
import type { UnitCommand } from './org.commands';
import {
  PersonAlreadyRegisteredError,
  UnitAlreadyEstablishedError,
  UnitEndedError,
  UnitNameUnchangedError,
  UnitParentUnchangedError,
} from './org.errors';
import type { OrgEvent, PersonEvent, UnitEvent } from './org.events';
import { createPersonDecider } from './person.decider';
import {
  AppointmentAlreadyEndedError,
  AppointmentIdTakenError,
  AppointmentOverlapsError,
  DelegationOverlapsError,
  MandateAlreadyWithdrawnError,
  MandateOverlapsError,
  TermEndUnchangedError,
} from './staffing.errors';
import { commandFor } from './testing/command-for-event';
import { cityTimeline, context, established, recordedOrgEvent, registered } from './testing/org.fixture';
import { createUnitDecider } from './unit.decider';

// Every organisation command sent again once its state is there: refused with a named rule, nothing decided.
// Each case takes the event the first command decided, folds it in, and decides the same command again.

const units = DeciderSpecification.for(createUnitDecider(cityTimeline()));
const persons = DeciderSpecification.for(createPersonDecider(cityTimeline()));
const U = 'phong-quan-ly-do-thi';
const qldt = recordedOrgEvent(established(U, 'Phòng Quản lý đô thị', 'office', 'ubnd-quan-hai-chau'));

/** The command that decided `event`, in a history that already holds it. */
const again = <E extends OrgEvent>(event: E) => ({ first: recordedOrgEvent(event), command: commandFor(event, context) });

/** The first command is accepted (it decides exactly `event`), the same command once more is refused. */
function expectRepeatRefused(history: RecordedEvent<UnitEvent>[], event: UnitEvent, errorClass: ErrorClass<DomainError>) {
  const { first, command } = again(event);
  units
    .given(history)
    .when(command as UnitCommand)
    .then([event]);
  units
    .given([...history, first as RecordedEvent<UnitEvent>])
    .when(command as UnitCommand)
    .thenThrows(errorClass);
}

const appointed = {
  type: 'PersonAppointed' as const,
  data: {
    appointmentId: `${U}/le-van-cuong/staff/2022-03-01`,
    unitId: U,
    personId: 'le-van-cuong',
    position: 'staff' as const,
    validFrom: '2022-03-01',
    validTo: null,
  },
};
const bounded = { ...appointed, data: { ...appointed.data, appointmentId: 'qd-41', validTo: '2025-12-31' } };
const acting = {
  type: 'ActingHeadDesignated' as const,
  data: {
    delegationId: `acting/${U}/dang-van-phuc/2026-01-01`,
    unitId: U,
    personId: 'dang-van-phuc',
    validFrom: '2026-01-01',
    validTo: null,
  },
};
const delegated = {
  type: 'AuthorityDelegated' as const,
  data: { delegationId: 'uq-7', unitId: U, personId: 'dang-van-phuc', validFrom: '2025-03-02', validTo: '2025-03-13' },
};
const granted = {
  type: 'MandateGranted' as const,
  data: { unitId: U, category: 'construction_permit', validFrom: '2020-01-01', validTo: null },
};
const grantedUntil = {
  type: 'MandateGranted' as const,
  data: { unitId: U, category: 'land', validFrom: '2024-01-01', validTo: '2024-12-31' },
};

describe('an organisation command repeating a state the organisation already has', () => {
  it('establish a unit that exists: UNIT_ALREADY_ESTABLISHED', () => {
    expectRepeatRefused([], established(U, 'Phòng Quản lý đô thị', 'office', 'ubnd-quan-hai-chau'), UnitAlreadyEstablishedError);
  });

  it('rename to the name it already has from that day: UNIT_NAME_UNCHANGED', () => {
    expectRepeatRefused(
      [qldt],
      { type: 'UnitRenamed', data: { unitId: U, name: 'Phòng Đô thị', previousName: 'Phòng Quản lý đô thị', validFrom: '2024-01-01' } },
      UnitNameUnchangedError,
    );
  });

  it('move under the parent it already has from that day: UNIT_PARENT_UNCHANGED', () => {
    expectRepeatRefused(
      [qldt],
      {
        type: 'UnitMoved',
        data: { unitId: U, parentUnitId: 'ubnd-tp', previousParentUnitId: 'ubnd-quan-hai-chau', validFrom: '2024-01-01' },
      },
      UnitParentUnchangedError,
    );
  });

  it('merge a merged unit, dissolve a dissolved one: UNIT_ENDED', () => {
    expectRepeatRefused(
      [qldt],
      { type: 'UnitMerged', data: { unitId: U, successorUnitId: 'phong-tnmt-hai-chau', effectiveOn: '2025-07-01' } },
      UnitEndedError,
    );
    expectRepeatRefused(
      [qldt],
      { type: 'UnitDissolved', data: { unitId: U, effectiveOn: '2025-07-01', reason: 'Theo Nghị quyết sắp xếp' } },
      UnitEndedError,
    );
  });

  it('appoint a person already appointed to that post: the same decision id is taken, another id overlaps', () => {
    expectRepeatRefused([qldt], appointed, AppointmentIdTakenError);
    const { first, command } = again(appointed);
    const otherId = { ...command, data: { ...command.data, appointmentId: 'qd-99' } } as UnitCommand;
    units
      .given([qldt, first as RecordedEvent<UnitEvent>])
      .when(otherId)
      .thenThrows(AppointmentOverlapsError);
  });

  it('end an ended appointment (on the same or any other day): APPOINTMENT_ALREADY_ENDED', () => {
    const ended = {
      type: 'AppointmentEnded' as const,
      data: { appointmentId: appointed.data.appointmentId, unitId: U, personId: 'le-van-cuong', validTo: '2025-06-30' },
    };
    expectRepeatRefused([qldt, recordedOrgEvent(appointed)], ended, AppointmentAlreadyEndedError);
    const earlier = { ...commandFor(ended, context), data: { ...ended.data, validTo: '2025-05-31' } } as UnitCommand;
    units
      .given([qldt, recordedOrgEvent(appointed), recordedOrgEvent(ended)])
      .when(earlier)
      .thenThrows(AppointmentAlreadyEndedError);
  });

  it('end an appointment on the last day its term already has: TERM_END_UNCHANGED', () => {
    const onItsEnd = commandFor(
      { type: 'AppointmentEnded', data: { appointmentId: 'qd-41', unitId: U, personId: 'le-van-cuong', validTo: '2025-12-31' } },
      context,
    );
    units
      .given([qldt, recordedOrgEvent(bounded)])
      .when(onItsEnd as UnitCommand)
      .thenThrows(TermEndUnchangedError, (error) => {
        expect(error.field).toBe('validTo');
        expect(error.detail).toBe('Thời hạn này vốn đã kết thúc vào ngày 2025-12-31; không có gì thay đổi để ghi nhận.');
      });
  });

  it('designate the same acting head or delegate the same authority again: the id is taken, another id overlaps', () => {
    expectRepeatRefused([qldt], acting, AppointmentIdTakenError);
    expectRepeatRefused([qldt], delegated, AppointmentIdTakenError);
    const { first, command } = again(delegated);
    const otherId = { ...command, data: { ...command.data, delegationId: 'uq-8' } } as UnitCommand;
    units
      .given([qldt, first as RecordedEvent<UnitEvent>])
      .when(otherId)
      .thenThrows(DelegationOverlapsError);
  });

  it('end an ended delegation: APPOINTMENT_ALREADY_ENDED; end it on its own last day: TERM_END_UNCHANGED', () => {
    const ended = {
      type: 'DelegationEnded' as const,
      data: { delegationId: 'uq-7', unitId: U, personId: 'dang-van-phuc', validTo: '2025-03-06' },
    };
    expectRepeatRefused([qldt, recordedOrgEvent(delegated)], ended, AppointmentAlreadyEndedError);
    const onItsEnd = commandFor({ ...ended, data: { ...ended.data, validTo: '2025-03-13' } }, context);
    units
      .given([qldt, recordedOrgEvent(delegated)])
      .when(onItsEnd as UnitCommand)
      .thenThrows(TermEndUnchangedError);
  });

  it('grant a mandate the unit already holds then: MANDATE_OVERLAPS', () => {
    expectRepeatRefused([qldt], granted, MandateOverlapsError);
  });

  it('withdraw a withdrawn mandate, on the same or an earlier day: MANDATE_ALREADY_WITHDRAWN (once recorded three times)', () => {
    const withdrawn = {
      type: 'MandateWithdrawn' as const,
      data: { unitId: U, category: 'construction_permit', grantedFrom: '2020-01-01', validTo: '2025-06-30' },
    };
    expectRepeatRefused([qldt, recordedOrgEvent(granted)], withdrawn, MandateAlreadyWithdrawnError);
    const earlier = {
      ...commandFor(withdrawn, context),
      data: { unitId: U, category: 'construction_permit', validTo: '2025-05-31' },
    } as UnitCommand;
    units
      .given([qldt, recordedOrgEvent(granted), recordedOrgEvent(withdrawn)])
      .when(earlier)
      .thenThrows(MandateAlreadyWithdrawnError, (error) => {
        expect(error.context).toEqual({ unitId: U, category: 'construction_permit', grantedFrom: '2020-01-01', validTo: '2025-06-30' });
        expect(error.detail).toBe('Lĩnh vực "construction_permit" đã được thu hồi (ngày cuối còn được giao: 2025-06-30).');
      });
  });

  it('withdraw a bounded grant on its own last day: TERM_END_UNCHANGED; a day before still shortens it', () => {
    const onItsEnd = commandFor(
      { type: 'MandateWithdrawn', data: { unitId: U, category: 'land', grantedFrom: '2024-01-01', validTo: '2024-12-31' } },
      context,
    );
    units
      .given([qldt, recordedOrgEvent(grantedUntil)])
      .when(onItsEnd as UnitCommand)
      .thenThrows(TermEndUnchangedError);
    const shorter = { ...onItsEnd, data: { unitId: U, category: 'land', validTo: '2024-12-30' } } as UnitCommand;
    units
      .given([qldt, recordedOrgEvent(grantedUntil)])
      .when(shorter)
      .then([{ type: 'MandateWithdrawn', data: { unitId: U, category: 'land', grantedFrom: '2024-01-01', validTo: '2024-12-30' } }]);
  });

  it('register a registered person: PERSON_ALREADY_REGISTERED', () => {
    const event = registered('vo-thi-en', 'Võ Thị Én', 'DN-0005');
    const command = commandFor(event, context);
    if (command.type !== 'RegisterPerson') throw new Error('expected RegisterPerson');
    persons.given([]).when(command).then([event]);
    persons
      .given([recordedOrgEvent(event) as RecordedEvent<PersonEvent>])
      .when(command)
      .thenThrows(PersonAlreadyRegisteredError);
  });
});
