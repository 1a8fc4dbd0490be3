import { expect } from '@jest/globals';
import request from 'supertest';
import { getAs } from '../../support/get-as';
import type { TestApp } from '../../support/test-app';
import type { Person } from '../scenarios/scenario-client';

export interface FileResponse {
  contentType: string;
  disposition: string;
  body: Buffer;
}

/** GETs /reports/… as a person of the story: JSON bodies, or the raw bytes of a CSV or XLSX export. */
export class ReportsClient {
  constructor(private readonly t: TestApp) {}

  async get(path: string, who: Person, status = 200): Promise<Record<string, any>> {
    return getAs(this.t, path, who, status);
  }

  async file(path: string, who: Person): Promise<FileResponse> {
    const response = await request(this.t.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${this.t.tokenFor(who)}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect({ path, status: response.status }).toEqual({ path, status: 200 });
    return {
      contentType: String(response.headers['content-type']),
      disposition: String(response.headers['content-disposition']),
      body: response.body as Buffer,
    };
  }
}
