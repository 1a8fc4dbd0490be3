import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConsoleSession } from './support/console-session';

interface FindingPage {
  items: Array<{ id: string; status: string; ruleTitle: string }>;
}

/** The inspectors' findings inbox on the demo city: the API's findings, filtered by status and rule from the address. */
describe('the findings inbox', () => {
  let s: ConsoleSession;
  beforeAll(async () => {
    s = await ConsoleSession.start('findings-inbox');
    await s.open('/dang-nhap');
    await s.page.getByRole('button', { name: 'Vào với tên Vũ Thu Hà' }).click();
    await s.page.waitForURL((url) => url.pathname === '/');
  }, 240_000);
  afterAll(() => s?.close());

  /** The API's own page of findings, read with the signed-in browser's cookie. */
  const findings = async (query: string): Promise<FindingPage> =>
    (await (await s.page.request.get(new URL(`/findings${query}`, s.page.url()).toString())).json()) as FindingPage;
  const rows = () => s.page.locator('.ant-table-tbody tr.ant-table-row');

  it("lists the API's findings, newest first, each with its rule and review status", async () => {
    const page = await findings('');
    expect(page.items.length).toBeGreaterThan(0);
    await s.open('/phat-hien');
    await s.page.getByRole('heading', { level: 2, name: 'Phát hiện' }).waitFor();
    await rows().first().waitFor();
    expect(await rows().count()).toBe(page.items.length);
    await expect(rows().first().textContent()).resolves.toContain(page.items[0]?.ruleTitle);
    expect(await s.inspect('30-findings')).toEqual([]);
  });

  it('filters by review status from the address, as the API does', async () => {
    const open = await findings('?status=open');
    await s.open('/phat-hien?tinh-trang=open');
    await rows().first().waitFor();
    expect(await rows().count()).toBe(open.items.length);
    for (const status of await rows().locator('.ant-tag').allTextContents()) expect(status).toBe('Chờ xem xét');
  });

  it('chooses a rule from the list, and the address keeps it', async () => {
    const first = (await findings('')).items[0];
    await s.open('/phat-hien');
    await rows().first().waitFor();
    // Typed as an inspector would (the list is long): the first matching rule, chosen with Enter.
    await s.page.getByLabel('Quy tắc').fill(first?.ruleTitle ?? '');
    await s.page.keyboard.press('Enter');
    await s.page.waitForURL((url) => url.searchParams.has('quy-tac'));
    await rows().first().waitFor();
    for (const text of await rows().allTextContents()) expect(text).toContain(first?.ruleTitle);
    expect(await s.inspect('31-findings-rule')).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
