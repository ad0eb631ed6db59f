// Quality flags (质量提示) on one filing: pure, explainable hints for the reviewer. A flag never
// changes a score by itself; it points at a passage and says why, with the evidence to check it.
import type { Indicator } from '../plan/plan.types.ts';
import type { ReportKind, SelfStatus } from '../report/report.types.ts';
import type { IndicatorMeasure } from '../supervision/indicator-measure.ts';

export const QUALITY_FLAG_KINDS = [
  'repeated',
  'copied',
  'noFacts',
  'vague',
  'unsupportedCompletion',
  'indicatorOffPace',
  'regression',
] as const;
export type QualityFlagKind = (typeof QUALITY_FLAG_KINDS)[number];

/** 照抄往期 / 照搬他人 / 缺少实据 / 套话空话 / 完成无佐证 / 指标欠进度 / 进度倒退 */
export const QUALITY_FLAG_LABELS = {
  repeated: '照抄往期',
  copied: '照搬他人',
  noFacts: '缺少实据',
  vague: '套话空话',
  unsupportedCompletion: '完成无佐证',
  indicatorOffPace: '指标欠进度',
  regression: '进度倒退',
} as const satisfies Record<QualityFlagKind, string>;

// ---------------------------------------------------------------- input

/** This unit's progress text (进展情况) for the same task in an earlier quarter. */
export interface EarlierText {
  /** '2024-Q2' */
  period: string;
  progress: string;
}

/** Another unit's filing for the same task and quarter. */
export interface PeerText {
  unitName: string;
  /** unit_input: a co-unit's input (反馈); task_report: the lead unit's report. */
  kind: ReportKind;
  progress: string;
}

/** One of the task's indicators with what this filing reports for it. */
export interface QualityIndicatorInput {
  indicatorId: number;
  /**
   * The plan's target as stored (task_indicators row -> Indicator), or only the phrase as
   * written (增长6%左右, 不低于92%, 达到50万人次), which the core then reads itself.
   */
  target: Indicator | string;
  /** The figure reported for the year so far, in the indicator's base unit (万/亿 expanded). */
  value: number | null;
  /** The figure reported for the previous quarter of the same year, if any. */
  previousValue: number | null;
  /** The note filed with the figure (IndicatorActual.note); may carry the statistical basis. */
  note?: string;
  /** The plan asks every figure of this indicator to state its statistical basis (统计口径/数据来源). */
  basisRequired?: boolean;
  /** The figure at the start of the year, for level targets (覆盖率提升至92%). */
  baseline?: number | null;
  /** Overrides the measure read from the metric and unit (see supervision/indicator-measure.ts). */
  measure?: IndicatorMeasure;
}

/** The previous quarter's filing of the same unit and task, as far as the regression rule needs it. */
export interface PreviousFiling {
  period: string;
  percentComplete: number | null;
}

/** Everything the rules look at for one filing; the service gathers it, the core only reads it. */
export interface QualityInput {
  kind: ReportKind;
  unitName: string;
  /** The filing's quarter, '2024-Q3'; its position in the year sets the indicator pace. */
  period: string;
  /** 进展情况 as filed. */
  progress: string;
  /** 存在问题: a reason for a step back is usually written here. */
  problems?: string;
  /** 下步打算 */
  nextSteps?: string;
  selfStatus: SelfStatus | null;
  /** 完成进度, whole percent 0..100 */
  percentComplete: number | null;
  /** Number of evidence files (佐证材料) attached to this revision. */
  evidenceCount: number;
  /** This unit's progress texts of earlier quarters for the same task (any order). */
  earlier: readonly EarlierText[];
  /**
   * The other filings of the same task and quarter: for the lead's task report, the co-units'
   * inputs; for a co-unit's input, the other co-units' inputs (and the lead's report if filed).
   */
  peers: readonly PeerText[];
  indicators: readonly QualityIndicatorInput[];
  previous: PreviousFiling | null;
  /** A reason given explicitly for a lower figure (a form field), besides what the texts say. */
  statedReason?: string | null;
}

// ---------------------------------------------------------------- rules

