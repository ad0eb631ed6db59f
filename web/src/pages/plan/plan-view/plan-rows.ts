// The notice's table laid out for one page: part, section and subsection headings spanning the
// width before the tasks under them, repeated at the top of a page that starts mid-section.
import type { StructureNode } from '../../../api/calendar.ts';
import type { PlanTask, TaskStanding } from '../../../api/plan-tasks.ts';

export type PlanRow =
  | { kind: 'heading'; key: string; depth: number; text: string }
  | { kind: 'task'; key: string; task: PlanTask; standing: TaskStanding | null };

function headingText(node: StructureNode | undefined, path: readonly string[]): string {
  const number = path.at(-1) ?? '';
  if (!node) return number;
  if (node.kind === 'part') return `${node.number}、${node.title}`;
  if (node.kind === 'section') return `(${node.number})${node.title}`;
  return `${node.number}. ${node.title}`;
}

export function pageRows(
  tasks: readonly PlanTask[],
  structure: readonly StructureNode[],
  standings: ReadonlyMap<number, TaskStanding>,
): PlanRow[] {
  const byPath = new Map(structure.map((node) => [node.path.join('.'), node]));
  const rows: PlanRow[] = [];
  let previous: readonly string[] = [];
  for (const task of tasks) {
    // Headings from the first level where this task's path departs from the previous task's.
    let depth = 0;
    while (depth < task.path.length && task.path[depth] === previous[depth]) depth += 1;
    for (; depth < task.path.length; depth += 1) {
      const key = task.path.slice(0, depth + 1).join('.');
      rows.push({
        kind: 'heading',
        key: `h:${key}:${task.seq}`,
        depth,
        text: headingText(byPath.get(key), task.path.slice(0, depth + 1)),
      });
    }
    previous = task.path;
    rows.push({ kind: 'task', key: `t:${task.id}`, task, standing: standings.get(task.id) ?? null });
  }
  return rows;
}

export interface PlanFilter {
  /** A structure path like '二.一'; tasks under it. */
  section: string | null;
  state: TaskStanding['state'] | null;
  query: string;
}

export function filterTasks(
  tasks: readonly PlanTask[],
  filter: PlanFilter,
  standings: ReadonlyMap<number, TaskStanding>,
): PlanTask[] {
  const words = filter.query.trim().split(/\s+/).filter(Boolean);
  return tasks.filter((task) => {
    if (filter.section && !`${task.path.join('.')}.`.startsWith(`${filter.section}.`)) return false;
    if (filter.state && standings.get(task.id)?.state !== filter.state) return false;
    const haystack = `${task.seq} ${task.text} ${task.leadUnits.map((u) => u.name).join(' ')}`;
    return words.every((word) => haystack.includes(word));
  });
}
