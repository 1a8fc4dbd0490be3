import { describe, expect, it } from '@jest/globals';
import { createVnWorkingDayCalendar } from './vn-working-day-calendar';

const calendar = createVnWorkingDayCalendar();

function expectDays(dates: string[], working: boolean): void {
  for (const date of dates) expect([date, calendar.isWorkingDay(date)]).toEqual([date, working]);
}

function nameOf(date: string): string | null {
  return calendar.describeDay(date).name;
}

describe('official calendar 2025', () => {
  it('puts the five Tết days on Mon 27 - Fri 31 January (break Sat 25 Jan - Sun 2 Feb)', () => {
    expectDays(['2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'], false);
    expectDays(['2025-02-01', '2025-02-02'], false);
    expectDays(['2025-01-24', '2025-02-03'], true);
    expect(calendar.describeDay('2025-01-27')).toMatchObject({ status: 'holiday', holidayKind: 'tet', name: 'Tết Nguyên đán' });
    expect(calendar.describeDay('2025-02-01')).toMatchObject({ status: 'weekend', holidayKind: null, name: 'Nghỉ hằng tuần' });
  });

  it("keeps Hùng Kings' day on Monday 7 April", () => {
    expectDays(['2025-04-07'], false);
    expect(nameOf('2025-04-07')).toBe('Giỗ Tổ Hùng Vương');
  });

  it('gives 30/4, 1/5 and the swapped Friday 2/5 off, and works Saturday 26/4 instead', () => {
    expectDays(['2025-04-30', '2025-05-01', '2025-05-02'], false);
    expectDays(['2025-04-26', '2025-04-29', '2025-05-05'], true);
    expect(nameOf('2025-04-30')).toBe('Ngày Giải phóng miền Nam, thống nhất đất nước');
    expect(nameOf('2025-05-01')).toBe('Ngày Quốc tế Lao động');
    expect(calendar.describeDay('2025-05-02')).toMatchObject({ holidayKind: 'swapped_day_off', name: 'Nghỉ hoán đổi dịp 30/4 và 1/5' });
    expect(calendar.describeDay('2025-04-26')).toMatchObject({ status: 'worked_weekend', working: true, weekdayName: 'Thứ Bảy' });
  });

  it('gives National Day two days, Monday 1 and Tuesday 2 September', () => {
    expectDays(['2025-09-01', '2025-09-02'], false);
    expectDays(['2025-08-29', '2025-09-03'], true);
    expect(nameOf('2025-09-01')).toBe('Quốc khánh');
    expect(nameOf('2025-09-02')).toBe('Quốc khánh');
  });

  it('has 250 working days in the year', () => {
    expect(calendar.listDays('2025-01-01', '2025-12-31').workingDayCount).toBe(250);
  });
});

describe('official calendar 2026', () => {
  it('gives 1 January and the swapped Friday 2 January off, and works Saturday 10 January', () => {
    expectDays(['2026-01-01', '2026-01-02'], false);
    expectDays(['2026-01-05', '2026-01-10'], true);
    expect(nameOf('2026-01-01')).toBe('Tết Dương lịch');
    expect(calendar.describeDay('2026-01-10')).toMatchObject({ status: 'worked_weekend', name: 'Làm bù cho thứ Sáu 02/01/2026' });
  });

  it('puts Tết on Monday 16 - Friday 20 February', () => {
    expectDays(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'], false);
    expectDays(['2026-02-13', '2026-02-23'], true);
    expect(nameOf('2026-02-16')).toBe('Tết Nguyên đán');
  });

  it("marks Hùng Kings' day on Sunday 26 April and gives Monday 27 April off in lieu", () => {
    expect(calendar.describeDay('2026-04-26')).toMatchObject({
      status: 'holiday',
      working: false,
      holidayKind: 'hung_kings',
      name: 'Giỗ Tổ Hùng Vương',
      weekdayName: 'Chủ nhật',
      isoWeekday: 7,
    });
    expect(calendar.describeDay('2026-04-27')).toMatchObject({
      status: 'holiday',
      working: false,
      holidayKind: 'day_in_lieu',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
    });
    expectDays(['2026-04-24', '2026-04-28'], true);
  });

  it('gives Thursday 30 April and Friday 1 May off, no swap', () => {
    expectDays(['2026-04-30', '2026-05-01'], false);
    expectDays(['2026-04-29', '2026-05-04'], true);
  });

  it('gives National Day two days, Tuesday 1 and Wednesday 2 September (as recorded, see unconfirmed)', () => {
    expectDays(['2026-09-01', '2026-09-02'], false);
    expectDays(['2026-08-31', '2026-09-03'], true);
  });

  it('has 250 working days in the year', () => {
    expect(calendar.listDays('2026-01-01', '2026-12-31').workingDayCount).toBe(250);
    expect(calendar.workingDaysBetween('2025-12-31T12:00:00+07:00', '2026-12-31T12:00:00+07:00')).toBe(250);
  });
});

describe('holiday names', () => {
  it('are Vietnamese in NFC', () => {
    const named = calendar.listDays('2025-01-01', '2026-12-31').days.filter((day) => day.name !== null);
    expect(named.length).toBeGreaterThan(200);
    for (const day of named) {
      expect(day.name).toBe(day.name!.normalize('NFC'));
      expect(day.weekdayName).toBe(day.weekdayName.normalize('NFC'));
    }
  });
});