/** The thresholds and word lists, as plan/office data; DEFAULT_QUALITY_RULES ships the defaults. */
export interface QualityRules {
  /** repeated: share of this text's character trigrams found in an earlier quarter's text, 0..1. */
  repeatedThreshold: number;
  /** copied: the same share against another unit's filing of this quarter, 0..1. */
  copiedThreshold: number;
  /** Shared spans shorter than this many characters are not marked (common words like 推进). */
  minSharedSpan: number;
  /** Texts with fewer Han/Latin characters than this are not compared (too short to judge). */
  minComparableLength: number;
  /** vague: share of the text's characters covered by stock phrases at or above which it is flagged. */
  vagueShareThreshold: number;
  /** 稳步推进 / 有序开展 / 高度重视…, editable by the office. */
  stockPhrases: readonly string[];
  /** Words that claim the task is done (已全面完成, 顺利竣工, 通过验收…). */
  completionWords: readonly string[];
  /** Words that state why a figure went down (受…影响, 由于, 原因是, 口径调整…). */
  reasonWords: readonly string[];
  /** Words that state a statistical basis (统计口径, 数据来源, 据…统计…). */
  basisWords: readonly string[];
  /** A text with fewer Han characters than this share of its letters is in another script. */
  minHanShare: number;
  /** Texts longer than this are not compared or scanned (characters). */
  maxTextLength: number;
}

// ---------------------------------------------------------------- output

/** A half-open range [start, end) of UTF-16 code units in the text as given. */
export interface TextRange {
  start: number;
  end: number;
}

/** Two texts side by side with the parts they share marked in each. */
export interface SharedText {
  text: string;
  other: string;
  /** Marked parts of `text`. */
  textRanges: TextRange[];
  /** Marked parts of `other`. */
  otherRanges: TextRange[];
  /** Share of `text`'s trigrams found in `other`, 0..1. */
  similarity: number;
}

export interface RepeatedEvidence extends SharedText {
  kind: 'repeated';
  /** The earlier quarter the text matches. */
  otherPeriod: string;
}

export interface CopiedEvidence extends SharedText {
  kind: 'copied';
  otherUnit: string;
  otherKind: ReportKind;
}

export type FactKind = 'figure' | 'date' | 'namedProject' | 'outcome';

export interface NoFactsEvidence {
  kind: 'noFacts';
  /** What the rule looked for and found none of. */
  lookedFor: FactKind[];
  /** Length of the text searched. */
  length: number;
}

export interface PhraseFound {
  phrase: string;
  ranges: TextRange[];
}

export interface VagueEvidence {
  kind: 'vague';
  phrases: PhraseFound[];
  /** Share of the text's characters covered by stock phrases, 0..1. */
  share: number;
  threshold: number;
}

export interface UnsupportedCompletionEvidence {
  kind: 'unsupportedCompletion';
  /** What claims completion: the status 已完成, 完成进度 100, or words in the text. */
  claimedBy: ('status' | 'percent' | 'text')[];
  evidenceCount: number;
  /** noEvidence: no file attached; noClaim: 100%/已完成 set but the text never says it is done. */
  missing: ('evidence' | 'completionStatement')[];
  /** Where the text says it is done, if it does. */
  statementRanges: TextRange[];
}

export interface IndicatorOffPaceEvidence {
  kind: 'indicatorOffPace';
  indicatorId: number;
  metric: string;
  /** behind: below the pace for this quarter; noBasis: the statistical basis asked for is missing. */
  reason: 'behind' | 'noBasis';
  value: number;
  unit: string;
  /** The full-year target in base units, and as written. */
  target: number;
  targetRaw: string;
  /** The figure expected by the end of this quarter. */
  expected: number;
  /** expected − value (positive when behind a rising target). */
  gap: number;
  quarter: number;
  /** The sentence that justifies it (from supervision/pace.ts). */
  explanation: string;
}

export interface RegressionEvidence {
  kind: 'regression';
  subject: 'percentComplete' | 'indicator';
  indicatorId?: number;
  metric?: string;
  previousPeriod: string | null;
  previous: number;
  current: number;
}

export type QualityEvidence =
  | RepeatedEvidence
  | CopiedEvidence
  | NoFactsEvidence
  | VagueEvidence
  | UnsupportedCompletionEvidence
  | IndicatorOffPaceEvidence
  | RegressionEvidence;

export interface QualityFlag {
  kind: QualityFlagKind;
  /** Chinese, for people: what is wrong and where. */
  message: string;
  evidence: QualityEvidence;
}

export type SkipReason =
  | 'emptyText'
  | 'otherScript'
  | 'tooLong'
  | 'tooShort'
  | 'noEarlierText'
  | 'noPeers'
  | 'noIndicators'
  | 'unreadableTarget'
  | 'invalidPeriod'
  | 'invalidValue';

/** A rule that could not judge this filing, and why (so "no flag" never hides "not checked"). */
export interface QualitySkip {
  kind: QualityFlagKind;
  reason: SkipReason;
  message: string;
  /** The indicator concerned, for indicator rules. */
  indicatorId?: number;
}

export interface QualityResult {
  flags: QualityFlag[];
  skipped: QualitySkip[];
}
