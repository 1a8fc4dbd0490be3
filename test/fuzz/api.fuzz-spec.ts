import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import request from 'supertest';
import { projectionsCaughtUp } from '../support/projections-caught-up';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildFuzzWorld, FUZZ_NOW, FUZZ_PRINCIPALS, type FuzzWorld, type PrincipalName } from './support/fuzz-world';
import { routesOf, type FuzzRoute, type OpenApiDocument } from './support/openapi-routes';
import { planRequest, type FuzzRequest } from './support/request-plan';
import { sameHead, WriteHeadProbe, type WriteHead } from '../support/write-head';

// Fuzz tier (npm run test:fuzz): thousands of malformed requests spread over every route the OpenAPI
// document lists, against the real app on real PostgreSQL. Fails on any 5xx, on any 4xx that wrote
// something, and on any error answer that is not a problem document. Reproducible: FUZZ_SEED, FUZZ_RUNS.
// Not part of `npm test` (its testRegex does not match *.fuzz-spec.ts): run it with `npm run test:fuzz`.
const SEED = Number(process.env.FUZZ_SEED ?? 20260306);
const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
/** FUZZ_TRACE=<part of a route, e.g. "GET /tasks">: print every request to matching routes and its status. */
const TRACE = process.env.FUZZ_TRACE;
const MAX_REPORTED = 40;

interface Failure {
  kind: '5xx' | 'write after 4xx' | 'not a problem document' | 'no answer';
  route: string;
  request: string;
  status: number | null;
  answer: string;
}

const ALL_PRINCIPALS: PrincipalName[] = [...(Object.keys(FUZZ_PRINCIPALS) as PrincipalName[]), 'none', 'garbage'];

describe('fuzz: no 5xx, nothing written on 4xx, every error a problem document', () => {
  let t: TestApp;
  let world: FuzzWorld;
  let routes: FuzzRoute[];
  let turns: FuzzRoute[];
  let probe: WriteHeadProbe;

  beforeAll(async () => {
    t = await startTestApp({}, { clock: { now: () => new Date(FUZZ_NOW) } });
    await new Promise<void>((resolve) => t.app.getHttpServer().listen(0, '127.0.0.1', resolve));
    world = await buildFuzzWorld(t);
    const document = (await request(t.app.getHttpServer()).get('/docs/openapi.json').expect(200)).body as OpenApiDocument;
    routes = routesOf(document);
    // Every route takes turns; one with a body or many query parameters has more to attack, so more turns.
    turns = routes.flatMap((route) =>
      Array.from({ length: 1 + (route.bodyTypes.length > 0 ? 1 : 0) + Math.ceil(route.queryParams.length / 3) }, () => route),
    );
    probe = await WriteHeadProbe.connect(t.db.url);
  }, 120_000);

  afterAll(async () => {
    await probe?.close();
    await t?.close();
  });

  it(`sends ${RUNS} hostile requests (seed ${SEED}) to every route`, async () => {
    expect(Number.isInteger(SEED) && Number.isInteger(RUNS) && RUNS > 0).toBe(true);
    const started = Date.now();
    const failures = new Map<string, Failure>();
    let failureCount = 0;
    const byClass: Record<string, number> = {};
    const byStatus: Record<string, number> = {};
    const perRoute = new Map<string, number>();
    // A route's principals that got past authentication and roles, and those that got a 2xx: later requests
    // mostly use one of them, so that the hostile part of a request is what decides its answer.
    const admitted = new Map<string, PrincipalName[]>();
    const succeeded = new Map<string, PrincipalName[]>();
    let sent = 0;

    const record = (failure: Failure, signature: string) => {
      failureCount += 1;
      if (!failures.has(signature) && failures.size < MAX_REPORTED) failures.set(signature, failure);
    };

    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const route = turns[sent % turns.length]!;
        const routeKey = `${route.method} ${route.template}`;
        const known = admitted.get(routeKey) ?? [];
        const good = succeeded.get(routeKey) ?? [];
        const draw = g(() => fc.nat({ max: 9 }));
        const principal =
          good.length > 0 && draw < 6
            ? g(() => fc.constantFrom(...good))
            : known.length > 0 && draw < 8
              ? g(() => fc.constantFrom(...known))
              : g(() => fc.constantFrom(...ALL_PRINCIPALS));
        const planned = planRequest(g, route, world, principal, `r${sent}`);
        sent += 1;
        perRoute.set(routeKey, (perRoute.get(routeKey) ?? 0) + 1);
        const before = await probe.read();
        const answer = await send(t, planned);
        const after = await probe.read();
        const status = answer?.status ?? null;
        const statusClass = status === null ? 'no answer' : `${Math.floor(status / 100)}xx`;
        byClass[statusClass] = (byClass[statusClass] ?? 0) + 1;
        byStatus[String(status)] = (byStatus[String(status)] ?? 0) + 1;
        if (
          status !== null &&
          status !== 401 &&
          status !== 403 &&
          principal !== 'none' &&
          principal !== 'garbage' &&
          !known.includes(principal)
        ) {
          admitted.set(routeKey, [...known, principal]);
        }
        if (status !== null && status < 300) {
          if (!good.includes(principal)) succeeded.set(routeKey, [...good, principal]);
          world.learn(answer?.body);
        }
        if (TRACE !== undefined && routeKey.includes(TRACE)) process.stdout.write(`${status} ${describeRequest(planned).slice(0, 300)}\n`);
        const failure = judge(planned, answer, before, after);
        if (failure)
          record({ ...failure, route: routeKey }, `${failure.kind} ${routeKey} ${status} ${planned.strategy.replace(/-\d+$/, '')}`);
        return true;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    await projectionsCaughtUp(t.app, 60_000);

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const uncovered = routes.filter((route) => !perRoute.has(`${route.method} ${route.template}`));
    const summary = [
      `fuzz: seed ${SEED} (FUZZ_SEED), ${RUNS} runs (FUZZ_RUNS), ${sent} requests over ${perRoute.size} of ${routes.length} routes in ${seconds} s`,
      `  by status class: ${Object.entries(byClass)
        .sort()
        .map(([key, count]) => `${key} ${count}`)
        .join(', ')}`,
      `  by status: ${Object.entries(byStatus)
        .sort()
        .map(([key, count]) => `${key} ${count}`)
        .join(', ')}`,
      `  failures: ${failureCount}${failureCount > failures.size ? ` (first ${failures.size} kinds below)` : ''}`,
      ...[...failures.values()].map((f) => `  - ${f.kind} (${f.status}) on ${f.route}\n      ${f.request}\n      -> ${f.answer}`),
    ].join('\n');
    process.stdout.write(`\n${summary}\n`);
    expect(uncovered.map((route) => `${route.method} ${route.template}`)).toEqual([]);
    if (failureCount > 0) throw new Error(summary);
  }, 600_000);
});

