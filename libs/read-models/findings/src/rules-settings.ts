import { RULE_CATALOGUE, resolveRulesConfig, type ResolvedRulesConfig, type RulesConfig } from '@lib/domain/rules';

/** The rules in force in this deployment: the catalogue with the configured overrides, and its fingerprint. */
export interface RulesSettings {
  resolved: ResolvedRulesConfig;
  /** Changes whenever a rule's version, its enabling or a parameter value changes: it drives rebuilds. */
  fingerprint: number;
}

export function rulesSettingsOf(config: RulesConfig = {}): RulesSettings {
  const resolved = resolveRulesConfig(config);
  const described = RULE_CATALOGUE.map((rule) => ({
    code: rule.code,
    version: rule.version,
    enabled: resolved.enabled.has(rule.code),
    parameters: resolved.parameters[rule.code],
  }));
  return { resolved, fingerprint: fnv1a(JSON.stringify(described)) % 1_000_000 };
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
