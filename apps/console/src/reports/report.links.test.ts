import { describe, expect, it } from 'vitest';
import {
  disciplineProposalLink,
  personReportLink,
  rankingKindOf,
  rankingsLink,
  reportFileLink,
  reportPeriodOf,
  todayInVietNam,
  unitReportLink,
} from './report.links';

const PERIOD = { from: '2026-01-01', to: '2026-12-31' };

describe('report addresses', () => {
  it('reads the period from the address, and falls back to the year of today', () => {
    expect(reportPeriodOf('?tu-ngay=2026-03-01&den-ngay=2026-03-31', '2026-12-06')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(reportPeriodOf('', '2026-12-06')).toEqual(PERIOD);
    expect(reportPeriodOf('?tu-ngay=2026-03-01', '2025-05-05')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(reportPeriodOf('?tu-ngay=2026-04-01&den-ngay=2026-03-01', '2026-12-06')).toEqual(PERIOD);
    expect(reportPeriodOf('?tu-ngay=01/03/2026&den-ngay=2026-03-31', '2026-12-06')).toEqual(PERIOD);
  });

  it("takes today's date in Viet Nam, not the browser's", () => {
    expect(todayInVietNam(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
    expect(todayInVietNam(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
  });

  it('links a person, a unit and the rankings with the period under Vietnamese names', () => {
    expect(personReportLink('le-van-cuong', PERIOD)).toBe('/bao-cao/can-bo/le-van-cuong?tu-ngay=2026-01-01&den-ngay=2026-12-31');
    expect(unitReportLink('so-xay-dung', PERIOD)).toBe('/bao-cao/don-vi/so-xay-dung?tu-ngay=2026-01-01&den-ngay=2026-12-31');
    expect(rankingsLink('commendation', PERIOD)).toBe('/bao-cao/xep-hang?tu-ngay=2026-01-01&den-ngay=2026-12-31');
    expect(rankingsLink('review', PERIOD)).toBe('/bao-cao/xep-hang?loai=xem-xet&tu-ngay=2026-01-01&den-ngay=2026-12-31');
  });

  it('reads the ranking kind back from its link', () => {
    expect(rankingKindOf(rankingsLink('review', PERIOD).split('?')[1] ?? '')).toBe('review');
    expect(rankingKindOf(rankingsLink('commendation', PERIOD).split('?')[1] ?? '')).toBe('commendation');
  });

  it("links the API's CSV and XLSX files for the same period, and the discipline proposal", () => {
    expect(reportFileLink('unit', 'so-xay-dung', PERIOD, 'xlsx')).toBe(
      '/reports/units/so-xay-dung?from=2026-01-01&to=2026-12-31&format=xlsx',
    );
    expect(reportFileLink('person', 'le-van-cuong', PERIOD, 'csv')).toBe(
      '/reports/persons/le-van-cuong?from=2026-01-01&to=2026-12-31&format=csv',
    );
    expect(disciplineProposalLink('le-van-cuong')).toBe('/ky-luat/de-nghi/le-van-cuong');
  });
});
