// Quality flags (质量提示) and the quarter-over-quarter comparison: the contracts' shapes, the four
// reads, the office's dismissal with a reason, and the plan's quality settings (stock phrases,
// thresholds) that the office keeps.
import type {
  PeriodFlags,
  QualityEvidence,
  QualityFlag,
  QualityFlagKind,
  QuarterComparison,
  ReportFlags,
} from '../../../src/contracts/quality.schema.ts';
import { QUALITY_FLAG_KINDS, QUALITY_FLAG_LABELS } from '../../../src/core/quality/quality.types.ts';
import type { QualitySettings, QualitySettingsBody } from '../../../src/contracts/quality-rules.schema.ts';
import { api } from './client.ts';

export type { PeriodFlags, QualityEvidence, QualityFlag, QualityFlagKind, QuarterComparison, ReportFlags };
export { QUALITY_FLAG_KINDS, QUALITY_FLAG_LABELS };

export type FlagSummary = PeriodFlags['filings'][number]['flags'][number];
export type ComparedUnit = QuarterComparison['units'][number];

/** The most a dismissal reason may hold (the server's limit). */
export const MAX_DISMISS_REASON = 500;

export const getPeriodFlags = (period: string): Promise<PeriodFlags> =>
  api<PeriodFlags>('GET', `/api/quality/flags?period=${encodeURIComponent(period)}`);

export const getReportFlags = (reportId: number): Promise<ReportFlags> =>
  api<ReportFlags>('GET', `/api/reports/${reportId}/quality`);

export const dismissFlag = (reportId: number, flag: QualityFlagKind, reason: string): Promise<ReportFlags> =>
  api<ReportFlags>('POST', `/api/reports/${reportId}/quality/${flag}/dismiss`, { reason });

export const getComparison = (taskId: number, period: string): Promise<QuarterComparison> =>
  api<QuarterComparison>('GET', `/api/tasks/${taskId}/periods/${encodeURIComponent(period)}/compare`);

export const comparePath = (taskId: number, period: string): string =>
  `/tasks/${taskId}/compare?period=${period}`;

export type { QualitySettings, QualitySettingsBody } from '../../../src/contracts/quality-rules.schema.ts';
export { QUALITY_SETTING_LIMITS } from '../../../src/core/quality/quality-rules.ts';

export const getQualitySettings = (year: number): Promise<QualitySettings> =>
  api<QualitySettings>('GET', `/api/plans/${year}/quality-rules`);

export const saveQualitySettings = (year: number, body: QualitySettingsBody): Promise<QualitySettings> =>
  api<QualitySettings>('PUT', `/api/plans/${year}/quality-rules`, body);
