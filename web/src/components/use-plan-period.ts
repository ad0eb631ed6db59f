// The plan's calendar and the quarter a page shows: ?period= in the address, else the one being
// filed now. Pages share it so a switch on the workbench carries over to the plan and the task.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { currentPeriodKey, fetchPlanCalendar, type PlanCalendar } from '../api/calendar.ts';
import { useRequest } from '../api/use-request.ts';

export interface PlanPeriodState {
  calendar: PlanCalendar | null | undefined;
  loading: boolean;
  error: string | null;
  reload: () => void;
  periodKey: string | null;
  setPeriodKey: (key: string) => void;
}

export function usePlanPeriod(): PlanPeriodState {
  const calendar = useRequest(fetchPlanCalendar, []);
  const [params, setParams] = useSearchParams();
  const asked = params.get('period');
  const periods = calendar.data?.periods ?? [];
  const known = asked !== null && periods.some((period) => period.key === asked);
  const periodKey = known ? asked : currentPeriodKey(periods);
  const setPeriodKey = useCallback(
    (key: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('period', key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return {
    calendar: calendar.data,
    loading: calendar.loading,
    error: calendar.error,
    reload: calendar.reload,
    periodKey,
    setPeriodKey,
  };
}
