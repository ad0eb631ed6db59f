// Reads a unit's filled-in feedback template back. The signature says which unit, period and tasks
// the file was made for; every task row is matched by its 序号, its locked cells checked against the
// signature's hashes and against the plan as it stands, and every fill-in cell validated. All
// problems are returned with their cells; nothing here throws, whatever the bytes.
import {
  FIRST_TASK_ROW,
  FIXED_HEADER,
  FORM_SHEET,
  HEADER_ROW,
  SIGNATURE_SHEET,
  UNIT_LINE_ROW,
  headerTexts,
} from '../../core/feedback/feedback-layout.ts';
import type { SignatureValue, SignedRow, TemplateSignature } from '../../core/feedback/template-signature.ts';
import { readSignature } from '../../core/feedback/template-signature.ts';
import { periodLabel } from '../../core/supervision/labels.ts';
import { zipEntryNames } from '../../core/report/zip-entries.ts';
import { cellText } from './cell-values.ts';
import type {
  FeedbackError,
  FeedbackErrorCode,
  FeedbackParseResult,
  FeedbackRow,
  ParseFeedbackInput,
} from './parse.types.ts';
import { feedbackError as error } from './feedback-error.ts';
import { readTaskRow } from './task-row.ts';
import type { TemplateRow, TemplateSheet, TemplateWorkbook } from './xlsx-reader.ts';
import { readXlsx } from './xlsx-reader.ts';
import { InflatedTooLarge, TOO_LARGE_INFLATED } from '../zip/inflate-limits.ts';

export type { FeedbackError, FeedbackParseResult, FeedbackRow, ParseFeedbackInput } from './parse.types.ts';

/** Reading is synchronous (a few milliseconds a file); the promise keeps the parser's contract. */
export function parseFeedbackTemplate(input: ParseFeedbackInput): Promise<FeedbackParseResult> {
  return Promise.resolve(readFeedbackTemplate(input));
}

function readFeedbackTemplate(input: ParseFeedbackInput): FeedbackParseResult {
  try {
    const workbook = openWorkbook(input.bytes);
    if (workbook === null)
      return fileError('file.unreadable', '文件无法读取:不是有效的Excel(.xlsx)文件或已损坏');
    const signed = signatureOf(workbook);
    if ('errors' in signed) return { rows: [], errors: signed.errors };
    const foreign = foreignFileErrors(signed.signature, input.expected);
    if (foreign.length > 0) return { rows: [], errors: foreign };
    const form = workbook.getWorksheet(FORM_SHEET);
    if (!form)
      return fileError('template.form_missing', `找不到"${FORM_SHEET}"工作表,请使用系统下载的反馈表`);
    return readForm(form, signed.signature, input.expected);
  } catch (error) {
    if (error instanceof InflatedTooLarge) return fileError(TOO_LARGE_INFLATED, error.message);
    // A malformed part inside an otherwise valid archive can make the reader fail late.
    const reason = error instanceof Error ? error.message : String(error);
    return fileError('file.unreadable', `文件无法读取:${reason}`);
  }
}

function openWorkbook(bytes: Uint8Array): TemplateWorkbook | null {
  if (!(zipEntryNames(bytes) ?? []).includes('xl/workbook.xml')) return null;
  try {
    return readXlsx(bytes);
  } catch (error) {
    if (error instanceof InflatedTooLarge) throw error;
    return null;
  }
}

function signatureOf(
  workbook: TemplateWorkbook,
): { signature: TemplateSignature } | { errors: FeedbackError[] } {
  const sheet = workbook.getWorksheet(SIGNATURE_SHEET);
  const reading = readSignature(sheet ? sheetValues(sheet) : []);
  if (reading.ok) return { signature: reading.signature };
  const [code, message]: [FeedbackErrorCode, string] =
    reading.problem === 'missing'
      ? ['template.signature_missing', '文件缺少系统签名,不是本系统下载的反馈表,请重新下载后填写']
      : reading.problem === 'unsupported_version'
        ? ['template.unsupported_version', '反馈表版本过旧或无法识别,请重新下载']
        : ['template.signature_invalid', '反馈表的系统签名已损坏,请重新下载后填写'];
  return { errors: [error(null, null, code, message)] };
}

