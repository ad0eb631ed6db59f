// Reminders and escalation (提醒 -> 催办 -> 督办单) for one unit's missing input. The result is
// every notice the situation calls for; each has a key that names the act itself, so a scheduler
// that records sent keys never sends the same notice twice, even after a restart.
import type { IsoDate, PeriodKey } from '../period/period.ts';
import { invalid } from '../errors.ts';
import { addDays } from '../period/period.ts';
import { daysBetween, localDate } from './deadlines.ts';
import { quarterLabel } from './labels.ts';

export type NoticeKind = 'reminder' | 'urge' | 'supervision_order';

export const NOTICE_LABELS = {
  reminder: '提醒',
  urge: '催办',
  supervision_order: '督办单',
} as const satisfies Record<NoticeKind, string>;

export interface EscalationConfig {
  /** Remind this many days before the due date (0 = on the due day itself). */
  remindDaysBefore: number;
  /** 催办 once the input is this many days overdue (1 = the day after the due date). */
  urgeDaysOverdue: number;
  /** 督办单 level 1 and level 2 at these many days overdue. */
  supervisionOrderDaysOverdue: readonly [level1: number, level2: number];
}

export const DEFAULT_ESCALATION: EscalationConfig = {
  remindDaysBefore: 3,
  urgeDaysOverdue: 1,
  supervisionOrderDaysOverdue: [5, 10],
};

export interface EscalationInput {
  taskId: number;
  unitId: number;
  period: PeriodKey;
  /** The effective due date (after extensions and calendar shifts). */
  dueOn: IsoDate;
  now: Date;
  utcOffsetMinutes: number;
  filed: boolean;
  config?: EscalationConfig;
  /** Keys already sent; notices with these keys are left out. */
  sentKeys?: ReadonlySet<string>;
}

export interface Notice {
  kind: NoticeKind;
  level: 1 | 2;
  /** `${kind}:${taskId}:${unitId}:${period}:${level}` — one notice per act, never repeated. */
  key: string;
  taskId: number;
  unitId: number;
  period: PeriodKey;
  /** The first day the notice was due, in the city's calendar. */
  dueFrom: IsoDate;
  message: string;
}

export function noticeKey(notice: Pick<Notice, 'kind' | 'taskId' | 'unitId' | 'period' | 'level'>): string {
  return `${notice.kind}:${notice.taskId}:${notice.unitId}:${notice.period}:${notice.level}`;
}

/**
 * Notices due now. A reminder is only useful before the deadline passes, so it lapses once the
 * input is overdue. Escalation starts from the stage reached when a pass first sees the input
 * overdue: only the highest stage reached is due, never the lower ones it skipped (a server
 * started long after a due date sends one notice, not a back-filled series), nothing once that
 * stage was sent, and every message says how many days late the input truly is.
 */
export function dueNotices(input: EscalationInput): Notice[] {
  const config = input.config ?? DEFAULT_ESCALATION;
  validateEscalation(config);
  if (input.filed) return [];
  const today = localDate(input.now, input.utcOffsetMinutes);
  const overdue = daysBetween(input.dueOn, today);
  const quarter = quarterLabel(input.period);
  if (overdue <= 0) {
    if (overdue < -config.remindDaysBefore) return [];
    const message = `${quarter}填报将于${input.dueOn}截止,请按时报送`;
    const reminder = notice(input, 'reminder', 1, addDays(input.dueOn, -config.remindDaysBefore), message);
    return input.sentKeys?.has(reminder.key) ? [] : [reminder];
  }
  const stages = escalationStages(config, quarter, input.dueOn, overdue).filter(
    (stage) => overdue >= stage.from,
  );
  const reached = stages.map((stage) =>
    notice(input, stage.kind, stage.level, addDays(input.dueOn, stage.from), stage.message),
  );
  // Stages are reached in order, so none above the highest reached can have been sent.
  const highest = reached.at(-1);
  return highest && !input.sentKeys?.has(highest.key) ? [highest] : [];
}

interface Stage {
  kind: NoticeKind;
  level: 1 | 2;
  /** Days overdue from which the stage is due. */
  from: number;
  message: string;
}

function escalationStages(
  config: EscalationConfig,
  quarter: string,
  dueOn: IsoDate,
  overdue: number,
): Stage[] {
  const [level1, level2] = config.supervisionOrderDaysOverdue;
  const late = `${quarter}填报截止${dueOn},已逾期${overdue}天`;
  return [
    { kind: 'urge', level: 1, from: config.urgeDaysOverdue, message: `${late},请立即报送` },
    { kind: 'supervision_order', level: 1, from: level1, message: `${late},下发督办单` },
    { kind: 'supervision_order', level: 2, from: level2, message: `${late},升级督办` },
  ];
}

function notice(
  input: EscalationInput,
  kind: NoticeKind,
  level: 1 | 2,
  dueFrom: IsoDate,
  message: string,
): Notice {
  const { taskId, unitId, period } = input;
  const key = noticeKey({ kind, taskId, unitId, period, level });
  return { kind, level, key, taskId, unitId, period, dueFrom, message };
}

export function validateEscalation(config: EscalationConfig): void {
  const { remindDaysBefore, urgeDaysOverdue, supervisionOrderDaysOverdue } = config;
  const [level1, level2] = supervisionOrderDaysOverdue;
  const whole = [remindDaysBefore, urgeDaysOverdue, level1, level2].every(
    (days) => Number.isInteger(days) && days >= 0,
  );
  if (!whole || urgeDaysOverdue < 1 || level1 < urgeDaysOverdue || level2 <= level1) {
    throw invalid(
      'escalation.invalid_config',
      'reminder and escalation days must be whole numbers, with 1 <= urge <= order level 1 < level 2',
      { remindDaysBefore, urgeDaysOverdue, level1, level2 },
    );
  }
}
