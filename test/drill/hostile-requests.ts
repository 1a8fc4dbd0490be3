import { drillAssignmentBody } from './drill-commands';
import type { DrillRole } from './drill-tokens';

export type HostileCategory =
  'deep JSON nesting' | 'NUL and lone surrogates' | '%00 in query parameters' | 'missing nested objects' | 'wrong types' | 'malformed JSON';

/** One malformed request: the service must refuse it (4xx) or answer it harmlessly, never 5xx, never write on a 4xx. */
export interface HostileRequest {
  category: HostileCategory;
  label: string;
  role: DrillRole;
  method: 'GET' | 'POST';
  path: string;
  /** A value sent as JSON, or the raw text of the body. */
  body?: unknown;
}

const TASK_COMMANDS = [
  'receipt',
  'delegations',
  'transfers',
  'returns',
  'reassignments',
  'deadline-extensions',
  'completion',
  'reopening',
  'cancellation',
  'consultations',
  'submissions',
  'directions',
  'reassignment-proposals',
  'difficulties',
  'initiatives',
  'supplement-requests',
  'supplements',
  'appointments',
  'results',
  'apologies',
];

/** The lists with filters, who may read them, and their parameters (README, "Who may see what"). */
const LISTS: ReadonlyArray<{ path: string; role: DrillRole; params: string[]; subject?: string }> = [
  { path: '/tasks', role: 'binh', params: ['unit', 'person', 'status', 'category', 'overdue', 'from', 'to', 'limit', 'cursor', 'asOf'] },
  { path: '/findings', role: 'inspector', params: ['rule', 'unit', 'person', 'task', 'status', 'from', 'to', 'limit', 'cursor'] },
  { path: '/cases', role: 'inspector', params: ['person', 'unit', 'status', 'limit'] },
  {
    path: '/audit/events',
    role: 'inspector',
    params: ['task', 'person', 'unit', 'from', 'to', 'types', 'limit', 'cursor', 'format'],
    subject: 'unit=so-xay-dung',
  },
  { path: '/admin/access-log', role: 'admin', params: ['person', 'outcome', 'from', 'to', 'limit', 'before'] },
];

/** NUL as sent in a query: plain, inside a value, twice, overlong UTF-8 (C0 80), and neighbours (a UTF-8 lone surrogate, a lone byte). */
const QUERY_VALUES = ['%00', 'so-xay-dung%00', 'a%00b%00', '%C0%80', '%ED%A0%80', '%FF', '%00%27%22'];

/** Strings JSON can carry but text columns (and PostgreSQL's jsonb) cannot: NUL and unpaired UTF-16 surrogates. */
const BAD_STRINGS: ReadonlyArray<[string, string]> = [
  ['NUL alone', '\u0000'],
  ['NUL inside', 'Sở\u0000Xây dựng'],
  ['lone high surrogate', '\ud800'],
  ['lone low surrogate', 'x\udc00y'],
  ['high surrogate at the end', 'Ý kiến \ud83d'],
  ['reversed pair', '\udfff\ud800'],
];

const WRONG_VALUES: ReadonlyArray<[string, unknown]> = [
  ['a number', 123],
  ['true', true],
  ['an empty array', []],
  ['an object', { nested: 1 }],
  ['null', null],
  ['an empty string', ''],
];

/** Every malformed request of the drill, against one task of the drill for the commands. */
export function hostileRequests(taskId: string): HostileRequest[] {
  return [
    ...deepNesting(taskId),
    ...badStrings(taskId),
    ...nulInQueries(),
    ...missingNestedObjects(taskId),
    ...wrongTypes(taskId),
    ...malformedJson(taskId),
  ];
}

