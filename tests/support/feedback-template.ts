// The feedback template used by the template tests: built once, then filled in as a clerk would
// (with exceljs, cell by cell) and read back.
import type ExcelJS from 'exceljs';
import { buildFeedbackTemplate } from '../../src/exporter/feedback-template.xlsx.ts';
import { parseFeedbackTemplate } from '../../src/importer/feedback-template/parse.ts';
import type { FeedbackParseResult, FeedbackRow } from '../../src/importer/feedback-template/parse.types.ts';
import { expected, loadWorkbook, saveWorkbook, sheetOf, templateInput } from './documents.ts';

export const FORM = '反馈表';
// Rows 5, 6, 7 hold tasks 1 (lead, one % indicator), 15 (co, two 亿元 indicators), 208 (lead, none).
let template: Promise<Uint8Array> | undefined;
export const templateBytes = (): Promise<Uint8Array> => (template ??= buildFeedbackTemplate(templateInput));

/** Opens the template, lets the test fill it in as a clerk would, and saves it. */
export async function filled(
  fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const workbook = await loadWorkbook(await templateBytes());
  fill(sheetOf(workbook, FORM), workbook);
  return saveWorkbook(workbook);
}

export async function parseFilled(
  fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
  expectation = expected,
): Promise<FeedbackParseResult> {
  return parseFeedbackTemplate({ bytes: await filled(fill), expected: expectation });
}

/** exceljs shares one style object between cells loaded with the same format: give the cell its own. */
export function setFormat(cell: ExcelJS.Cell, numFmt: string): void {
  cell.style = { ...cell.style, numFmt };
}

export const errorsOf = (result: FeedbackParseResult) =>
  result.errors.map(({ sheet, cell, code }) => ({ sheet, cell, code }));
export const rowOf = (result: FeedbackParseResult, taskId: number): FeedbackRow | undefined =>
  result.rows.find((row) => row.taskId === taskId);
