// The quarterly progress summary (进展情况汇总表): a first sheet of counts per unit, then one sheet per
// section with a row per filing: the lead's report on the task's row, the co-units' inputs under it.
// 序号 is on every row so that filtering by unit or sorting keeps each row tied to its task. When the
// notice plans some task for the quarter, 本季度计划 stands after 目标与任务 on every section sheet.
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { ROLE_LABELS } from '../core/feedback/feedback-layout.ts';
import { PROGRESS_LABELS } from '../core/report/progress.ts';
import { SELF_STATUS_LABELS } from '../core/report/report.types.ts';
import { periodLabel } from '../core/supervision/labels.ts';
import type { Light } from '../core/supervision/light-rules.ts';
import { zh } from './chinese-text.ts';
import type { Filing, PeriodTask, SummaryInput } from './documents.types.ts';
import type { Tally } from './period-filings.ts';
import { LIGHT_SHORT, sectionGroups, submittedText, tally, unitTallies } from './period-filings.ts';
import {
  BODY_FONT,
  WRAP_CENTRE,
  WRAP_LEFT,
  displayWidth,
  fitRowHeight,
  landscapeSetup,
  styleCell,
  uniqueSheetNames,
  writeHeaderRow,
  writeMergedLine,
} from './xlsx-style.ts';

export const SUMMARY_HEADER = [
  '序号',
  '目标与任务',
  '单位',
  '角色',
  '报送情况',
  '状态',
  '灯色',
  '完成进度(%)',
  '进展情况',
  '存在问题',
  '下步打算',
  '是否逾期',
  '提交时间',
] as const;
/** Long texts get fixed widths and wrap; the unit column is sized to its longest name. */
const WIDTHS = [6, 40, 16, 6, 10, 10, 6, 8, 50, 30, 30, 8, 17];
const UNIT_COLUMN = 3;
const LIGHT_COLUMN = 7;
/** Centred, short columns. */
const CENTRED = [1, 4, 5, 6, 7, 8, 12, 13];
/** The quarter's plan, after 目标与任务, only in a summary where some task has one. */
const PLAN_TITLE = '本季度计划';
const PLAN_WIDTH = 30;

/** A section sheet's columns; with the plan column, every column after 目标与任务 moves one right. */
interface SectionLayout {
  withPlan: boolean;
  header: readonly string[];
  widths: readonly number[];
  centred: ReadonlySet<number>;
  unitColumn: number;
  lightColumn: number;
}

function sectionLayout(withPlan: boolean): SectionLayout {
  const shift = (column: number) => (withPlan && column > 2 ? column + 1 : column);
  const insert = <T>(list: readonly T[], item: T): T[] =>
    withPlan ? [...list.slice(0, 2), item, ...list.slice(2)] : [...list];
  return {
    withPlan,
    header: insert<string>(SUMMARY_HEADER, PLAN_TITLE),
    widths: insert(WIDTHS, PLAN_WIDTH),
    centred: new Set(CENTRED.map(shift)),
    unitColumn: shift(UNIT_COLUMN),
    lightColumn: shift(LIGHT_COLUMN),
  };
}

export const COUNT_HEADER = ['单位', '应报', '已报', '逾期', '未报', '退回', '已采纳'] as const;
const COUNT_KEYS = [
  'owed',
  'filed',
  'late',
  'missing',
  'returned',
  'accepted',
] as const satisfies readonly (keyof Tally)[];

const LIGHT_FILLS: Record<Light, string> = { red: 'FFF8CBAD', yellow: 'FFFFE699', green: 'FFC6EFCE' };
const TITLE_ROW = 1;
const HEADER_ROW = 2;

