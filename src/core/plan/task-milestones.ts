// A task's quarter milestones as the plan keeps them: one per quarter, in quarter order, each text
// trimmed, not blank and bounded. The import preview shows them so, the commit stores them so, and
// a stored value is read back through the same check.
import { tryParsePeriod } from '../period/period.ts';
import type { Quarter, TaskMilestone } from './plan.types.ts';

/** A quarter's plan is one cell of the notice's schedule; a longer text is cut at this length. */
export const MAX_MILESTONE_TEXT = 2000;

const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

export function isQuarter(value: unknown): value is Quarter {
  return QUARTERS.some((quarter) => quarter === value);
}

/** The milestones to keep: the first of each quarter, blank texts left out, long ones cut. */
export function keptMilestones(milestones: readonly TaskMilestone[] | undefined): TaskMilestone[] {
  const byQuarter = new Map<Quarter, string>();
  for (const { quarter, text } of milestones ?? []) {
    const trimmed = text.trim().slice(0, MAX_MILESTONE_TEXT).trim();
    if (isQuarter(quarter) && trimmed !== '' && !byQuarter.has(quarter)) byQuarter.set(quarter, trimmed);
  }
  return QUARTERS.flatMap((quarter) => {
    const text = byQuarter.get(quarter);
    return text === undefined ? [] : [{ quarter, text }];
  });
}

/** Two tasks made one: each quarter's texts joined, the first task's first. */
export function joinedMilestones(
  first: readonly TaskMilestone[] | undefined,
  second: readonly TaskMilestone[] | undefined,
): TaskMilestone[] {
  const texts = (quarter: Quarter) =>
    [...(first ?? []), ...(second ?? [])].filter((m) => m.quarter === quarter).map((m) => m.text.trim());
  return keptMilestones(QUARTERS.map((quarter) => ({ quarter, text: texts(quarter).join(' ') })));
}

/**
 * A stored value read back as milestones, or null when it is not a list of { quarter 1-4, text }
 * with one bounded, non-blank text per quarter in quarter order.
 */
export function parseMilestones(value: unknown): TaskMilestone[] | null {
  if (!Array.isArray(value)) return null;
  const parsed: TaskMilestone[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return null;
    const { quarter, text } = item as { quarter?: unknown; text?: unknown };
    if (!isQuarter(quarter) || typeof text !== 'string') return null;
    parsed.push({ quarter, text });
  }
  const kept = keptMilestones(parsed);
  const same = kept.length === parsed.length && kept.every((m, i) => m.text === parsed[i]?.text);
  return same && kept.every((m, i) => m.quarter === parsed[i]?.quarter) ? kept : null;
}

type AnyMilestone = Readonly<{ quarter: number; text: string }>;

/** The milestone a task plans for one quarter, if any. */
export function milestoneOf(milestones: readonly AnyMilestone[], quarter: Quarter): string | null {
  return milestones.find((m) => m.quarter === quarter)?.text ?? null;
}

/** The milestone a task plans for a period ('2024-Q2': its second quarter), if any. */
export function periodMilestone(milestones: readonly AnyMilestone[], periodKey: string): string | null {
  const period = tryParsePeriod(periodKey);
  return period ? milestoneOf(milestones, period.quarter) : null;
}

/** 1 -> 一季度, as the notice's schedule names a quarter. */
export function quarterName(quarter: number): string {
  return `${'一二三四'.charAt(quarter - 1)}季度`;
}
