import fc from 'fast-check';
import type { FuzzWorld, PrincipalName } from './fuzz-world';
import {
  deepJson,
  deepNesting,
  encodeLoosely,
  encodedHostile,
  hostileString,
  hostileValue,
  oddKey,
  unstorableCharacter,
  wrongType,
} from './hostile.arbitraries';
import { fillPath, type FuzzRoute } from './openapi-routes';

export interface FuzzRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  principal: PrincipalName;
  /** How the body was made, for the summary and failure reports. */
  strategy: string;
}

/** A marker value replaced, in the JSON text, by nesting too deep for the test process to build as objects. */
const DEEP_MARKER = '\u0000__fuzz_deep__';
const DEEP_TEXT = JSON.stringify(DEEP_MARKER);
const REUSED_IDEMPOTENCY_KEY = 'fuzz-reused-key';

/**
 * What one request attacks: its body, its query, its path, or everything at once (chaos). Keeping the
 * other parts valid lets the hostile part decide the answer instead of an earlier 400 or 404.
 */
type Focus = 'clean' | 'body' | 'query' | 'path' | 'chaos';

/** Builds one request for `route`: values drawn from `g` (fast-check's generator, seeded per run). */
export function planRequest(
  g: fc.GeneratorValue,
  route: FuzzRoute,
  world: FuzzWorld,
  principal: PrincipalName,
  unique: string,
): FuzzRequest {
  const pick = <T>(arbitrary: fc.Arbitrary<T>): T => g(() => arbitrary);
  const foci: Focus[] =
    route.method === 'GET'
      ? ['clean', 'query', 'query', 'query', 'query', 'path', 'chaos']
      : ['body', 'body', 'body', 'body', 'body', 'query', 'path', 'chaos'];
  const focus = route.pathParams.length === 0 ? pick(fc.constantFrom(...foci.filter((f) => f !== 'path'))) : pick(fc.constantFrom(...foci));
  const hostilePath = focus === 'path' ? pick(fc.constantFrom(...route.pathParams)) : null;
  const pathValues = Object.fromEntries(
    route.pathParams.map((name) => [
      name,
      pathValue(pick, world.known[name] ?? [], name === hostilePath ? 'hostile' : focus === 'chaos' ? 'any' : 'known'),
    ]),
  );
  const url = fillPath(route.template, pathValues) + queryString(pick, route, world, focus);
  const headers: Record<string, string> = {};
  const token = world.tokens[principal];
  if (token !== null) headers['Authorization'] = `Bearer ${token}`;
  if (route.method === 'GET') return { method: 'GET', url, headers, body: undefined, principal, strategy: focus };
  const idempotency =
    focus === 'chaos'
      ? pick(fc.constantFrom('none', 'fresh', 'reused', 'invalid'))
      : pick(fc.constantFrom('none', 'none', 'none', 'fresh'));
  if (idempotency === 'fresh') headers['Idempotency-Key'] = `fuzz-${unique}`;
  if (idempotency === 'reused') headers['Idempotency-Key'] = REUSED_IDEMPOTENCY_KEY;
  if (idempotency === 'invalid') headers['Idempotency-Key'] = pick(fc.constantFrom('has space', 'x'.repeat(300), '\t'));
  const example =
    route.exampleBody === undefined ? undefined : pick(fc.nat({ max: 3 })) === 0 ? route.exampleBody.full : route.exampleBody.required;
  const base = world.validBody(`${route.method} ${route.template}`, unique) ?? example;
  const planned =
    focus === 'body' || focus === 'chaos'
      ? planBody(pick, route, base)
      : { body: JSON.stringify(base ?? {}), contentType: 'application/json', strategy: 'valid' };
  if (planned.contentType !== undefined) headers['Content-Type'] = planned.contentType;
  return {
    method: route.method,
    url,
    headers,
    body: planned.body,
    principal,
    strategy: focus === 'body' ? planned.strategy : `${focus}/${planned.strategy}`,
  };
}

type Pick = <T>(arbitrary: fc.Arbitrary<T>) => T;

function pathValue(pick: Pick, known: string[], mode: 'known' | 'hostile' | 'any'): string {
  const choice =
    mode === 'any'
      ? pick(fc.constantFrom('known', 'uuid', 'hostile', 'text'))
      : mode === 'hostile'
        ? pick(fc.constantFrom('uuid', 'hostile', 'hostile', 'text'))
        : 'known';
  if (choice === 'known' && known.length > 0) return encodeLoosely(pick(fc.constantFrom(...known)));
  if (choice === 'uuid' || choice === 'known') return pick(fc.uuid());
  if (choice === 'text') return encodeLoosely(pick(hostileString).slice(0, 300) || 'x');
  return pick(encodedHostile);
}

