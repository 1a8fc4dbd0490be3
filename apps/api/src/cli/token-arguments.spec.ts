import { describe, expect, it } from '@jest/globals';
import { parseTokenArguments, TOKEN_USAGE, UsageError, wantsTokenHelp } from './token-arguments';

/** JWT_MAX_TTL's default. */
const MAX = 12 * 3600;

describe('token CLI arguments', () => {
  it('read a principal with roles, position, jurisdiction and lifetime', () => {
    expect(
      parseTokenArguments(
        [
          '--person',
          'do-van-phuc',
          '--unit',
          'thanh-tra-tp',
          '--roles',
          'inspector',
          '--jurisdiction',
          'ubnd-tp',
          '--ttl',
          '2h',
          '--name',
          'Đỗ Văn Phúc',
        ],
        MAX,
      ),
    ).toEqual({
      principal: {
        personId: 'do-van-phuc',
        unitId: 'thanh-tra-tp',
        roles: ['inspector'],
        jurisdictionUnitId: 'ubnd-tp',
        name: 'Đỗ Văn Phúc',
      },
      ttlSeconds: 7200,
    });
    expect(
      parseTokenArguments(['--person', 'le-van-cuong', '--unit', 'so-xay-dung', '--roles', 'officer, clerk', '--position', 'staff'], MAX),
    ).toEqual({
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
    [
      ['--person', 'p', '--unit', 'u', '--roles', 'unit_head', '--jurisdiction', 'ubnd-tp'],
      /--jurisdiction is read only for roles inspector, home_affairs, office_chief/,
    ],
    [['--person', 'p', '--unit', 'u', '--roles', 'officer', '--position', 'chief'], /--position must be one of/],
    [['--person', 'p', '--unit', 'u', '--roles', 'officer', '--ttl', 'forever'], /--ttl must look like/],
    [['--person', 'p', '--unit', 'u', '--roles', 'officer', '--ttl', '90d'], /between 1s and 43200s \(JWT_MAX_TTL\)/],
    [['--person', 'p', '--unit', 'u', '--roles', 'officer', '--ttl', '13h'], /between 1s and 43200s \(JWT_MAX_TTL\); got 13h/],
    [['--person', 'p', '--unit', 'u', '--roles', 'officer', '--ttl', '0s'], /between 1s and/],
    [['--person', 'p', '--unit', 'u', '--roles', 'officer', '--colour', 'red'], /Unknown option '--colour'/],
  ])('reject %j with a usage error', (argv, message) => {
    expect(() => parseTokenArguments(argv, MAX)).toThrow(UsageError);
    expect(() => parseTokenArguments(argv, MAX)).toThrow(message);
  });

  it('takes a lifetime up to JWT_MAX_TTL; without --ttl, 8 hours or the maximum when it is shorter', () => {
    const officer = ['--person', 'p', '--unit', 'u', '--roles', 'officer'];
    expect(parseTokenArguments([...officer, '--ttl', '12h'], MAX).ttlSeconds).toBe(MAX);
    expect(parseTokenArguments([...officer, '--ttl', '3d'], 7 * 86400).ttlSeconds).toBe(3 * 86400);
    expect(parseTokenArguments(officer, 3600).ttlSeconds).toBe(3600);
    expect(() => parseTokenArguments([...officer, '--ttl', '2h'], 3600)).toThrow(/between 1s and 3600s/);
  });
});

describe('token CLI help', () => {
  it.each([[['--help']], [['-h']], [['--person', 'p', '--help']], [['--person', 'p', '--unit', 'u', '--roles', 'officer', '-h']]])(
    '%j asks for the usage',
    (argv) => {
      expect(wantsTokenHelp(argv)).toBe(true);
    },
  );

  it.each([[[]], [['--person', 'p', '--unit', 'u', '--roles', 'officer']], [['--name', '--help', '--person', 'p']], [['--', '--help']]])(
    '%j does not',
    (argv) => {
      expect(wantsTokenHelp(argv)).toBe(false);
    },
  );

  it('the usage names every option, --help and how to run it in the container image', () => {
    for (const option of ['--person', '--unit', '--roles', '--position', '--jurisdiction', '--name', '--ttl', '--help'])
      expect(TOKEN_USAGE).toContain(option);
    expect(TOKEN_USAGE).toContain('node dist/apps/api/src/cli/mint-token.js');
    expect(TOKEN_USAGE).toContain('JWT_SECRET_FILE');
  });
});