type Answer = { status: number; contentType: string; body: unknown } | null;

async function send(t: TestApp, planned: FuzzRequest): Promise<Answer> {
  const server = t.app.getHttpServer();
  const call = planned.method === 'GET' ? request(server).get(planned.url) : request(server).post(planned.url);
  call.set(planned.headers).timeout({ response: 30_000, deadline: 60_000 });
  try {
    const response = planned.body === undefined ? await call : await call.send(planned.body);
    return { status: response.status, contentType: String(response.headers['content-type'] ?? ''), body: response.body };
  } catch {
    return null;
  }
}

function judge(planned: FuzzRequest, answer: Answer, before: WriteHead, after: WriteHead): Omit<Failure, 'route'> | null {
  const described = describeRequest(planned);
  const shown =
    answer === null ? 'no answer (connection closed or timed out)' : `${answer.status} ${truncate(JSON.stringify(answer.body), 300)}`;
  if (answer === null) return { kind: 'no answer', request: described, status: null, answer: shown };
  if (answer.status >= 500) return { kind: '5xx', request: described, status: answer.status, answer: shown };
  if (answer.status >= 400 && !sameHead(before, after)) {
    return {
      kind: 'write after 4xx',
      request: described,
      status: answer.status,
      answer: `${shown}; wrote ${JSON.stringify(before)} -> ${JSON.stringify(after)}`,
    };
  }
  // 431 (URL or headers over Node's 16 KB) is answered by Node's HTTP parser before the app sees the request.
  if (answer.status >= 400 && answer.status !== 431 && !answer.contentType.startsWith('application/problem+json')) {
    return { kind: 'not a problem document', request: described, status: answer.status, answer: `${answer.contentType} ${shown}` };
  }
  return null;
}

function describeRequest({ method, url, headers, body, principal, strategy }: FuzzRequest): string {
  const key = headers['Idempotency-Key'] ? ` Idempotency-Key: ${truncate(headers['Idempotency-Key'], 40)}` : '';
  const type = headers['Content-Type'] ? ` (${headers['Content-Type']})` : '';
  return `${method} ${truncate(url, 200)} as ${principal}${key} [${strategy}]${body === undefined ? '' : ` body${type}: ${truncate(JSON.stringify(body).slice(1, -1), 300)}`}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} chars)`;
}
