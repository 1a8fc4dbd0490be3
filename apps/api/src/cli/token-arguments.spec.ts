import { describe, expect, it } from '@jest/globals';
import { parseTokenArguments, UsageError } from './token-arguments';

describe('token CLI arguments', () => {
  it('read a principal with roles, position, jurisdiction and lifetime', () => {
    expect(
      parseTokenArguments(['--person', 'do-van-phuc', '--unit', 'thanh-tra-tp', '--roles', 'inspector', '--jurisdiction', 'ubnd-tp', '--ttl', '2h', '--name', 'Đỗ Văn Phúc']),
    ).toEqual({
      principal: { personId: 'do-van-phuc', unitId: 'thanh-tra-tp', roles: ['inspector'], jurisdictionUnitId: 'ubnd-tp', name: 'Đỗ Văn Phúc' },
      ttlSeconds: 7200,
    });
    expect(parseTokenArguments(['--person', 'le-van-cuong', '--unit', 'so-xay-dung', '--roles', 'officer, clerk', '--position', 'staff'])).toEqual({
      principal: { personId: 'le-van-cuong', unitId: 'so-xay-dung', roles: ['officer', 'clerk'], position: 'staff' },
      ttlSeconds: 8 * 3600,
    });
  });

  it.each([
    [['--unit', 'u', '--roles', 'officer'], /--person is required/],
    [['--person', 'p', '--roles', 'officer'], /--unit is required/],
    [['--person', 'p', '--unit', 'u'], /--roles is required/],
    [['--person', 'p', '--unit', 'u', '--roles', 'officer,boss'], /unknown role\(s\): boss/],
    [['--person', 'p', '--unit', 'u', '--roles', 'inspector'], /need --jurisdiction/],
    [['--person', 'p', '--unit', 'u', '--roles', 'officer', '--position', 'chief'], /--position must be one of/],
    [['--person', 'p', '--unit', 'u', '--roles', 'officer', '--ttl', 'forever'], /--ttl must look like/],
    [['--person', 'p', '--unit', 'u', '--roles', 'officer', '--ttl', '90d'], /between 1s and 30d/],
    [['--person', 'p', '--unit', 'u', '--roles', 'officer', '--colour', 'red'], /Unknown option '--colour'/],
  ])('reject %j with a usage error', (argv, message) => {
    expect(() => parseTokenArguments(argv)).toThrow(UsageError);
    expect(() => parseTokenArguments(argv)).toThrow(message);
  });
});
