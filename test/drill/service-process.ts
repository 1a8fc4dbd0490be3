import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './drill-paths';

/** The line main.ts prints once the service listens and the demo city is loaded. */
const READY_LINE = 'accountability service is running';

export interface ServiceSettings {
  /** A label for progress lines and the log file. */
  name: string;
  port: number;
  /** Variables beside the drill's defaults (database URLs, secret, port): DB_POOL_SIZE, DEADLINE_WATCH_MS, … */
  env: Record<string, string>;
  /** Every line the service prints goes there too (appended), for a reader after the run. */
  logFile: string;
}

/**
 * The built service (`dist/apps/api/src/main.js`) as a child process on 127.0.0.1, started, stopped and
 * killed like an operator would, keeping its last lines for a report.
 */
/** The service ended without the drill asking it to: a crash, or a signal from outside the drill. */
export interface UnexpectedExit {
  pid: number | undefined;
  code: number | null;
  signal: NodeJS.Signals | null;
  at: string;
  lastLines: string[];
}

export class ServiceProcess {
  private child: ChildProcess | undefined;
  private readonly recent: string[] = [];
  private starts = 0;
  /** Set while the drill itself signals the process, so its exit is not taken for a crash. */
  private signalled = false;
  readonly unexpectedExits: UnexpectedExit[] = [];
  /** Lines logged at level ERROR since the first start (the kept lines are only the last 2,000). */
  errorLines = 0;
  /** Each 5xx the service logged, as "METHOD /path: message" (ids as {id}), with how many times. */
  readonly serverErrorCauses = new Map<string, number>();

  constructor(private readonly settings: ServiceSettings) {}

  get baseUrl(): string {
    return `http://127.0.0.1:${this.settings.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** True while the current child has not exited (nor been signalled to death). */
  get alive(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last lines the service printed (stdout and stderr interleaved). */
  lastLines(count = 40): string[] {
    return this.recent.slice(-count);
  }

  /** Starts the service and resolves once it printed that it listens (the demo city loaded), or rejects. */
  async start(timeoutMs = 120_000): Promise<void> {
    if (this.alive) throw new Error(`${this.settings.name}: already running (pid ${this.pid})`);
    this.starts += 1;
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/apps/api/src/main.js')], {
      cwd: REPO_ROOT,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(this.settings.port), ...this.settings.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.signalled = false;
    this.note(`--- start #${this.starts} (pid ${child.pid}) ---`);
    child.once('exit', (code, signal) => {
      this.note(`--- pid ${child.pid} exited (code ${code}, signal ${signal}) ---`);
      if (!this.signalled)
        this.unexpectedExits.push({ pid: child.pid, code, signal, at: new Date().toISOString(), lastLines: this.lastLines(12) });
    });
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.settings.name}: not ready within ${timeoutMs} ms; last lines:\n${this.lastLines(15).join('\n')}`)),
        timeoutMs,
      );
      const onLine = (line: string): void => {
        if (line.includes(READY_LINE)) {
          clearTimeout(timer);
          resolve();
        }
      };
      this.follow(child, onLine);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(
          new Error(
            `${this.settings.name}: exited before it was ready (code ${code}, signal ${signal}); last lines:\n${this.lastLines(15).join('\n')}`,
          ),
        );
      });
    });
    await ready;
  }

  /** SIGKILL: no shutdown hook runs, connections are cut where they are. Resolves when the process is gone. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL', 5_000);
  }

  /** SIGTERM: the service closes its HTTP server and pool, then exits. Falls back to SIGKILL after the grace time. */
  async stop(graceMs = 15_000): Promise<void> {
    if (!(await this.signal('SIGTERM', graceMs))) await this.signal('SIGKILL', 5_000);
  }

  private async signal(signal: NodeJS.Signals, waitMs: number): Promise<boolean> {
    const child = this.child;
    if (!child || !this.alive) return true;
    const exited = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), waitMs);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    this.note(`--- ${signal} (pid ${child.pid}) ---`);
    this.signalled = true;
    child.kill(signal);
    return exited;
  }

  private follow(child: ChildProcess, onLine: (line: string) => void): void {
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) {
          this.note(line);
          onLine(line);
        }
      });
    }
  }

  private note(line: string): void {
    if (/\bERROR\b/.test(line)) {
      this.errorLines += 1;
      const cause = httpErrorCause(line);
      if (cause) this.serverErrorCauses.set(cause, (this.serverErrorCauses.get(cause) ?? 0) + 1);
    }
    this.recent.push(line);
    if (this.recent.length > 2_000) this.recent.splice(0, this.recent.length - 2_000);
    appendFileSync(this.settings.logFile, `${line}\n`);
  }
}

/** "ERROR [HTTP] POST /tasks/<uuid>/comments: RangeError: …" → "POST /tasks/{id}/comments: RangeError: …". */
function httpErrorCause(line: string): string | undefined {
  const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
  const match = /ERROR\s+\[HTTP\]\s+([A-Z]+) ([^?\s:]+)\S*: (.*)$/.exec(plain);
  if (!match) return undefined;
  const path = match[2]!.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '{id}');
  return `${match[1]} ${path}: ${match[3]!.slice(0, 160)}`;
}
