import { parseArgs } from 'node:util';
import type { Role } from '@lib/domain/core';
import { POSITIONS } from '@lib/domain/org';
import { JURISDICTION_CLAIM_ROLES, ROLES, type Principal } from '../auth/principal';
import { parseDurationSeconds } from '@lib/service';

export class UsageError extends Error {}

export const TOKEN_USAGE = `Usage: npm run token -- --person <id> --unit <id> --roles <role,...> [--position head|deputy|staff|clerk]
                       [--jurisdiction <unit id>] [--name "<full name>"] [--ttl 8h]
       npm run token -- --help
In the container image (no compiler there): node dist/apps/api/src/cli/mint-token.js <the same options>
--ttl is at most JWT_MAX_TTL (12h unless configured); the default is 8h, or JWT_MAX_TTL when shorter.
Roles: ${ROLES.join(', ')}. Inspectors, Home Affairs and office chiefs need --jurisdiction (the root unit they may read).
The token is signed with JWT_SECRET (or JWT_SECRET_FILE's content), or with the secret the embedded setup keeps under DATA_DIR.`;

const OPTIONS = {
  person: { type: 'string' },
  unit: { type: 'string' },
  roles: { type: 'string' },
  position: { type: 'string' },
  jurisdiction: { type: 'string' },
  name: { type: 'string' },
  ttl: { type: 'string' },
} as const;

const DEFAULT_TTL_SECONDS = 8 * 3600;

/** `--help` or `-h` anywhere among the options (not as the value of one, not after `--`): print the usage, mint nothing. */
export function wantsTokenHelp(argv: string[]): boolean {
  const { values } = parseArgs({
    args: argv,
    options: { ...OPTIONS, help: { type: 'boolean', short: 'h' } },
    strict: false,
    allowPositionals: true,
  });
  return values.help === true;
}

/**
 * Reads the token CLI's arguments into a principal and a lifetime, with a clear error for each mistake.
 * `maxTtlSeconds` is the service's JWT_MAX_TTL: a longer token would be refused by the service anyway.
 */
export function parseTokenArguments(argv: string[], maxTtlSeconds: number): { principal: Principal; ttlSeconds: number } {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!values.person) throw new UsageError('--person is required');
  if (!values.unit) throw new UsageError('--unit is required');
  const roles = (values.roles ?? '')
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
  if (roles.length === 0) throw new UsageError('--roles is required (comma-separated)');
  const unknown = roles.filter((role) => !ROLES.includes(role as Role));
  if (unknown.length > 0) throw new UsageError(`unknown role(s): ${unknown.join(', ')}`);
  if (values.position !== undefined && !POSITIONS.includes(values.position as never)) {
    throw new UsageError(`--position must be one of ${POSITIONS.join(', ')}`);
  }
  if (roles.some((role) => JURISDICTION_CLAIM_ROLES.includes(role as Role)) && !values.jurisdiction) {
    throw new UsageError(`roles ${JURISDICTION_CLAIM_ROLES.join(', ')} need --jurisdiction <unit id>`);
  }
  if (values.jurisdiction && !roles.some((role) => JURISDICTION_CLAIM_ROLES.includes(role as Role))) {
    throw new UsageError(`--jurisdiction is read only for roles ${JURISDICTION_CLAIM_ROLES.join(', ')}; the others read their own unit`);
  }
  return {
    principal: {
      personId: values.person,
      unitId: values.unit,
      roles: roles as Role[],
      ...(values.position ? { position: values.position as Principal['position'] & string } : {}),
      ...(values.jurisdiction ? { jurisdictionUnitId: values.jurisdiction } : {}),
      ...(values.name ? { name: values.name.normalize('NFC') } : {}),
    },
    ttlSeconds: values.ttl === undefined ? Math.min(DEFAULT_TTL_SECONDS, maxTtlSeconds) : parseTtl(values.ttl, maxTtlSeconds),
  };
}

function parseTtl(text: string, maxTtlSeconds: number): number {
  const seconds = /^\d+[smhd]$/.test(text.trim()) ? parseDurationSeconds(text) : undefined;
  if (seconds === undefined) throw new UsageError(`--ttl must look like 30m, 8h or 7d (got ${text})`);
  if (seconds <= 0 || seconds > maxTtlSeconds)
    throw new UsageError(`--ttl must be between 1s and ${maxTtlSeconds}s (JWT_MAX_TTL); got ${text}`);
  return seconds;
}
