// Plans, their structure and periods, and the admin's period dates (GET/PUT /api/plans…).
import { api } from './client.ts';

export interface Plan {
  id: number;
  year: number;
  title: string | null;
  issuer: string | null;
  publishedAt: string | null;
  deadline: string | null;
  state: 'draft' | 'active' | 'archived';
  dueDaysAfterQuarterEnd: number;
  taskCount: number;
}

export type PeriodState = 'scheduled' | 'open' | 'closed';

export interface Period {
  key: string;
  opensOn: string;
  dueOn: string;
  state: PeriodState;
  closedAt: string | null;
}

export interface StructureNode {
  id: number;
  parentId: number | null;
  kind: 'part' | 'section' | 'subsection';
  number: string;
  title: string;
  path: string[];
  taskCount: number;
}

export interface PlanOverview {
  plan: Plan;
  structure: StructureNode[];
  periods: Period[];
  counts: { tasks: number; inferred: number; confirmed: number; indicators: number; openIssues: number };
}

export const PERIOD_STATE_LABELS: Record<PeriodState, string> = {
  scheduled: '未开始',
  open: '填报中',
  closed: '已关闭',
};

/** '2024-Q2' -> '2024年第二季度' */
export function periodLabel(key: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (!match) return key;
  const quarter = ['一', '二', '三', '四'][Number(match[2]) - 1] ?? match[2];
  return `${match[1]}年第${quarter}季度`;
}

/** '2024-Q2' -> '二季度', for chart axes where the year is the same throughout. */
export function quarterLabel(key: string): string {
  const quarter = Number(/-Q([1-4])$/.exec(key)?.[1] ?? 0);
  return quarter ? `${['一', '二', '三', '四'][quarter - 1]}季度` : key;
}

export const findPlans = async (): Promise<Plan[]> =>
  (await api<{ plans: Plan[] }>('GET', '/api/plans')).plans;

export const getPlanOverview = (year: number): Promise<PlanOverview> =>
  api<PlanOverview>('GET', `/api/plans/${year}`);

export const setPeriodDates = async (
  year: number,
  key: string,
  dates: { opensOn: string; dueOn: string },
): Promise<Period> =>
  (await api<{ period: Period }>('PUT', `/api/plans/${year}/periods/${key}`, dates)).period;
