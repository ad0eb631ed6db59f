// What an edit changed, named as the form names the fields: the approver's revision records it.
import type { ReportContent } from './report.types.ts';

const FIELD_LABELS = {
  progress: '进展情况',
  selfStatus: '当前状态',
  percentComplete: '完成进度',
  indicatorActuals: '指标完成值',
  problems: '存在问题',
  nextSteps: '下步打算',
  attachmentIds: '佐证材料',
} as const satisfies Record<keyof ReportContent, string>;

const FIELDS = Object.keys(FIELD_LABELS) as (keyof ReportContent)[];

/** The labels of the fields whose values differ, in the form's order. */
export function changedFieldLabels(before: ReportContent, after: ReportContent): string[] {
  return FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])).map(
    (field) => FIELD_LABELS[field],
  );
}

/** The note an approver's edit is kept with: who is in the revision's author, what is here. */
export function revisionNote(changed: readonly string[]): string {
  return `审核人修改了:${changed.join('、')}`;
}
