import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, type AppConfig } from '@lib/service';

export interface TokenKeys {
  /** Key material to verify with: the public key, or the shared secret. */
  verifyKey: string;
  /** Key to sign with, when this service may mint tokens (never with only a public key). */
  signKey: string | undefined;
  algorithms: Array<'HS256' | 'RS256' | 'ES256'>;
}

/**
 * With a configured public key the service only verifies tokens issued elsewhere. With a secret it
 * verifies and can mint. With neither, only the embedded (single-machine) setup may generate and keep a
 * secret under the data directory; a server on DATABASE_URL must be given one.
 */
export function resolveTokenKeys(config: AppConfig): TokenKeys {
  if (config.jwtPublicKey) return { verifyKey: config.jwtPublicKey, signKey: undefined, algorithms: ['RS256', 'ES256'] };
  if (config.jwtSecret) {
    if (config.jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters long');
    return { verifyKey: config.jwtSecret, signKey: config.jwtSecret, algorithms: ['HS256'] };
  }
  if (config.databaseUrl) {
    throw new ConfigError(
      'Set JWT_SECRET or JWT_SECRET_FILE (32+ characters) or JWT_PUBLIC_KEY: tokens cannot be verified without one when DATABASE_URL is set.',
    );
  }
  const secret = localSecret(config.dataDir);
  return { verifyKey: secret, signKey: secret, algorithms: ['HS256'] };
}

function localSecret(dataDir: string): string {
  const path = join(dataDir, 'jwt-secret');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}
