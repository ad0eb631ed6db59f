// The plan as the official notice prints it: 序号 | 目标与任务 | 牵头责任单位 | 责任单位, one row per
// part, section, subsection and task, in the notice's order. The Excel and Word writers share it, so
// both files always say the same thing.
import type { PlanFacts, StructureNode, Task } from '../core/plan/plan.types.ts';

export interface PlanExportInput {
  plan: PlanFacts;
  structure: StructureNode[];
  tasks: Task[];
}

export const TABLE_HEADER = ['序号', '目标与任务', '牵头责任单位', '责任单位'] as const;

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
  | { kind: 'task'; seq: number; text: string; leadUnits: string; responsibleUnits: string };

/**
 * A line of any table laid out like the notice: a part or section heading, a subsection, or one item
 * (a task, a task's progress) placed under them. The plan, the publication and the summaries share it.
 */
export type StructureLine<T> = Exclude<PlanTableRow, { kind: 'task' }> | { kind: 'item'; item: T };

/**
 * The rows in reading order: each structure node, the tasks placed directly in it, then its children.
 * Tasks outside any node come first; tasks whose path names no node come last, so none is lost.
 */
export function planTableRows({ structure, tasks }: PlanExportInput): PlanTableRow[] {
  return structureLines(structure, tasks).map((line) => (line.kind === 'item' ? taskRow(line.item) : line));
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

/** The four cells of a row as text; a heading fills the first cell only. */
export function rowCells(row: PlanTableRow): [string, string, string, string] {
  switch (row.kind) {
    case 'heading':
      return [row.text, '', '', ''];
    case 'subsection':
      return [row.number, row.title, '', ''];
    case 'task':
      return [String(row.seq), row.text, row.leadUnits, row.responsibleUnits];
  }
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

function taskRow(task: Task): PlanTableRow {
  return {
    kind: 'task',
    seq: task.seq,
    text: task.text,
    leadUnits: task.leadUnits.join(UNIT_SEPARATOR),
    responsibleUnits: task.responsibleUnits.join(UNIT_SEPARATOR),
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
