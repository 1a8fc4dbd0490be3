import '../register-lib-paths';
import { readFileSync } from 'node:fs';
import {
  BundleFileError,
  parseVerifyArguments,
  resolveKeyArgument,
  UsageError,
  verdictText,
  VERIFY_BUNDLE_USAGE,
  verifyEvidenceBundle,
} from '@lib/evidence-bundle';

/**
 * `npm run verify-bundle -- <bundle.json> <verifier key or file> [--witness <key or file>]… [--allow-unproven]`:
 * checks a disciplinary case's evidence bundle offline (no database, no service, no network: the files and the key
 * given, and @lib/evidence-bundle over @lib/ledger) and prints the verdict in Vietnamese. Exit code 0 when everything
 * verifies, 1 when a check fails, 2 on a usage error (arguments, an unreadable file, not a bundle, a malformed key).
 */
function main(): number {
  let bundle: unknown;
  let keys: Parameters<typeof verifyEvidenceBundle>[1];
  let allowUnproven: boolean;
  try {
    const parsed = parseVerifyArguments(process.argv.slice(2));
    if (parsed === 'help') {
      process.stdout.write(`${VERIFY_BUNDLE_USAGE}\n`);
      return 0;
    }
    keys = {
      log: resolveKeyArgument(parsed.key, 'ed25519', 'Khóa kiểm tra của sổ cái', readTextOrNone),
      witnesses: parsed.witnesses.map((witness) => resolveKeyArgument(witness, 'cosignature/v1', 'Khóa nhân chứng', readTextOrNone)),
    };
    bundle = readBundle(parsed.bundlePath);
    allowUnproven = parsed.allowUnproven;
  } catch (error) {
    return usage(error);
  }
  try {
    const result = verifyEvidenceBundle(bundle, keys, { allowUnproven });
    process.stdout.write(verdictText(result));
    return result.ok ? 0 : 1;
  } catch (error) {
    return usage(error);
  }
}

function readBundle(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Không đọc được tệp ${path} (${(error as NodeJS.ErrnoException).code ?? 'lỗi đọc tệp'}).`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`Tệp ${path} không phải JSON.`);
  }
}

function readTextOrNone(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function usage(error: unknown): number {
  if (!(error instanceof UsageError) && !(error instanceof BundleFileError)) throw error;
  process.stderr.write(`verify-bundle: ${error.message}\n\n${VERIFY_BUNDLE_USAGE}\n`);
  return 2;
}

process.exitCode = main();
