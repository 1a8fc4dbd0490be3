import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import type { DataSource, EntityMetadata } from 'typeorm';
import { PG_POOL, READ_MODEL_ENTITIES, READ_MODELS_POOL_SIZE } from '../../../apps/api/src/testing';
import { TASK_CUSTODY_TABLES } from '@lib/read-models/task-custody';

/** rm_finding_org_event is the findings projection's private copy of the organisation: no query reads it. */
const MAPPED_TABLES = [...TASK_CUSTODY_TABLES, 'rm_finding', 'rm_finding_party', 'rm_finding_task'] as const;
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { ScenarioClient } from '../scenarios/scenario-client';
import { ReadModelClient } from './read-model-client';
import { playDelegatedS1, playReassignedS3 } from './read-model-stories';

// The read-model queries go through TypeORM entities on the tables that the SQL migrations create and
// the projector writes. TypeORM must not own the schema, and each entity must map its table exactly:
// same columns, types, nullability and key, and the same rows as plain SQL returns.
const { chairman, giang } = city;

const PG_TYPE: Record<string, string> = {
  uuid: 'uuid',
  text: 'text',
  integer: 'integer',
  bigint: 'bigint',
  date: 'date',
  jsonb: 'jsonb',
  timestamptz: 'timestamp with time zone',
};

interface TableColumn {
  column_name: string;
  data_type: string;
  is_nullable: 'YES' | 'NO';
}

describe('read models through TypeORM', () => {
  let t: TestApp;
  let pool: Pool;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    pool = t.app.get<Pool>(PG_POOL);
    dataSource = t.app.get<DataSource>(getDataSourceToken());
    const api = new ScenarioClient(t);
    const rm = new ReadModelClient(t);
    const s1 = await playDelegatedS1(api);
    const s3 = await playReassignedS3(api);
    await rm.caughtUp(s1, 5, chairman);
    await rm.caughtUp(s3, 3, giang);
  });
  afterAll(() => t.close());

  it('the DataSource never touches the schema: no synchronize, no migrations of its own, a small pool of its own', async () => {
    expect(dataSource.isInitialized).toBe(true);
    expect(dataSource.options).toMatchObject({
      type: 'postgres',
      synchronize: false,
      migrationsRun: false,
      dropSchema: false,
      migrations: [],
      poolSize: READ_MODELS_POOL_SIZE,
    });
    expect(dataSource.migrations).toEqual([]);
    expect(dataSource.entityMetadatas.every((metadata) => metadata.synchronize === false)).toBe(true);
    const { rows } = await pool.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('migrations', 'typeorm_metadata')`,
    );
    expect(rows).toEqual([]);
  });

  it('maps exactly the task_custody and findings tables the queries read, one entity each', () => {
    expect(dataSource.entityMetadatas.map((metadata) => metadata.tableName).sort()).toEqual([...MAPPED_TABLES].sort());
    expect(READ_MODEL_ENTITIES.map((entity) => dataSource.getMetadata(entity).tableName).sort()).toEqual([...MAPPED_TABLES].sort());
  });

  it.each([...MAPPED_TABLES])('%s: every column of the migrated table, with its type and nullability, and the same key', async (table) => {
    const metadata = dataSource.getMetadata(table);
    const { rows: columns } = await pool.query<TableColumn>(
      `SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY column_name`,
      [table],
    );
    const mapped = metadata.columns
      .map((column) => ({
        column_name: column.databaseName,
        data_type: column.isArray ? 'ARRAY' : (PG_TYPE[String(column.type)] ?? `unmapped ${String(column.type)}`),
        // person_id of the party tables is part of the entity's identity but nullable in the table (a unique index, not a key)
        is_nullable: column.isNullable || (UNKEYED_TABLES.has(table) && column.databaseName === 'person_id') ? 'YES' : 'NO',
      }))
      .sort((a, b) => (a.column_name < b.column_name ? -1 : 1));
    expect(mapped).toEqual(columns);
    expect(identityColumns(metadata)).toEqual(await keyColumns(pool, table));
  });

  it.each([...MAPPED_TABLES])('%s: the repository returns the rows plain SQL returns, value for value', async (table) => {
    const metadata = dataSource.getMetadata(table);
    const order = identityColumns(metadata);
    const { rows: raw } = await pool.query<Record<string, unknown>>(`SELECT * FROM ${table} ORDER BY ${order.join(', ')}`);
    expect(raw.length).toBeGreaterThan(1);
    const entities = await dataSource
      .getRepository(metadata.target)
      .createQueryBuilder('x')
      .orderBy(Object.fromEntries(metadata.primaryColumns.map((column) => [`x.${column.propertyName}`, 'ASC' as const])))
      .getMany();
    const asRows = entities.map((entity) =>
      Object.fromEntries(metadata.columns.map((column) => [column.databaseName, column.getEntityValue(entity)])),
    );
    // pg hands bigint over as a string (it may exceed 2^53) and a date as a Date at local midnight; the
    // entities read global positions as numbers and calendar days as 'YYYY-MM-DD'.
    const ofType = (type: string): string[] =>
      metadata.columns.filter((column) => column.type === type).map((column) => column.databaseName);
    const localDay = (value: Date): string =>
      `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
    const normalised = raw.map((row) => ({
      ...row,
      ...Object.fromEntries(ofType('bigint').map((name) => [name, Number(row[name])])),
      ...Object.fromEntries(ofType('date').map((name) => [name, localDay(row[name] as Date)])),
    }));
    expect(asRows).toEqual(normalised);
  });
});

function identityColumns(metadata: EntityMetadata): string[] {
  return metadata.primaryColumns.map((column) => column.databaseName);
}

/** Tables with a unique index over a nullable person_id instead of a primary key. */
const UNKEYED_TABLES: ReadonlySet<string> = new Set(['rm_task_party', 'rm_finding_party']);

/** The primary key's columns, or for the unkeyed tables those of their unique index. */
async function keyColumns(pool: Pool, table: string): Promise<string[]> {
  const { rows } = await pool.query<{ columns: string[] }>(
    `SELECT array(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnatts) AS k ORDER BY k) AS columns
       FROM pg_index i WHERE i.indrelid = $1::regclass AND (i.indisprimary OR (i.indisunique AND $2))`,
    [table, UNKEYED_TABLES.has(table)],
  );
  return rows[0]!.columns.map((column) => column.replace(/^COALESCE\((\w+), ''::text\)$/, '$1'));
}
