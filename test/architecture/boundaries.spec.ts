import { resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { cruise, type IReporterOutput } from 'dependency-cruiser';
import { createRequire } from 'node:module';

const config = createRequire(resolve('package.json'))(resolve('.dependency-cruiser.cjs'));
const fixtures = resolve('test/architecture/fixtures');

async function violationsIn(path: string): Promise<Array<{ rule: string; from: string; to: string }>> {
  const cwd = process.cwd();
  process.chdir(fixtures);
  try {
    const { tsConfig: _projectPaths, ...options } = config.options; // fixtures use relative imports only
    const result: IReporterOutput = await cruise([path], { ...options, validate: true, ruleSet: { forbidden: config.forbidden } });
    const output = result.output as { summary: { violations: Array<{ rule: { name: string }; from: string; to: string }> } };
    return output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
  } finally {
    process.chdir(cwd);
  }
}

describe('architecture boundaries (the rules `npm test` enforces)', () => {
  it('reject a domain lib that imports Nest, a driver, Node I/O or an app', async () => {
    const rules = (await violationsIn('libs/domain/leaky')).map((v) => `${v.rule} -> ${v.to.replace(/^.*node_modules\//, '')}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^domain-is-framework-free -> @nestjs\/common/),
        expect.stringMatching(/^domain-is-framework-free -> pg\//),
        'domain-does-no-io -> fs',
        expect.stringMatching(/^domain-does-not-reach-infrastructure -> apps\/api\/src\/main\.ts/),
      ]),
    );
  });

  it('accept a domain lib that imports nothing but itself', async () => {
    expect(await violationsIn('libs/domain/clean')).toEqual([]);
  });

  it('reject an evidence verifier that imports a driver, an app, the network or the file system; accept @lib/ledger and crypto', async () => {
    const rules = (await violationsIn('libs/evidence-bundle/leaky')).map((v) => `${v.rule} -> ${v.to.replace(/^.*node_modules\//, '')}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^evidence-verifier-is-standalone -> pg\//),
        expect.stringMatching(/^evidence-verifier-is-standalone -> apps\/api\/src\/main\.ts/),
        expect.stringMatching(/^evidence-verifier-does-no-io -> (node:)?https$/),
        expect.stringMatching(/^evidence-verifier-does-no-io -> (node:)?fs$/),
      ]),
    );
    expect(await violationsIn('libs/evidence-bundle/clean')).toEqual([]);
  });

  it('reject an app that imports another app', async () => {
    expect(await violationsIn('apps/projector')).toEqual([
      { rule: 'apps-do-not-import-other-apps', from: 'apps/projector/src/main.ts', to: 'apps/api/src/main.ts' },
    ]);
  });

  it("reject a test that imports an app's internals by relative path, accept its testing entry", async () => {
    expect(await violationsIn('test/support/leaky-helper.ts')).toEqual([
      { rule: 'tests-use-public-entry-points', from: 'test/support/leaky-helper.ts', to: 'apps/api/src/main.ts' },
    ]);
    expect(await violationsIn('test/support/clean-helper.ts')).toEqual([]);
  });

  it("reject a benchmark that imports an app's internals by relative path", async () => {
    expect(await violationsIn('bench/leaky-run.ts')).toEqual([
      { rule: 'tests-use-public-entry-points', from: 'bench/leaky-run.ts', to: 'apps/api/src/main.ts' },
    ]);
  });
});
