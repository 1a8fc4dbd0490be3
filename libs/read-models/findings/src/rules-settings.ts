import { VN_CALENDAR_DATA_VERSION } from '@lib/domain/calendar';
import { RULE_CATALOGUE, resolveRulesConfig, type ResolvedRulesConfig, type RulesConfig } from '@lib/domain/rules';

/** The rules in force in this deployment: the catalogue with the configured overrides, and its fingerprint. */
export interface RulesSettings {
  resolved: ResolvedRulesConfig;
  /**
   * Changes whenever a rule's version, its enabling or a parameter value changes, or the calendar data the rules
   * count working days with (`VN_CALENDAR_DATA_VERSION`: a holiday moved, a year of official data added): it
   * drives rebuilds of the findings.
   */
  fingerprint: number;
}

/** `calendarDataVersion`: the data of the calendar in use (the service's own by default). */
export function rulesSettingsOf(config: RulesConfig = {}, calendarDataVersion: number = VN_CALENDAR_DATA_VERSION): RulesSettings {
  const resolved = resolveRulesConfig(config);
  const described = RULE_CATALOGUE.map((rule) => ({
    code: rule.code,
    version: rule.version,
    enabled: resolved.enabled.has(rule.code),
    parameters: resolved.parameters[rule.code],
  }));
  return { resolved, fingerprint: fnv1a(JSON.stringify({ rules: described, calendarData: calendarDataVersion })) % 1_000_000 };
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
