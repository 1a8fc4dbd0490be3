import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CONSOLE_ROUTES, SIGN_IN_PATH } from '../../apps/console/src/testing';
import { ConsoleSession } from './support/console-session';

/** What the console says when the API refuses a read, and when a page is not for the signed-in person's roles. */
const API_REFUSAL = 'Bạn không có quyền xem nội dung này';
const ROLE_REFUSAL = 'Trang này không dành cho vai trò của bạn';

const MENU_PAGES = CONSOLE_ROUTES.filter((route) => !route.public && !route.parent);
const DEMO_PEOPLE = ['Trần Văn An', 'Lý Thị Nga', 'Nguyễn Thị Bình', 'Lê Văn Cường', 'Vũ Thu Hà', 'Lê Đức Việt', 'Quản trị hệ thống'];

/**
 * The menu follows the API's roles: for each demo person, every page the menu offers opens without a refusal, and
 * every page it leaves out, opened by its address, says in Vietnamese that it is not for this role.
 */
describe('pages by role', () => {
  let s: ConsoleSession;
  beforeAll(async () => {
    s = await ConsoleSession.start('pages-by-role');
  }, 240_000);
  afterAll(() => s?.close());

  it.each(DEMO_PEOPLE)('offers %s only the pages the API lets them read', async (name) => {
    await s.open(SIGN_IN_PATH);
    await s.page.getByRole('button', { name: `Vào với tên ${name}` }).click();
    await s.page.waitForURL((url) => url.pathname !== SIGN_IN_PATH);
    await s.settle();
    const menu = s.page.getByRole('navigation', { name: 'Các mục chính' });
    const offered = await menu.getByRole('link').allTextContents();
    expect(offered.length).toBeGreaterThan(0);
    // Where sign-in lands is the first page of the menu.
    expect(new URL(s.page.url()).pathname).toBe(MENU_PAGES.find((route) => route.title === offered[0])?.path);

    for (const route of MENU_PAGES) {
      await s.open(route.path);
      if (offered.includes(route.title)) {
        await s.page.getByRole('heading', { level: 2, name: route.title }).waitFor();
        expect({ page: route.title, refused: await s.page.getByText(API_REFUSAL).count() }).toEqual({ page: route.title, refused: 0 });
        expect(await s.page.getByText(ROLE_REFUSAL).count()).toBe(0);
      } else if (route.path === '/') {
        // The overview sends a person who cannot read it to their first page.
        expect(new URL(s.page.url()).pathname).toBe(MENU_PAGES.find((candidate) => candidate.title === offered[0])?.path);
      } else {
        await s.page.getByText(ROLE_REFUSAL).waitFor();
      }
    }
    await s.page.getByRole('button', { name: 'Đăng xuất' }).click();
    await s.page.waitForURL((url) => url.pathname === SIGN_IN_PATH);
  });

  it("shows the officer the task list but none of the inspectors', Home Affairs' or the Office's pages", async () => {
    await s.page.getByRole('button', { name: 'Vào với tên Lê Văn Cường' }).click();
    await s.page.waitForURL((url) => url.pathname === '/nhiem-vu');
    const menu = s.page.getByRole('navigation', { name: 'Các mục chính' });
    await menu.getByRole('link', { name: 'Nhiệm vụ' }).waitFor();
    const offered = await menu.getByRole('link').allTextContents();
    expect(offered[0]).toBe('Nhiệm vụ');
    for (const title of ['Tổng quan', 'Phát hiện', 'Hồ sơ kỷ luật', 'Báo cáo, đánh giá', 'Tra cứu nhật ký'])
      expect(offered).not.toContain(title);
    await s.open('/phat-hien');
    await s.page.getByText(ROLE_REFUSAL).waitFor();
    expect(await s.inspect('80-officer-findings-refused')).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