function deepNesting(taskId: string): HostileRequest[] {
  const requests: HostileRequest[] = [];
  for (const depth of [1_000, 2_000, 4_000]) {
    const arrays = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const objects = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const category = 'deep JSON nesting';
    requests.push(
      {
        category,
        label: `arrays ${depth} deep as the body of a comment`,
        role: 'binh',
        method: 'POST',
        path: `/tasks/${taskId}/comments`,
        body: arrays,
      },
      {
        category,
        label: `objects ${depth} deep as the body of a comment`,
        role: 'binh',
        method: 'POST',
        path: `/tasks/${taskId}/comments`,
        body: objects,
      },
      {
        category,
        label: `objects ${depth} deep as a comment's content`,
        role: 'binh',
        method: 'POST',
        path: `/tasks/${taskId}/comments`,
        body: `{"content":${objects}}`,
      },
      {
        category,
        label: `objects ${depth} deep as a task's deadline`,
        role: 'chairman',
        method: 'POST',
        path: '/tasks',
        body: withRawField(drillAssignmentBody('sâu'), 'deadline', objects),
      },
      {
        category,
        label: `arrays ${depth} deep as coordinating units`,
        role: 'chairman',
        method: 'POST',
        path: '/tasks',
        body: withRawField(drillAssignmentBody('sâu'), 'coordinatingUnitIds', arrays),
      },
      {
        category,
        label: `objects ${depth} deep as onBehalfOf`,
        role: 'binh',
        method: 'POST',
        path: `/tasks/${taskId}/comments`,
        body: withRawField({ content: 'Ý kiến' }, 'onBehalfOf', objects),
      },
    );
  }
  return requests;
}

function badStrings(taskId: string): HostileRequest[] {
  const category = 'NUL and lone surrogates';
  const requests: HostileRequest[] = [];
  for (const [name, text] of BAD_STRINGS) {
    const task = drillAssignmentBody('chuỗi') as Record<string, unknown>;
    const fields: Array<[string, DrillRole, string, object]> = [
      ['comment content', 'binh', `/tasks/${taskId}/comments`, { content: text }],
      ['task title', 'chairman', '/tasks', { ...task, title: text }],
      ['task category', 'chairman', '/tasks', { ...task, category: text }],
      ['source number', 'chairman', '/tasks', { ...task, source: { number: text, date: '2026-03-02' } }],
      ['lead unit', 'chairman', '/tasks', { ...task, leadUnitId: text }],
      ['assigning person', 'chairman', '/tasks', { ...task, assigningAuthority: { personId: text, unitId: 'ubnd-tp' } }],
      ['coordinating unit', 'chairman', '/tasks', { ...task, coordinatingUnitIds: [text] }],
      [
        'onBehalfOf person',
        'binh',
        `/tasks/${taskId}/comments`,
        { content: 'Ý kiến', onBehalfOf: { personId: text, unitId: 'so-xay-dung' } },
      ],
      ['a property name', 'binh', `/tasks/${taskId}/comments`, { content: 'Ý kiến', [text]: 1 }],
    ];
    for (const [field, role, path, body] of fields)
      requests.push({ category, label: `${name} in ${field}`, role, method: 'POST', path, body });
  }
  // Raw control characters and bytes that are not UTF-8, written into the JSON text itself.
  requests.push(
    {
      category,
      label: 'raw NUL byte inside a JSON string',
      role: 'binh',
      method: 'POST',
      path: `/tasks/${taskId}/comments`,
      body: '{"content":"a\u0000b"}',
    },
    {
      category,
      label: 'raw NUL byte outside any string',
      role: 'binh',
      method: 'POST',
      path: `/tasks/${taskId}/comments`,
      body: '{"content":"ab"}\u0000',
    },
  );
  return requests;
}

