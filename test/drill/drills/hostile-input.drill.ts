import type { Client } from 'pg';
import { check, type DrillFigures } from '../drill-result';
import type { DrillSession } from '../drill-session';
import { DRILL_PRINCIPALS } from '../drill-tokens';
import { forgedCredentials } from '../forged-tokens';
import type { Answer, Exchange } from '../http-client';
import { hostileRequests, type HostileRequest } from '../hostile-requests';

const TOTAL = 2_000;
const CONCURRENCY = 8;

type StatusClass = '2xx' | '3xx' | '4xx' | '5xx' | 'no answer';

interface Tally {
  requests: number;
  classes: Record<StatusClass, number>;
  /** 503 answers among the 5xx (the service's "retry later"). */
  unavailable: number;
  /** Commands answered 2xx (not replays). */
  commandsAccepted: number;
  /** Events named by 2xx answers to commands: the only ones the log may gain. */
  eventsAnswered: string[];
  logGrewBy: number;
}

/**
 * Drill 6, hostile input and forged tokens: ~2,000 malformed requests (JSON nested thousands deep, NUL
 * and lone surrogates in strings and property names, %00 and its neighbours in the query parameters of
 * every filtered list, nested objects missing or null, wrong types, broken JSON) sent 8 at a time,
 * category after category, then forged tokens and Authorization headers against a read and a command.
 * No answer may be 5xx, and the log may only gain the events named by 2xx answers (never a write on a
 * 4xx). Run with the deadline watcher off, so nothing else writes meanwhile.
 */
export async function hostileInput(session: DrillSession): Promise<DrillFigures> {
  const commands = session.commands('hostile');
  const [taskId] = await session.createTasks(commands, 1);
  const cases = hostileRequests(taskId!);
  const errorLinesBefore = session.service.errorLines;
  const causesBefore = new Map(session.service.serverErrorCauses);
  const plan = Array.from({ length: TOTAL }, (_, i) => ({
    request: cases[i % cases.length]!,
    key: i >= cases.length && i % 2 === 1 ? `hostile-${i}` : undefined,
  }));
  const byCategory = new Map<string, Tally>();
  const serverErrorSamples = new Map<string, { status: number; detail: unknown }>();
  const accepted = new Set<string>();
  let noAnswer = 0;

  for (const category of new Set(cases.map((request) => request.category))) {
    const batch = plan.filter(({ request }) => request.category === category);
    const tally = newTally();
    byCategory.set(category, tally);
    const before = await session.owner(eventCount);
    await inParallel(batch, CONCURRENCY, async ({ request, key }) => {
      const answer = await session.client.send(exchangeOf(session, request, key));
      note(tally, answer, request.method);
      if (answer.status >= 500 && !serverErrorSamples.has(request.label))
        serverErrorSamples.set(request.label, { status: answer.status, detail: detailOf(answer) });
      if (answer.status >= 200 && answer.status < 300 && request.method === 'POST') accepted.add(request.label);
      if (answer.status === 0) noAnswer += 1;
    });
    tally.logGrewBy = (await session.owner(eventCount)) - before;
    session.progress(`  ${category}: ${tally.requests} requests, ${formatClasses(tally.classes)}`);
  }

  const forged = forgedCredentials(session.tokens.secret, DRILL_PRINCIPALS.binh, session.tokens.of('binh'));
  const forgedTally = newTally();
  const forgedOutcomes: Array<{ label: string; expect: string; read: number; command: number }> = [];
  const before = await session.owner(eventCount);
  for (const [i, credential] of forged.entries()) {
    const read = await session.client.send({ method: 'GET', path: '/tasks?limit=1', authorization: credential.authorization });
    const command = await session.client.send({
      method: 'POST',
      path: `/tasks/${taskId}/comments`,
      authorization: credential.authorization,
      body: { content: `Ý kiến kèm mã giả ${i}` },
      headers: { 'Idempotency-Key': `forged-${i}` },
    });
    note(forgedTally, read, 'GET');
    note(forgedTally, command, 'POST');
    forgedOutcomes.push({ label: credential.label, expect: credential.expect, read: read.status, command: command.status });
  }
  forgedTally.logGrewBy = (await session.owner(eventCount)) - before;
  session.progress(`  forged tokens and headers: ${forgedTally.requests} requests, ${formatClasses(forgedTally.classes)}`);

  const tallies = [...byCategory.values(), forgedTally];
  const all = tallies.reduce((sum, tally) => addClasses(sum, tally.classes), emptyClasses());
  const namedEvents = tallies.flatMap((tally) => tally.eventsAnswered);
  const present = await session.owner((client) => presentEvents(client, namedEvents));
  const wroteOnRefusal = [...byCategory.entries(), ['forged tokens', forgedTally] as const].filter(
    ([, tally]) => tally.logGrewBy !== tally.eventsAnswered.length,
  );
  const forgedWrong = forgedOutcomes.filter((outcome) =>
    outcome.expect === 'refused' ? outcome.read !== 401 || outcome.command !== 401 : outcome.read !== 200 || outcome.command !== 201,
  );
  const service = session.service;
  return {
    requests: tallies.reduce((sum, tally) => sum + tally.requests, 0),
    acknowledged: tallies.reduce((sum, tally) => sum + tally.commandsAccepted, 0),
    lost: namedEvents.length - present,
    duplicated: 0,
    serverErrors: all['5xx'] - tallies.reduce((sum, tally) => sum + tally.unavailable, 0),
    recoverMs: null,
    summary:
      `${formatClasses(all)}; forged tokens and headers: ${forged.filter((c) => c.expect === 'refused').length} to refuse, ` +
      `${forgedWrong.length === 0 ? 'every one answered 401 (the scheme in any letter case accepted, as documented)' : `${forgedWrong.length} answered otherwise`}`,
    checks: [
      check(
        'no 5xx answer at all',
        all['5xx'] === 0,
        `${all['5xx']} answers 5xx, e.g. ${[...serverErrorSamples.keys()].slice(0, 6).join(' | ')}`,
      ),
      check('every request answered', noAnswer === 0, `${noAnswer} without an answer`),
      check(
        'the log grew only by the events of 2xx answers (never on a 4xx)',
        wroteOnRefusal.length === 0,
        wroteOnRefusal.map(([name, tally]) => `${name}: +${tally.logGrewBy} events, ${tally.eventsAnswered.length} answered`).join('; '),
      ),
      check('forged tokens refused (401); the scheme in any letter case accepted', forgedWrong.length === 0, JSON.stringify(forgedWrong)),
      check('the process stayed up', service.alive),
    ],
    details: {
      distinctMalformedRequests: cases.length,
      byCategory: Object.fromEntries(
        [...byCategory].map(([name, tally]) => [name, { requests: tally.requests, ...tally.classes, logGrewBy: tally.logGrewBy }]),
      ),
      forgedTokens: { requests: forgedTally.requests, ...forgedTally.classes, logGrewBy: forgedTally.logGrewBy, outcomes: forgedOutcomes },
      serverErrorsByRequest: Object.fromEntries(serverErrorSamples),
      // Not a failure by itself (an empty receipt is a valid command; null for an optional field is allowed),
      // but each is worth a look: the drill's list of malformed requests is not a specification.
      commandsAccepted: [...accepted],
      serviceErrorLines: service.errorLines - errorLinesBefore,
      // What the service logged for each 5xx (its own words), for whoever fixes them.
      serverErrorCauses: Object.fromEntries(
        [...service.serverErrorCauses].map(([cause, n]) => [cause, n - (causesBefore.get(cause) ?? 0)] as const).filter(([, n]) => n > 0),
      ),
    },
  };
}

