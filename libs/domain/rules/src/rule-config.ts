import { DomainError } from '@lib/domain/core';
import { RULE_CATALOGUE } from './rule-catalogue';
import { RULE_CODES, type ParameterSpec, type ParameterValue, type RuleCode, type RuleParameterValues } from './rule.types';

/**
 * A deployment's overrides: per rule, `enabled` (default true) and parameter values. Unknown rules,
 * unknown parameters and values of the wrong kind or out of range are refused.
 */
export interface RulesConfig {
  rules?: Partial<Record<RuleCode, { enabled?: boolean; parameters?: Record<string, unknown> }>>;
}

export interface ResolvedRulesConfig {
  enabled: ReadonlySet<RuleCode>;
  parameters: Readonly<Record<RuleCode, RuleParameterValues>>;
}

export class RulesConfigError extends DomainError {
  static readonly code = 'RULES_CONFIG_INVALID';
  constructor(path: string, problem: string) {
    super(RulesConfigError.code, `Cấu hình quy tắc không hợp lệ tại "${path}": ${problem}.`, { field: path, context: { path } });
  }
}

export function resolveRulesConfig(config: RulesConfig = {}): ResolvedRulesConfig {
  if (typeof config !== 'object' || config === null) throw new RulesConfigError('', 'cấu hình phải là một đối tượng');
  for (const key of Object.keys(config)) if (key !== 'rules') throw new RulesConfigError(key, 'khóa không được hỗ trợ');
  const overrides = config.rules ?? {};
  if (typeof overrides !== 'object' || overrides === null) throw new RulesConfigError('rules', 'phải là một đối tượng');
  for (const code of Object.keys(overrides)) {
    if (!(RULE_CODES as readonly string[]).includes(code)) throw new RulesConfigError(`rules.${code}`, 'không có quy tắc này');
  }
  const enabled = new Set<RuleCode>();
  const parameters = {} as Record<RuleCode, RuleParameterValues>;
  for (const definition of RULE_CATALOGUE) {
    const override = (overrides as Record<string, unknown>)[definition.code] ?? {};
    const path = `rules.${definition.code}`;
    if (typeof override !== 'object' || override === null) throw new RulesConfigError(path, 'phải là một đối tượng');
    const { enabled: on = true, parameters: given = {}, ...rest } = override as { enabled?: unknown; parameters?: unknown };
    for (const key of Object.keys(rest)) throw new RulesConfigError(`${path}.${key}`, 'khóa không được hỗ trợ');
    if (typeof on !== 'boolean') throw new RulesConfigError(`${path}.enabled`, 'phải là true hoặc false');
    if (typeof given !== 'object' || given === null) throw new RulesConfigError(`${path}.parameters`, 'phải là một đối tượng');
    for (const name of Object.keys(given)) {
      if (!Object.hasOwn(definition.parameters, name)) throw new RulesConfigError(`${path}.parameters.${name}`, 'không có tham số này');
    }
    const values: Record<string, ParameterValue> = {};
    for (const [name, spec] of Object.entries(definition.parameters)) {
      const value = (given as Record<string, unknown>)[name];
      values[name] = value === undefined ? spec.default : checked(spec, value, `${path}.parameters.${name}`);
    }
    if (on) enabled.add(definition.code);
    parameters[definition.code] = Object.freeze(values);
  }
  return { enabled, parameters };
}

function checked(spec: ParameterSpec, value: unknown, path: string): ParameterValue {
  switch (spec.kind) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < spec.min || value > spec.max) {
        throw new RulesConfigError(path, `phải là số nguyên từ ${spec.min} đến ${spec.max}`);
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw new RulesConfigError(path, 'phải là true hoặc false');
      return value;
    case 'string_list': {
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
        throw new RulesConfigError(path, 'phải là danh sách chuỗi không rỗng');
      }
      const allowed = spec.allowed;
      const unknown = allowed === null ? [] : value.filter((item: string) => !allowed.includes(item));
      if (unknown.length > 0) throw new RulesConfigError(path, `giá trị không hợp lệ: ${unknown.join(', ')}`);
      return Object.freeze([...new Set(value as string[])]);
    }
  }
}
