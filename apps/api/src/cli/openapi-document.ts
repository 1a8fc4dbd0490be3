import '../register-lib-paths';
import 'reflect-metadata';
import { resolveTokenKeys } from '../auth/token-keys';
import { loadConfig } from '@lib/service';
import { apiDocumentOf, createApp } from '../create-app';

/**
 * `node dist/apps/api/src/cli/openapi-document.js`: prints the service's OpenAPI document (the one `/docs/openapi.json`
 * serves) as JSON, without a database: the app is built in Nest's preview mode, where no provider is instantiated
 * and nothing connects. The console's typed client is generated from it (`npm run api:types`).
 */
async function main(): Promise<void> {
  const config = {
    ...loadConfig({}),
    databaseUrl: 'postgres://preview@127.0.0.1:1/preview',
    jwtSecret: 'preview-only-secret-never-used-to-sign-0123456789',
  };
  const app = await createApp(config, { tokenKeys: resolveTokenKeys(config) }, { logger: false, preview: true });
  process.stdout.write(`${JSON.stringify(apiDocumentOf(app), null, 2)}\n`);
  await app.close();
}

main().catch((error: Error) => {
  process.stderr.write(`openapi-document: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
