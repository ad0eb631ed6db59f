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
 * input is overdue; 催办 and 督办单 are formal acts on record, so every stage reached is listed in
 * order even when a scheduler catches up after days of downtime.
 */
export function dueNotices(input: EscalationInput): Notice[] {
  const config = input.config ?? DEFAULT_ESCALATION;
  validateEscalation(config);
  if (input.filed) return [];
  const today = localDate(input.now, input.utcOffsetMinutes);
  const overdue = daysBetween(input.dueOn, today);
  const quarter = quarterLabel(input.period);
  const notices: Notice[] = [];
  if (overdue <= 0 && overdue >= -config.remindDaysBefore) {
    const message = `${quarter}填报将于${input.dueOn}截止,请按时报送`;
    notices.push(notice(input, 'reminder', 1, addDays(input.dueOn, -config.remindDaysBefore), message));
  }
  for (const stage of escalationStages(config, quarter)) {
    if (overdue >= stage.from) {
      notices.push(notice(input, stage.kind, stage.level, addDays(input.dueOn, stage.from), stage.message));
    }
  }
  return notices.filter((item) => !input.sentKeys?.has(item.key));
}

interface Stage {
  kind: NoticeKind;
  level: 1 | 2;
  /** Days overdue from which the stage is due. */
  from: number;
  message: string;
}

function escalationStages(config: EscalationConfig, quarter: string): Stage[] {
  const [level1, level2] = config.supervisionOrderDaysOverdue;
  return [
    { kind: 'urge', level: 1, from: config.urgeDaysOverdue, message: `${quarter}填报已逾期,请立即报送` },
    {
      kind: 'supervision_order',
      level: 1,
      from: level1,
      message: `${quarter}填报逾期${level1}天,下发督办单`,
    },
    { kind: 'supervision_order', level: 2, from: level2, message: `${quarter}填报逾期${level2}天,升级督办` },
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
