import type { Pool } from 'pg';
import { createResilientPool, grantServiceAccess, roleOfConnection, runMigrations, type ServiceGrants } from '@lib/database';
import { serviceMigrations } from './service-migrations';

/** The log and the access log only grow; stream versions only move forward; the migration ledger is the owner's. */
const SERVICE_GRANTS: ServiceGrants = {
  appendOnly: ['events', 'access_log', 'ledger_checkpoint', 'ledger_cosignature'],
  noDelete: ['streams'],
  readOnly: ['schema_migrations'],
};

export interface DatabaseUrls {
  /** The service's own connection. */
  databaseUrl: string;
  /** The owner's, for migrations and grants; unset: the service migrates over its own connection. */
  databaseOwnerUrl?: string | undefined;
}

/**
 * Brings the schema up to date before anything uses it. With an owner URL the migrations run as the owner,
 * who then grants the service's role what it needs and no more (SERVICE_GRANTS); without one, the service
 * migrates over its own connection, and a warning says that its role can then alter the log's safeguards.
 */
export async function prepareDatabase(
  urls: DatabaseUrls,
  service: Pool,
  log: (line: string) => void,
  warn: (line: string) => void,
): Promise<void> {
  if (!urls.databaseOwnerUrl) {
    await runMigrations(service, serviceMigrations, log);
    const { role, superuser, ownsTable } = await roleOfConnection(service, 'events');
    if (superuser || ownsTable) {
      warn(
        `the service connects as ${role}, which ${superuser ? 'is a superuser' : 'owns the event log'} and could disable its append-only triggers: ` +
          'set DATABASE_OWNER_URL to the owner and DATABASE_URL to a role of its own (see README, "Database roles")',
      );
    }
    return;
  }
  const owner = createResilientPool({
    connectionString: urls.databaseOwnerUrl,
    max: 1,
    acquireTimeoutMs: 30_000,
    applicationName: 'ro-trach-nhiem-migrations',
  });
  try {
    await runMigrations(owner, serviceMigrations, log);
    const serviceRole = await roleOfConnection(service, 'events');
    const ownerRole = await roleOfConnection(owner, 'events');
    if (serviceRole.role === ownerRole.role) {
      warn(`DATABASE_URL and DATABASE_OWNER_URL name the same role (${serviceRole.role}): the service can alter the log's safeguards`);
      return;
    }
    await grantServiceAccess(owner, serviceRole.role, SERVICE_GRANTS);
    if (serviceRole.superuser) warn(`the service's role ${serviceRole.role} is a superuser: grants cannot restrict it`);
  } finally {
    await owner.end();
  }
}
