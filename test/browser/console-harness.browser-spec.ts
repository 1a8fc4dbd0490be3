import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CONSOLE_ROUTES } from '../../apps/console/src/testing';
import { ConsoleSession } from './support/console-session';

/**
 * The harness itself, whatever the pages hold: the built service serves the built console, Chromium runs it under
 * its CSP without an error, every console address opens directly (a bookmark), and axe finds nothing serious.
 */
describe('the console in Chromium, served by the built service', () => {
  let s: ConsoleSession;
  beforeAll(async () => {
    s = await ConsoleSession.start('harness');
  }, 240_000);
  afterAll(() => s?.close());

  it('loads at / in Vietnamese, runs under its CSP without an error, and passes axe', async () => {
    await s.open('/');
    expect(await s.page.getAttribute('html', 'lang')).toBe('vi');
    await expect(s.page.locator('#root > *').first().waitFor({ timeout: 15_000 })).resolves.toBeUndefined();
    expect(await s.inspect('00-start')).toEqual([]);
    expect(s.problems).toEqual([]);
  });

  it('opens every console address directly, as a shared or bookmarked link, with the page title in Vietnamese', async () => {
    for (const route of CONSOLE_ROUTES) {
      const response = await s.page.goto(new URL(route.path, s.service.url).href);
      expect({ path: route.path, status: response?.status(), type: response?.headers()['content-type'] }).toEqual({
        path: route.path,
        status: 200,
        type: expect.stringMatching(/^text\/html/),
      });
      await s.settle();
      await s.page.locator('#root > *').first().waitFor({ timeout: 15_000 });
    }
    expect(s.problems).toEqual([]);
  });

  it('shows its own "not found" page for an unknown console address under a console prefix, and passes axe', async () => {
    await s.open('/nhiem-vu/khong-co/trang-nay');
    expect(await s.inspect('01-not-found')).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
