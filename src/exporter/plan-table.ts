// The plan as the official notice prints it: 序号 | 目标与任务 | 牵头责任单位 | 责任单位, one row per
// part, section, subsection and task, in the notice's order; a plan whose tasks carry quarter plans
// adds one column per quarter planned (一季度…四季度, the titles an import reads back as the schedule).
// The Excel and Word writers share it, so both files always say the same thing.
import type { PlanFacts, Quarter, StructureNode, Task } from '../core/plan/plan.types.ts';
import { milestoneOf, quarterName } from '../core/plan/task-milestones.ts';

export interface PlanExportInput {
  plan: PlanFacts;
  structure: StructureNode[];
  tasks: Task[];
}

export const TABLE_HEADER = ['序号', '目标与任务', '牵头责任单位', '责任单位'] as const;

/**
 * Column widths in character widths (a Chinese character takes about two): the notice's four columns,
 * or, with quarter columns, a narrower task and unit columns so the quarters fit the printed width.
 */
export function columnWidths(quarters: readonly Quarter[]): number[] {
  if (quarters.length === 0) return [6, 60, 22, 22];
  return [6, 36, 14, 14, ...quarters.map(() => 18)];
}

/**
 * Units in one cell are joined by 、 as the notice writes them. A line break per unit would read back
 * less safely: a line opening with a parenthesis, or two lines that together spell a known unit, are
 * taken as one unit wrapped over two lines.
 */
export const UNIT_SEPARATOR = '\u3001';

export type PlanTableRow =
  /** 一、主要预期目标 or (一)优化政策机制…: one cell across the whole width. */
  | { kind: 'heading'; level: 'part' | 'section'; text: string }
  | { kind: 'subsection'; number: string; title: string }
  | {
      kind: 'task';
      seq: number;
      text: string;
      leadUnits: string;
      responsibleUnits: string;
      /** The task's plan for each quarter column of the table, '' for a quarter it leaves blank. */
      quarterPlans: readonly string[];
    };

/** The table as both files print it: its column titles and its rows. */
export interface PlanTable {
  header: readonly string[];
  /** The quarters with a column, in order; none when no task carries a quarter plan. */
  quarters: readonly Quarter[];
  rows: PlanTableRow[];
}

/**
 * A line of any table laid out like the notice: a part or section heading, a subsection, or one item
 * (a task, a task's progress) placed under them. The plan, the publication and the summaries share it.
 */
export type StructureLine<T> = Exclude<PlanTableRow, { kind: 'task' }> | { kind: 'item'; item: T };

/**
 * The rows in reading order: each structure node, the tasks placed directly in it, then its children.
 * Tasks outside any node come first; tasks whose path names no node come last, so none is lost.
 */
export function planTableRows(input: PlanExportInput): PlanTableRow[] {
  return planTable(input).rows;
}

/** The header and rows; the quarter columns only when some task plans that quarter. */
export function planTable({ structure, tasks }: PlanExportInput): PlanTable {
  const quarters = plannedQuarters(tasks);
  const rows = structureLines(structure, tasks).map((line) =>
    line.kind === 'item' ? taskRow(line.item, quarters) : line,
  );
  return { header: [...TABLE_HEADER, ...quarters.map(quarterName)], quarters, rows };
}

/** The quarters at least one task plans, in order. */
export function plannedQuarters(tasks: readonly Pick<Task, 'milestones'>[]): Quarter[] {
  const planned = new Set(tasks.flatMap((task) => (task.milestones ?? []).map((m) => m.quarter)));
  return ([1, 2, 3, 4] as const).filter((quarter) => planned.has(quarter));
}

/** The notice's order for any items carrying a task's path, with the headings they sit under. */
export function structureLines<T extends { path: readonly string[] }>(
  structure: readonly StructureNode[],
  items: readonly T[],
): StructureLine<T>[] {
  const byPath = groupByPath(items);
  const lines: StructureLine<T>[] = takeItems(byPath, []);
  const visit = (node: StructureNode): void => {
    lines.push(nodeRow(node), ...takeItems(byPath, node.path));
    node.children.forEach(visit);
  };
  structure.forEach(visit);
  for (const rest of byPath.values()) lines.push(...rest.map((item) => ({ kind: 'item' as const, item })));
  return lines;
}

/** The cells of a row as text, as many as the header has titles; a heading fills the first cell only. */
export function rowCells(row: PlanTableRow, columns: number): string[] {
  const cells = ((): string[] => {
    switch (row.kind) {
      case 'heading':
        return [row.text];
      case 'subsection':
        return [row.number, row.title];
      case 'task':
        return [String(row.seq), row.text, row.leadUnits, row.responsibleUnits, ...row.quarterPlans];
    }
  })();
  return [...cells, ...Array<string>(Math.max(0, columns - cells.length)).fill('')];
}

/** A part or section as the notice heads it: 一、主要预期目标, (一)优化政策机制…; a subsection by number and title. */
export function nodeRow(node: StructureNode): Exclude<PlanTableRow, { kind: 'task' }> {
  switch (node.kind) {
    case 'part':
      return { kind: 'heading', level: 'part', text: `${node.number}\u3001${node.title}` };
    case 'section':
      return { kind: 'heading', level: 'section', text: `\uff08${node.number}\uff09${node.title}` };
    case 'subsection':
      return { kind: 'subsection', number: node.number, title: node.title };
  }
}

function taskRow(task: Task, quarters: readonly Quarter[]): PlanTableRow {
  return {
    kind: 'task',
    seq: task.seq,
    text: task.text,
    leadUnits: task.leadUnits.join(UNIT_SEPARATOR),
    responsibleUnits: task.responsibleUnits.join(UNIT_SEPARATOR),
    quarterPlans: quarters.map((quarter) => milestoneOf(task.milestones ?? [], quarter) ?? ''),
  };
}

const pathKey = (path: readonly string[]): string => JSON.stringify(path);

function groupByPath<T extends { path: readonly string[] }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = pathKey(item.path);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Removes the group as it is written, so two nodes with the same path never print an item twice. */
function takeItems<T>(groups: Map<string, T[]>, path: readonly string[]): StructureLine<T>[] {
  const key = pathKey(path);
  const group = groups.get(key) ?? [];
  groups.delete(key);
  return group.map((item) => ({ kind: 'item' as const, item }));
}
