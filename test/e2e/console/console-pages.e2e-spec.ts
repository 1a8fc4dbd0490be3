import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig } from '@lib/service';
import { apiDocumentOf, createApp, resolveTokenKeys } from '../../../apps/api/src/testing';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../../support/test-app';

/** A stand-in for `vite build`'s output: what the API does with the files does not depend on what they hold. */
function fakeConsoleBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rtn-console-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="vi"><body><div id="root"></div></body></html>');
  writeFileSync(join(dir, 'assets', 'index-AbC123_x.js'), 'console.log("bảng điều khiển");');
  return dir;
}

const API_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

describe('the console served by the API', () => {
  let t: TestApp;
  let dir: string;
  const previous = process.env.CONSOLE_DIR;
  beforeAll(async () => {
    dir = fakeConsoleBuild();
    process.env.CONSOLE_DIR = dir;
    t = await startTestApp({}, { organisation: 'none' });
  });
  afterAll(async () => {
    if (previous === undefined) delete process.env.CONSOLE_DIR;
    else process.env.CONSOLE_DIR = previous;
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const http = () => request(t.app.getHttpServer());

  it("answers / and the console's own addresses with its page, under a CSP that allows its scripts and Ant Design's styles only", async () => {
    for (const path of ['/', '/dang-nhap?quay-lai=%2Fnhiem-vu', '/nhiem-vu', '/nhiem-vu/3f1c', '/phat-hien', '/tra-cuu-nhat-ky']) {
      const response = await http().get(path).expect(200);
      expect({ path, type: response.headers['content-type'], body: response.text }).toEqual({
        path,
        type: expect.stringMatching(/^text\/html/),
        body: expect.stringContaining('<div id="root">'),
      });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      expect(response.headers).toMatchObject({
        'x-frame-options': 'DENY',
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
    }
  });

  it('lets browsers keep the hashed bundles for a year', async () => {
    const bundle = await http().get('/assets/index-AbC123_x.js').expect(200);
    expect(bundle.headers['content-type']).toMatch(/javascript/);
    expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('shadows no API route, nor /docs, and leaves unknown addresses to the API: 401, JSON, problem 404', async () => {
    const health = await http().get('/health').expect(200);
    expect(health.body).toEqual({ status: 'up' });
    const unauthenticated = await http().get('/tasks').expect(401);
    expect(unauthenticated.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unauthenticated.headers).toMatchObject(API_HEADERS);
    const document = await http().get('/docs/openapi.json').expect(200);
    expect(document.body.openapi).toMatch(/^3\./);
    const docs = await http().get('/docs').redirects(1).expect(200);
    expect(docs.text).toContain('swagger');
    for (const path of ['/khong-ton-tai', '/nhiem-vu-khac', '/assets/khong-co.js']) {
      const missing = await http().get(path).expect(404);
      expect({ path, type: missing.headers['content-type'], headers: missing.headers }).toMatchObject({
        path,
        type: expect.stringMatching(/^application\/problem\+json/),
        headers: API_HEADERS,
      });
    }
    const posted = await http().post('/nhiem-vu').send({}).expect(404);
    expect(posted.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('builds, without a database, the very OpenAPI document it serves (the one the console client is generated from)', async () => {
    const config = { ...loadConfig({}), databaseUrl: 'postgres://preview@127.0.0.1:1/preview', jwtSecret: TEST_JWT_SECRET };
    const preview = await createApp(config, { tokenKeys: resolveTokenKeys(config) }, { logger: false, preview: true });
    try {
      const served = await http().get('/docs/openapi.json').expect(200);
      expect(JSON.parse(JSON.stringify(apiDocumentOf(preview)))).toEqual(served.body);
    } finally {
      await preview.close();
    }
  });
});

describe('the API without a built console', () => {
  let t: TestApp;
  const previous = process.env.CONSOLE_DIR;
  beforeAll(async () => {
    process.env.CONSOLE_DIR = join(tmpdir(), 'rtn-console-not-built');
    t = await startTestApp({}, { organisation: 'none' });
  });
  afterAll(async () => {
    if (previous === undefined) delete process.env.CONSOLE_DIR;
    else process.env.CONSOLE_DIR = previous;
    await t.close();
  });

  it('answers / with the 404 problem, as before the console', async () => {
    const response = await request(t.app.getHttpServer()).get('/').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
