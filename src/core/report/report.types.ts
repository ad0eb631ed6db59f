// The quarterly filing as the rules see it: a co-unit's input (反馈) or the lead unit's task
// report (进展情况报告), its states, and the content every revision carries in full.

import {
  REPORT_STATE_LABELS as STATE_LABELS,
  REVISION_EVENT_LABELS as EVENT_LABELS,
} from './report-labels.ts';
import { namedCodes } from '../named-codes.ts';

export const REPORT_KINDS = ['unit_input', 'task_report'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** 草稿 / 待签发 (with the unit's approver) / 已报送 (with the office) / 已退回 / 已采纳 (report-labels.ts). */
export const REPORT_STATES = ['draft', 'submitted', 'signed_off', 'returned', 'accepted'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/**
 * Every save and every state change is one revision; the event says which. Inside the unit:
 * withdraw (the clerk takes a submitted filing back), send_back (the approver returns it to the
 * clerk with a reason) and revise (the approver's own edit before signing off). None of them is
 * the office's return, so none counts in the assessment.
 */
export const REVISION_EVENTS = [
  'save',
  'submit',
  'withdraw',
  'send_back',
  'revise',
  'sign_off',
  'return',
  'accept',
] as const;
export type RevisionEvent = (typeof REVISION_EVENTS)[number];
/** The events that move a report from one state to another (a save or a revise keeps the state). */
export type TransitionEvent = Exclude<RevisionEvent, 'save' | 'revise'>;

/** 未启动 / 正常推进 / 滞后 / 已完成 */
/** A unit's own word on its task (its filing's 自评), and how each is named. */
export const { codes: SELF_STATUSES, names: SELF_STATUS_LABELS } = namedCodes({
  not_started: '未启动',
  on_track: '正常推进',
  behind: '滞后',
  completed: '已完成',
});
export type SelfStatus = (typeof SELF_STATUSES)[number];

export const REPORT_STATE_LABELS = STATE_LABELS satisfies Record<ReportState, string>;
export const REVISION_EVENT_LABELS = EVENT_LABELS satisfies Record<RevisionEvent, string>;

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
