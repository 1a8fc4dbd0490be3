import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../support/test-app';

interface Operation {
  security?: unknown[];
  parameters?: Array<{ in: string; name: string; required?: boolean }>;
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** Problems every route may answer: the rate limit, the service itself; and on a route behind a token, 401 and 403. */
const ERRORS_EVERY_ROUTE = ['429', '500', '503'];
const ERRORS_AUTHENTICATED = ['401', '403'];

function operations(document: OpenApi): Array<{ route: string; method: string; operation: Operation }> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method] !== undefined).map((method) => ({
      route: `${method.toUpperCase()} ${path}`,
      method,
      operation: item[method] as Operation,
    })),
  );
}

/** 2xx answers, and redirects (a sign-in hand-off answers 302 only). */
const successCodes = (operation: Operation): string[] => Object.keys(operation.responses ?? {}).filter((code) => /^[23]\d\d$/.test(code));
/** What has no body: 204 No Content and redirects. */
const bodiless = (code: string): boolean => code === '204' || code.startsWith('3');
const errorCodes = (operation: Operation): string[] => Object.keys(operation.responses ?? {}).filter((code) => /^[45]\d\d$/.test(code));

describe('the OpenAPI document describes every route completely', () => {
  let t: TestApp;
  let document: OpenApi;
  beforeAll(async () => {
    t = await startTestApp();
    document = (await request(t.app.getHttpServer()).get('/docs/openapi.json').expect(200)).body as OpenApi;
  });
  afterAll(() => t.close());

  it('lists routes', () => {
    expect(operations(document).length).toBeGreaterThan(50);
  });

  it('gives every success response a body schema (except 204 No Content and redirects)', () => {
    const lacking = operations(document).flatMap(({ route, operation }) => {
      const codes = successCodes(operation);
      if (codes.length === 0) return [`${route}: no success response`];
      return codes
        .filter((code) => !bodiless(code))
        .filter((code) => {
          const content = operation.responses?.[code]?.content ?? {};
          return Object.values(content).length === 0 || Object.values(content).some((media) => media.schema === undefined);
        })
        .map((code) => `${route}: ${code} without a body schema`);
    });
    expect(lacking).toEqual([]);
  });

  it('documents the errors of every route as application/problem+json with the ProblemDocument schema', () => {
    const lacking = operations(document).flatMap(({ route, operation }) => {
      const codes = errorCodes(operation);
      const expected = [...ERRORS_EVERY_ROUTE, ...((operation.security ?? []).length > 0 ? ERRORS_AUTHENTICATED : [])];
      const missing = expected.filter((code) => !codes.includes(code)).map((code) => `${route}: no ${code}`);
      const unschemed = codes
        .filter((code) => {
          const content = operation.responses?.[code]?.content ?? {};
          const problem = content['application/problem+json']?.schema as { $ref?: string } | undefined;
          return problem?.$ref !== '#/components/schemas/ProblemDocument';
        })
        .map((code) => `${route}: ${code} not a ProblemDocument`);
      return [...missing, ...unschemed];
    });
    expect(lacking).toEqual([]);
  });

  it('documents a 400 on every command and on every route that reads parameters', () => {
    const lacking = operations(document)
      .filter(({ method, operation }) => method !== 'get' || (operation.parameters ?? []).length > 0)
      .filter(({ operation }) => !errorCodes(operation).includes('400'))
      .map(({ route }) => route);
    expect(lacking).toEqual([]);
  });

  it('names the display names beside ids in the schemas the console reads', () => {
    const schemas = document.components?.schemas ?? {};
    const properties = (name: string): string[] => Object.keys(schemas[name]?.properties ?? {});
    expect(properties('TaskListItemDto')).toEqual(expect.arrayContaining(['categoryLabel', 'lead', 'holder']));
    expect(properties('HolderDto')).toEqual(expect.arrayContaining(['unitId', 'unitName', 'personId', 'personName']));
    expect(properties('IntervalDto')).toEqual(expect.arrayContaining(['giver', 'receiver']));
    expect(properties('NamedPartyDto')).toEqual(expect.arrayContaining(['unitId', 'unitName', 'personId', 'personName']));
    expect(properties('AuditEntryDto')).toEqual(expect.arrayContaining(['actor', 'onBehalfOf']));
  });

  it('describes the problem document: RFC 7807 members and the service’s own', () => {
    const schema = document.components?.schemas?.['ProblemDocument'];
    expect(Object.keys(schema?.properties ?? {})).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance', 'errors', 'retryAfterSeconds']),
    );
    expect(schema?.required).toEqual(expect.arrayContaining(['type', 'title', 'status']));
  });

  it('documents the Idempotency-Key header on every command (POST) a signed-in caller sends', () => {
    const lacking = operations(document)
      .filter(({ method, operation }) => method === 'post' && errorCodes(operation).includes('401'))
      .filter(({ operation }) => !(operation.parameters ?? []).some((p) => p.in === 'header' && p.name === 'Idempotency-Key'))
      .map(({ route }) => route);
    expect(lacking).toEqual([]);
  });
});
