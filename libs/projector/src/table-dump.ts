import type { Pool } from 'pg';
import { withClient } from '@lib/database';
import { quoteName } from './row-change';

/**
 * A canonical text dump of whole tables, for "a rebuild gives identical rows" comparisons: each row as
 * JSON in column order, rows sorted by that text (C collation), timestamps rendered in UTC so the
 * session's time zone cannot change a byte.
 */
export async function dumpTables(pool: Pool, tables: ReadonlyArray<string>): Promise<string> {
  return withClient(pool, async (client) => {
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await client.query(`SET LOCAL TimeZone = 'UTC'`);
      const sections: string[] = [];
      for (const table of tables) {
        const { rows } = await client.query<{ row: string }>(
          `SELECT row_to_json(t)::text AS row FROM ${quoteName(table)} AS t ORDER BY row_to_json(t)::text COLLATE "C"`,
        );
        sections.push(`-- ${table} (${rows.length} rows)`, ...rows.map((r) => r.row));
      }
      await client.query('COMMIT');
      return `${sections.join('\n')}\n`;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}
