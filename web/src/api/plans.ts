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

/** On the city's date: 未开始 / 填报中 / 已截止 (past due, not closed) / 已关闭; the server decides. */
export type PeriodState = 'scheduled' | 'open' | 'due' | 'closed';

export interface Period {
  key: string;
  opensOn: string;
  dueOn: string;
  state: PeriodState;
  /** The state in words, as the server names it. */
  stateLabel: string;
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
  due: '已截止',
  closed: '已关闭',
};

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
