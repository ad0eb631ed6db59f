// A unit's feedback template (反馈表) for one period: its tasks with last quarter's filing prefilled,
// the task cells locked, a status dropdown and a 0–100 check on percent, and a hidden signature
// that lets the product read the file back and notice any edit to what the unit may not change.
// The sheet is protected without a password: the lock guides the clerk, while the signature,
// not the lock, is what detects tampering (a password in a published template protects nothing).
import ExcelJS from 'exceljs';
import type { Cell, DataValidation, Worksheet } from 'exceljs';
import { invalid } from '../core/errors.ts';
import type { TemplateIndicator } from '../core/feedback/feedback-layout.ts';
import {
  COLUMN,
  FEEDBACK_TEMPLATE_VERSION,
  FIRST_TASK_ROW,
  FORM_SHEET,
  HEADER_ROW,
  MAX_INDICATORS,
  SIGNATURE_SHEET,
  UNIT_LINE_ROW,
  headerTexts,
  indicatorScale,
  lockedCellHashes,
  lockedCellsOf,
} from '../core/feedback/feedback-layout.ts';
import type { SignedRow } from '../core/feedback/template-signature.ts';
import { signatureRows } from '../core/feedback/template-signature.ts';
import { parsePeriod } from '../core/period/period.ts';
import { SELF_STATUS_LABELS, SELF_STATUSES } from '../core/report/report.types.ts';
import { periodLabel } from '../core/supervision/labels.ts';
import { zh } from './chinese-text.ts';
import type { FeedbackTemplateInput, FeedbackTemplateTask } from './documents.types.ts';
import {
  BODY_FONT,
  LOCKED_FILL,
  WRAP_CENTRE,
  WRAP_LEFT,
  fitRowHeight,
  styleCell,
  writeHeaderRow,
  writeMergedLine,
} from './xlsx-style.ts';

const FIXED_WIDTHS = [6, 40, 6, 26, 11, 9, 44, 28, 28];
const ACTUAL_WIDTH = 13;
const INSTRUCTIONS =
  zh`填写说明:灰色单元格为任务信息,已锁定,请勿修改;请在白色单元格填写。状态请从下拉列表选择;完成进度填0至100的整数;` +
  zh`指标完成值按"指标目标"栏括号内的单位填写数字。已预填上季度内容,请在此基础上修改。请勿增删行、改动表格结构。`;

const STATUS_LIST: DataValidation = {
  type: 'list',
  allowBlank: true,
  formulae: [`"${SELF_STATUSES.map((status) => SELF_STATUS_LABELS[status]).join(',')}"`],
  showErrorMessage: true,
  errorTitle: '状态',
  error: '请从下拉列表中选择:未启动、正常推进、滞后、已完成',
};
const PERCENT_RANGE: DataValidation = {
  type: 'whole',
  operator: 'between',
  allowBlank: true,
  formulae: [0, 100],
  showErrorMessage: true,
  errorTitle: '完成进度',
  error: '请填写0至100之间的整数',
};
const FIGURE: DataValidation = {
  type: 'decimal',
  operator: 'greaterThanOrEqual',
  allowBlank: true,
  formulae: [-1e15],
  showErrorMessage: true,
  errorTitle: '指标完成值',
  error: '请填写数字',
};

