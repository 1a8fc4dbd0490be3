import { createApp, resolveTokenKeys, TokenService } from '../../apps/api/src/testing';
import { loadConfig } from '@lib/service';
import { BENCH_RATE_LIMITS } from '../rate-limits';

export interface ProvinceApi {
  /** GET `path` as the province's administrator; fails on anything but 200; returns the parsed JSON. */
  get(path: string): Promise<unknown>;
  close(): Promise<void>;
}

/** The API on the loaded database, projector external (the read models are already rebuilt), no deadline watcher. */
export async function startProvinceApi(databaseUrl: string): Promise<ProvinceApi> {
  const secret = 'bench-secret-that-is-long-enough-for-hs256-0123456789';
  const config = {
    ...loadConfig({}),
    databaseUrl,
    jwtSecret: secret,
    deadlineWatchMs: 0,
    projector: 'external' as const,
    ...BENCH_RATE_LIMITS,
  };
  const keys = resolveTokenKeys(config);
  const app = await createApp(config, { tokenKeys: keys }, { logger: false });
  await app.init();
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  const token = new TokenService(keys, config).mint({ personId: 'bench-admin', unitId: 'ubnd-tp.c0', roles: ['admin'] }, 3600);
  return {
    async get(path) {
      const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    close: () => app.close(),
  };
}