/** Clean: declared parameters absent or valid. Query: one of them (or an extra one) hostile. Chaos: anything. */
function queryString(pick: Pick, route: FuzzRoute, world: FuzzWorld, focus: Focus): string {
  const pairs: string[] = [];
  // Free-text parameters (no enum: ids, names, dates) reach the most code; they are attacked twice as often.
  const names = route.queryParams.flatMap(({ name, values }) => (values.length > 1 ? [name] : [name, name]));
  const target = focus === 'query' ? pick(fc.constantFrom(...names, '(extra)')) : null;
  for (const { name, values } of route.queryParams) {
    // The route's own enum or example first: another route's valid value (a case status on /tasks) is a 400.
    const good = values.length > 0 ? values : (world.known[name] ?? []);
    const goodValue = () => encodeLoosely(good.length > 0 ? pick(fc.constantFrom(...good)) : 'x');
    const clean = good.length > 0 ? pick(fc.constantFrom('absent', 'good')) : 'absent';
    const choice =
      name === target
        ? pick(fc.constantFrom('hostile', 'hostile', 'hostile', 'text', 'repeated', 'bracket'))
        : focus === 'chaos'
          ? pick(fc.constantFrom('absent', 'good', 'hostile', 'text', 'repeated', 'bracket'))
          : clean;
    if (choice === 'good') pairs.push(`${name}=${goodValue()}`);
    if (choice === 'hostile') pairs.push(`${name}=${pick(encodedHostile)}`);
    if (choice === 'text') pairs.push(`${name}=${encodeLoosely(pick(hostileString).slice(0, 300))}`);
    if (choice === 'repeated') pairs.push(`${name}=${goodValue()}`, `${name}=${goodValue()}`);
    if (choice === 'bracket') pairs.push(`${name}[a]=${goodValue()}`);
  }
  if (target === '(extra)' || (focus === 'chaos' && pick(fc.boolean()))) {
    const extra = pick(fc.constantFrom('unknown', 'hostile-name', 'hostile-name', 'bare'));
    if (extra === 'unknown') pairs.push(`zz=${goodOr(pick)}`);
    if (extra === 'hostile-name') pairs.push(`${pick(encodedHostile)}=1`);
    if (extra === 'bare') pairs.push(pick(fc.constantFrom('&', '=', '==', '&&a', '?')));
  }
  const shuffled = pick(fc.shuffledSubarray(pairs, { minLength: pairs.length, maxLength: pairs.length }));
  return shuffled.length > 0 ? `?${shuffled.join('&')}` : '';
}

function goodOr(pick: Pick): string {
  return encodeLoosely(pick(fc.constantFrom('1', 'x', 'Cường')));
}

/** Paths to every value of a JSON body (objects and arrays), for replacing or dropping one of them. */
function pathsOf(
  value: unknown,
  prefix: Array<string | number> = [],
  out: Array<Array<string | number>> = [],
): Array<Array<string | number>> {
  if (prefix.length > 6) return out;
  if (Array.isArray(value)) value.forEach((item, index) => (out.push([...prefix, index]), pathsOf(item, [...prefix, index], out)));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push([...prefix, key]);
      pathsOf(item, [...prefix, key], out);
    }
  }
  return out;
}

function withValueAt(root: unknown, path: Array<string | number>, value: unknown | typeof DROP): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    if (rest.length === 0 && value === DROP) copy.splice(head as number, 1);
    else copy[head as number] = withValueAt(copy[head as number], rest, value);
    return copy;
  }
  const copy = { ...(root as Record<string, unknown>) };
  if (rest.length === 0 && value === DROP) delete copy[head as string];
  else copy[head as string] = withValueAt(copy[head as string], rest, value);
  return copy;
}

const DROP = Symbol('drop');

function planBody(
  pick: Pick,
  route: FuzzRoute,
  base: unknown,
): { body: string | undefined; contentType: string | undefined; strategy: string } {
  const csv = route.bodyTypes.includes('text/csv');
  const strategies = [
    'drop',
    'drop',
    'replace',
    'replace',
    'replace',
    'taint',
    'taint',
    'taint',
    'extra',
    'deep',
    'arbitrary',
    'raw',
    ...(csv ? ['csv', 'csv'] : []),
  ];
  const strategy = pick(fc.constantFrom(...strategies));
  const json = (value: unknown) => ({ body: JSON.stringify(value ?? {}), contentType: 'application/json', strategy });
  const paths = pathsOf(base);
  switch (strategy) {
    case 'drop':
      return paths.length === 0 ? json(base) : json(withValueAt(base, pickPath(pick, paths, base), DROP));
    case 'replace':
      return paths.length === 0 ? json(pick(hostileValue)) : json(withValueAt(base, pickPath(pick, paths, base), pick(hostileValue)));
    case 'taint': {
      // The valid value itself with one unsafe character inside: only the character can be what is refused.
      const strings = paths.filter((path) => typeof valueAt(base, path) === 'string');
      if (strings.length === 0) return json(base);
      const path = pick(fc.constantFrom(...strings));
      const original = valueAt(base, path) as string;
      const at = pick(fc.nat({ max: original.length }));
      return json(withValueAt(base, path, original.slice(0, at) + pick(unstorableCharacter) + original.slice(at)));
    }
    case 'extra': {
      const target = pick(fc.constantFrom<Array<string | number>>([], ...paths));
      const key = pick(oddKey);
      const at = withValueAt(base, target, { ...(objectAt(base, target) ?? {}), [key]: pick(fc.oneof(hostileValue, wrongType)) });
      return json(at);
    }
    case 'deep': {
      const { depth, kind } = pick(deepNesting);
      const target = paths.length === 0 ? [] : pick(fc.constantFrom<Array<string | number>>([], ...paths));
      const text = JSON.stringify(withValueAt(base, target, DEEP_MARKER));
      return { body: text.replace(DEEP_TEXT, deepJson(depth, kind)), contentType: 'application/json', strategy: `deep-${depth}` };
    }
    case 'arbitrary':
      return json(pick(fc.oneof(fc.jsonValue({ maxDepth: 6 }), fc.dictionary(oddKey, hostileValue, { maxKeys: 5 }))));
    case 'csv':
      return {
        body: pick(csvBody),
        contentType: pick(fc.constantFrom('text/csv', 'text/csv; charset=utf-8', 'text/csv; charset=latin1')),
        strategy,
      };
    default:
      return pick(rawBody);
  }
}

