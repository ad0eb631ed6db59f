// The unit feedback template (反馈表) as a contract: where each column sits, how the locked task
// cells read, and how an indicator's figure is scaled for typing. The exporter that builds the file
// and the importer that reads it back both follow this one definition, so they cannot drift apart.
import type { TaskRole } from '../assessment/assessment.types.ts';
import { sha256Hex } from './sha256.ts';

export const FEEDBACK_TEMPLATE_FORMAT = 'duban.feedback-template';
export const FEEDBACK_TEMPLATE_VERSION = 1;
export const FORM_SHEET = '反馈表';
/** Kept out of sight (veryHidden): a clerk has no reason to see or touch it. */
export const SIGNATURE_SHEET = 'duban_signature';

/** Row 1 title, row 2 unit and period, row 3 instructions, row 4 header, tasks from row 5. */
export const UNIT_LINE_ROW = 2;
export const HEADER_ROW = 4;
export const FIRST_TASK_ROW = 5;

/** 1-based columns; indicator actuals follow the fixed columns, one per indicator of the widest task. */
export const COLUMN = {
  seq: 1,
  text: 2,
  role: 3,
  indicators: 4,
  status: 5,
  percent: 6,
  progress: 7,
  problems: 8,
  nextSteps: 9,
  firstActual: 10,
} as const;

export const FIXED_HEADER = [
  '序号',
  '目标与任务',
  '角色',
  '指标目标',
  '状态',
  '完成进度(%)',
  '进展情况',
  '存在问题',
  '下步打算',
] as const;

export const ROLE_LABELS = { lead: '牵头', co: '责任' } as const satisfies Record<TaskRole, string>;

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** The circled numbers name the actual columns; twenty is more than any task of a notice carries. */
export const MAX_INDICATORS = CIRCLED.length;

export function circled(index: number): string {
  return CIRCLED[index] ?? `(${index + 1})`;
}

export function headerTexts(indicatorColumns: number): string[] {
  const actuals = Array.from({ length: indicatorColumns }, (_, index) => `指标${circled(index)}完成值`);
  return [...FIXED_HEADER, ...actuals];
}

/** An indicator as the template shows it; value in base units, as the plan stores it. */
export interface TemplateIndicator {
  indicatorId: number;
  raw: string;
  unit: string;
  value: number;
}

/** What one typed number means: 12.5 in a 亿元 column is 12.5 × 10^8 元. */
export interface IndicatorScale {
  factor: number;
  /** The unit the clerk types in: 亿元, 万标箱, %, 家. */
  label: string;
}

/** The scale the notice itself would write the target in, so the clerk types the figure as printed. */
export function indicatorScale(indicator: Pick<TemplateIndicator, 'unit' | 'value'>): IndicatorScale {
  const { unit, value } = indicator;
  if (unit === '%' || unit === '百分点') return { factor: 1, label: unit };
  const magnitude = Math.abs(value);
  if (magnitude >= 1e8) return { factor: 1e8, label: `亿${unit}` };
  if (magnitude >= 1e5) return { factor: 1e4, label: `万${unit}` };
  return { factor: 1, label: unit };
}

/** ①增长7.5%左右(按%填报), one line per indicator, numbered like the actual columns. */
export function indicatorCellText(indicators: readonly TemplateIndicator[]): string {
  return indicators
    .map((indicator, index) => `${circled(index)}${indicator.raw}(按${indicatorScale(indicator).label}填报)`)
    .join('\n');
}

/** The four locked cells of a task row, as text. */
export interface LockedCells {
  seq: string;
  text: string;
  role: string;
  indicators: string;
}

export function lockedCellsOf(task: {
  seq: number;
  text: string;
  role: TaskRole;
  indicators: readonly TemplateIndicator[];
}): LockedCells {
  return {
    seq: String(task.seq),
    text: task.text,
    role: ROLE_LABELS[task.role],
    indicators: indicatorCellText(task.indicators),
  };
}

export const LOCKED_KEYS = ['seq', 'text', 'role', 'indicators'] as const;
export type LockedKey = (typeof LOCKED_KEYS)[number];

/**
 * One short hash per locked cell, joined by dots, so an edit is traced to its cell. Line endings
 * and edge spaces are normalised first: a spreadsheet program may rewrite them on saving.
 */
export function lockedCellHashes(cells: LockedCells): string {
  return LOCKED_KEYS.map((key) => cellHash(cells[key])).join('.');
}

// Not remembered: a template's few hundred short cells hash in a few milliseconds, well under the
// time it takes to read or write the workbook.
export function cellHash(text: string): string {
  return sha256Hex(normaliseCellText(text)).slice(0, 16);
}

export function normaliseCellText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}
