import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSignerKey, generateNoteKey } from '@lib/ledger';
import { DEFAULT_LEDGER_ORIGIN } from '@lib/service';

export interface SecretSpec {
  /** File name inside the secrets folder. */
  readonly file: string;
  /** What it is, for the report (never the value). */
  readonly purpose: string;
  /** Its content: random bytes written base64url (URL- and shell-safe, no quoting needed), or a key made for it. */
  readonly make: () => string;
}

const randomSecret = (bytes: number) => (): string => randomBytes(bytes).toString('base64url');

/** The ledger's Ed25519 signer key (C2SP note), named by LEDGER_ORIGIN as the API will be. */
const ledgerKey = (): string => formatSignerKey(generateNoteKey(process.env.LEDGER_ORIGIN?.trim() || DEFAULT_LEDGER_ORIGIN).signer);

/** The secrets the container setup needs (docker/compose.yaml mounts the folder and names each file). */
export const CONTAINER_SECRETS: readonly SecretSpec[] = [
  { file: 'jwt-secret', purpose: 'JWT_SECRET_FILE: signs and verifies bearer tokens', make: randomSecret(48) },
  { file: 'db-owner-password', purpose: "DATABASE_OWNER_PASSWORD_FILE: the schema owner's PostgreSQL password", make: randomSecret(24) },
  { file: 'db-service-password', purpose: "DATABASE_PASSWORD_FILE: the service role's PostgreSQL password", make: randomSecret(24) },
  { file: 'ledger-signing-key', purpose: "LEDGER_SIGNING_KEY_FILE: signs the ledger's checkpoints (Ed25519)", make: ledgerKey },
];

export interface SecretFileOutcome {
  readonly path: string;
  readonly purpose: string;
  readonly created: boolean;
}

/**
 * Creates each secret file that is missing, with fresh random bytes from node:crypto, and keeps every one that
 * exists (PostgreSQL keeps the password it was initialised with: a new one would lock the service out). A file is
 * written beside its place and linked in, so it appears whole or not at all, and never replaces another. An
 * existing empty file is an error rather than something to overwrite silently.
 */
export function ensureSecretFiles(dir: string, mode: number, secrets: readonly SecretSpec[] = CONTAINER_SECRETS): SecretFileOutcome[] {
  mkdirSync(dir, { recursive: true, mode: folderMode(mode) });
  return secrets.map(({ file, purpose, make }) => {
    const path = join(dir, file);
    if (existsSync(path)) {
      if (!readFileSync(path, 'utf8').trim()) throw new Error(`${path} exists but is empty: remove it to have a new secret generated`);
      return { path, purpose, created: false };
    }
    const draft = `${path}.${process.pid}.draft`;
    try {
      writeFileSync(draft, `${make()}\n`, { mode: 0o600, flag: 'wx' });
      chmodSync(draft, mode);
      linkSync(draft, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && existsSync(path)) return { path, purpose, created: false };
      throw error;
    } finally {
      rmSync(draft, { force: true });
    }
    return { path, purpose, created: true };
  });
}

/** The folder is searchable by whoever may read the files (owner always). */
function folderMode(fileMode: number): number {
  return 0o700 | (fileMode & 0o040 ? 0o050 : 0) | (fileMode & 0o004 ? 0o005 : 0);
}
