// What each rule returns: its flags and the parts it could not judge. Rules never throw.
import type { QualityFlag, QualityFlagKind, QualitySkip, SkipReason } from './quality.types.ts';

export interface RuleOutcome {
  flags: QualityFlag[];
  skipped: QualitySkip[];
}

export const NOTHING: RuleOutcome = { flags: [], skipped: [] };

export function flagged(...flags: QualityFlag[]): RuleOutcome {
  return { flags, skipped: [] };
}

const SKIP_MESSAGES = {
  emptyText: '进展情况为空,未检查',
  otherScript: '进展情况主要不是中文,未检查',
  tooLong: '进展情况过长,未检查',
  tooShort: '进展情况过短,无法比对',
  noEarlierText: '没有往期填报可比对',
  noPeers: '没有其他单位的填报可比对',
  noIndicators: '本任务没有量化指标',
  unreadableTarget: '指标目标无法识别',
  invalidPeriod: '填报季度无法识别',
  invalidValue: '填报的数值无效',
} as const satisfies Record<SkipReason, string>;

export function skip(kind: QualityFlagKind, reason: SkipReason, indicatorId?: number): RuleOutcome {
  const entry: QualitySkip = { kind, reason, message: SKIP_MESSAGES[reason] };
  if (indicatorId !== undefined) entry.indicatorId = indicatorId;
  return { flags: [], skipped: [entry] };
}

export function combine(outcomes: readonly RuleOutcome[]): RuleOutcome {
  return {
    flags: outcomes.flatMap((outcome) => outcome.flags),
    skipped: outcomes.flatMap((outcome) => outcome.skipped),
  };
}
