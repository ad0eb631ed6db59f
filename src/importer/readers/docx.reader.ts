// Word .docx -> the document's table and the paragraphs around it.
// Word is converted to HTML first (gridSpan becomes colspan, vMerge becomes rowspan), so one table
// reader serves both web pages and Word files and merged cells follow one rule.
//
// The conversion (mammoth) cannot be stopped once started and costs tens of microseconds per XML
// element, so a long document is converted in two steps: its first DOCX_TRIAL_ELEMENTS elements,
// timed on the budget's clock, then as many elements as that pace fits into the reading time left.
import mammoth from 'mammoth';
import type { ReadResult } from '../source.types.ts';
import type { OfficeText } from '../zip/office-zip.ts';
import { readHtml } from './html.reader.ts';
import type { WorkBudget } from '../work-budget.ts';

/** A notice in one step: twice the 220-task seed as a Word file (about 11,000 elements). */
export const DOCX_TRIAL_ELEMENTS = 20_000;
/** The share of the reading time left that the second conversion may take: the rest reads its HTML. */
const CONVERSION_SHARE = 0.6;

export async function readDocx(office: OfficeText, budget: WorkBudget): Promise<ReadResult> {
  let html: string;
  try {
    html = await convertWithinBudget(office, budget);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      source: null,
      problems: [{ code: 'input.unreadable_docx', message: `无法读取Word文件:${reason}`, line: null }],
    };
  }
  const read = readHtml(html, { format: 'docx', encoding: null, lines: 'index' }, budget);
  const problems = read.problems.map((p) =>
    p.code === 'html.no_table'
      ? { ...p, code: 'docx.no_table', message: 'Word文件中没有表格,按段落读取' }
      : p,
  );
  return { source: read.source, problems };
}

async function convertWithinBudget(office: OfficeText, budget: WorkBudget): Promise<string> {
  const limit = budget.limits.elements;
  const trial = office.within(Math.min(limit, DOCX_TRIAL_ELEMENTS));
  const started = budget.clock();
  let html = await toHtml(trial.bytes);
  if (!trial.cut) return html;
  const left = budget.readingTimeLeft();
  let cut: 'elements' | 'time' = 'elements';
  if (left === Number.POSITIVE_INFINITY) {
    const whole = office.within(limit);
    html = await toHtml(whole.bytes);
    if (!whole.cut) return html;
  } else {
    const perElement = Math.max(budget.clock() - started, 1) / DOCX_TRIAL_ELEMENTS;
    const affordable = Math.floor((left * CONVERSION_SHARE) / perElement);
    if (affordable < limit) cut = 'time';
    // Only worth a second conversion when it reads notably more than the first.
    if (Math.min(affordable, limit) > DOCX_TRIAL_ELEMENTS * 1.25) {
      const more = office.within(Math.min(affordable, limit));
      html = await toHtml(more.bytes);
      if (!more.cut) return html;
    }
  }
  budget.stop({ reason: cut, line: null, total: null });
  return html;
}

async function toHtml(bytes: Uint8Array): Promise<string> {
  // Pictures carry no text: leave them out instead of inlining them as base64.
  const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage })).value;
}
