import { describe, expect, it } from 'vitest';
import { roleLabel, roleLabels } from './labels';

describe('role labels', () => {
  it('names every role in Vietnamese with its diacritics', () => {
    expect(roleLabel('inspector')).toBe('Thanh tra viên');
    expect(roleLabel('office_chief')).toBe('Chánh Văn phòng');
    expect(roleLabels(['unit_head', 'officer'])).toBe('Lãnh đạo đơn vị, Chuyên viên');
  });

  it('shows an unknown role code as it is', () => {
    expect(roleLabel('auditor')).toBe('auditor');
  });
});
