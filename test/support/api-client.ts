import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { Principal } from '../../apps/api/src/testing';

export interface ApiClient {
  post(path: string, body: unknown, headers?: Record<string, string>): request.Test;
  get(path: string): request.Test;
}

/** Requests signed as one principal against the app under test. */
export function apiAs(app: NestExpressApplication, token: string): ApiClient {
  const http = () => request(app.getHttpServer());
  return {
    post: (path, body, headers = {}) =>
      http()
        .post(path)
        .set('Authorization', `Bearer ${token}`)
        .set(headers)
        .send(body as object),
    get: (path) => http().get(path).set('Authorization', `Bearer ${token}`),
  };
}

export type { Principal };
