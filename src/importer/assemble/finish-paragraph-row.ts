// A row of loose paragraphs completed: its cells read by the column titles above them when they can
// be counted or aligned, units a heading gives it, and its units as cells or as loose paragraphs.
import type { ColumnRole, Labelled } from './columns.ts';
import { isDeadlineText, isProse, isUnitList } from './cell-kinds.ts';
import { isBlankCell } from './text-normalise.ts';
import { looksLikePerson } from '../units/unit-grammar.ts';
import { alignCells, cellTitles, placeCells } from './flat-table.ts';
import type { Numbered, OpenRow } from './paragraph-row.ts';
import { applyLabels, hasAnyUnits, setText, UNIT_ROLES } from './paragraph-row.ts';
import { placeCountedCells } from './header-counted-cells.ts';
import type { UnitCellsAbove } from './merged-unit-cells.ts';
import { carryUnitsDown, rememberUnits } from './merged-unit-cells.ts';

const CELL_TESTS = { isProse, isUnitList, isPerson: looksLikePerson, isDeadline: isDeadlineText };

/** Cells counted against the column titles replace what the paragraphs were guessed to be. */
function placeByColumns(open: OpenRow, columns: ColumnRole[]): boolean {
  if (alignByColumns(open, columns)) return true;
  const titles = cellTitles(columns);
  const cut = open.row.cutOff === true;
  const labels = titles && !hasAnyUnits(open) ? placeCells(open.cells, titles, open.inline, cut) : null;
  if (!labels) return false;
  open.leaders = [];
  open.paragraphs = [];
  delete open.row.deadline;
  applyLabels(open, labels);
  return false;
}

/**
 * A row under a header that names columns the cells' looks cannot tell (progress, remarks) is read by
 * the titles in order, so a progress note is not task text and a 是/否 is not a unit.
 */
function alignByColumns(open: OpenRow, columns: ColumnRole[]): boolean {
  if (columns[0] !== 'seq' || open.inline || !open.raw || open.raw.length === 0) return false;
  const cut = open.row.cutOff === true;
  const aligned = placeCountedCells(open, columns) ?? alignCells(open.raw, columns.slice(1), CELL_TESTS, cut);
  if (!aligned) return false;
  Object.assign(open, { lead: [], responsible: [], co: [], paragraphs: [], leaders: [] });
  delete open.row.deadline;
  delete open.row.progress;
  delete open.row.milestones;
  open.row.text = '';
  for (const text of aligned.texts) setText(open, text);
  applyLabels(open, aligned.labels);
  return true;
}

/** A heading's units go to a row that names none of its own, its leader to a row that names no leader. */
function inherit(open: OpenRow, labels: Labelled[], ownUnits: boolean): void {
  const units = ownUnits || hasAnyUnits(open) ? [] : labels.filter((l) => l.role !== 'leader');
  const leaders = open.leaders.length > 0 ? [] : labels.filter((l) => l.role === 'leader');
  applyLabels(open, [...units, ...leaders]);
}

/** The unit cells of the rows read so far under the current header, kept from row to row. */
export interface TableRows {
  above: UnitCellsAbove | null;
}

export function finishRow(
  open: OpenRow,
  columns: ColumnRole[],
  inherited: Labelled[] | null,
  table?: TableRows,
): Numbered {
  const aligned = placeByColumns(open, columns);
  const units = open.paragraphs.filter((p) => !isBlankCell(p));
  if (inherited) inherit(open, inherited, units.length > 0);
  else if (table && aligned) applyLabels(open, carryUnitsDown(open, table.above));
  if (open.leaders.length > 0) open.row.leaderName = open.leaders.join('、');
  const unitColumns = columns.filter((c) => UNIT_ROLES.has(c));
  if (!hasAnyUnits(open) && unitColumns.length === 1 && units.length > 0) {
    const role = unitColumns[0] === 'co' ? 'co' : unitColumns[0] === 'lead' ? 'lead' : 'responsible';
    open[role].push(...units);
  }
  if (table) table.above = rememberUnits(open, table.above);
  open.row.units = hasAnyUnits(open)
    ? { mode: 'cells', lead: open.lead, responsible: open.responsible, co: open.co }
    : { mode: 'paragraphs', paragraphs: open.paragraphs };
  return open.row;
}
