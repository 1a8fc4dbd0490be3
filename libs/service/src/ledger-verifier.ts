import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseVerifierKey, verifierOf, type NoteSigner, type NoteVerifier } from '@lib/ledger';
import { ConfigError, type AppConfig } from './app-config';
import { LEDGER_KEY_FILE, resolveLedgerSigner } from './ledger-signer';

/**
 * The key the ledger's checkpoints are verified with: LEDGER_VERIFIER_KEY when given (it must then be the public
 * half of the signing key, if one is configured too), else the public half of `signer`, else none.
 */
export function resolveLedgerVerifier(
  config: Pick<AppConfig, 'ledgerVerifierKey'>,
  signer: NoteSigner | undefined,
): NoteVerifier | undefined {
  const derived = signer ? verifierOf(signer) : undefined;
  if (!config.ledgerVerifierKey) return derived;
  const given = parseLedgerVerifierKey(config.ledgerVerifierKey, 'LEDGER_VERIFIER_KEY');
  if (derived && !(given.name === derived.name && given.keyId === derived.keyId && given.publicKey.equals(derived.publicKey)))
    throw new ConfigError(
      'LEDGER_VERIFIER_KEY is not the public key of the ledger signing key: set the one that matches, or leave it unset',
    );
  return given;
}

/** A verifier key string (`<origin>+<hex id>+<base64>`) of an Ed25519 log key; a ConfigError naming `source` otherwise. */
export function parseLedgerVerifierKey(text: string, source: string): NoteVerifier {
  let verifier: NoteVerifier;
  try {
    verifier = parseVerifierKey(text.trim());
  } catch (error) {
    throw new ConfigError(`${source} is not a verifier key (<origin>+<id>+<key>): ${(error as Error).message}`);
  }
  if (verifier.type !== 'ed25519') throw new ConfigError(`${source} is a ${verifier.type} key: the ledger signs with an Ed25519 key`);
  return verifier;
}

/**
 * The ledger's signing key as `resolveLedgerSigner` finds it, but never making one: a command that only reads (the
 * verifier) must not leave a new key under the data directory that no checkpoint was ever signed with.
 */
export function existingLedgerSigner(
  config: Pick<AppConfig, 'ledgerSigningKey' | 'ledgerOrigin' | 'databaseUrl' | 'dataDir'>,
): NoteSigner | undefined {
  if (!config.ledgerSigningKey && !config.databaseUrl && !existsSync(join(config.dataDir, LEDGER_KEY_FILE))) return undefined;
  return resolveLedgerSigner(config);
}