function nulInQueries(): HostileRequest[] {
  const requests: HostileRequest[] = [];
  for (const list of LISTS) {
    for (const param of list.params) {
      for (const value of QUERY_VALUES) {
        const query = [list.subject && param !== 'unit' ? list.subject : undefined, `${param}=${value}`].filter(Boolean).join('&');
        requests.push({
          category: '%00 in query parameters',
          label: `${list.path}?${param}=${value}`,
          role: list.role,
          method: 'GET',
          path: `${list.path}?${query}`,
        });
      }
    }
    requests.push({
      category: '%00 in query parameters',
      label: `${list.path} with a parameter named %00`,
      role: list.role,
      method: 'GET',
      path: `${list.path}?%00=1`,
    });
  }
  return requests;
}

function missingNestedObjects(taskId: string): HostileRequest[] {
  const category = 'missing nested objects';
  const task = drillAssignmentBody('thiếu') as Record<string, unknown>;
  const without = (field: string): Record<string, unknown> => Object.fromEntries(Object.entries(task).filter(([name]) => name !== field));
  const variants: Array<[string, unknown]> = [
    ['no source', without('source')],
    ['source null', { ...task, source: null }],
    ['source empty', { ...task, source: {} }],
    ['source without number', { ...task, source: { date: '2026-03-02' } }],
    ['source without date', { ...task, source: { number: '1/UBND' } }],
    ['no assigning authority', without('assigningAuthority')],
    ['assigning authority null', { ...task, assigningAuthority: null }],
    ['assigning authority empty', { ...task, assigningAuthority: {} }],
    ['assigning authority without unit', { ...task, assigningAuthority: { personId: 'tran-van-an' } }],
    ['deadline null', { ...task, deadline: null }],
    ['responsible person empty', { ...task, responsiblePerson: {} }],
    ['responsible person null', { ...task, responsiblePerson: null }],
    ['onBehalfOf empty', { ...task, onBehalfOf: {} }],
    ['onBehalfOf null', { ...task, onBehalfOf: null }],
    ['an empty body', {}],
    ['the body null', 'null'],
  ];
  const requests: HostileRequest[] = variants.map(([label, body]) => ({
    category,
    label: `new task: ${label}`,
    role: 'chairman',
    method: 'POST',
    path: '/tasks',
    body,
  }));
  requests.push(
    { category, label: 'comment: an empty body', role: 'binh', method: 'POST', path: `/tasks/${taskId}/comments`, body: {} },
    {
      category,
      label: 'comment: onBehalfOf without unit',
      role: 'binh',
      method: 'POST',
      path: `/tasks/${taskId}/comments`,
      body: { content: 'Ý kiến', onBehalfOf: { personId: 'le-van-cuong' } },
    },
  );
  for (const command of TASK_COMMANDS) {
    requests.push({
      category,
      label: `${command}: an empty body`,
      role: 'binh',
      method: 'POST',
      path: `/tasks/${taskId}/${command}`,
      body: {},
    });
    requests.push({
      category,
      label: `${command}: nested objects null`,
      role: 'binh',
      method: 'POST',
      path: `/tasks/${taskId}/${command}`,
      body: { to: null, party: null, deadline: null, onBehalfOf: null },
    });
  }
  return requests;
}

