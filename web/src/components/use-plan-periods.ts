// The plan the office works on (the newest active one) and the period chosen on the page, kept in
// the address (?period=2024-Q2) so a link or a reload opens the same quarter.
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { findPlans, getPlanOverview, type Period, type PlanOverview } from '../api/plans.ts';
import { useRequest, type RequestState } from '../api/use-request.ts';

async function loadCurrentPlan(): Promise<PlanOverview | null> {
  const plans = await findPlans();
  const newestFirst = [...plans].sort((a, b) => b.year - a.year);
  const plan = newestFirst.find((p) => p.state === 'active') ?? newestFirst[0];
  return plan ? getPlanOverview(plan.year) : null;
}

/** The latest period that has opened by today, else the first one. */
export function defaultPeriod(
  periods: readonly Period[],
  today = dayjs().format('YYYY-MM-DD'),
): string | null {
  const opened = periods.filter((p) => p.opensOn <= today);
  return (opened.at(-1) ?? periods[0])?.key ?? null;
}

export function usePlanPeriods(): {
  plan: RequestState<PlanOverview | null>;
  period: string | null;
  setPeriod: (key: string) => void;
} {
  const plan = useRequest(loadCurrentPlan, []);
  const [params, setParams] = useSearchParams();
  const periods = plan.data?.periods ?? [];
  const asked = params.get('period');
  const period = periods.some((p) => p.key === asked) ? asked : defaultPeriod(periods);
  const setPeriod = (key: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('period', key);
        return next;
      },
      { replace: true },
    );
  return { plan, period, setPeriod };
}
