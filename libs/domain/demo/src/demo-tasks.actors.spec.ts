import { describe, expect, it } from '@jest/globals';
import type { Role } from '@lib/domain/core';
import { localDateOf } from '@lib/domain/calendar';
import { generate, organisation } from './testing/demo.fixture';

const ROLES: Record<string, Role[]> = { head: ['unit_head'], deputy: ['unit_head'], staff: ['officer'], clerk: ['clerk'] };

describe('the people of the demo tasks', () => {
  const tasks = generate();
  const contexts = tasks.flatMap((task) => task.commands.map((command) => ({ command, date: localDateOf(command.context.occurredAt) })));

  it('has every actor appointed in its unit on the command’s day, with that day’s position and acting authority', () => {
    const wrong = contexts.filter(({ command, date }) => {
      const { roles, ...actor } = command.context.actor;
      const official = organisation.officialAt(actor.personId, actor.unitId, date);
      return (
        official === null ||
        official.position === undefined ||
        JSON.stringify(official) !== JSON.stringify(actor) ||
        JSON.stringify(roles) !== JSON.stringify(ROLES[official.position])
      );
    });
    expect(wrong).toEqual([]);
    expect(new Set(contexts.map(({ command }) => command.context.actor.personId)).size).toBeGreaterThan(80);
  });

  it('records for someone else only as a clerk, for an official appointed that day', () => {
    const onBehalf = contexts.filter(({ command }) => command.context.onBehalfOf !== undefined);
    expect(onBehalf.length).toBeGreaterThan(40);
    expect(onBehalf.every(({ command }) => command.context.actor.roles.includes('clerk'))).toBe(true);
    expect(
      onBehalf.every(
        ({ command, date }) =>
          organisation.officialAt(command.context.onBehalfOf!.personId, command.context.onBehalfOf!.unitId, date) !== null,
      ),
    ).toBe(true);
  });

  it('names only units that exist that day, and delegates only to their members', () => {
    const units = contexts.flatMap(({ command, date }) => {
      switch (command.type) {
        case 'AssignTask':
          return [command.data.leadUnitId, command.data.assigningAuthority.unitId, ...command.data.coordinatingUnitIds].map((unitId) => [
            unitId,
            date,
          ]);
        case 'TransferTask':
          return [[command.data.to.unitId, date]];
        case 'RequestConsultation':
          return command.data.unitIds.map((unitId) => [unitId, date]);
        default:
          return [];
      }
    });
    expect(units.filter(([unitId, date]) => !organisation.isUnitActive(unitId!, date!).active)).toEqual([]);
    const delegations = contexts.filter(({ command }) => command.type === 'DelegateTask');
    expect(
      delegations.every(
        ({ command, date }) =>
          command.type === 'DelegateTask' &&
          organisation.officialAt(command.data.person.personId, command.data.person.unitId, date)?.position !== undefined,
      ),
    ).toBe(true);
  });

  it('lets Đặng Văn Phúc act for Sở Xây dựng only while he holds its delegated authority (9–13 March 2026)', () => {
    const phuc = [1, 2, 3, 4, 5, 6, 7, 8]
      .flatMap((seed) => generate(seed))
      .flatMap((task) => task.commands)
      .filter((command) => command.context.actor.personId === 'dang-van-phuc');
    expect(phuc.length).toBeGreaterThan(0);
    const dates = phuc.map((command) => localDateOf(command.context.occurredAt));
    expect(dates.every((date) => date >= '2026-03-09' && date <= '2026-03-13')).toBe(true);
    expect(
      phuc.every(
        (command) => command.context.actor.unitId === 'ubnd-tp' && command.context.actor.actingForUnitIds?.includes('so-xay-dung'),
      ),
    ).toBe(true);
  });

  it('uses the scenario people and keeps the merged Sở Kế hoạch và Đầu tư out of 2026', () => {
    const people = new Set(contexts.map(({ command }) => command.context.actor.personId));
    for (const personId of [
      'tran-van-an',
      'nguyen-thi-binh',
      'le-van-cuong',
      'pham-minh-dung',
      'hoang-van-giang',
      'do-thi-hoa',
      'bui-van-khanh',
      'ngo-thi-lan',
    ]) {
      expect(people.has(personId)).toBe(true);
    }
    expect(contexts.some(({ command }) => JSON.stringify(command).includes('so-ke-hoach-dau-tu'))).toBe(false);
  });
});
