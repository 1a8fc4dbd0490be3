import type { Pool } from 'pg';

export interface ServiceGrants {
  /** Tables the service may only read and append to (the event log, the access log). */
  appendOnly: ReadonlyArray<string>;
  /** Tables the service may read, insert and update but never delete from or empty (stream versions). */
  noDelete: ReadonlyArray<string>;
  /** Tables the service may only read (the migration ledger). */
  readOnly: ReadonlyArray<string>;
}

/**
 * Run by the owner after the migrations: the service's role gets what it needs on every table of the
 * schema (read models are rewritten and emptied on rebuilds), and no more than SELECT and INSERT on the
 * append-only tables. Owning nothing, it can neither alter, disable nor drop their triggers. Idempotent.
 */
export async function grantServiceAccess(owner: Pool, serviceRole: string, grants: ServiceGrants): Promise<void> {
  const role = quoteIdent(serviceRole);
  const list = (tables: ReadonlyArray<string>): string => tables.map(quoteIdent).join(', ');
  const statements = [
    `GRANT USAGE ON SCHEMA public TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO ${role}`,
    `REVOKE REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`,
    grants.appendOnly.length > 0 ? `REVOKE UPDATE, DELETE, TRUNCATE ON ${list(grants.appendOnly)} FROM ${role}` : '',
    grants.noDelete.length > 0 ? `REVOKE DELETE, TRUNCATE ON ${list(grants.noDelete)} FROM ${role}` : '',
    grants.readOnly.length > 0 ? `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${list(grants.readOnly)} FROM ${role}` : '',
  ].filter(Boolean);
  await owner.query(`BEGIN; ${statements.join('; ')}; COMMIT`);
}

/** What a connection's role may do to the schema: whether it is a superuser or owns a given table. */
export async function roleOfConnection(pool: Pool, table: string): Promise<{ role: string; superuser: boolean; ownsTable: boolean }> {
  const { rows } = await pool.query<{ role: string; superuser: boolean; owns: boolean | null }>(
    `SELECT current_user AS role,
            (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
            (SELECT pg_get_userbyid(relowner) = current_user FROM pg_class WHERE oid = to_regclass($1)) AS owns`,
    [table],
  );
  const row = rows[0]!;
  return { role: row.role, superuser: row.superuser, ownsTable: row.owns === true };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
