// The progress table the city posts each quarter (重点工作进展情况): 序号 | 目标与任务 | 牵头责任单位 |
// the quarter's progress, with 备注 at year end. It keeps the notice's own task numbers and its part
// and section rows, and publishes only what the office accepted from the lead units.
import { parsePeriod } from '../core/period/period.ts';
import type { PeriodKey } from '../core/period/period.ts';
import { formatQuantity, quarterLabel } from '../core/supervision/labels.ts';
import { SEMICOLON, zh } from './chinese-text.ts';
import type { PublicationInput, PublicationTask, PublishedReport } from './documents.types.ts';
import type { StructureLine } from './plan-table.ts';
import { UNIT_SEPARATOR, structureLines } from './plan-table.ts';

export interface PublicationRow {
  seq: number;
  text: string;
  leadUnits: string;
  progress: string;
  remark: string;
}

export interface PublicationTable {
  title: string;
  header: string[];
  /** Q4: the table reports the whole year and carries a 备注 column. */
  yearEnd: boolean;
  lines: StructureLine<PublicationRow>[];
}

const PROGRESS_TITLES = ['一季度工作进展', '二季度进展情况', '三季度进展情况', '全年完成情况'] as const;

/** The progress column's title as the city words it for each quarter. */
export function progressColumnTitle(period: PeriodKey): string {
  return PROGRESS_TITLES[parsePeriod(period).quarter - 1] ?? PROGRESS_TITLES[0];
}

export function publicationTable(input: PublicationInput): PublicationTable {
  const { year, quarter } = parsePeriod(input.period);
  const yearEnd = quarter === 4;
  const what = yearEnd ? '全年完成情况' : `${quarterLabel(input.period)}进展情况`;
  const header = ['序号', '目标与任务', '牵头责任单位', progressColumnTitle(input.period)];
  return {
    title: `${input.issuer ?? ''}${year}年重点工作任务${what}`,
    header: yearEnd ? [...header, '备注'] : header,
    yearEnd,
    lines: structureLines(input.structure, input.tasks.map(publicationRow)),
  };
}

function publicationRow(task: PublicationTask): PublicationRow & { path: readonly string[] } {
  return {
    path: task.path,
    seq: task.seq,
    text: task.text,
    leadUnits: task.leadUnits.join(UNIT_SEPARATOR),
    progress: publishedProgress(task),
    remark: task.remark?.trim() ?? '',
  };
}

/**
 * What the lead units reported and the office accepted. Several lead units each speak under their
 * name, the way the lead's own report quotes its co-units; headline figures follow the narrative.
 */
export function publishedProgress(task: PublicationTask): string {
  const accepted = task.leadReports.filter((report) => report.state === 'accepted');
  const parts = accepted.map((report) => {
    const text = [report.progress.trim(), figuresLine(task, report)].filter((line) => line !== '').join('\n');
    return accepted.length > 1 && text !== '' ? `【${report.unitName}】${text}` : text;
  });
  return parts.filter((part) => part !== '').join('\n');
}

/** 地区生产总值增长6.1%(目标增长7.5%左右): the indicator's figure against its target. */
function figuresLine(task: PublicationTask, report: PublishedReport): string {
  const figures = report.indicatorActuals.flatMap((actual) => {
    const indicator = task.indicators.find((candidate) => candidate.indicatorId === actual.indicatorId);
    if (!indicator || actual.value === null) return [];
    return [zh`${indicator.metric}${formatQuantity(actual.value, indicator.unit)}(目标${indicator.raw})`];
  });
  return figures.length === 0 ? '' : zh`指标完成情况:${figures.join(SEMICOLON)}`;
}
