import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSignerKey, generateNoteKey, parseSignerKey, type NoteSigner } from '@lib/ledger';
import { ConfigError, type AppConfig } from './app-config';

/** Where the embedded setup keeps the key it generated (the owner may read it; nobody else). */
export const LEDGER_KEY_FILE = 'ledger-signing.key';
/** The origin of a generated key when LEDGER_ORIGIN is unset. */
export const DEFAULT_LEDGER_ORIGIN = 'localhost/trach-nhiem';

/**
 * The key that signs the ledger's checkpoints: the configured one; else, on the embedded database, one generated
 * once and kept under the data directory; else none (a server on DATABASE_URL must be given its key, as it must be
 * given its JWT secret: a key made up at each start would sign checkpoints nobody could check a week later).
 */
export function resolveLedgerSigner(
  config: Pick<AppConfig, 'ledgerSigningKey' | 'ledgerOrigin' | 'databaseUrl' | 'dataDir'>,
): NoteSigner | undefined {
  if (config.ledgerSigningKey) return signerOf(config.ledgerSigningKey, 'LEDGER_SIGNING_KEY', config.ledgerOrigin);
  if (config.databaseUrl) return undefined;
  const path = join(config.dataDir, LEDGER_KEY_FILE);
  if (existsSync(path)) return signerOf(readFileSync(path, 'utf8').trim(), path, config.ledgerOrigin);
  mkdirSync(config.dataDir, { recursive: true });
  const { signer } = generateNoteKey(config.ledgerOrigin ?? DEFAULT_LEDGER_ORIGIN);
  writeFileSync(path, `${formatSignerKey(signer)}\n`, { mode: 0o600 });
  return signer;
}

function signerOf(text: string, source: string, origin: string | undefined): NoteSigner {
  let signer: NoteSigner;
  try {
    signer = parseSignerKey(text);
  } catch (error) {
    throw new ConfigError(`${source} is not a signer key (PRIVATE+KEY+<origin>+<id>+<key>): ${(error as Error).message}`);
  }
  if (signer.type !== 'ed25519') throw new ConfigError(`${source} is a ${signer.type} key: the ledger signs with an Ed25519 key`);
  if (origin !== undefined && signer.name !== origin)
    throw new ConfigError(`${source} is the key of "${signer.name}", but LEDGER_ORIGIN is "${origin}": a log's key carries its origin`);
  return signer;
}
