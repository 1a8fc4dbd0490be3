import '../register-lib-paths';
import { ConfigError } from '@lib/service';
import { runImportOrg } from './import-org.command';

/** `npm run import-org -- <file.csv|file.json> [--good-rows-only] [--dry-run]` */
runImportOrg(process.argv.slice(2), process.env, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`import-org: ${error instanceof ConfigError ? error.message : (error.stack ?? error.message)}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  },
);
