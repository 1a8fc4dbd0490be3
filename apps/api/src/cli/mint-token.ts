import '../register-lib-paths';
import { resolveTokenKeys } from '../auth/token-keys';
import { TokenService } from '../auth/token-service';
import { loadConfig } from '@lib/service';
import { parseTokenArguments, TOKEN_USAGE, UsageError, wantsTokenHelp } from './token-arguments';

/** `npm run token -- --person … --unit … --roles …`: prints a bearer token for operators and scripts; `--help` the usage. */
function main(): void {
  if (wantsTokenHelp(process.argv.slice(2))) {
    process.stdout.write(`${TOKEN_USAGE}\n`);
    return;
  }
  try {
    const config = loadConfig();
    const { principal, ttlSeconds } = parseTokenArguments(process.argv.slice(2), config.jwtMaxTtlSeconds);
    const token = new TokenService(resolveTokenKeys(config), config).mint(principal, ttlSeconds);
    process.stdout.write(`${token}\n`);
  } catch (error) {
    const usage = error instanceof UsageError ? `\n\n${TOKEN_USAGE}` : '';
    process.stderr.write(`token: ${(error as Error).message}${usage}\n`);
    process.exit(2);
  }
}

main();
