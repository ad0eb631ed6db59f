// What a backup holds: every base table of the public schema, in an order that inserts parents
// before children (foreign keys), with the columns a restore writes and a batch size by row weight.
import { quoteIdent, type SqlSession } from './sql-session.ts';

export interface TableShape {
  name: string;
  /** Columns in table order, without generated ones (a restore may not write those). */
  columns: string[];
  /** Primary-key columns: rows are written in this order, so a self-reference meets its parent first. */
  orderBy: string[];
  /** True when a column is bytea: such rows are fetched a few at a time to keep memory bounded. */
  heavy: boolean;
}

/** Tables the migrations themselves fill (a singleton row); a freshly migrated database is still empty. */
export const SEEDED_BY_MIGRATIONS: ReadonlySet<string> = new Set(['directory_version']);

export async function readTableShapes(session: SqlSession): Promise<TableShape[]> {
  const columns = await session.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT c.table_name, c.column_name, c.data_type
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER'
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const keys = await primaryKeys(session);
  const shapes = new Map<string, TableShape>();
  for (const column of columns) {
    const shape = shapes.get(column.table_name) ?? {
      name: column.table_name,
      columns: [],
      orderBy: keys.get(column.table_name) ?? [],
      heavy: false,
    };
    shape.columns.push(column.column_name);
    if (column.data_type === 'bytea') shape.heavy = true;
    shapes.set(column.table_name, shape);
  }
  const order = dependencyOrder([...shapes.keys()], await foreignKeys(session));
  return order.map((name) => shapes.get(name)!);
}

async function primaryKeys(session: SqlSession): Promise<Map<string, string[]>> {
  const rows = await session.query<{ table_name: string; column_name: string }>(
    `SELECT k.table_name, k.column_name
       FROM information_schema.table_constraints t
       JOIN information_schema.key_column_usage k
         ON k.constraint_schema = t.constraint_schema AND k.constraint_name = t.constraint_name
      WHERE t.table_schema = 'public' AND t.constraint_type = 'PRIMARY KEY'
      ORDER BY k.table_name, k.ordinal_position`,
  );
  const keys = new Map<string, string[]>();
  for (const row of rows) keys.set(row.table_name, [...(keys.get(row.table_name) ?? []), row.column_name]);
  return keys;
}

async function foreignKeys(session: SqlSession): Promise<{ child: string; parent: string }[]> {
  return session.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
}

/** Parents first; ties by name so two databases at the same schema level agree on the order. */
export function dependencyOrder(tables: string[], edges: { child: string; parent: string }[]): string[] {
  const unquote = (name: string) => name.replace(/^"(.*)"$/, '$1');
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const edge of edges) {
    const child = unquote(edge.child);
    const parent = unquote(edge.parent);
    if (child !== parent && parents.has(child) && parents.has(parent)) parents.get(child)!.add(parent);
  }
  const done: string[] = [];
  const remaining = new Set([...tables].sort());
  while (remaining.size > 0) {
    const ready = [...remaining].filter((t) => [...parents.get(t)!].every((p) => !remaining.has(p)));
    if (ready.length === 0)
      throw new Error(`tables reference each other in a cycle: ${[...remaining].join(', ')}`);
    for (const table of ready) {
      done.push(table);
      remaining.delete(table);
    }
  }
  return done;
}

export function selectRowsSql(shape: TableShape): string {
  const order = shape.orderBy.length > 0 ? ` ORDER BY ${shape.orderBy.map(quoteIdent).join(', ')}` : '';
  return `SELECT row_to_json(t)::text AS j FROM ${quoteIdent(shape.name)} t${order}`;
}

export async function countRows(session: SqlSession, table: string): Promise<number> {
  const [row] = await session.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quoteIdent(table)}`);
  return row?.n ?? 0;
}
