// What each owed filing of the demo year went through, decided from its task, unit and quarter
// alone (the same seed and day give the same year): in past quarters most filings reached the
// office before the due date and were accepted, about one in ten late, one in twenty returned once
// and filed again, one in fifty never filed; in the current quarter a share growing with the days
// elapsed is on its way (draft, with the approver, with the office, accepted).
import { addDays, quarterStart, type IsoDate } from '../../core/period/period.ts';
import type { ReportState, RevisionEvent, SelfStatus } from '../../core/report/report.types.ts';

export type DemoFate = 'missing' | 'late' | 'returned' | 'on_time' | 'draft' | 'submitted' | 'untouched';

export interface DemoSlot {
  seq: number;
  unitId: number;
  quarter: number;
}

export interface DemoStep {
  event: RevisionEvent;
  state: ReportState;
  at: Date;
  /** Who acts: the unit's clerk, its approver, or the office. */
  by: 'reporter' | 'approver' | 'office';
}

const DAY_MS = 86_400_000;

/** A small deterministic hash of the slot, 0..9999. */
export function slotHash(slot: DemoSlot, salt = 0): number {
  let h = 2166136261 ^ salt;
  for (const part of [slot.seq, slot.unitId, slot.quarter]) {
    h = Math.imul(h ^ part, 16777619) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 2246822519) >>> 0;
  }
  return h % 10_000;
}

export function pastFate(slot: DemoSlot): DemoFate {
  const h = slotHash(slot) % 100;
  if (h < 2) return 'missing';
  if (h < 12) return 'late';
  if (h < 17) return 'returned';
  return 'on_time';
}

/** `elapsed`: the share of the current quarter already gone, 0..1. */
export function currentFate(slot: DemoSlot, elapsed: number): DemoFate {
  const h = slotHash(slot, 7) / 10_000;
  const started = Math.min(0.85, elapsed * 0.9);
  if (h >= started) return 'untouched';
  const step = h / started;
  if (step < 0.35) return 'on_time';
  if (step < 0.6) return 'submitted';
  return 'draft';
}

/** 10:00 in the city (UTC+8) on a day. */
export function cityMorning(date: IsoDate): Date {
  return new Date(`${date}T02:00:00Z`);
}

/** The steps a filing took, up to `now`: saves, submission, sign-off, return, acceptance. */
export function stepsOf(input: {
  fate: DemoFate;
  slot: DemoSlot;
  dueOn: IsoDate;
  now: Date;
  periodKey: string;
}): DemoStep[] {
  const { fate, slot, dueOn } = input;
  if (fate === 'missing' || fate === 'untouched') return [];
  const spread = 1 + (slotHash(slot, 3) % 8);
  const opened = cityMorning(addDays(quarterStart(input.periodKey), 20));
  if (fate === 'draft' || fate === 'submitted') {
    const saved = new Date(Math.max(opened.getTime(), input.now.getTime() - spread * DAY_MS));
    const steps: DemoStep[] = [{ event: 'save', state: 'draft', at: saved, by: 'reporter' }];
    if (fate === 'submitted')
      steps.push({
        event: 'submit',
        state: 'submitted',
        at: new Date(saved.getTime() + 3_600_000),
        by: 'reporter',
      });
    return steps.filter((step) => step.at <= input.now);
  }
  const planned = cityMorning(addDays(dueOn, fate === 'late' ? 1 + (slotHash(slot, 5) % 6) : -spread));
  // In the quarter still open, a filing made early went through days ago.
  const early = new Date(Math.max(opened.getTime(), input.now.getTime() - (spread + 2) * DAY_MS));
  const signed = planned.getTime() > input.now.getTime() ? early : planned;
  const at = (days: number, hours = 0) => new Date(signed.getTime() + days * DAY_MS + hours * 3_600_000);
  const steps: DemoStep[] = [
    { event: 'save', state: 'draft', at: at(-3), by: 'reporter' },
    { event: 'submit', state: 'submitted', at: at(-1), by: 'reporter' },
    { event: 'sign_off', state: 'signed_off', at: at(0), by: 'approver' },
  ];
  if (fate === 'returned') {
    steps.push(
      { event: 'return', state: 'returned', at: at(1), by: 'office' },
      { event: 'save', state: 'returned', at: at(2), by: 'reporter' },
      { event: 'submit', state: 'submitted', at: at(2, 2), by: 'reporter' },
      { event: 'sign_off', state: 'signed_off', at: at(3), by: 'approver' },
    );
  }
  steps.push({ event: 'accept', state: 'accepted', at: at(fate === 'returned' ? 5 : 2), by: 'office' });
  return steps.filter((step) => step.at <= input.now);
}

const PROGRESS = [
  '按照年度计划有序推进,已召开专题会议研究部署,明确责任分工和时间节点。',
  '已完成阶段性目标,相关项目按期开工,资金拨付到位。',
  '制定工作方案并印发实施,组织开展督导检查,推动任务落实。',
  '重点事项取得进展,协调解决了用地、资金等问题,形成工作台账。',
];

/** Believable content for a filing of quarter `quarter`: progress near the calendar, a few behind. */
export function demoContent(slot: DemoSlot): {
  progress: string;
  selfStatus: SelfStatus;
  percentComplete: number;
  problems: string;
  nextSteps: string;
} {
  const behind = slotHash(slot, 11) % 100 < 12;
  const percent = Math.max(
    5,
    Math.min(100, slot.quarter * 25 - (behind ? 20 : 0) + (slotHash(slot, 13) % 9) - 4),
  );
  return {
    progress: `第${slot.seq}项:${PROGRESS[slotHash(slot, 17) % PROGRESS.length] ?? PROGRESS[0]}`,
    selfStatus: percent >= 100 ? 'completed' : behind ? 'behind' : 'on_track',
    percentComplete: percent,
    problems: behind ? '前期手续办理时间较长,进度略有滞后。' : '暂无。',
    nextSteps: '继续加强调度,确保按期完成年度目标。',
  };
}