function exchangeOf(session: DrillSession, request: HostileRequest, key: string | undefined): Exchange {
  return {
    method: request.method,
    path: request.path,
    token: session.tokens.of(request.role),
    ...(request.body !== undefined ? { body: request.body } : {}),
    ...(key !== undefined ? { headers: { 'Idempotency-Key': key } } : {}),
  };
}

function note(tally: Tally, answer: Answer, method: 'GET' | 'POST'): void {
  tally.requests += 1;
  const statusClass: StatusClass = answer.status === 0 ? 'no answer' : (`${Math.floor(answer.status / 100)}xx` as StatusClass);
  tally.classes[statusClass] += 1;
  if (answer.status === 503) tally.unavailable += 1;
  if (method === 'POST' && answer.status >= 200 && answer.status < 300) {
    const events = (answer.body as { events?: Array<{ eventId: string }> } | null)?.events ?? [];
    if (!answer.replayed) {
      tally.commandsAccepted += 1;
      tally.eventsAnswered.push(...events.map((event) => event.eventId));
    }
  }
}

function detailOf(answer: Answer): unknown {
  const body = answer.body as { detail?: unknown; title?: unknown } | null;
  return typeof body === 'object' && body !== null ? (body.detail ?? body.title) : String(body).slice(0, 200);
}

async function eventCount(client: Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>('SELECT count(*)::text AS n FROM events');
  return Number(rows[0]!.n);
}

async function presentEvents(client: Client, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const { rows } = await client.query<{ n: string }>('SELECT count(*)::text AS n FROM events WHERE event_id = ANY($1::uuid[])', [ids]);
  return Number(rows[0]!.n);
}

async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

function newTally(): Tally {
  return { requests: 0, classes: emptyClasses(), unavailable: 0, commandsAccepted: 0, eventsAnswered: [], logGrewBy: 0 };
}

function emptyClasses(): Record<StatusClass, number> {
  return { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, 'no answer': 0 };
}

function addClasses(a: Record<StatusClass, number>, b: Record<StatusClass, number>): Record<StatusClass, number> {
  return {
    '2xx': a['2xx'] + b['2xx'],
    '3xx': a['3xx'] + b['3xx'],
    '4xx': a['4xx'] + b['4xx'],
    '5xx': a['5xx'] + b['5xx'],
    'no answer': a['no answer'] + b['no answer'],
  };
}

function formatClasses(classes: Record<StatusClass, number>): string {
  return Object.entries(classes)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
}
