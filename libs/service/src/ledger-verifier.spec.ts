import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { formatSignerKey, formatVerifierKey, generateNoteKey } from '@lib/ledger';
import { ConfigError, loadConfig } from './app-config';
import { LEDGER_KEY_FILE } from './ledger-signer';
import { existingLedgerSigner, resolveLedgerVerifier } from './ledger-verifier';

describe('the key checkpoints are verified with', () => {
  const { signer, verifier } = generateNoteKey('so-noi-vu.example/trach-nhiem');
  const other = generateNoteKey('so-noi-vu.example/trach-nhiem').verifier;
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-verifier-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is LEDGER_VERIFIER_KEY, else the public half of the signing key, else none', () => {
    const given = resolveLedgerVerifier(loadConfig({ LEDGER_VERIFIER_KEY: formatVerifierKey(verifier) }), undefined);
    expect(given && formatVerifierKey(given)).toBe(formatVerifierKey(verifier));
    const derived = resolveLedgerVerifier(loadConfig({}), signer);
    expect(derived && formatVerifierKey(derived)).toBe(formatVerifierKey(verifier));
    expect(resolveLedgerVerifier(loadConfig({}), undefined)).toBeUndefined();
  });

  it('refuses a malformed key, a key of another kind, and one that is not the signing key’s', () => {
    expect(() => resolveLedgerVerifier(loadConfig({ LEDGER_VERIFIER_KEY: 'khong-phai-khoa' }), undefined)).toThrow(ConfigError);
    expect(() => resolveLedgerVerifier(loadConfig({ LEDGER_VERIFIER_KEY: formatSignerKey(signer) }), undefined)).toThrow(ConfigError);
    expect(() => resolveLedgerVerifier(loadConfig({ LEDGER_VERIFIER_KEY: formatVerifierKey(other) }), signer)).toThrow(
      /not the public key of the ledger signing key/,
    );
  });

  it('never makes a signing key on the embedded database when only verifying', () => {
    expect(existingLedgerSigner(loadConfig({ DATA_DIR: dataDir }))).toBeUndefined();
    expect(existsSync(join(dataDir, LEDGER_KEY_FILE))).toBe(false);
  });
});
