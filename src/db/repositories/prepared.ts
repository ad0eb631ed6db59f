// Hot queries built once and run as named prepared statements: Drizzle's query building and
// PostgreSQL's planning are paid once per process (per connection for the plan), not per request.
// Values go in as placeholders; instants are passed as ISO text, which both drivers read alike.
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';

/** Builds the statement on first use and keeps it for the life of the repository's handle. */
export function preparedOnce<T>(build: () => T): () => T {
  let statement: T | undefined;
  return () => (statement ??= build());
}

/**
 * A statement Drizzle's builders cannot express (data-modifying CTEs), prepared under a name like
 * the built ones. Values go in as `sql.placeholder(name)`; rows come back as PostgreSQL names them,
 * with instants as text.
 */
export function preparedStatement<Row>(db: Db, name: string, statement: SQL) {
  const query = new PgDialect().sqlToQuery(statement);
  return db._.session.prepareQuery<{
    execute: { rows: Row[] };
    all: unknown;
    values: unknown;
  }>(query, undefined, name, false);
}
