import { describe, expect, it } from '@jest/globals';
import { createVnWorkingDayCalendar } from './vn-working-day-calendar';

const calendar = createVnWorkingDayCalendar();

describe('scenario S4: deadlines across Tết 2026', () => {
  const assigned = '2026-02-13T09:00:00+07:00';
  const result = calendar.deadline({ start: assigned, workingDays: 5 });

  it('is due at the end of Friday 27 February 2026', () => {
    expect(result.dueDate).toBe('2026-02-27');
    expect(result.dueAt).toBe('2026-02-27T16:59:59.999Z');
    expect(result.dueAtLocal).toBe('2026-02-27T23:59:59.999+07:00');
  });

  it('records how it was computed', () => {
    expect(result.computation).toMatchObject({
      rule: 'working_days',
      start: '2026-02-13T02:00:00.000Z',
      startLocal: '2026-02-13T09:00:00.000+07:00',
      startDate: '2026-02-13',
      urgency: 'normal',
      workingDays: 5,
      countedDays: ['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27'],
    });
    expect(result.computation.skippedDays).toEqual([
      { date: '2026-02-14', status: 'weekend', name: 'Nghỉ hằng tuần' },
      { date: '2026-02-15', status: 'weekend', name: 'Nghỉ hằng tuần' },
      { date: '2026-02-16', status: 'holiday', name: 'Tết Nguyên đán' },
      { date: '2026-02-17', status: 'holiday', name: 'Tết Nguyên đán' },
      { date: '2026-02-18', status: 'holiday', name: 'Tết Nguyên đán' },
      { date: '2026-02-19', status: 'holiday', name: 'Tết Nguyên đán' },
      { date: '2026-02-20', status: 'holiday', name: 'Tết Nguyên đán' },
      { date: '2026-02-21', status: 'weekend', name: 'Nghỉ hằng tuần' },
      { date: '2026-02-22', status: 'weekend', name: 'Nghỉ hằng tuần' },
    ]);
    expect(result.computation.calendar).toMatchObject({
      timeZone: 'Asia/Ho_Chi_Minh',
      utcOffset: '+07:00',
      baseSource: 'date-holidays@3.37.0 VN',
      overridesMissing: false,
      missingOverrideYears: [],
    });
    expect(result.computation.calendar.years.map((year) => [year.year, year.overridesVersion])).toEqual([[2026, '2026.1']]);
    expect(result.computation.calendar.years[0]!.overridesSource).toContain('9441/TB-BNV');
  });

  it('is serialisable as it is stored', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('is on time when completed on 27 February, even at 23:59 local', () => {
    expect(calendar.workingDaysLate(result.dueAt, '2026-02-27T15:00:00+07:00')).toBe(0);
    expect(calendar.workingDaysLate(result.dueAt, '2026-02-27T23:59:59.999+07:00')).toBe(0);
  });

  it('is late by 1 working day when completed on Monday 2 March', () => {
    expect(calendar.workingDaysLate(result.dueAt, '2026-03-02T08:00:00+07:00')).toBe(1);
    expect(calendar.workingDaysLate(result.dueAt, '2026-03-01T17:00:00Z')).toBe(1);
  });

  it('is not counted late over the weekend after the due date', () => {
    expect(calendar.workingDaysLate(result.dueAt, '2026-02-28T00:30:00+07:00')).toBe(0);
    expect(calendar.workingDaysLate(result.dueAt, '2026-03-01T20:00:00+07:00')).toBe(0);
    expect(calendar.workingDaysLate(result.dueAt, '2026-03-04T10:00:00+07:00')).toBe(3);
  });
});

describe('Civil Code counting (Arts. 147-148)', () => {
  it('does not count the starting day', () => {
    expect(calendar.deadline({ start: '2026-03-02T07:30:00+07:00', workingDays: 1 }).dueDate).toBe('2026-03-03');
    expect(calendar.addWorkingDays('2026-03-02', 1)).toBe('2026-03-03');
    expect(calendar.addWorkingDays('2026-03-02', 4)).toBe('2026-03-06');
    expect(calendar.addWorkingDays('2026-03-02', 5)).toBe('2026-03-09');
  });

  it('reads the start in Viet Nam time: 23:30 on Thursday and 00:30 on Friday give different days', () => {
    const lateThursday = calendar.deadline({ start: '2026-02-12T23:30:00+07:00', workingDays: 5 });
    const earlyFriday = calendar.deadline({ start: '2026-02-13T00:30:00+07:00', workingDays: 5 });
    expect(lateThursday.computation.startDate).toBe('2026-02-12');
    expect(lateThursday.dueDate).toBe('2026-02-26');
    expect(earlyFriday.computation.startDate).toBe('2026-02-13');
    expect(earlyFriday.dueDate).toBe('2026-02-27');
    // The same two instants in UTC both fall on Thursday 12 February.
    expect(calendar.deadline({ start: '2026-02-12T16:30:00Z', workingDays: 5 }).dueDate).toBe('2026-02-26');
    expect(calendar.deadline({ start: new Date('2026-02-12T17:30:00Z'), workingDays: 5 }).dueDate).toBe('2026-02-27');
  });

  it('moves a period that would end in Tết forward to the next working day', () => {
    const result = calendar.deadline({ start: '2026-02-11T10:00:00+07:00', workingDays: 3 });
    expect(result.computation.countedDays).toEqual(['2026-02-12', '2026-02-13', '2026-02-23']);
    expect(result.dueAt).toBe('2026-02-23T16:59:59.999Z');
  });

  it('ends a zero-day period on the start day, or the next working day when that day is off', () => {
    expect(calendar.deadline({ start: '2026-02-13T10:00:00+07:00', workingDays: 0 }).dueAt).toBe('2026-02-13T16:59:59.999Z');
    const onTet = calendar.deadline({ start: '2026-02-17T10:00:00+07:00', workingDays: 0 });
    expect(onTet.dueDate).toBe('2026-02-23');
    expect(onTet.computation.skippedDays.map((day) => day.date)).toEqual([
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
  });

  it('counts a worked Saturday as a working day', () => {
    expect(calendar.addWorkingDays('2026-01-09', 1)).toBe('2026-01-10');
    expect(calendar.addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
  });

  it("skips Hùng Kings' day in lieu and the 30/4 - 1/5 holidays", () => {
    expect(calendar.addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
    expect(calendar.addWorkingDays('2026-04-29', 1)).toBe('2026-05-04');
    expect(calendar.addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
  });

  it('crosses a year boundary using both years of data', () => {
    const result = calendar.deadline({ start: '2025-12-31T10:00:00+07:00', workingDays: 1 });
    expect(result.dueDate).toBe('2026-01-05');
    expect(result.computation.skippedDays.map((day) => [day.date, day.status])).toEqual([
      ['2026-01-01', 'holiday'],
      ['2026-01-02', 'holiday'],
      ['2026-01-03', 'weekend'],
      ['2026-01-04', 'weekend'],
    ]);
    expect(result.computation.calendar.years.map((year) => year.overridesVersion)).toEqual(['2025.1', '2026.1']);
  });
});

describe('urgent documents', () => {
  it.each(['hoa_toc', 'thuong_khan', 'khan'] as const)('%s is due at the start instant', (urgency) => {
    const result = calendar.deadline({ start: '2026-02-13T14:20:00+07:00', workingDays: 10, urgency });
    expect(result.dueAt).toBe('2026-02-13T07:20:00.000Z');
    expect(result.dueAtLocal).toBe('2026-02-13T14:20:00.000+07:00');
    expect(result.dueDate).toBe('2026-02-13');
    expect(result.computation.rule).toBe('urgent_immediate');
    expect(result.computation.urgency).toBe(urgency);
    expect(result.computation.countedDays).toEqual([]);
  });

  it('is due at once even on a holiday and without a number of days', () => {
    const result = calendar.deadline({ start: '2026-02-17T08:00:00+07:00', urgency: 'hoa_toc' });
    expect(result.dueAt).toBe('2026-02-17T01:00:00.000Z');
    expect(result.computation.basis).toContain('hỏa tốc');
  });

  it('treats normal urgency like no urgency', () => {
    const plain = calendar.deadline({ start: '2026-02-13T09:00:00+07:00', workingDays: 5 });
    const normal = calendar.deadline({ start: '2026-02-13T09:00:00+07:00', workingDays: 5, urgency: 'normal' });
    expect(normal).toEqual(plain);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the first local day up to and including the last', () => {
    expect(calendar.workingDaysBetween('2026-02-13T09:00:00+07:00', '2026-02-23T08:00:00+07:00')).toBe(1);
    expect(calendar.workingDaysBetween('2026-02-13T09:00:00+07:00', '2026-02-27T17:00:00+07:00')).toBe(5);
    expect(calendar.workingDaysBetween(new Date('2025-12-30T03:00:00Z'), '2026-01-06T10:00:00+07:00')).toBe(3);
  });

  it('is 0 on the same local day and when `to` is not after `from`', () => {
    expect(calendar.workingDaysBetween('2026-03-02T08:00:00+07:00', '2026-03-02T23:59:00+07:00')).toBe(0);
    expect(calendar.workingDaysBetween('2026-03-05T08:00:00+07:00', '2026-03-02T08:00:00+07:00')).toBe(0);
    expect(calendar.workingDaysBetween('2026-03-02T08:00:00+07:00', '2026-03-02T08:00:00+07:00')).toBe(0);
  });

  it('changes day at midnight Viet Nam time, not UTC', () => {
    expect(calendar.workingDaysBetween('2026-02-26T16:59:00Z', '2026-02-26T17:01:00Z')).toBe(1);
    expect(calendar.workingDaysBetween('2026-02-26T00:10:00Z', '2026-02-26T16:50:00Z')).toBe(0);
  });
});
