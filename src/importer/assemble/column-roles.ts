// A person's reading of a table's columns instead of the header's, and the columns as read, for
// the preview to show and correct.
import { COLUMN_ROLES, type ColumnRole, type TableColumn } from '../../core/plan/plan.types.ts';
import type { SourceRow } from '../source.types.ts';
import type { ColumnMap } from './table-column-map.ts';
import { columnMapOf } from './table-column-map.ts';
import { trimCell } from './text-normalise.ts';

type Mapped = Exclude<ColumnRole, 'ignore'>;
const MAPPED = COLUMN_ROLES.filter((role): role is Mapped => role !== 'ignore');

/** Roles by column index -> the column map; null without a task column and a unit column. */
export function columnsFromRoles(roles: readonly ColumnRole[]): ColumnMap | null {
  const at = (role: Mapped): number | null => {
    const index = roles.indexOf(role);
    return index < 0 ? null : index;
  };
  const text = at('text');
  if (text === null || (at('lead') ?? at('responsible') ?? at('roles')) === null) return null;
  return columnMapOf(text, at);
}

export function describeColumns(
  header: SourceRow | null,
  sample: SourceRow | null,
  columns: ColumnMap | null,
): TableColumn[] {
  const width = Math.max(header?.cells.length ?? 0, sample?.cells.length ?? 0);
  const roleAt = (index: number): ColumnRole =>
    (columns && MAPPED.find((role) => columns[role] === index)) ?? 'ignore';
  return Array.from({ length: width }, (_, index) => ({
    index,
    header: trimCell(header?.cells[index] ?? ''),
    sample: trimCell(sample?.cells[index] ?? '').slice(0, 60),
    role: roleAt(index),
  }));
}