function wrongTypes(taskId: string): HostileRequest[] {
  const category = 'wrong types';
  const task = drillAssignmentBody('kiểu') as Record<string, unknown>;
  const requests: HostileRequest[] = [];
  for (const field of [
    'title',
    'category',
    'source',
    'assigningAuthority',
    'leadUnitId',
    'coordinatingUnitIds',
    'deadline',
    'taskId',
    'occurredAt',
    'kind',
  ]) {
    for (const [name, value] of WRONG_VALUES)
      requests.push({
        category,
        label: `new task: ${field} as ${name}`,
        role: 'chairman',
        method: 'POST',
        path: '/tasks',
        body: { ...task, [field]: value },
      });
  }
  const odd: Array<[string, Record<string, unknown>]> = [
    ['workingDays as text', { deadline: { workingDays: '10' } }],
    ['workingDays negative', { deadline: { workingDays: -1 } }],
    ['workingDays fractional', { deadline: { workingDays: 1.5 } }],
    ['workingDays 1e308', { deadline: { workingDays: 1e308 } }],
    ['dueAt not a date', { deadline: { dueAt: 'ngày mai' } }],
    ['urgency unknown', { deadline: { urgency: 'rất gấp' } }],
    ['source date as a number', { source: { number: '1/UBND', date: 20260302 } }],
    ['source date impossible', { source: { number: '1/UBND', date: '2026-13-45' } }],
    ['occurredAt in year 9999', { occurredAt: '9999-12-31T00:00:00Z' }],
    ['occurredAt before year 0', { occurredAt: '-000001-01-01T00:00:00Z' }],
    ['coordinating units of numbers', { coordinatingUnitIds: [1, 2] }],
    ['1,000 coordinating units', { coordinatingUnitIds: Array.from({ length: 1_000 }, (_, i) => `don-vi-${i}`) }],
    ['title of 100,000 characters', { title: 'đ'.repeat(100_000) }],
  ];
  for (const [label, change] of odd)
    requests.push({
      category,
      label: `new task: ${label}`,
      role: 'chairman',
      method: 'POST',
      path: '/tasks',
      body: { ...task, ...change },
    });
  for (const [name, value] of [...WRONG_VALUES, ['9,000 characters', 'ý'.repeat(9_000)] as [string, unknown]]) {
    requests.push({
      category,
      label: `comment: content as ${name}`,
      role: 'binh',
      method: 'POST',
      path: `/tasks/${taskId}/comments`,
      body: { content: value },
    });
  }
  requests.push(
    {
      category,
      label: 'comment: the body an array',
      role: 'binh',
      method: 'POST',
      path: `/tasks/${taskId}/comments`,
      body: '[{"content":"Ý kiến"}]',
    },
    { category, label: 'comment: the body a string', role: 'binh', method: 'POST', path: `/tasks/${taskId}/comments`, body: '"Ý kiến"' },
    { category, label: 'comment: the body a number', role: 'binh', method: 'POST', path: `/tasks/${taskId}/comments`, body: '42' },
    {
      category,
      label: 'comment: __proto__ in the body',
      role: 'binh',
      method: 'POST',
      path: `/tasks/${taskId}/comments`,
      body: '{"content":"Ý kiến","__proto__":{"admin":true}}',
    },
    {
      category,
      label: 'comment: constructor.prototype in the body',
      role: 'binh',
      method: 'POST',
      path: `/tasks/${taskId}/comments`,
      body: '{"content":"Ý kiến","constructor":{"prototype":{"admin":true}}}',
    },
  );
  return requests;
}

function malformedJson(taskId: string): HostileRequest[] {
  const category = 'malformed JSON';
  const bodies: Array<[string, string]> = [
    ['an unclosed object', '{"content":"Ý kiến"'],
    ['single quotes', "{'content':'Ý kiến'}"],
    ['a trailing comma', '{"content":"Ý kiến",}'],
    ['a comment in the JSON', '{"content":"Ý kiến" /* x */}'],
    ['NaN', '{"content":NaN}'],
    ['duplicate keys', '{"content":"Ý kiến","content":{"a":1}}'],
    ['an escape cut short', '{"content":"\\u12"}'],
    ['nothing at all', ''],
  ];
  return bodies.map(([label, body]) => ({
    category,
    label: `comment: ${label}`,
    role: 'binh',
    method: 'POST',
    path: `/tasks/${taskId}/comments`,
    body,
  }));
}

/** The JSON text of an object with one more property whose value is given as raw JSON text. */
function withRawField(object: object, field: string, raw: string): string {
  const rest = Object.fromEntries(Object.entries(object).filter(([name]) => name !== field));
  const text = JSON.stringify(rest);
  return `${text.slice(0, -1)}${text.length > 2 ? ',' : ''}${JSON.stringify(field)}:${raw}}`;
}
