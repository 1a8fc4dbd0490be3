import { describe, expect, it } from 'vitest';
import { mandateLabel, roleLabel, termText, unitKindLabel } from './org.labels';

describe('organisation labels', () => {
  it('names kinds, positions, delegations and mandates in Vietnamese', () => {
    expect(unitKindLabel('department')).toBe('Sở');
    expect(unitKindLabel('khong-ro')).toBe('Khác');
    expect(roleLabel('head')).toBe('Người đứng đầu');
    expect(roleLabel('clerk')).toBe('Văn thư');
    expect(roleLabel('acting_head')).toBe('Quyền người đứng đầu (phụ trách)');
    expect(roleLabel('delegated')).toBe('Được ủy quyền');
    expect(mandateLabel('construction')).toBe('Xây dựng');
  });

  it('writes a term from–to as dd/mm/yyyy, an open one until now', () => {
    expect(termText('2024-09-01', '2024-09-30')).toBe('01/09/2024 – 30/09/2024');
    expect(termText('2020-01-01', null)).toBe('01/01/2020 – nay');
  });
});
