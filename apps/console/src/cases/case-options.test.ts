import { describe, expect, it } from 'vitest';
import { formChoicesOf, limitationWarningsFor } from './case-options';
import type { CaseOptions } from './case.types';

type FormOption = CaseOptions['forms'][number];

const option = (form: FormOption['form'], restriction: FormOption['restriction'], warnings: string[] = []) => ({
  form,
  label: form,
  restriction,
  limitation: [],
  warnings: warnings.map((message) => ({ code: 'LIMITATION_EXPIRED' as const, findingId: 'f-1', message })),
});

const options: CaseOptions = {
  personId: 'le-van-cuong',
  on: '2031-06-02',
  holdsLeadership: false,
  electedCadre: false,
  forms: [
    option('khien_trach', null, ['Hành vi ngày 04/03/2026 đã hết thời hiệu xử lý kỷ luật 5 năm.']),
    option('canh_cao', null),
    option('cach_chuc', 'leaders_only'),
    option('buoc_thoi_viec', null),
    option('bai_nhiem', 'elected_cadres_only'),
  ],
};

describe('formChoicesOf', () => {
  it('disables the forms the API says cannot be applied, saying why', () => {
    expect(formChoicesOf(options).map((choice) => [choice.value, choice.disabled])).toEqual([
      ['khien_trach', false],
      ['canh_cao', false],
      ['cach_chuc', true],
      ['buoc_thoi_viec', false],
      ['bai_nhiem', true],
    ]);
    expect(formChoicesOf(options)[4]!.label).toBe('Bãi nhiệm (chỉ áp dụng với cán bộ dân cử)');
  });

  it('offers every form before the API has answered', () => {
    expect(formChoicesOf(undefined).every((choice) => !choice.disabled)).toBe(true);
  });
});

describe('limitationWarningsFor', () => {
  it('gives the API’s warnings for the chosen form only', () => {
    expect(limitationWarningsFor(options, 'khien_trach')).toEqual(['Hành vi ngày 04/03/2026 đã hết thời hiệu xử lý kỷ luật 5 năm.']);
    expect(limitationWarningsFor(options, 'canh_cao')).toEqual([]);
    expect(limitationWarningsFor(options, undefined)).toEqual([]);
    expect(limitationWarningsFor(undefined, 'khien_trach')).toEqual([]);
  });
});
