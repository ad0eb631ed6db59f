// Word .docx -> the document's table and the paragraphs around it.
// Word is converted to HTML first (gridSpan becomes colspan, vMerge becomes rowspan), so one table
// reader serves both web pages and Word files and merged cells follow one rule.
import mammoth from 'mammoth';
import type { ReadResult } from '../source.types.ts';
import { readHtml } from './html.reader.ts';
import type { WorkBudget } from '../work-budget.ts';

export async function readDocx(bytes: Uint8Array, budget?: WorkBudget): Promise<ReadResult> {
  let html: string;
  try {
    // Pictures carry no text: leave them out instead of inlining them as base64.
    const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
    const converted = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage });
    html = converted.value;
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
