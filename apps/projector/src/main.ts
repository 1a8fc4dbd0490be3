import './register-lib-paths';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig, openServicePool, serviceEventStore, serviceLedgerPublisher, serviceProjector } from '@lib/service';

const logger = new Logger('Projector');

/**
 * The projector as its own process, for deployments that run the API with PROJECTOR=external. It needs
 * DATABASE_URL: the embedded database belongs to the API process that started it. It shares with the API only
 * libraries (`@lib/service`: configuration, schema, pool, log, the projector over every read model), never a
 * file of `apps/api`.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl)
    throw new ConfigError('the projector app needs DATABASE_URL (set PROJECTOR=external on the API instances it serves)');
  const migrations = new Logger('Migrations');
  const pool = await openServicePool(
    { ...config, databaseUrl: config.databaseUrl },
    {
      migrations: (line) => migrations.log(line),
      warn: (line) => migrations.warn(line),
      idleError: (error) => new Logger('Database').warn(`an idle connection broke and was dropped: ${error.message}`),
    },
  );
  const runtime = serviceProjector({ pool, eventStore: serviceEventStore(pool, config), config, log: (line) => logger.log(line) });
  const ledger = serviceLedgerPublisher({ pool, config, log: (line) => logger.log(line) });
  await runtime.start();
  ledger?.start();
  logger.log('projector running; stop with Ctrl+C');
  const stop = async (signal: string): Promise<void> => {
    logger.log(`${signal}: finishing the current batch, then stopping`);
    await ledger?.stop();
    await runtime.stop();
    await pool.end();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: Error) => {
  logger.error(error instanceof ConfigError ? error.message : (error.stack ?? error.message));
  process.exit(1);
});
