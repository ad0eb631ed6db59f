// The quality rules' thresholds and word lists as one value the office keeps with the plan. Plans
// without their own use these defaults; a change is checked here before it is stored.
import { invalid } from '../errors.ts';
import { DEFAULT_STOCK_PHRASES } from './stock-phrases.ts';
import type { QualityRules } from './quality.types.ts';

export const DEFAULT_QUALITY_RULES: QualityRules = {
  repeatedThreshold: 0.7,
  copiedThreshold: 0.7,
  minSharedSpan: 6,
  minComparableLength: 5,
  vagueShareThreshold: 0.4,
  stockPhrases: DEFAULT_STOCK_PHRASES,
  completionWords: [
    '全面完成',
    '全部完成',
    '均已完成',
    '圆满完成',
    '顺利完成',
    '如期完成',
    '按期完成',
    '提前完成',
    '已完成全部',
    '已完成年度',
    '已完成全年',
    '已完成建设',
    '已完成验收',
    '任务已完成',
    '已竣工',
    '竣工验收',
    '通过验收',
    '已建成',
    '建成投用',
    '建成投运',
    '已投用',
    '投入使用',
    '正式投运',
    '完成全年目标',
    '完成年度目标',
    '完成年度任务',
    '完成全年任务',
    '超额完成',
  ],
  reasonWords: [
    '影响',
    '由于',
    '因为',
    '原因',
    '导致',
    '口径调整',
    '口径变化',
    '核减',
    '调减',
    '重新核定',
    '统计调整',
    '退库',
    '季节性',
    '停工',
    '暂停',
    '延期',
    '回落',
    '回调',
  ],
  basisWords: [
    '统计口径',
    '口径',
    '数据来源',
    '来源于',
    '统计局',
    '统计数据',
    '统计快报',
    '快报',
    '核算',
    '监测数据',
    '联网直报',
  ],
  minHanShare: 0.3,
  maxTextLength: 50_000,
};

/** What the office may set: enough phrases for any list, none so short it matches everywhere. */
export const QUALITY_SETTING_LIMITS = {
  phraseCount: 300,
  wordCount: 200,
  phraseLength: { min: 2, max: 30 },
  /** Below this a threshold would raise its flag on nearly every filing. */
  minThreshold: 0.05,
  sharedSpan: { min: 2, max: 50 },
  comparableLength: { min: 1, max: 1_000 },
  textLength: { min: 100, max: 1_000_000 },
} as const;

export function validateQualityRules(rules: QualityRules): void {
  const shares = {
    repeatedThreshold: rules.repeatedThreshold,
    copiedThreshold: rules.copiedThreshold,
    vagueShareThreshold: rules.vagueShareThreshold,
    minHanShare: rules.minHanShare,
  };
  for (const [name, value] of Object.entries(shares)) {
    if (!Number.isFinite(value) || value <= 0 || value > 1) {
      throw invalid('quality.invalid_rules', `${name} must lie in (0, 1]`, { [name]: value });
    }
  }
  const counts = {
    minSharedSpan: rules.minSharedSpan,
    minComparableLength: rules.minComparableLength,
    maxTextLength: rules.maxTextLength,
  };
  for (const [name, value] of Object.entries(counts)) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw invalid('quality.invalid_rules', `${name} must be a whole number of at least 1`, {
        [name]: value,
      });
    }
  }
  if (rules.stockPhrases.some((phrase) => phrase.trim().length < 2)) {
    throw invalid('quality.invalid_rules', 'each stock phrase needs at least two characters');
  }
}
