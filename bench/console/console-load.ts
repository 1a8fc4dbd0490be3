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
 * Opens `path` and waits until every `usable` CSS selector matches a rendered element; the time is the page's own
 * clock at that frame (performance.now(), counted from the navigation's start). `cold`: a new browser context, so nothing is cached;
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
  const profiler = process.env.BENCH_PROFILE ? await context.newCDPSession(page) : undefined;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
    await profiler.send('Profiler.start');
  }
  try {
    await page.goto(new URL(path, base).href, { waitUntil: 'commit' });
    // Checked in the page on every animation frame, and timed there: a locator's wait polls at growing intervals (up
    // to half a second), which would count the test's polling as the page's time.
    const usableMs = (await (
      await page.waitForFunction(
        (selectors: string[]) => {
          // Runs in the page (the bench is compiled without the DOM's types).
          const page = globalThis as unknown as {
            document: { querySelector(selector: string): { getClientRects(): ArrayLike<unknown> } | null };
          };
          const shown = selectors.every((selector) => (page.document.querySelector(selector)?.getClientRects().length ?? 0) > 0);
          return shown ? performance.now() : false;
        },
        [...usable],
        { polling: 'raf', timeout: 30_000 },
      )
    ).jsonValue()) as number;
    const reads = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as unknown as { initiatorType: string }).initiatorType === 'fetch')
        .map((entry) => ({ path: new URL(entry.name).pathname, ms: entry.duration })),
    );
    if (profiler) printProfile(path, (await profiler.send('Profiler.stop')).profile);
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

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples?: number[];
  timeDeltas?: number[];
}

/** BENCH_PROFILE=1: where the page's main thread spent its time until usable, by script and by function (self time). */
function printProfile(path: string, profile: CpuProfile): void {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  (profile.samples ?? []).forEach((nodeId, index) => {
    const frame = frames.get(nodeId);
    const ms = (profile.timeDeltas?.[index] ?? 0) / 1000;
    const script = frame?.url ? (frame.url.split('/').pop() ?? frame.url) : `(${frame?.functionName || 'native'})`;
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const name = `${frame?.functionName || '(anonymous)'} ${script}:${frame?.lineNumber ?? 0}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  });
  const top = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, ms]) => `${ms.toFixed(0).padStart(5)} ms  ${name}`)
      .join('\n    ');
  process.stderr.write(`  profile ${path}, by script:\n    ${top(byScript)}\n  by function:\n    ${top(byFunction)}\n`);
}
