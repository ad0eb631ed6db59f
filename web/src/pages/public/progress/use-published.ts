// Everything the public page shows: the plan's calendar and headings, every quarter's published
// entries, and the indicators of the tasks whose entries report figures.
import { fetchPlanCalendar, type PlanCalendar } from '../../../api/calendar.ts';
import { fetchPlanTask } from '../../../api/plan-tasks.ts';
import { fetchPublished } from '../../../api/reports.ts';
import type { Indicator, PublishedEntry } from '../../../api/reports.types.ts';
import { useRequest } from '../../../api/use-request.ts';

export interface PublicData {
  calendar: PlanCalendar;
  periods: { key: string; entries: PublishedEntry[] }[];
  indicators: Map<number, Indicator[]>;
}

async function loadPublic(): Promise<PublicData | null> {
  const calendar = await fetchPlanCalendar();
  if (!calendar) return null;
  const periods = await Promise.all(
    calendar.periods.map(async ({ key }) => ({ key, entries: (await fetchPublished(key)).entries })),
  );
  // Published entries carry actual values only; their targets and units come with the task.
  const seqs = new Set(
    periods.flatMap((p) => p.entries.filter((e) => e.indicatorActuals.length > 0).map((e) => e.seq)),
  );
  const details = await Promise.all([...seqs].map((seq) => fetchPlanTask(calendar.year, seq)));
  const indicators = new Map(details.map((detail) => [detail.task.seq, detail.indicators]));
  return { calendar, periods, indicators };
}

export function usePublished() {
  return useRequest(loadPublic, []);
}
