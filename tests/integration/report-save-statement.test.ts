import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { saveIfCurrentSql } from '../../src/db/repositories/report-save.queries.ts';
import { openTestDatabase, usingPostgres, type TestDatabase } from './support/test-database.ts';

function rowsOf(result: unknown): Record<string, unknown>[] {
  assert.ok(result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows));
  return result.rows as Record<string, unknown>[];
}

/** `insert into "table" ("a", "b") select x::t, y::u from moved`: each column with the value written to it. */
function insertOf(statement: string, table: string): Map<string, string> {
  const pattern = new RegExp(`insert into "${table}" \\(([^)]*)\\)\\s+select (.*?)\\s+from moved`, 's');
  const found = pattern.exec(statement);
  assert.ok(found?.[1] && found[2], `the statement inserts into ${table}`);
  const columns = found[1].split(', ').map((name) => name.replaceAll('"', ''));
  const values = found[2].split(', ');
  assert.equal(values.length, columns.length, `one value for each column of ${table}`);
  return new Map(columns.map((column, i) => [column, values[i] ?? '']));
}

describe(`the one-statement save's inserts, on ${usingPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let testDb: TestDatabase;
  const statement = new PgDialect().sqlToQuery(saveIfCurrentSql()).sql;

  before(async () => {
    testDb = await openTestDatabase();
  });
  after(async () => {
    await testDb.close();
  });

  /** The table's columns as the migrated database has them, but the identity it numbers itself. */
  const columnsOf = async (table: string) =>
    rowsOf(
      await testDb.database.db.execute(sql`
        select column_name, data_type from information_schema.columns
        where table_name = ${table} and table_schema = current_schema() and is_identity = 'NO'
        order by ordinal_position`),
    ).map((row) => ({ name: String(row['column_name']), type: String(row['data_type']) }));

  for (const table of ['report_revisions', 'audit_events']) {
    test(`every column of ${table} is written, by its name, with a value of its type`, async () => {
      const written = insertOf(statement, table);
      const columns = await columnsOf(table);
      assert.ok(columns.length > 5, `${table} has its columns`);
      assert.deepEqual([...written.keys()].sort(), columns.map((column) => column.name).sort());
      for (const { name, type } of columns) {
        const value = written.get(name) ?? '';
        if (name === 'report_id') assert.equal(value, 'id', 'the revision belongs to the filing moved');
        else assert.match(value, new RegExp(`^\\$\\d+::${type}$`), `${table}.${name} is cast to ${type}`);
      }
    });
  }
});
