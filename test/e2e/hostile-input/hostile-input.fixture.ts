import { expect } from '@jest/globals';
import request from 'supertest';
import { PROBLEM_TYPE_BASE, type Principal } from '../../../apps/api/src/testing';
import { city } from '../../support/city.fixture';
import type { TestApp } from '../../support/test-app';
import { expectVietnameseReasons } from '../../support/vietnamese-reasons';
import { WriteHeadProbe } from '../../support/write-head';
import { readers } from '../access/access-fixture';

export const { admin, homeAffairs } = readers;
export const { chairman, cuong, inspector } = city;

export interface Refusal {
  status?: number;
  type?: string;
  /** A field (or query/path parameter) the problem's `errors` must name. */
  field?: string;
  /** What that field's reason must say. */
  reason?: string | RegExp;
}

export interface ProblemBody {
  type: string;
  status: number;
  detail: string;
  errors?: Array<{ field: string; reason: string }>;
}

/** Sends hostile requests and checks each is refused as a problem document naming the field, with nothing written. */
export class HostileClient {
  private constructor(
    private readonly t: TestApp,
    private readonly probe: WriteHeadProbe,
  ) {}

  static async start(t: TestApp): Promise<HostileClient> {
    return new HostileClient(t, await WriteHeadProbe.connect(t.db.url));
  }

  close(): Promise<void> {
    return this.probe.close();
  }

  post(who: Principal, path: string, body: unknown, headers: Record<string, string> = {}): request.Test {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    return request(this.t.app.getHttpServer())
      .post(path)
      .set('Authorization', `Bearer ${this.t.tokenFor(who)}`)
      .set('Content-Type', 'application/json')
      .set(headers)
      .send(raw);
  }

  postCsv(who: Principal, path: string, csv: string): request.Test {
    return request(this.t.app.getHttpServer())
      .post(path)
      .set('Authorization', `Bearer ${this.t.tokenFor(who)}`)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(csv);
  }

  get(who: Principal, path: string): request.Test {
    return request(this.t.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${this.t.tokenFor(who)}`);
  }

  /**
   * The request is answered with the expected problem (400 validation-failed by default, every reason in Vietnamese)
   * and writes nothing.
   */
  async refused(send: request.Test, expected: Refusal = {}): Promise<ProblemBody> {
    const before = await this.probe.read();
    const response = await send;
    const after = await this.probe.read();
    const status = expected.status ?? 400;
    expect({ status: response.status, contentType: response.headers['content-type'] }).toEqual({
      status,
      contentType: expect.stringMatching(/^application\/problem\+json/),
    });
    const body = response.body as ProblemBody;
    expect(body).toMatchObject({ type: `${PROBLEM_TYPE_BASE}${expected.type ?? 'validation-failed'}`, status, detail: expect.any(String) });
    if (body.type.endsWith('/validation-failed')) expectVietnameseReasons(body.errors);
    if (expected.field !== undefined) {
      const named = (body.errors ?? []).filter((error) => error.field === expected.field);
      expect({ fields: (body.errors ?? []).map((error) => error.field), named: named.length > 0 }).toEqual({
        fields: expect.arrayContaining([expected.field]),
        named: true,
      });
      if (expected.reason !== undefined) {
        expect(named.map((error) => error.reason)).toContainEqual(
          typeof expected.reason === 'string' ? expected.reason : expect.stringMatching(expected.reason),
        );
      }
    }
    expect(after).toEqual(before);
    return body;
  }
}

/** A JSON text nested `depth` levels deep under `field` (`{"title":[[…]]}` is depth 1 + the arrays). */
export function nestedUnder(field: string, arrays: number): string {
  return `{"${field}":${'['.repeat(arrays)}${']'.repeat(arrays)}}`;
}
