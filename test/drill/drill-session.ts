import type { Client } from 'pg';
import type { PrivateCluster } from '../support/private-cluster';
import { DrillCommands } from './drill-commands';
import { DrillTokens } from './drill-tokens';
import { asOwner } from './event-log';
import { HttpClient } from './http-client';
import { attempt, LoadLedger, pause } from './http-load';
import { ServiceProcess, type UnexpectedExit } from './service-process';

/**
 * What every drill of a run shares: the private cluster, the secret and tokens, one HTTP port, and the
 * service currently running on it. Rate limits are off (both 0) so the drills' load is not refused by
 * them; the demo city is loaded at the first start (DEMO_DATA=true).
 */
export class DrillSession {
  readonly tokens = new DrillTokens();
  readonly client: HttpClient;
  private current: ServiceProcess | undefined;
  /** Every service process of the run, for their unexpected exits. */
  private readonly services: ServiceProcess[] = [];

  constructor(
    readonly cluster: PrivateCluster,
    readonly port: number,
    private readonly logFile: string,
    private readonly printLine: (line: string) => void,
  ) {
    this.client = new HttpClient(`http://127.0.0.1:${port}`);
  }

  get urls(): { databaseUrl: string; databaseOwnerUrl: string } {
    return { databaseUrl: this.cluster.database.serviceUrl, databaseOwnerUrl: this.cluster.database.url };
  }

  get serviceRunning(): boolean {
    return this.current?.alive ?? false;
  }

  get service(): ServiceProcess {
    if (!this.current) throw new Error('no service is running');
    return this.current;
  }

  /** Stops the running service (if any) and starts one with these settings beside the drill's defaults. */
  async startService(name: string, env: Record<string, string> = {}): Promise<ServiceProcess> {
    await this.current?.stop();
    this.current = new ServiceProcess({
      name,
      port: this.port,
      logFile: this.logFile,
      env: {
        DATABASE_URL: this.urls.databaseUrl,
        DATABASE_OWNER_URL: this.urls.databaseOwnerUrl,
        JWT_SECRET: this.tokens.secret,
        DEMO_DATA: 'true',
        PROJECTOR: 'inline',
        RATE_LIMIT_PER_PRINCIPAL: '0',
        RATE_LIMIT_PER_ADDRESS: '0',
        DEADLINE_WATCH_MS: '0',
        ...env,
      },
    });
    this.services.push(this.current);
    const started = Date.now();
    await this.current.start();
    this.progress(`  service "${name}" ready in ${Date.now() - started} ms (pid ${this.current.pid}${describeEnv(env)})`);
    return this.current;
  }

  /** How many times a service of this run ended without being asked to (crash or outside signal). */
  unexpectedExits(): UnexpectedExit[] {
    return this.services.flatMap((service) => service.unexpectedExits);
  }

  async stopService(): Promise<void> {
    await this.current?.stop();
    this.current = undefined;
  }

  owner<T>(work: (client: Client) => Promise<T>): Promise<T> {
    return asOwner(this.urls.databaseOwnerUrl, work);
  }

  commands(tag: string): DrillCommands {
    return new DrillCommands(this.tokens, tag);
  }

  /** Assigns tasks for a drill to work on (keyed, retried until acknowledged); their ids. */
  async createTasks(commands: DrillCommands, count: number): Promise<string[]> {
    const ledger = new LoadLedger();
    const ids: string[] = [];
    for (let n = 1; n <= count; n++) {
      const record = ledger.register(commands.newTask(`task-${n}`));
      for (let tries = 0; !record.acknowledged; tries++) {
        const answer = await attempt(this.client, ledger, record);
        if (answer.status === 201) ids.push((answer.body as { taskId: string }).taskId);
        else if (tries >= 20) throw new Error(`could not assign a task for the drill: ${answer.status} ${JSON.stringify(answer.body)}`);
        else await pause(250);
      }
    }
    return ids;
  }

  progress(line: string): void {
    this.printLine(line);
  }
}

function describeEnv(env: Record<string, string>): string {
  const entries = Object.entries(env);
  return entries.length === 0 ? '' : `, ${entries.map(([name, value]) => `${name}=${value}`).join(' ')}`;
}
