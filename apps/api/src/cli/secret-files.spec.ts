import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { parseSignerKey } from '@lib/ledger';
import { CONTAINER_SECRETS, ensureSecretFiles } from './secret-files';

describe('secret files of the container setup', () => {
  const dirs: string[] = [];
  const freshDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'secrets-'));
    dirs.push(dir);
    return join(dir, 'secrets');
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("creates the JWT secret and both database passwords, random, base64url, and the ledger's key, with the mode asked", () => {
    const dir = freshDir();
    const outcomes = ensureSecretFiles(dir, 0o444);
    expect(outcomes.map(({ path, created }) => [path, created])).toEqual(CONTAINER_SECRETS.map(({ file }) => [join(dir, file), true]));
    expect(CONTAINER_SECRETS.map(({ file }) => file)).toEqual([
      'jwt-secret',
      'db-owner-password',
      'db-service-password',
      'ledger-signing-key',
    ]);
    const values = CONTAINER_SECRETS.map(({ file }) => readFileSync(join(dir, file), 'utf8'));
    for (const value of values.slice(0, 3)) expect(value).toMatch(/^[A-Za-z0-9_-]{32,}\n$/);
    expect(values[0]!.trim().length).toBe(64);
    expect(new Set(values).size).toBe(4);
    // The ledger's key: a C2SP signer key of the default origin (LEDGER_ORIGIN unset), as LEDGER_SIGNING_KEY_FILE reads it.
    const ledger = parseSignerKey(values[3]!.trim());
    expect({ name: ledger.name, type: ledger.type }).toEqual({ name: 'localhost/trach-nhiem', type: 'ed25519' });
    for (const { file } of CONTAINER_SECRETS) expect(statSync(join(dir, file)).mode & 0o777).toBe(0o444);
    expect(statSync(dir).mode & 0o777).toBe(0o755);
  });

  it('keeps existing files, creates only the missing ones, and leaves no draft behind', () => {
    const dir = freshDir();
    ensureSecretFiles(dir, 0o600);
    const jwt = readFileSync(join(dir, 'jwt-secret'), 'utf8');
    rmSync(join(dir, 'db-service-password'));
    const outcomes = ensureSecretFiles(dir, 0o600);
    expect(outcomes.map(({ created }) => created)).toEqual([false, false, true, false]);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(jwt);
    expect(statSync(join(dir, 'db-service-password')).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readFileSync(join(dir, 'db-service-password'), 'utf8')).toMatch(/^[A-Za-z0-9_-]{32}\n$/);
  });

  it('refuses an existing empty file instead of overwriting it', () => {
    const dir = freshDir();
    ensureSecretFiles(dir, 0o600);
    writeFileSync(join(dir, 'db-owner-password'), '\n');
    expect(() => ensureSecretFiles(dir, 0o600)).toThrow(
      `${join(dir, 'db-owner-password')} exists but is empty: remove it to have a new secret generated`,
    );
  });
});
