import '../register-lib-paths';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { CONTAINER_SECRETS, ensureSecretFiles } from './secret-files';

const USAGE = `Usage: node dist/apps/api/src/cli/init-secrets.js <folder> [--mode 600]
Creates in <folder>, only when missing, random secrets (from node:crypto) for the container setup:
${CONTAINER_SECRETS.map(({ file, purpose }) => `  ${file.padEnd(20)} ${purpose}`).join('\n')}
Existing files are kept. It prints what it created or kept, never a value.
--mode is the files' permission in octal (default 600, the owner only); docker/compose.yaml uses 444, since the
database's and the API's containers run as different users and share the folder read-only.`;

/** `init-secrets <folder> [--mode 600]`: the one-shot `secrets` service of docker/compose.yaml. */
function main(): void {
  let folder: string;
  let mode: number;
  try {
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2),
      options: { mode: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'name the folder to keep the secrets in' : 'name one folder');
    folder = resolve(positionals[0]!);
    const modeText = values.mode ?? '600';
    if (!/^0?[0-7]{3}$/.test(modeText)) throw new Error(`--mode must be an octal permission such as 600 or 444 (got ${modeText})`);
    mode = parseInt(modeText, 8);
    if ((mode & 0o400) === 0) throw new Error(`--mode ${modeText} would not let the owner read the files`);
  } catch (error) {
    process.stderr.write(`init-secrets: ${(error as Error).message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  try {
    for (const { path, purpose, created } of ensureSecretFiles(folder, mode)) {
      process.stdout.write(`init-secrets: ${created ? 'created' : 'kept   '} ${path} (${purpose})\n`);
    }
  } catch (error) {
    process.stderr.write(`init-secrets: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

main();
