import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { AppModule, type AppDependencies } from './app.module';
import type { AppConfig } from '@lib/service';
import { securityHeaders } from './http/security-headers.middleware';
import { addressRateLimit } from './rate-limit/address-rate-limit.middleware';
import { inspectRequestInput } from './http/request-input.middleware';

/** Builds the HTTP application; shared by `main.ts` and the e2e tests so both run the same wiring. */
export async function createApp(
  config: AppConfig & { databaseUrl: string },
  dependencies: AppDependencies,
  options: { logger?: false; preview?: true } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dependencies), {
    bodyParser: false,
    ...(options.logger === false ? { logger: false } : {}),
    // Preview: no provider is instantiated and nothing connects; enough to describe the routes (cli/openapi-document.ts).
    ...(options.preview ? { preview: true } : {}),
  });
  app.use(securityHeaders);
  app.use(addressRateLimit(config.rateLimitPerAddress));
  const requestLimit = Math.max(config.maxEventBytes * 2, 64 * 1024);
  app.useBodyParser('json', { limit: requestLimit, type: ['application/json', 'application/*+json'] });
  // Before anything walks the body or reads a query: too deep, unstorable or control characters are a 400.
  app.use(inspectRequestInput);
  app.disable('x-powered-by');
  setUpApiDocs(app);
  return app;
}

const API_DOCUMENTS = new WeakMap<NestExpressApplication, OpenAPIObject>();

/** The OpenAPI document the app serves at /docs/openapi.json (the console's typed client is generated from it). */
export function apiDocumentOf(app: NestExpressApplication): OpenAPIObject {
  const document = API_DOCUMENTS.get(app);
  if (!document) throw new Error('apiDocumentOf: the app was not built by createApp');
  return document;
}

function setUpApiDocs(app: NestExpressApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Rõ người, rõ việc — API truy vết trách nhiệm')
      .setDescription(
        'Ghi nhận từng bước xử lý nhiệm vụ, hồ sơ thành sự kiện bất biến. Mọi lệnh cần mã Bearer; ' +
          'gửi kèm Idempotency-Key để gửi lại an toàn. Lỗi trả về theo RFC 7807 (application/problem+json).',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  API_DOCUMENTS.set(app, document);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}
