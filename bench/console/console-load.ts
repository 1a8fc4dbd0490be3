import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../test/browser/support/chromium';

/** One load of a console page: the JavaScript it fetched and how long until it was usable. */
export interface PageLoad {
  usableMs: number;
  /** Bytes of JavaScript received (the server sends it uncompressed); 0 for what came from the cache. */
  scriptBytes: number;
  /** The same JavaScript gzip-compressed (level 6, as a reverse proxy would send it). */
  scriptGzipBytes: number;
  /** The API read that took longest before the page was usable (path and ms, from the page's resource timing). */
  slowestRead: { path: string; ms: number } | null;
}

export interface ConsoleBrowser {
  readonly base: string;
  readonly sessionCookie: { name: string; value: string; url: string };
  readonly browser: Browser;
  /** Kept between warm loads: its HTTP cache holds the console's files. */
  warm?: BrowserContext;
  /** GET an API path with the session's cookie; the parsed JSON of a 200, else it throws. */
  apiGet(path: string): Promise<unknown>;
  close(): Promise<void>;
}

/** Debian's Chromium with the browser tests' flags, holding a signed-in session's cookie for the console at `base`. */
export async function openConsoleBrowser(base: string, sessionId: string): Promise<ConsoleBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const sessionCookie = { name: 'rtn_session', value: sessionId, url: base };
  return {
    base,
    sessionCookie,
    browser,
    async apiGet(path) {
      const response = await fetch(new URL(path, base), { headers: { cookie: `rtn_session=${sessionId}` } });
      if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    close: () => browser.close(),
  };
}

async function newContext(target: ConsoleBrowser): Promise<BrowserContext> {
  const context = await target.browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  await context.addCookies([target.sessionCookie]);
  return context;
}

/**
 * Opens `path` and waits until every `usable` selector is visible; the time is the page's own clock at that moment
 * (performance.now(), counted from the navigation's start). `cold`: a new browser context, so nothing is cached;
 * `warm`: one context kept across loads (primed once before the first measured load).
 */
export async function timeConsolePage(
  target: ConsoleBrowser,
  path: string,
  usable: readonly string[],
  mode: 'cold' | 'warm',
): Promise<PageLoad> {
  if (mode === 'warm' && !target.warm) {
    target.warm = await newContext(target);
    await measure(target.warm, target.base, path, usable);
  }
  const context = mode === 'warm' ? target.warm! : await newContext(target);
  try {
    return await measure(context, target.base, path, usable);
  } finally {
    if (mode === 'cold') await context.close();
  }
}

async function measure(context: BrowserContext, base: string, path: string, usable: readonly string[]): Promise<PageLoad> {
  const page = await context.newPage();
  const scripts: Array<Promise<Buffer | undefined>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' && !response.fromServiceWorker())
      scripts.push(response.status() === 200 ? response.body().catch(() => undefined) : Promise.resolve(undefined));
  });
  try {
    await page.goto(new URL(path, base).href, { waitUntil: 'commit' });
    for (const selector of usable) await page.locator(selector).first().waitFor({ state: 'visible', timeout: 30_000 });
    const usableMs = await page.evaluate(() => performance.now());
    const reads = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as unknown as { initiatorType: string }).initiatorType === 'fetch')
        .map((entry) => ({ path: new URL(entry.name).pathname, ms: entry.duration })),
    );
    if (process.env.BENCH_TRACE) {
      const trace = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map(
            (entry) =>
              `${Math.round(entry.startTime)}–${Math.round((entry as unknown as { responseEnd: number }).responseEnd)} ${new URL(entry.name).pathname}`,
          ),
      );
      process.stderr.write(`  trace ${path} usable at ${Math.round(usableMs)} ms:\n    ${trace.join('\n    ')}\n`);
    }
    const slowestRead = reads.reduce<{ path: string; ms: number } | null>(
      (worst, read) => (worst && worst.ms >= read.ms ? worst : read),
      null,
    );
    const bodies = (await Promise.all(scripts)).filter((body): body is Buffer => body !== undefined);
    return {
      usableMs,
      slowestRead,
      scriptBytes: bodies.reduce((sum, body) => sum + body.length, 0),
      scriptGzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 6 }).length, 0),
    };
  } finally {
    await page.close();
  }
}
