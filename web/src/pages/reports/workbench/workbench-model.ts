// What the workbench groups and offers: buckets of filings by what the unit must do next.
import { PROGRESS_LABELS } from '../../../../../src/core/report/report-labels.ts';
import type { Role } from '../../../api/auth.ts';
import type { ProgressCode, WorklistItem } from '../../../api/reports.types.ts';
import type { Ticks } from '../../../components/batch/use-ticks.ts';

export type Bucket = 'all' | 'todo' | 'sign_off' | 'filed' | 'accepted';

export const BUCKET_LABELS: Record<Bucket, string> = {
  all: '全部',
  todo: '待办',
  sign_off: PROGRESS_LABELS.awaiting_sign_off,
  filed: PROGRESS_LABELS.submitted,
  accepted: PROGRESS_LABELS.accepted,
};

const BUCKET_CODES: Record<Exclude<Bucket, 'all'>, readonly ProgressCode[]> = {
  todo: ['todo', 'draft', 'returned'],
  sign_off: ['awaiting_sign_off'],
  filed: ['submitted'],
  accepted: ['accepted'],
};

/** An overdue filing sits in 待办 or 待签发 depending on how far it got inside the unit. */
function bucketOf(item: WorklistItem): Exclude<Bucket, 'all'> {
  if (item.state === 'overdue') return item.reportState === 'submitted' ? 'sign_off' : 'todo';
  const found = (Object.keys(BUCKET_CODES) as Exclude<Bucket, 'all'>[]).find((bucket) =>
    BUCKET_CODES[bucket].includes(item.state),
  );
  return found ?? 'todo';
}

export function inBucket(item: WorklistItem, bucket: Bucket): boolean {
  return bucket === 'all' || bucketOf(item) === bucket;
}

export function countBuckets(items: readonly WorklistItem[]): Record<Bucket, number> {
  const counts: Record<Bucket, number> = { all: items.length, todo: 0, sign_off: 0, filed: 0, accepted: 0 };
  for (const item of items) counts[bucketOf(item)] += 1;
  return counts;
}

/** Approvers land on what waits for their signature; reporters on what they still owe. */
export function defaultBucket(role: Role, counts: Record<Bucket, number>): Bucket {
  if (role === 'approver' && counts.sign_off > 0) return 'sign_off';
  return counts.todo > 0 ? 'todo' : 'all';
}

const EDITABLE = new Set([null, 'draft', 'returned']);

/** The one button each row offers. */
export function actionLabel(item: WorklistItem, role: Role): string {
  if (item.reportState === 'submitted') return role === 'approver' ? '审核签发' : '查看';
  if (!EDITABLE.has(item.reportState)) return '查看';
  if (item.reportState === 'returned') return '修改';
  return item.reportState === 'draft' ? '继续填报' : '填报';
}

export const filingPath = (item: WorklistItem, periodKey: string): string =>
  `/tasks/${item.task.id}/periods/${periodKey}`;

/** An overdue draft still reads as a draft (or as awaiting signature), with 逾期 beside it. */
export function shownState(item: WorklistItem): { state: ProgressCode; overdue: boolean } {
  if (item.state !== 'overdue' || item.reportState === null) return { state: item.state, overdue: false };
  return { state: item.reportState === 'submitted' ? 'awaiting_sign_off' : 'draft', overdue: true };
}

/** The batch a list offers: the clerk (or approver) submits drafts; the approver signs off. */
export function batchActOf(role: Role, bucket: Bucket): 'submit' | 'sign-off' | null {
  if (role === 'approver' && bucket === 'sign_off') return 'sign-off';
  if ((role === 'reporter' || role === 'approver') && bucket === 'todo') return 'submit';
  return null;
}

/** A row the batch can take: a saved draft (or returned filing) to submit, a submitted one to sign off. */
export function batchEligible(item: WorklistItem, act: 'submit' | 'sign-off'): boolean {
  if (item.reportId === null) return false;
  if (act === 'sign-off') return item.reportState === 'submitted';
  return item.reportState === 'draft' || item.reportState === 'returned';
}

export const batchTitle = (item: WorklistItem): string => `第${item.task.seq}项 ${item.task.text}`;

/** A list's tick boxes: which rows have one, and which are ticked. */
export interface WorklistTick {
  ticks: Ticks;
  eligible: (item: WorklistItem) => boolean;
}

/** The tick box's name: the act and the task it is for. */
export const tickLabel = (item: WorklistItem): string => `选择第${item.task.seq}项`;

/** The unit's next task still to file after this one (in worklist order, wrapping round), if any. */
export function nextOpenTask(items: readonly WorklistItem[], taskId: number): WorklistItem | null {
  const at = items.findIndex((item) => item.task.id === taskId);
  const after = [...items.slice(at + 1), ...items.slice(0, Math.max(at, 0))];
  return after.find((item) => item.task.id !== taskId && inBucket(item, 'todo')) ?? null;
}
