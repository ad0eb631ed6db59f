// A row that a raw statement (prepared.ts) inserts from placeholders, its columns taken from the
// table's Drizzle definition: every column but a generated identity, named and typed as the table
// has them, so a column added to the table is written without spelling it again here.
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

export interface PlaceholderRow<T extends PgTable> {
  /** `("col", "col", …)`: the insert's column list. */
  columns: SQL;
  /** The select list in the same order: each column's placeholder cast to its type, or the SQL given. */
  values: SQL;
  /** The placeholders' values for one row, in the form the driver takes them. */
  params(row: T['$inferInsert']): Record<string, unknown>;
}

/** Placeholders are named `<prefix>_<key>`; columns in `given` take that SQL instead. */
export function placeholderRow<T extends PgTable>(
  table: T,
  prefix: string,
  given: Partial<Record<keyof T['$inferInsert'], SQL>> = {},
): PlaceholderRow<T> {
  const written = writtenColumns(table);
  const placeholder = (key: string) => `${prefix}_${key}`;
  const value = (key: string, column: PgColumn) =>
    given[key as keyof T['$inferInsert']] ??
    sql`${sql.placeholder(placeholder(key))}::${sql.raw(column.getSQLType())}`;
  return {
    columns: sql`(${sql.join(
      written.map(([, column]) => sql.identifier(column.name)),
      sql`, `,
    )})`,
    values: sql.join(
      written.map(([key, column]) => value(key, column)),
      sql`, `,
    ),
    params(row) {
      const values: Record<string, unknown> = row;
      return Object.fromEntries(
        written
          .filter(([key]) => !(key in given))
          .map(([key, column]) => [placeholder(key), toDriver(column, values[key])]),
      );
    },
  };
}

/** A row as PostgreSQL writes it in JSON (`row_to_json`, `json_agg`), read back as Drizzle would read it. */
export function rowFromJson<T extends PgTable>(table: T, json: Record<string, unknown>): T['$inferSelect'] {
  // Built column by column from the table's own definition, so it has the table's row type.
  return Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([key, column]) => {
      const value = json[column.name];
      const read: unknown = value === null || value === undefined ? null : column.mapFromDriverValue(value);
      return [key, read];
    }),
  );
}

function writtenColumns(table: PgTable): [string, PgColumn][] {
  return Object.entries(getTableColumns(table)).filter(([, column]) => !column.generatedIdentity);
}

function toDriver(column: PgColumn, value: unknown): unknown {
  return value === null || value === undefined ? null : column.mapToDriverValue(value);
}
