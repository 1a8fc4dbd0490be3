import { describe, expect, it } from 'vitest';
import { levelOf, levelWord, networkFilterOf, networkLink, networkQuery, periodOf, yearOf } from './network.link';

describe('the handover network’s address', () => {
  it('keeps level, period and the chosen arc under Vietnamese names, and reads them back', () => {
    const filter = { level: 'ca-nhan', from: '2026-03-01', to: '2026-03-31', giver: 'so-xay-dung', receiver: 'so-tnmt' };
    const link = networkLink(filter);
    expect(link).toBe('/mang-luoi-chuyen-giao?cap=ca-nhan&tu-ngay=2026-03-01&den-ngay=2026-03-31&ben-giao=so-xay-dung&ben-nhan=so-tnmt');
    expect(networkFilterOf(link.slice(link.indexOf('?')))).toEqual(filter);
    expect(networkLink({})).toBe('/mang-luoi-chuyen-giao');
  });

  it('reads the unit level when the address names none or something else', () => {
    expect(levelOf({})).toBe('unit');
    expect(levelOf({ level: 'khac' })).toBe('unit');
    expect(levelOf({ level: levelWord('person') })).toBe('person');
    expect(levelWord('unit')).toBeUndefined();
  });

  it('shows the year in Viet Nam when the address names no period (31 December 18:00 UTC is already the new year)', () => {
    expect(yearOf(new Date('2026-06-15T00:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(yearOf(new Date('2026-12-31T18:00:00Z'))).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(periodOf({ from: '2026-03-01' }, new Date('2026-06-15T00:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodOf({ from: '2026-03-01', to: '2026-03-31' }, new Date('2026-06-15T00:00:00Z'))).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
    });
  });

  it('asks the API for the arc’s tasks only when both ends are chosen', () => {
    const now = new Date('2026-06-15T00:00:00Z');
    expect(networkQuery({ giver: 'a', receiver: 'b' }, now, false)).toEqual({ level: 'unit', from: '2026-01-01', to: '2026-12-31' });
    expect(networkQuery({ giver: 'a', receiver: 'b' }, now, true)).toEqual({
      level: 'unit',
      from: '2026-01-01',
      to: '2026-12-31',
      giver: 'a',
      receiver: 'b',
    });
    expect(networkQuery({ giver: 'a' }, now, true)).toEqual({ level: 'unit', from: '2026-01-01', to: '2026-12-31' });
  });
});
