// Where a period stands on a day, the one reading every page and presenter uses: 未开始 before it
// opens, 填报中 from its opening through its due date, 已截止 after the due date until the office
// closes it (filing is still possible, and late), 已关闭 once closed.
import type { IsoDate } from './period.ts';

export const PERIOD_PHASES = ['scheduled', 'open', 'due', 'closed'] as const;
export type PeriodPhase = (typeof PERIOD_PHASES)[number];

export const PERIOD_PHASE_LABELS = {
  scheduled: '未开始',
  open: '填报中',
  due: '已截止',
  closed: '已关闭',
} as const satisfies Record<PeriodPhase, string>;

export function periodPhase(
  period: { opensOn: IsoDate; dueOn: IsoDate; state: string },
  today: IsoDate,
): PeriodPhase {
  if (period.state === 'closed') return 'closed';
  if (today < period.opensOn) return 'scheduled';
  return today <= period.dueOn ? 'open' : 'due';
}