/**
 * A third of the time a nested object (`source`, `to`: code reads inside them), a third a top-level
 * field, else any value at all.
 */
function pickPath(pick: Pick, paths: Array<Array<string | number>>, base: unknown): Array<string | number> {
  const objects = paths.filter((path) => {
    const value = valueAt(base, path);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  });
  const topLevel = paths.filter((path) => path.length === 1);
  const draw = pick(fc.nat({ max: 2 }));
  if (draw === 0 && objects.length > 0) return pick(fc.constantFrom(...objects));
  if (draw === 1 && topLevel.length > 0) return pick(fc.constantFrom(...topLevel));
  return pick(fc.constantFrom(...paths));
}

function valueAt(root: unknown, path: Array<string | number>): unknown {
  let value = root;
  for (const step of path) value = (value as Record<string | number, unknown> | null | undefined)?.[step];
  return value;
}

function objectAt(root: unknown, path: Array<string | number>): Record<string, unknown> | null {
  const value = valueAt(root, path);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

const rawBody = fc.oneof(
  fc.constantFrom(
    { body: '{"title": ', contentType: 'application/json', strategy: 'raw-malformed' },
    { body: '{"title":"\\ud800"}', contentType: 'application/json', strategy: 'raw-surrogate' },
    { body: '{"title":"a\\u0000b"}', contentType: 'application/json', strategy: 'raw-nul' },
    { body: '{"a\\u0000":1}', contentType: 'application/json', strategy: 'raw-nul-key' },
    { body: 'null', contentType: 'application/json', strategy: 'raw-null' },
    { body: '"text"', contentType: 'application/json', strategy: 'raw-string' },
    { body: '[]', contentType: 'application/json', strategy: 'raw-array' },
    { body: '123', contentType: 'application/json', strategy: 'raw-number' },
    { body: '', contentType: 'application/json', strategy: 'raw-empty' },
    { body: '<a/>', contentType: 'application/xml', strategy: 'raw-xml' },
    { body: 'title=x', contentType: 'application/x-www-form-urlencoded', strategy: 'raw-form' },
    { body: '{"title":"x"}', contentType: 'text/plain', strategy: 'raw-text' },
    { body: '{"title":"x"}', contentType: 'application/merge-patch+json', strategy: 'raw-json-suffix' },
    { body: '\uFEFF{"title":"x"}', contentType: 'application/json', strategy: 'raw-bom' },
    { body: `{"title":"${'ý'.repeat(300_000)}"}`, contentType: 'application/json', strategy: 'raw-too-large' },
  ),
  fc.string({ unit: 'binary', maxLength: 60 }).map((body) => ({ body, contentType: 'application/json', strategy: 'raw-binary' })),
);

const CSV_HEADER = 'record,unit_id,name,kind,parent_unit_id,category,person_id,full_name,official_code,position,valid_from,valid_to';

const csvCell = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('person', 'unit', 'so-xay-dung', 'Nguyễn Văn Thử', '2026-01-01', '') },
  { weight: 3, arbitrary: hostileString.map((text) => `"${text.slice(0, 200).replace(/"/g, '""')}"`) },
);

const csvBody = fc.oneof(
  fc
    .tuple(fc.nat({ max: 9_999 }), hostileString)
    .map(([n, name]) => `${CSV_HEADER}\nperson,,,,,,fuzz-csv-${n},"${name.slice(0, 200).replace(/"/g, '""')}",CSV-${n},,,\n`),
  fc
    .tuple(fc.nat({ max: 9_999 }), hostileString, hostileString)
    .map(
      ([n, id, name]) =>
        `${CSV_HEADER}\nunit,"${id.slice(0, 100).replace(/"/g, '""')}-${n}","${name.slice(0, 200).replace(/"/g, '""')}",other,ubnd-tp,,,,,,2026-01-01,\n`,
    ),
  fc
    .array(fc.array(csvCell, { minLength: 1, maxLength: 13 }), { minLength: 1, maxLength: 4 })
    .map((rows) => [CSV_HEADER, ...rows.map((row) => row.join(','))].join('\r\n')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
