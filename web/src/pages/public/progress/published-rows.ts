// The published entries grouped as the city's table shows them: one row per task under the
// notice's own number, one progress block per lead unit, under the part and section headings.
import type { StructureNode } from '../../../api/calendar.ts';
import type { PublishedEntry } from '../../../api/reports.types.ts';

export interface PublishedTask {
  seq: number;
  text: string;
  path: string[];
  leadUnits: string[];
  /** Period key -> the accepted entries of that quarter (one per lead unit). */
  byPeriod: Map<string, PublishedEntry[]>;
}

export interface PublishedGroup {
  /** The part (and section) heading the tasks sit under. */
  heading: string;
  tasks: PublishedTask[];
}

export function groupByTask(
  periods: readonly { key: string; entries: readonly PublishedEntry[] }[],
): PublishedTask[] {
  const tasks = new Map<number, PublishedTask>();
  for (const { key, entries } of periods) {
    for (const entry of entries) {
      const task = tasks.get(entry.seq) ?? {
        seq: entry.seq,
        text: entry.text,
        path: entry.path,
        leadUnits: [],
        byPeriod: new Map<string, PublishedEntry[]>(),
      };
      if (!task.leadUnits.includes(entry.leadUnit)) task.leadUnits.push(entry.leadUnit);
      task.byPeriod.set(key, [...(task.byPeriod.get(key) ?? []), entry]);
      tasks.set(entry.seq, task);
    }
  }
  return [...tasks.values()].sort((a, b) => a.seq - b.seq);
}

function headingOf(path: readonly string[], structure: readonly StructureNode[]): string {
  const titled = (depth: number) => {
    const node = structure.find((n) => n.path.join('.') === path.slice(0, depth + 1).join('.'));
    if (!node) return path[depth] ?? '';
    return node.kind === 'part' ? `${node.number}、${node.title}` : `(${node.number})${node.title}`;
  };
  return path.length > 1 ? `${titled(0)} ${titled(1)}` : titled(0);
}

/** Consecutive tasks under the same part and section share one heading. */
export function groupBySection(
  tasks: readonly PublishedTask[],
  structure: readonly StructureNode[],
): PublishedGroup[] {
  const groups: PublishedGroup[] = [];
  for (const task of tasks) {
    const heading = headingOf(task.path.slice(0, 2), structure);
    const last = groups.at(-1);
    if (last && last.heading === heading) last.tasks.push(task);
    else groups.push({ heading, tasks: [task] });
  }
  return groups;
}

export function matches(task: PublishedTask, query: string): boolean {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const haystack = `${task.seq} ${task.text} ${task.leadUnits.join(' ')}`;
  return words.every((word) => haystack.includes(word));
}
