// Figures worked out once from a period's filings and shared by the summary and the bulletin, so the
// two documents the office sends out the same day can never disagree.
import { CITY_UTC_OFFSET_MINUTES } from '../core/period/city-date.ts';
import type { StructureNode } from '../core/plan/plan.types.ts';
import type { ProgressCode } from '../core/report/progress.ts';
import type { Light } from '../core/supervision/light-rules.ts';
import type { Filing, PeriodTask } from './documents.types.ts';
import { nodeRow } from './plan-table.ts';

/** With the office: filed at least once, whatever the office did with it since. */
const FILED: readonly ProgressCode[] = ['submitted', 'returned', 'accepted'];

export const isFiled = (filing: Pick<Filing, 'stage'>): boolean => FILED.includes(filing.stage);

export interface UnitTally {
  unitId: number;
  unitName: string;
  /** Filings the unit owes this period (one per task it leads or shares). */
  owed: number;
  filed: number;
  late: number;
  missing: number;
  /** Filings the office returned at least once. */
  returned: number;
  accepted: number;
}

export type Tally = Omit<UnitTally, 'unitId' | 'unitName'>;

export function tally(filings: readonly Filing[]): Tally {
  const count = (test: (filing: Filing) => boolean): number => filings.filter(test).length;
  return {
    owed: filings.length,
    filed: count(isFiled),
    late: count((filing) => filing.late),
    missing: count((filing) => !isFiled(filing)),
    returned: count((filing) => filing.returnCount > 0),
    accepted: count((filing) => filing.stage === 'accepted'),
  };
}

/** One tally per unit, in ascending unit id: the directory's own order, never the input's. */
export function unitTallies(tasks: readonly PeriodTask[]): UnitTally[] {
  const byUnit = new Map<number, { name: string; filings: Filing[] }>();
  for (const filing of tasks.flatMap((task) => task.filings)) {
    const entry = byUnit.get(filing.unitId) ?? { name: filing.unitName, filings: [] };
    entry.filings.push(filing);
    byUnit.set(filing.unitId, entry);
  }
  return [...byUnit.entries()]
    .sort(([a], [b]) => a - b)
    .map(([unitId, entry]) => ({ unitId, unitName: entry.name, ...tally(entry.filings) }));
}

const SEVERITY: Record<Light, number> = { green: 0, yellow: 1, red: 2 };

/** A task's light is the most severe light among its filings; null while none is computed. */
export function taskLight(task: PeriodTask): Light | null {
  let worst: Light | null = null;
  for (const filing of task.filings) {
    if (filing.light !== null && (worst === null || SEVERITY[filing.light] > SEVERITY[worst])) {
      worst = filing.light;
    }
  }
  return worst;
}

export const LIGHT_SHORT = { red: '红', yellow: '黄', green: '绿' } as const satisfies Record<Light, string>;

/** A task's percent complete: the mean over its lead reports that state one. */
export function taskPercent(task: PeriodTask): number | null {
  const values = task.filings
    .filter((filing) => filing.role === 'lead' && filing.percentComplete !== null)
    .map((filing) => filing.percentComplete ?? 0);
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export interface SectionGroup<T> {
  /** 一、主要预期目标 or 二(一)优化政策机制,激发经济增长新动能。 */
  heading: string;
  items: T[];
}

/**
 * Items grouped by the section they sit in (a part without sections is one group), in the notice's
 * order; items whose path names no part or section come last under 其他, so none is lost.
 */
export function sectionGroups<T extends { path: readonly string[] }>(
  structure: readonly StructureNode[],
  items: readonly T[],
): SectionGroup<T>[] {
  const groups = new Map<string, SectionGroup<T>>();
  for (const part of structure) {
    groups.set(groupKey([part.number]), { heading: headingOf(part, null), items: [] });
    for (const section of part.children.filter((child) => child.kind === 'section')) {
      groups.set(groupKey(section.path), { heading: headingOf(section, part), items: [] });
    }
  }
  const other: SectionGroup<T> = { heading: '其他', items: [] };
  for (const item of items) {
    const group = groups.get(groupKey(item.path.slice(0, 2))) ?? groups.get(groupKey(item.path.slice(0, 1)));
    (group ?? other).items.push(item);
  }
  return [...groups.values(), other].filter((group) => group.items.length > 0);
}

const groupKey = (path: readonly string[]): string => JSON.stringify(path);

function headingOf(node: StructureNode, part: StructureNode | null): string {
  const line = nodeRow(node);
  const text = line.kind === 'heading' ? line.text : `${line.number}${line.title}`;
  return part === null ? text : `${part.number}${text}`;
}

/** '2024-04-08T09:30:00Z' -> '2024-04-08 17:30' in the city's time. */
export function submittedText(iso: string | null, utcOffsetMinutes = CITY_UTC_OFFSET_MINUTES): string {
  if (iso === null) return '';
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return '';
  return new Date(ms + utcOffsetMinutes * 60_000).toISOString().slice(0, 16).replace('T', ' ');
}
