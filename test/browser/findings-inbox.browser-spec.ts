import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConsoleSession } from './support/console-session';

interface FindingPage {
  items: Array<{
    id: string;
    status: string;
    ruleTitle: string;
    responsible: Array<{ personId: string | null; personName: string | null }>;
  }>;
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
    // Each rule title opens its own finding: the API's finding at that address has that rule.
    const links = rows().getByRole('link');
    for (let index = 0; index < Math.min(5, await links.count()); index += 1) {
      const href = (await links.nth(index).getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/phat-hien\/[0-9a-f-]{36}$/);
      const finding = (await (
        await s.page.request.get(new URL(href.replace('/phat-hien', '/findings'), s.page.url()).toString())
      ).json()) as {
        ruleTitle: string;
      };
      expect(await links.nth(index).textContent()).toBe(finding.ruleTitle);
    }
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
    await s.page.locator('.ant-select-item-option').filter({ hasText: first?.ruleTitle }).first().waitFor();
    await s.page.keyboard.press('Enter');
    await s.page.waitForURL((url) => url.searchParams.has('quy-tac'));
    // The unfiltered rows stay on screen until the filtered page arrives: wait until none is left.
    await rows()
      .filter({ hasNotText: first?.ruleTitle ?? '' })
      .first()
      .waitFor({ state: 'detached' });
    await rows().first().waitFor();
    for (const text of await rows().allTextContents()) expect(text).toContain(first?.ruleTitle);
    expect(await s.inspect('31-findings-rule')).toEqual([]);
    expect(s.problems).toEqual([]);
  });

  it('chooses a person by name typed without diacritics, and lists the findings the API gives for them', async () => {
    const person = (await findings('')).items.flatMap((finding) => finding.responsible).find((party) => party.personId && party.personName);
    expect(person).toBeDefined();
    const { personId, personName } = person as { personId: string; personName: string };
    const theirs = await findings(`?person=${personId}`);
    // As typed on a keyboard without Vietnamese input: "Lê Văn Cường" → "le van cuong".
    const plain = personName
      .normalize('NFD')
      .replace(/\p{Mark}/gu, '')
      .replace(/đ/gi, 'd')
      .toLowerCase();
    await s.open('/phat-hien');
    await rows().first().waitFor();
    await s.page.getByLabel('Người có tên').fill(plain);
    // The API's answer, listed by name and unit (the hidden accessible list names options by label too).
    await s.page.locator('.ant-select-item-option').filter({ hasText: personName }).first().waitFor();
    const answer = s.page.waitForResponse((response) => new URL(response.url()).searchParams.get('person') === personId);
    await s.page.keyboard.press('Enter');
    await s.page.waitForURL((url) => url.searchParams.get('nguoi') === personId);
    await answer;
    // The previous rows stay on screen until the new page is drawn: wait for the table to show the API's count.
    // A string: it runs in the page, whose `document` this Node-side file has no types for.
    await s.page
      .waitForFunction(`document.querySelectorAll('.ant-table-tbody tr.ant-table-row').length === ${theirs.items.length}`)
      .catch(() => undefined);
    expect(await rows().count()).toBe(theirs.items.length);
    // The address alone opens the same choice, the person shown by name.
    await s.open(`/phat-hien?nguoi=${personId}`);
    await s.page.locator('.ant-select').filter({ hasText: personName }).first().waitFor();
    expect(await s.inspect('32-findings-person')).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
