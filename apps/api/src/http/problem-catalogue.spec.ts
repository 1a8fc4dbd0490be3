import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROBLEM_KINDS } from './problem-catalogue';

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return path.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(path) ? [path] : [];
  });
}

describe('the problem catalogue', () => {
  it('describes every problem type the service answers with, in Vietnamese and English', () => {
    const used = new Set<string>();
    for (const file of ['apps', 'libs'].flatMap((root) => sourcesUnder(join(process.cwd(), root)))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/problem\(\s*'([a-z-]+)'/g)) used.add(match[1]!);
    }
    const described = new Set(PROBLEM_KINDS.map((kind) => kind.slug));
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((slug) => !described.has(slug))).toEqual([]);
    for (const kind of PROBLEM_KINDS) {
      expect(kind.title.vi.normalize('NFC')).toBe(kind.title.vi);
      expect([kind.title.vi, kind.title.en, kind.description.vi, kind.description.en].every((text) => text.length > 0)).toBe(true);
    }
  });
});
