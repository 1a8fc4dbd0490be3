import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { Clock } from '../../../apps/api/src/testing';

/** A clock the test moves by hand, starting at the real time. */
export function movableClock(): Clock & { advance(ms: number): void } {
  let now = Date.now();
  return { now: () => new Date(now), advance: (ms) => void (now += ms) };
}

/** The Set-Cookie line for `name`, from a response's headers. */
export function setCookieLine(headers: Record<string, unknown>, name: string): string | undefined {
  const raw = headers['set-cookie'];
  const lines = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  return lines.find((line) => line.startsWith(`${name}=`));
}

/** `rtn_session=<value>` ready for a Cookie header. */
export function sessionCookieOf(headers: Record<string, unknown>): string {
  const line = setCookieLine(headers, 'rtn_session');
  if (!line) throw new Error('no rtn_session cookie was set');
  return line.slice(0, line.indexOf(';'));
}

export interface DemoSession {
  cookie: string;
  csrfToken: string;
  body: Record<string, any>;
  setCookie: string;
}

export async function signInAsDemo(app: NestExpressApplication, personId: string): Promise<DemoSession> {
  const response = await request(app.getHttpServer()).post('/session/demo').send({ personId }).expect(200);
  return {
    cookie: sessionCookieOf(response.headers),
    csrfToken: response.body.csrfToken as string,
    body: response.body as Record<string, any>,
    setCookie: setCookieLine(response.headers, 'rtn_session') ?? '',
  };
}
