import { parseArgs } from 'node:util';
import type { Role } from '@lib/domain/core';
import { POSITIONS, ROLES, type Principal } from '../auth/principal';

export class UsageError extends Error {}

export const TOKEN_USAGE = `Usage: npm run token -- --person <id> --unit <id> --roles <role,...> [--position head|deputy|staff|clerk]
                       [--jurisdiction <unit id>] [--name "<full name>"] [--ttl 8h]
Roles: ${ROLES.join(', ')}. Inspectors, Home Affairs and office chiefs need --jurisdiction (the root unit they may read).
The token is signed with JWT_SECRET, or with the secret the embedded setup keeps under DATA_DIR.`;

const ROLES_NEEDING_JURISDICTION: Role[] = ['inspector', 'home_affairs', 'office_chief'];
const MAX_TTL_SECONDS = 30 * 24 * 3600;

/** Reads the token CLI's arguments into a principal and a lifetime, with a clear error for each mistake. */
export function parseTokenArguments(argv: string[]): { principal: Principal; ttlSeconds: number } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        person: { type: 'string' },
        unit: { type: 'string' },
        roles: { type: 'string' },
        position: { type: 'string' },
        jurisdiction: { type: 'string' },
        name: { type: 'string' },
        ttl: { type: 'string', default: '8h' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!values.person) throw new UsageError('--person is required');
  if (!values.unit) throw new UsageError('--unit is required');
  const roles = (values.roles ?? '').split(',').map((role) => role.trim()).filter(Boolean);
  if (roles.length === 0) throw new UsageError('--roles is required (comma-separated)');
  const unknown = roles.filter((role) => !ROLES.includes(role as Role));
  if (unknown.length > 0) throw new UsageError(`unknown role(s): ${unknown.join(', ')}`);
  if (values.position !== undefined && !POSITIONS.includes(values.position as never)) {
    throw new UsageError(`--position must be one of ${POSITIONS.join(', ')}`);
  }
  if (roles.some((role) => ROLES_NEEDING_JURISDICTION.includes(role as Role)) && !values.jurisdiction) {
    throw new UsageError(`roles ${ROLES_NEEDING_JURISDICTION.join(', ')} need --jurisdiction <unit id>`);
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
    ttlSeconds: parseDuration(values.ttl ?? '8h'),
  };
}

function parseDuration(text: string): number {
  const match = /^(\d+)([smhd])$/.exec(text.trim());
  if (!match) throw new UsageError(`--ttl must look like 30m, 8h or 7d (got ${text})`);
  const seconds = Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[match[2] as 's' | 'm' | 'h' | 'd'];
  if (seconds <= 0 || seconds > MAX_TTL_SECONDS) throw new UsageError('--ttl must be between 1s and 30d');
  return seconds;
}
