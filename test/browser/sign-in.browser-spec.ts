import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CONSOLE_ROUTES, SIGN_IN_PATH } from '../../apps/console/src/testing';
import { ConsoleSession } from './support/console-session';

/**
 * Signing in with a demo person and out again, on the embedded demo's terms: the sign-in page lists the demo people
 * by name, unit and role; one click enters; the shell names who is signed in; every page passes axe; signing out
 * ends the session and comes back to sign-in.
 */
describe('sign-in with a demo person, the shell, sign-out', () => {
  let s: ConsoleSession;
  beforeAll(async () => {
    s = await ConsoleSession.start('sign-in');
  }, 240_000);
  afterAll(() => s?.close());

  it('sends a visitor without a session to the sign-in page, which lists the demo people by name, unit and role', async () => {
    await s.open('/nhiem-vu');
    await s.page.waitForURL((url) => url.pathname === SIGN_IN_PATH);
    expect(new URL(s.page.url()).searchParams.get('quay-lai')).toBe('/nhiem-vu');
    const names = await s.page.getByTestId('demo-person-name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Vũ Thu Hà', 'Trần Văn An', 'Lê Văn Cường']));
    const inspector = s.page.locator('.ant-list-item', { hasText: 'Vũ Thu Hà' });
    await expect(inspector.textContent()).resolves.toContain('Thanh tra viên');
    expect(await s.inspect('10-sign-in')).toEqual([]);
  });

  it('finds a person typed without diacritics', async () => {
    await s.page.getByLabel('Tìm người theo tên, đơn vị hoặc vai trò').fill('vu thu ha');
    expect(await s.page.getByTestId('demo-person-name').allTextContents()).toEqual(['Vũ Thu Hà']);
  });

  it('enters with one click as the inspector, back to the page asked for, her name and role in the shell', async () => {
    await s.page.getByRole('button', { name: 'Vào với tên Vũ Thu Hà' }).click();
    await s.page.waitForURL((url) => url.pathname === '/nhiem-vu');
    const person = s.page.getByTestId('signed-in-person');
    await expect(person.textContent()).resolves.toContain('Vũ Thu Hà');
    await expect(person.textContent()).resolves.toContain('Thanh tra viên');
    expect(await s.inspect('11-tasks')).toEqual([]);
  });

  it('reaches every page from the menu, each with its address, and each passes axe', async () => {
    for (const [index, route] of CONSOLE_ROUTES.filter((candidate) => !candidate.public && !candidate.parent).entries()) {
      await s.page.getByRole('navigation', { name: 'Các mục chính' }).getByRole('link', { name: route.title, exact: true }).click();
      await s.page.waitForURL((url) => url.pathname === route.path);
      await expect(s.page.getByRole('heading', { level: 2, name: route.title }).waitFor()).resolves.toBeUndefined();
      expect({ page: route.title, violations: await s.inspect(`${12 + index}-${route.key}`) }).toEqual({
        page: route.title,
        violations: [],
      });
    }
  });

  it('keeps the session over a reload (the cookie), and signing out ends it and returns to sign-in', async () => {
    await s.page.reload();
    await s.settle();
    await expect(s.page.getByTestId('signed-in-person').textContent()).resolves.toContain('Vũ Thu Hà');
    await s.page.getByRole('button', { name: 'Đăng xuất' }).click();
    await s.page.waitForURL((url) => url.pathname === SIGN_IN_PATH);
    await s.page.getByTestId('demo-person-name').first().waitFor();
    await s.open('/phat-hien');
    await s.page.waitForURL((url) => url.pathname === SIGN_IN_PATH);
    expect(await s.inspect('19-signed-out')).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
