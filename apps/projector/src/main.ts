import '../../api/src/register-lib-paths';
import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '../../api/src/config/app-config';
import { DatabaseModule } from '../../api/src/database/database.module';
import { EventStoreModule } from '../../api/src/event-store/event-store.module';
import { ProjectorService } from '../../api/src/projections/projector.provider';

const logger = new Logger('Projector');

/**
 * The projector as its own process, for deployments that run the API with PROJECTOR=external. It needs
 * DATABASE_URL: the embedded database belongs to the API process that started it.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) throw new ConfigError('the projector app needs DATABASE_URL (set PROJECTOR=external on the API instances it serves)');
  @Module({ imports: [DatabaseModule.forRoot({ ...config, databaseUrl: config.databaseUrl }), EventStoreModule], providers: [ProjectorService] })
  class ProjectorAppModule {}
  const app = await NestFactory.createApplicationContext(ProjectorAppModule);
  await app.init();
  logger.log('projector running; stop with Ctrl+C');
  const stop = async (signal: string): Promise<void> => {
    logger.log(`${signal}: finishing the current batch, then stopping`);
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: Error) => {
  logger.error(error instanceof ConfigError ? error.message : (error.stack ?? error.message));
  process.exit(1);
});
