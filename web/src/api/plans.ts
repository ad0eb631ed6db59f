// Plans, their structure and periods, and the admin's period dates (GET/PUT /api/plans…).
import type { Period, PeriodDatesBody, Plan, PlanOverview } from '../../../src/contracts/plan.schema.ts';
import { api } from './client.ts';

export type { Period, Plan, PlanOverview, StructureNode } from '../../../src/contracts/plan.schema.ts';
/** On the city's date: 未开始 / 填报中 / 已截止 (past due, not closed) / 已关闭; the server decides. */
export type { PeriodPhase as PeriodState } from '../../../src/core/period/period-phase.ts';
export { PERIOD_PHASE_LABELS as PERIOD_STATE_LABELS } from '../../../src/core/period/period-phase.ts';

export const findPlans = async (): Promise<Plan[]> =>
  (await api<{ plans: Plan[] }>('GET', '/api/plans')).plans;

export const getPlanOverview = (year: number): Promise<PlanOverview> =>
  api<PlanOverview>('GET', `/api/plans/${year}`);

export const setPeriodDates = async (year: number, key: string, dates: PeriodDatesBody): Promise<Period> =>
  (await api<{ period: Period }>('PUT', `/api/plans/${year}/periods/${key}`, dates)).period;
