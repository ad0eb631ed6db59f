// The quarterly filing as the rules see it: a co-unit's input (反馈) or the lead unit's task
// report (进展情况报告), its states, and the content every revision carries in full.

export const REPORT_KINDS = ['unit_input', 'task_report'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** 草稿 / 已提交 (to the unit's approver) / 已签发 (with the office) / 已退回 / 已采纳. */
export const REPORT_STATES = ['draft', 'submitted', 'signed_off', 'returned', 'accepted'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** Every save and every state change is one revision; the event says which. */
export const REVISION_EVENTS = ['save', 'submit', 'sign_off', 'return', 'accept'] as const;
export type RevisionEvent = (typeof REVISION_EVENTS)[number];
/** The events that move a report from one state to another (a save keeps the state). */
export type TransitionEvent = Exclude<RevisionEvent, 'save'>;

/** 未启动 / 正常推进 / 滞后 / 已完成 */
export const SELF_STATUSES = ['not_started', 'on_track', 'behind', 'completed'] as const;
export type SelfStatus = (typeof SELF_STATUSES)[number];

export const SELF_STATUS_LABELS = {
  not_started: '未启动',
  on_track: '正常推进',
  behind: '滞后',
  completed: '已完成',
} as const satisfies Record<SelfStatus, string>;

export const REPORT_STATE_LABELS = {
  draft: '草稿',
  submitted: '已提交',
  signed_off: '已签发',
  returned: '已退回',
  accepted: '已采纳',
} as const satisfies Record<ReportState, string>;

/** One indicator's actual value as filed, in the indicator's base unit (万 and 亿 expanded). */
export interface IndicatorActual {
  indicatorId: number;
  value: number | null;
  note?: string;
}

/** What a unit fills in; each revision holds all of it, so history never depends on a diff. */
export interface ReportContent {
  /** 进展情况 */
  progress: string;
  selfStatus: SelfStatus | null;
  /** 完成进度, whole percent 0..100 */
  percentComplete: number | null;
  indicatorActuals: IndicatorActual[];
  /** 存在问题 */
  problems: string;
  /** 下步打算 */
  nextSteps: string;
  /** 佐证材料: uploaded files this revision carries. */
  attachmentIds: number[];
}

/** A save's fields: those left out keep the value the save starts from. */
export type ReportContentPatch = Partial<ReportContent>;

export const EMPTY_CONTENT: ReportContent = {
  progress: '',
  selfStatus: null,
  percentComplete: null,
  indicatorActuals: [],
  problems: '',
  nextSteps: '',
  attachmentIds: [],
};