export async function exportSummaryXlsx(input: SummaryInput): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const title = `${periodLabel(input.period)}重点工作任务进展情况汇总`;
  workbook.title = title;
  const groups = sectionGroups(input.structure, input.tasks);
  const layout = sectionLayout(input.tasks.some((task) => task.quarterPlan !== undefined));
  const names = uniqueSheetNames(['汇总', ...groups.map((group) => group.heading.replace(/[。.]$/, ''))]);
  writeCounts(addSheet(workbook, names[0] ?? '汇总'), title, input.tasks);
  groups.forEach((group, index) => {
    const sheet = addSheet(workbook, names[index + 1] ?? group.heading);
    writeSection(sheet, zh`${title}:${group.heading}`, group.items, layout, input.utcOffsetMinutes);
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, name: string): Worksheet {
  return workbook.addWorksheet(name, {
    pageSetup: landscapeSetup(HEADER_ROW),
    headerFooter: { oddFooter: '&C第 &P 页,共 &N 页' },
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}` }],
    // The task's row sits above the inputs grouped under it.
    properties: { outlineProperties: { summaryBelow: false, summaryRight: true } },
  });
}

function writeCounts(sheet: Worksheet, title: string, tasks: readonly PeriodTask[]): void {
  const tallies = unitTallies(tasks);
  const total = tally(tasks.flatMap((task) => task.filings));
  const names = tallies.map((entry) => entry.unitName);
  sheet.columns = COUNT_HEADER.map((_, index) => ({
    width: index === 0 ? fitWidth(['单位', '合计', ...names], 12, 40) : 9,
  }));
  writeMergedLine(sheet, TITLE_ROW, COUNT_HEADER.length, zh`${title}(按单位统计)`, true);
  writeHeaderRow(sheet, HEADER_ROW, COUNT_HEADER);
  const rows: { name: string; counts: Tally }[] = [
    ...tallies.map((entry) => ({ name: entry.unitName, counts: entry })),
    { name: '合计', counts: total },
  ];
  rows.forEach(({ name, counts }, index) => {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    row.values = [name, ...COUNT_KEYS.map((key) => counts[key])];
    row.eachCell({ includeEmpty: true }, (cell, column) =>
      styleCell(
        cell,
        name === '合计' ? { ...BODY_FONT, bold: true } : BODY_FONT,
        column === 1 ? WRAP_LEFT : WRAP_CENTRE,
      ),
    );
  });
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW + tallies.length, column: COUNT_HEADER.length },
  };
}

function writeSection(
  sheet: Worksheet,
  title: string,
  tasks: readonly PeriodTask[],
  layout: SectionLayout,
  offset: number | undefined,
): void {
  const { header, unitColumn } = layout;
  const rows = tasks.flatMap((task) => filingRows(task, offset, layout.withPlan));
  const widths = [...layout.widths];
  widths[unitColumn - 1] = fitWidth(
    ['单位', ...rows.map((row) => String(row.cells[unitColumn - 1] ?? ''))],
    10,
    30,
  );
  sheet.columns = widths.map((width) => ({ width }));
  writeMergedLine(sheet, TITLE_ROW, header.length, title, true);
  writeHeaderRow(sheet, HEADER_ROW, header);
  rows.forEach((entry, index) => {
    const row = sheet.getRow(HEADER_ROW + 1 + index);
    row.values = entry.cells;
    row.eachCell({ includeEmpty: true }, (cell, column) =>
      styleCell(cell, BODY_FONT, layout.centred.has(column) ? WRAP_CENTRE : WRAP_LEFT),
    );
    if (entry.light)
      row.getCell(layout.lightColumn).fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: LIGHT_FILLS[entry.light] },
      };
    if (entry.under) row.outlineLevel = 1;
    row.height = fitRowHeight(
      entry.cells.map((cell) => (typeof cell === 'string' ? cell : '')),
      widths,
    );
  });
  const last = HEADER_ROW + Math.max(rows.length, 1);
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: last, column: header.length },
  };
}

interface SummaryRow {
  cells: (string | number | null)[];
  light: Light | null;
  /** A co-unit's input, grouped under its task's row. */
  under: boolean;
}

function filingRows(task: PeriodTask, offset: number | undefined, withPlan: boolean): SummaryRow[] {
  // The task's text, and its plan for the quarter, on its first row only.
  const taskCells = (first: boolean) => [
    task.seq,
    first ? task.text : '',
    ...(withPlan ? [first ? (task.quarterPlan ?? '') : ''] : []),
  ];
  if (task.filings.length === 0) {
    const cells = [
      ...taskCells(true),
      task.leadUnits.join('、'),
      ROLE_LABELS.lead,
      ...Array<string>(9).fill(''),
    ];
    return [{ cells, light: null, under: false }];
  }
  return task.filings.map((filing, index) => ({
    cells: [...taskCells(index === 0), ...filingCells(filing, offset)],
    light: filing.light,
    under: index > 0,
  }));
}

function filingCells(filing: Filing, offset: number | undefined): (string | number | null)[] {
  const overdue = filing.late || filing.stage === 'overdue';
  return [
    filing.unitName,
    ROLE_LABELS[filing.role],
    PROGRESS_LABELS[filing.stage],
    filing.selfStatus === null ? '' : SELF_STATUS_LABELS[filing.selfStatus],
    filing.light === null ? '' : LIGHT_SHORT[filing.light],
    filing.percentComplete,
    filing.progress.trim(),
    filing.problems.trim(),
    filing.nextSteps.trim(),
    overdue ? '是' : '否',
    submittedText(filing.submittedAt, offset),
  ];
}

/** A column as wide as its longest entry (in character cells), within bounds. */
function fitWidth(texts: readonly string[], min: number, max: number): number {
  const widest = texts.reduce((width, text) => Math.max(width, displayWidth(text)), 0);
  return Math.min(max, Math.max(min, widest + 2));
}