export async function buildFeedbackTemplate(input: FeedbackTemplateInput): Promise<Uint8Array> {
  validateInput(input);
  const tasks = [...input.tasks].sort((a, b) => a.seq - b.seq);
  const indicatorColumns = Math.max(0, ...tasks.map((task) => task.indicators.length));
  const workbook = new ExcelJS.Workbook();
  workbook.title = `${periodLabel(input.period)}重点工作任务进展情况反馈表(${input.unit.name})`;
  const sheet = workbook.addWorksheet(FORM_SHEET, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW, topLeftCell: `C${FIRST_TASK_ROW}` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  writeForm(sheet, input, tasks, indicatorColumns);
  const rows = tasks.map((task): SignedRow => signedRow(task));
  const signature = workbook.addWorksheet(SIGNATURE_SHEET, { state: 'veryHidden' });
  const { planYear, period, unit } = input;
  signature.addRows(
    signatureRows({
      version: FEEDBACK_TEMPLATE_VERSION,
      planYear,
      period,
      unitId: unit.unitId,
      unitName: unit.name,
      indicatorColumns,
      rows,
    }),
  );
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function writeForm(
  sheet: Worksheet,
  input: FeedbackTemplateInput,
  tasks: readonly FeedbackTemplateTask[],
  indicatorColumns: number,
): void {
  const header = headerTexts(indicatorColumns);
  const widths = [...FIXED_WIDTHS, ...Array<number>(indicatorColumns).fill(ACTUAL_WIDTH)];
  sheet.columns = widths.map((width) => ({ width }));
  writeMergedLine(sheet, 1, header.length, `${periodLabel(input.period)}重点工作任务进展情况反馈表`, true);
  const due = input.dueOn ? zh`\u2003\u2003报送截止:${input.dueOn}` : '';
  writeMergedLine(
    sheet,
    UNIT_LINE_ROW,
    header.length,
    zh`填报单位:${input.unit.name}\u2003\u2003填报季度:${periodLabel(input.period)}${due}`,
    false,
  );
  writeMergedLine(sheet, UNIT_LINE_ROW + 1, header.length, INSTRUCTIONS, false);
  sheet.getRow(UNIT_LINE_ROW + 1).height = 34;
  writeHeaderRow(sheet, HEADER_ROW, header);
  tasks.forEach((task, index) => writeTaskRow(sheet, FIRST_TASK_ROW + index, task, indicatorColumns, widths));
}

function writeTaskRow(
  sheet: Worksheet,
  rowNumber: number,
  task: FeedbackTemplateTask,
  indicatorColumns: number,
  widths: readonly number[],
): void {
  const row = sheet.getRow(rowNumber);
  const locked = lockedCellsOf(task);
  const previous = task.previous;
  const values = [
    task.seq,
    locked.text,
    locked.role,
    locked.indicators,
    previous?.selfStatus ? SELF_STATUS_LABELS[previous.selfStatus] : null,
    previous?.percentComplete ?? null,
    previous?.progress ?? '',
    previous?.problems ?? '',
    previous?.nextSteps ?? '',
    ...Array.from({ length: indicatorColumns }, (_, index) => previousFigure(task, index)),
  ];
  values.forEach((value, index) => {
    const column = index + 1;
    const cell = row.getCell(column);
    cell.value = value;
    const ownActual = column - COLUMN.firstActual < task.indicators.length;
    styleFormCell(cell, column, column >= COLUMN.status && (column < COLUMN.firstActual || ownActual));
  });
  row.height = fitRowHeight(
    values.map((value) => (typeof value === 'string' ? value : '')),
    widths,
  );
}

function styleFormCell(cell: Cell, column: number, editable: boolean): void {
  const centred =
    column === COLUMN.seq || column === COLUMN.role || column === COLUMN.status || column === COLUMN.percent;
  styleCell(cell, BODY_FONT, centred ? WRAP_CENTRE : WRAP_LEFT);
  if (!editable) {
    cell.fill = LOCKED_FILL;
    return;
  }
  cell.protection = { locked: false };
  if (column === COLUMN.status) cell.dataValidation = STATUS_LIST;
  else if (column === COLUMN.percent) cell.dataValidation = PERCENT_RANGE;
  else if (column >= COLUMN.firstActual) cell.dataValidation = FIGURE;
}

/** Last quarter's figure in the unit the clerk types (亿元, 万标箱…), or blank. */
function previousFigure(task: FeedbackTemplateTask, index: number): number | null {
  const indicator = task.indicators[index];
  if (!indicator || !task.previous) return null;
  const actual = task.previous.indicatorActuals.find((entry) => entry.indicatorId === indicator.indicatorId);
  if (!actual || actual.value === null) return null;
  return Number((actual.value / indicatorScale(indicator).factor).toPrecision(12));
}

function signedRow(task: FeedbackTemplateTask): SignedRow {
  const indicators = task.indicators.map((indicator: TemplateIndicator) => ({
    indicatorId: indicator.indicatorId,
    factor: indicatorScale(indicator).factor,
  }));
  return { taskId: task.taskId, seq: task.seq, indicators, hash: lockedCellHashes(lockedCellsOf(task)) };
}

function validateInput(input: FeedbackTemplateInput): void {
  const { year } = parsePeriod(input.period);
  if (year !== input.planYear) {
    throw invalid(
      'feedback_template.year_mismatch',
      `period ${input.period} is not in plan year ${input.planYear}`,
      { period: input.period, planYear: input.planYear },
    );
  }
  const seen = new Set<string>();
  for (const task of input.tasks) {
    for (const key of [`task:${task.taskId}`, `seq:${task.seq}`]) {
      if (seen.has(key))
        throw invalid('feedback_template.duplicate_task', `task ${key} is listed twice`, {
          taskId: task.taskId,
          seq: task.seq,
        });
      seen.add(key);
    }
    if (task.indicators.length > MAX_INDICATORS) {
      throw invalid(
        'feedback_template.too_many_indicators',
        `task ${task.seq} has more than ${MAX_INDICATORS} indicators`,
        { seq: task.seq },
      );
    }
  }
}
