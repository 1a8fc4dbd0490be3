import { describe, expect, it } from 'vitest';
import { CONSOLE_PATH_PREFIXES, CONSOLE_ROUTES } from './routes';

describe('the console routes', () => {
  it('each page but the overview lies under a prefix the server answers with the console, and no prefix is unused', () => {
    const firstSegments = CONSOLE_ROUTES.filter((route) => route.path !== '/').map((route) => route.path.split('/')[1]);
    expect(new Set(firstSegments)).toEqual(new Set(CONSOLE_PATH_PREFIXES));
  });

  it("never takes an API route's first segment (English words), so a console address never shadows the API", () => {
    for (const prefix of CONSOLE_PATH_PREFIXES)
      expect([
        'session',
        'tasks',
        'findings',
        'audit',
        'org',
        'reports',
        'cases',
        'calendar',
        'health',
        'docs',
        'events',
        'problems',
      ]).not.toContain(prefix);
  });
});