function sheetValues(sheet: TemplateSheet): SignatureValue[][] {
  const rows: SignatureValue[][] = [];
  sheet.eachRow((row) => {
    const cells: SignatureValue[] = [];
    for (let column = 1; column <= 5; column++) {
      const value = row.getCell(column).value;
      cells.push(typeof value === 'string' || typeof value === 'number' ? value : null);
    }
    rows.push(cells);
  });
  return rows;
}

/** Another unit's file, or another period's, is refused before any row is read. */
function foreignFileErrors(
  signature: TemplateSignature,
  expected: ParseFeedbackInput['expected'],
): FeedbackError[] {
  const cell = `A${UNIT_LINE_ROW}`;
  const errors: FeedbackError[] = [];
  if (signature.unitId !== expected.unitId) {
    const message = `这是"${signature.unitName}"的反馈表,不能作为本单位的反馈导入`;
    errors.push(error(FORM_SHEET, cell, 'template.other_unit', message));
  }
  if (signature.period !== expected.period) {
    const message = `这是${periodLabel(signature.period)}的反馈表,当前填报的是${periodLabel(expected.period)},请下载本季度的反馈表`;
    errors.push(error(FORM_SHEET, cell, 'template.other_period', message));
  }
  return errors;
}

function readForm(
  form: TemplateSheet,
  signature: TemplateSignature,
  expected: ParseFeedbackInput['expected'],
): FeedbackParseResult {
  const errors: FeedbackError[] = headerErrors(form, signature);
  const bySeq = new Map(signature.rows.map((row) => [String(row.seq), row]));
  const seen = new Set<string>();
  const rows: FeedbackRow[] = [];
  const tasks = new Map(expected.tasks.map((task) => [task.taskId, task]));
  const width = FIXED_HEADER.length + signature.indicatorColumns;
  form.eachRow((row, number) => {
    if (number < FIRST_TASK_ROW || isBlank(row, width)) return;
    const signed = bindRow(row, bySeq, seen, errors);
    if (signed === null) return;
    const read = readTaskRow({ row, signed, task: tasks.get(signed.taskId) ?? null, width }, errors);
    if (read !== null) rows.push(read);
  });
  for (const [seq, signed] of bySeq) {
    if (!seen.has(seq)) {
      errors.push(
        error(FORM_SHEET, null, 'row.missing', `序号${signed.seq}的任务行被删除或序号被改动,请恢复该行`),
      );
    }
  }
  return { rows, errors };
}

/** Matches a row to the signature by its 序号; a number met twice or not signed is an error. */
function bindRow(
  row: TemplateRow,
  bySeq: ReadonlyMap<string, SignedRow>,
  seen: Set<string>,
  errors: FeedbackError[],
): SignedRow | null {
  const cell = row.getCell(1);
  const seq = cellText(cell);
  const signed = bySeq.get(seq);
  if (!signed) {
    const message = `第${row.number}行的序号"${seq}"不是本反馈表中的任务,请勿增加行或改动序号`;
    errors.push(error(FORM_SHEET, cell.address, 'row.unknown_task', message));
    return null;
  }
  if (seen.has(seq)) {
    const message = `第${row.number}行与上方的序号${seq}重复,同一任务只能填写一行`;
    errors.push(error(FORM_SHEET, cell.address, 'row.duplicate_task', message));
    return null;
  }
  seen.add(seq);
  return signed;
}

function headerErrors(form: TemplateSheet, signature: TemplateSignature): FeedbackError[] {
  const row = form.getRow(HEADER_ROW);
  return headerTexts(signature.indicatorColumns).flatMap((text, index) => {
    const cell = row.getCell(index + 1);
    if (cellText(cell) === text) return [];
    return [
      error(
        FORM_SHEET,
        cell.address,
        'template.header_changed',
        `表头"${text}"被改动或移动,请勿调整表格结构`,
      ),
    ];
  });
}

function isBlank(row: TemplateRow, width: number): boolean {
  for (let column = 1; column <= width; column++) {
    if (cellText(row.getCell(column)) !== '') return false;
  }
  return true;
}

function fileError(code: FeedbackErrorCode, message: string): FeedbackParseResult {
  return { rows: [], errors: [error(null, null, code, message)] };
}
