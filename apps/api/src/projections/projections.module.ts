import { Module, type DynamicModule } from '@nestjs/common';
import { EventStoreModule } from '../event-store/event-store.module';
import { ProjectionsController } from './projections.controller';
import { ProjectorService } from './projector.provider';

/**
 * The projector runs in the API process unless PROJECTOR=external, when `apps/projector` runs it
 * instead; the API then still reports the projections' status from their stored checkpoints.
 */
@Module({})
export class ProjectionsModule {
  static forRoot(options: { runProjector: boolean }): DynamicModule {
    return {
      module: ProjectionsModule,
      imports: [EventStoreModule],
      controllers: [ProjectionsController],
      providers: [options.runProjector ? ProjectorService : { provide: ProjectorService, useClass: PassiveProjectorService }],
      exports: [ProjectorService],
    };
  }
}

/** Reads the status without running any projection (another process runs them). */
class PassiveProjectorService extends ProjectorService {
  override async onApplicationBootstrap(): Promise<void> {}
  override async onApplicationShutdown(): Promise<void> {}
}
