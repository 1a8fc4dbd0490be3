import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations, type Violation } from './accessibility';
import { launchChromium, type Browser } from './chromium';
import { startConsoleService, type ConsoleService } from './console-service';
import { runFolder } from './repository';

/**
 * One browser-test file's world: the service (built, on a fresh database with the demo city), a fresh Chromium, and
 * the folder where the run keeps each page's screenshot and the service's log (printed at the start).
 */
export class ConsoleSession {
  readonly problems: string[] = [];
  private constructor(
    readonly service: ConsoleService,
    readonly browser: Browser,
    readonly page: Page,
    readonly folder: string,
  ) {
    // Uncaught errors and what the browser refused (a CSP violation is logged as "Refused to …"); a failed load
    // (a 401 from /session while signed out) is the API answering, not a fault of the page.
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        this.problems.push(`console: ${message.text()}`);
    });
  }

  static async start(name: string, env: Record<string, string> = {}): Promise<ConsoleSession> {
    const folder = join(runFolder(), name);
    mkdirSync(folder, { recursive: true });
    process.stdout.write(`\nbrowser tests (${name}): screenshots and the service's log in ${folder}\n`);
    const service = await startConsoleService(join(folder, 'service.log'), env);
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const page = await browser.context.newPage();
      return new ConsoleSession(service, browser, page, folder);
    } catch (error) {
      await browser?.close();
      await service.stop();
      throw error;
    }
  }

  /** Opens a path of the console (as a typed or bookmarked address) and waits until the page has settled. */
  async open(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.service.url).href);
    await this.settle();
  }

  async settle(): Promise<void> {
    await this.page.waitForLoadState('networkidle');
    await this.page
      .locator('.ant-spin-spinning')
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 })
      .catch(() => undefined);
  }

  /** Signs in with a demo person's one-click button (a signed-in browser is sent on to its page) and waits to leave sign-in. */
  async signInAs(name: string): Promise<void> {
    await this.open('/dang-nhap');
    await this.page.getByRole('button', { name: `Vào với tên ${name}` }).click();
    await this.page.waitForURL((url) => url.pathname !== '/dang-nhap');
  }

  /** The page as it is: a full-page screenshot named after it, and its serious or critical accessibility violations. */
  async inspect(name: string): Promise<Violation[]> {
    await this.settle();
    await this.page.screenshot({ path: join(this.folder, `${name}.png`), fullPage: true });
    return seriousViolations(this.page);
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.service.stop();
  }
}
