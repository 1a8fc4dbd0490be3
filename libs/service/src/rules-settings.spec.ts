import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config';
import { rulesSettingsOf } from '@lib/read-models/findings';

describe('rules in force (RULES_CONFIG)', () => {
  const file = (content: string): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'rules-')), 'rules.json');
    writeFileSync(path, content);
    return path;
  };

  it('defaults to the catalogue when unset; the same settings give the same fingerprint', () => {
    expect(loadConfig({}).rules.fingerprint).toBe(rulesSettingsOf().fingerprint);
    expect(loadConfig({}).rules.resolved.parameters.STALLED).toEqual({ maxIdleWorkingDays: 10 });
  });

  it('reads the overrides from the JSON file and changes the fingerprint', () => {
    const config = loadConfig({ RULES_CONFIG: file('{"rules":{"STALLED":{"parameters":{"maxIdleWorkingDays":7}}}}') });
    expect(config.rules.resolved.parameters.STALLED).toEqual({ maxIdleWorkingDays: 7 });
    expect(config.rules.fingerprint).not.toBe(rulesSettingsOf().fingerprint);
  });

  it('refuses a file that is not JSON, naming the setting', () => {
    const path = file('{ rules: ');
    expect(() => loadConfig({ RULES_CONFIG: path })).toThrow(ConfigError);
    expect(() => loadConfig({ RULES_CONFIG: path })).toThrow(`RULES_CONFIG=${path} cannot be read as JSON`);
  });

  it('refuses an unknown parameter or an out-of-range value, naming where, in Vietnamese', () => {
    const unknown = file('{"rules":{"STALLED":{"parameters":{"days":7}}}}');
    expect(() => loadConfig({ RULES_CONFIG: unknown })).toThrow('rules.STALLED.parameters.days');
    const outOfRange = file('{"rules":{"STALLED":{"parameters":{"maxIdleWorkingDays":0}}}}');
    expect(() => loadConfig({ RULES_CONFIG: outOfRange })).toThrow(/rules\.STALLED\.parameters\.maxIdleWorkingDays/);
  });
});
