import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { TASK_STATUS_LABELS } from '@lib/domain/custody';
import { DISCIPLINARY_CASE_EVENT_TYPES } from '@lib/domain/discipline';
import { FINDING_REVIEW_EVENT_TYPES } from '@lib/domain/finding-review';
import { ORG_EVENT_TYPES } from '@lib/domain/org';
import { RULE_CATALOGUE, type ParameterSpec, type RuleDefinition } from '@lib/domain/rules';
// The task lib's list of every task event type is complete by construction; the spec checks the document names each.
import { TASK_EVENT_TYPES } from '@lib/domain/task';

// docs/domain.md describes the code. Its rule tables are generated from RULE_CATALOGUE: a rule, a version, a
// parameter default or a legal basis that changes without the document fails here, with the expected row.
const doc = readFileSync(resolve('docs/domain.md'), 'utf8');

const escaped = (text: string): string => text.normalize('NFC').replaceAll('|', '\\|');

function parameterCell([name, spec]: [string, ParameterSpec]): string {
  switch (spec.kind) {
    case 'integer':
      return `\`${name}\` = ${spec.default} (${spec.min}–${spec.max})`;
    case 'boolean':
      return `\`${name}\` = ${spec.default}`;
    case 'string_list': {
      const defaults = spec.default.length === 0 ? 'none' : spec.default.map((value) => `\`${value}\``).join(', ');
      const allowed = spec.allowed === null ? '' : `; allowed ${spec.allowed.map((value) => `\`${value}\``).join(', ')}`;
      return `\`${name}\` = ${defaults}${allowed}`;
    }
  }
}

function catalogueRow(rule: RuleDefinition, index: number): string {
  const parameters = Object.entries(rule.parameters).map(parameterCell).join('; ') || '—';
  const flag = (value: boolean): string => (value ? 'yes' : 'no');
  return `| ${index + 1} | \`${rule.code}\` | ${rule.version} | ${escaped(rule.title)} | ${escaped(parameters)} | ${flag(rule.timeBased)} | ${flag(rule.attributes)} |`;
}

describe('docs/domain.md matches the code', () => {
  it('is NFC', () => {
    expect(doc).toBe(doc.normalize('NFC'));
  });

  it('lists every rule of the catalogue with its version, title, parameters and flags, in catalogue order', () => {
    const rows = RULE_CATALOGUE.map(catalogueRow);
    for (const row of rows) expect(doc).toContain(row);
    const positions = rows.map((row) => doc.indexOf(row));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('gives every rule its legal basis as the rule cites it', () => {
    for (const rule of RULE_CATALOGUE) expect(doc).toContain(`| \`${rule.code}\` | ${escaped(rule.basis)} |`);
  });

  it('documents every event type: task, organisation, finding review and disciplinary case', () => {
    const types = [...TASK_EVENT_TYPES, ...ORG_EVENT_TYPES, ...FINDING_REVIEW_EVENT_TYPES, ...DISCIPLINARY_CASE_EVENT_TYPES];
    expect(types.filter((type) => !doc.includes(`| \`${type}\` |`))).toEqual([]);
  });

  it('gives every tracker status with its Vietnamese label', () => {
    for (const [code, label] of Object.entries(TASK_STATUS_LABELS)) expect(doc).toContain(`| \`${code}\` | ${label} |`);
  });
});
