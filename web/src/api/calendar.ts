// The plan being worked on this year: its periods and its part/section/subsection titles.
// Anyone may read a plan (the notice is public), so the public page uses this too.
import { quarterLabel } from '../../../src/core/supervision/labels.ts';
import { currentPlan } from './current-plan.ts';
import { cityDate } from '../../../src/core/period/city-date.ts';
import { findPlans, getPlanOverview, type Period, type StructureNode } from './plans.ts';

export type PlanPeriod = Period;
export type { StructureNode };

export interface PlanCalendar {
  year: number;
  title: string | null;
  hotline: string | null;
  periods: PlanPeriod[];
  structure: StructureNode[];
}

/** Pages share one answer for a few minutes: a quarter closing or new dates show up soon enough. */
const CACHE_MS = 5 * 60_000;
let cached: { at: number; calendar: Promise<PlanCalendar | null> } | null = null;

/** After the admin imports a plan or moves period dates, the next page reads the plan afresh. */
export function forgetPlanCalendar(): void {
  cached = null;
}

/** The current plan (current-plan.ts: the city's current year, not a plan imported for later), or null before any plan is imported. */
export function fetchPlanCalendar(): Promise<PlanCalendar | null> {
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.calendar;
  const calendar = loadCalendar().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  cached = { at: Date.now(), calendar };
  return calendar;
}

async function loadCalendar(): Promise<PlanCalendar | null> {
  const chosen = currentPlan(await findPlans(), cityToday());
  if (!chosen) return null;
  const overview = await getPlanOverview(chosen.year);
  const { plan } = overview;
  return {
    year: plan.year,
    title: plan.title,
    hotline: plan.hotline,
    periods: overview.periods,
    structure: overview.structure,
  };
}

/** Today in the city as YYYY-MM-DD, whatever the device's time zone. */
export function cityToday(now: Date = new Date()): string {
  return cityDate(now);
}

/**
 * The period a unit is filing now: of the periods already open and not closed, the one whose due
 * date comes next; once every due date has passed, the latest of them.
 */
export function currentPeriodKey(periods: readonly PlanPeriod[], today: string = cityToday()): string | null {
  const started = periods.filter((period) => period.opensOn <= today && period.state !== 'closed');
  const upcoming = started.filter((period) => period.dueOn >= today);
  const pick = upcoming[0] ?? started.at(-1) ?? periods.find((p) => p.state !== 'closed') ?? periods.at(-1);
  return pick?.key ?? null;
}

/** '2024-Q2' -> '2024年第二季度'; short: '二季度' (the quarter's name as core words it). */
export function periodLabel(key: string, short = false): string {
  const match = /^(\d{4})-Q[1-4]$/.exec(key);
  if (!match) return key;
  const quarter = quarterLabel(key);
  return short ? quarter : `${match[1]}年第${quarter}`;
}
