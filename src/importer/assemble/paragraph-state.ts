// What reading loose paragraphs keeps from one line to the next: the items so far, the row open,
// the heading just read, the table's columns and the number the next task would have.
import type { ColumnRole, Labelled } from './columns.ts';
import type { Item } from './items.types.ts';
import type { NumberedLine, NumberForm } from './numbering.ts';
import type { Numbered, OpenRow } from './paragraph-row.ts';
import type { TableRows } from './finish-paragraph-row.ts';
import { finishRow } from './finish-paragraph-row.ts';

export interface State {
  items: Item[];
  open: OpenRow | null;
  /** A heading just read: it is a task if units follow it before anything else. */
  heading: { index: number; numbered: NumberedLine; line: number } | null;
  /** Number forms that have carried units in this notice: later lines of that form are tasks. */
  taskForms: Set<NumberForm>;
  /** Column titles of a flattened table (序号 / 民生实事 / 责任单位 / 完成时限). */
  columns: ColumnRole[];
  readingHeader: boolean;
  /** A heading with units in brackets: a task, unless deeper-numbered rows follow it. */
  unitHeading: { index: number; numbered: NumberedLine; line: number; labels: Labelled[] } | null;
  /**
   * Units a heading gives the rows under it (一、强化科技创新(区科技局牵头)); form null for a heading
   * without a number (能源提升工程(牵头部门:…)), which governs every row until the next such heading.
   */
  governing: { form: NumberForm | null; labels: Labelled[] } | null;
  /** The header was one line of space-separated titles: rows are one line of space-separated cells. */
  inlineHeader: boolean;
  /** The number the next task would have. */
  expected: number;
  /** Rows made from a (一) title because prose followed it, with the heading they replaced. */
  proseRows: { row: Numbered; heading: Item }[];
  /** The unit label the last line ended with, which a wrapped next line may continue. */
  wrapRole: 'lead' | 'responsible' | 'co' | null;
  /** The unit cells of the rows read under the current header (`columns`, the same array). */
  table: { columns: ColumnRole[]; rows: TableRows } | null;
}

export function newState(): State {
  return {
    items: [],
    open: null,
    heading: null,
    taskForms: new Set(),
    columns: [],
    readingHeader: false,
    unitHeading: null,
    governing: null,
    inlineHeader: false,
    expected: 1,
    proseRows: [],
    wrapRole: null,
    table: null,
  };
}

export function close(state: State): void {
  if (state.open) {
    // A new header starts a new table: nothing is carried down from the rows of the one before.
    if (state.table?.columns !== state.columns)
      state.table = { columns: state.columns, rows: { above: null } };
    const rows = state.columns[0] === 'seq' ? state.table.rows : undefined;
    state.items.push(finishRow(state.open, state.columns, state.governing?.labels ?? null, rows));
  }
  state.open = null;
}
