import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AccessLogController } from './access-log.controller';
import { ACCESS_LOGGED_PREFIXES, AccessLogMiddleware } from './access-log.middleware';

/** Records every request to the audit trail, reports and cases; admins read it at GET /admin/access-log. */
@Module({ controllers: [AccessLogController], providers: [AccessLogMiddleware] })
export class AccessLogModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AccessLogMiddleware).forRoutes(
      ...ACCESS_LOGGED_PREFIXES.flatMap((prefix) => [
        { path: prefix, method: RequestMethod.ALL },
        { path: `${prefix}/*path`, method: RequestMethod.ALL },
      ]),
    );
  }
}
