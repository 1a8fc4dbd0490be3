type Columns = Readonly<Record<string, unknown>>;

/**
 * A row change in a read-model table, as plain data: what a pure projection function returns so that
 * it can be unit-tested without a database. `key` names the table's primary (or unique) key columns.
 */
export type RowChange =
  /** Insert the row, or overwrite `values` when the key exists. */
  | { readonly kind: 'upsert'; readonly table: string; readonly key: Columns; readonly values: Columns }
  /** Insert with `by` as the starting counts, or add `by` to the existing counts; `values` are overwritten. */
  | {
      readonly kind: 'increment';
      readonly table: string;
      readonly key: Columns;
      readonly by: Readonly<Record<string, number>>;
      readonly values?: Columns;
    }
  /** Insert the row; when the key exists already, leave that row as it is. */
  | { readonly kind: 'insert'; readonly table: string; readonly key: Columns; readonly values: Columns }
  /**
   * Overwrite `values` of an existing row; no row, no change. With `whenBelow` (column → number), only a row whose
   * columns are all below those numbers changes: a stream-version guard, so an event applied again changes nothing.
   */
  | {
      readonly kind: 'update';
      readonly table: string;
      readonly key: Columns;
      readonly values: Columns;
      readonly whenBelow?: Readonly<Record<string, number>>;
    }
  | { readonly kind: 'delete'; readonly table: string; readonly key: Columns };

export interface RenderedStatement {
  readonly sql: string;
  readonly params: unknown[];
}

export function renderRowChange(change: RowChange): RenderedStatement {
  const keyColumns = Object.keys(change.key);
  if (keyColumns.length === 0) throw new Error(`A ${change.kind} on ${change.table} needs a key`);
  for (const column of keyColumns) {
    if (change.key[column] === null || change.key[column] === undefined) {
      throw new Error(`Key column ${column} of ${change.table} is empty in a ${change.kind}`);
    }
  }
  const table = quoteName(change.table);
  switch (change.kind) {
    case 'upsert': {
      const row = { ...change.key, ...change.values };
      const updates = Object.keys(change.values).map((c) => `${quoteIdentifier(c)} = EXCLUDED.${quoteIdentifier(c)}`);
      const onConflict = updates.length > 0 ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
      return insert(table, row, keyColumns, onConflict);
    }
    case 'insert':
      return insert(table, { ...change.key, ...change.values }, keyColumns, 'DO NOTHING');
    case 'increment': {
      const values = change.values ?? {};
      const row = { ...change.key, ...change.by, ...values };
      const updates = [
        ...Object.keys(change.by).map((c) => `${quoteIdentifier(c)} = target.${quoteIdentifier(c)} + EXCLUDED.${quoteIdentifier(c)}`),
        ...Object.keys(values).map((c) => `${quoteIdentifier(c)} = EXCLUDED.${quoteIdentifier(c)}`),
      ];
      if (updates.length === 0) throw new Error(`An increment on ${change.table} changes no column`);
      return insert(table, row, keyColumns, `DO UPDATE SET ${updates.join(', ')}`);
    }
    case 'update': {
      const setColumns = Object.keys(change.values);
      if (setColumns.length === 0) throw new Error(`An update on ${change.table} changes no column`);
      const guards = Object.entries(change.whenBelow ?? {});
      const params = [
        ...setColumns.map((c) => change.values[c]),
        ...keyColumns.map((c) => change.key[c]),
        ...guards.map(([, below]) => below),
      ];
      const sets = setColumns.map((c, i) => `${quoteIdentifier(c)} = $${i + 1}`);
      const where = [
        ...keyColumns.map((c, i) => `${quoteIdentifier(c)} = $${setColumns.length + i + 1}`),
        ...guards.map(([c], i) => `${quoteIdentifier(c)} < $${setColumns.length + keyColumns.length + i + 1}`),
      ];
      return { sql: `UPDATE ${table} SET ${sets.join(', ')} WHERE ${where.join(' AND ')}`, params };
    }
    case 'delete': {
      const where = keyColumns.map((c, i) => `${quoteIdentifier(c)} = $${i + 1}`);
      return { sql: `DELETE FROM ${table} WHERE ${where.join(' AND ')}`, params: keyColumns.map((c) => change.key[c]) };
    }
    default:
      return assertNever(change);
  }
}

function insert(table: string, row: Columns, keyColumns: string[], onConflict: string): RenderedStatement {
  const columns = Object.keys(row);
  const placeholders = columns.map((_, i) => `$${i + 1}`);
  return {
    sql: `INSERT INTO ${table} AS target (${columns.map(quoteIdentifier).join(', ')}) VALUES (${placeholders.join(', ')}) ON CONFLICT (${keyColumns.map(quoteIdentifier).join(', ')}) ${onConflict}`,
    params: columns.map((c) => row[c]),
  };
}

/** `schema.table` or `table`, each part quoted. */
export function quoteName(name: string): string {
  return name.split('.').map(quoteIdentifier).join('.');
}

function quoteIdentifier(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

function assertNever(value: never): never {
  throw new Error(`Unknown row change: ${JSON.stringify(value)}`);
}
