// Cuts of the period matrix that pages share: the cells matching a question, kept with their task.
import type { Matrix, MatrixCell, MatrixRow, ProgressCode } from '../api/matrix.ts';

export type CellTest = (cell: MatrixCell, row: MatrixRow) => boolean;

/** Tasks with at least one matching cell, each keeping only its matching cells. */
export function filterRows(rows: readonly MatrixRow[], test: CellTest): MatrixRow[] {
  return rows.flatMap((row) => {
    const cells = row.cells.filter((cell) => test(cell, row));
    return cells.length > 0 ? [{ ...row, cells }] : [];
  });
}

export const sectionKey = (path: readonly string[]): string => path.join('.');

export const inStates =
  (codes: readonly ProgressCode[]): CellTest =>
  (cell) =>
    codes.includes(cell.state);

export const ofUnit =
  (unitId: number): CellTest =>
  (cell) =>
    cell.unitId === unitId;

export const inSection =
  (key: string): CellTest =>
  (_cell, row) =>
    sectionKey(row.section.path) === key;

export const both =
  (...tests: CellTest[]): CellTest =>
  (cell, row) =>
    tests.every((test) => test(cell, row));

/** Filed late, or still missing after the due day. */
export const lateOrMissing: CellTest = (cell) => cell.late || cell.overdue;

export interface QueueItem {
  row: MatrixRow;
  cell: MatrixCell & { reportId: number };
}

/** Filings signed off to the office and not yet accepted or returned. */
export function reviewQueue(matrix: Matrix): QueueItem[] {
  return matrix.rows.flatMap((row) =>
    row.cells.flatMap((cell) =>
      cell.state === 'submitted' && cell.reportId !== null
        ? [{ row, cell: { ...cell, reportId: cell.reportId } }]
        : [],
    ),
  );
}

export interface UnitLapses {
  unitId: number;
  name: string;
  owed: number;
  /** Not with the office after the due day. */
  missing: MatrixRow[];
  /** Reached the office after the due day. */
  late: MatrixRow[];
}

/** Per unit, the filings still missing and those filed late, most lapses first. */
export function lapsesByUnit(matrix: Matrix): UnitLapses[] {
  return matrix.units
    .map(({ unitId, name, counts }) => ({
      unitId,
      name,
      owed: counts.owed,
      missing: filterRows(
        matrix.rows,
        both(ofUnit(unitId), (cell) => cell.overdue),
      ),
      late: filterRows(
        matrix.rows,
        both(ofUnit(unitId), (cell) => cell.late),
      ),
    }))
    .filter((unit) => unit.missing.length + unit.late.length > 0)
    .sort((a, b) => b.missing.length + b.late.length - (a.missing.length + a.late.length));
}
