// The review queue's cut by quality flags: all, with or without a flag still standing, or one kind.
import {
  QUALITY_FLAG_KINDS,
  type FlagSummary,
  type PeriodFlags,
  type QualityFlagKind,
} from '../../../api/quality.ts';
import type { QueueItem } from '../../../components/matrix-filters.ts';

export type FlagFilter = 'all' | 'flagged' | 'clean' | QualityFlagKind;

/** Each filing's flags by report id. */
export const flagsByReport = (flags: PeriodFlags | null | undefined): Map<number, FlagSummary[]> =>
  new Map((flags?.filings ?? []).map((filing) => [filing.reportId, filing.flags]));

/** Flags still standing (not dismissed by the office). */
export const standing = (flags: readonly FlagSummary[] | undefined): FlagSummary[] =>
  (flags ?? []).filter((flag) => flag.dismissal === null);

export function filterByFlags(
  items: readonly QueueItem[],
  flags: ReadonlyMap<number, FlagSummary[]>,
  filter: FlagFilter,
): QueueItem[] {
  if (filter === 'all') return [...items];
  return items.filter((item) => {
    const open = standing(flags.get(item.cell.reportId));
    if (filter === 'flagged') return open.length > 0;
    if (filter === 'clean') return open.length === 0;
    return open.some((flag) => flag.kind === filter);
  });
}

export function flagFilterOptions(
  items: readonly QueueItem[],
  flags: ReadonlyMap<number, FlagSummary[]>,
  labels: Record<QualityFlagKind, string>,
): { value: FlagFilter; label: string }[] {
  const count = (filter: FlagFilter) => filterByFlags(items, flags, filter).length;
  return [
    { value: 'all', label: `全部(${items.length})` },
    { value: 'flagged', label: `有质量提示(${count('flagged')})` },
    { value: 'clean', label: `无质量提示(${count('clean')})` },
    ...QUALITY_FLAG_KINDS.map((kind) => ({ value: kind, label: `${labels[kind]}(${count(kind)})` })),
  ];
}
