// Any notice file's bytes -> a Source. The content decides the format; the file name and media type
// only break ties, because notices arrive renamed (.doc that is HTML, .txt that is a web page).
import type { SourceFormat } from '../../core/plan/plan.types.ts';
import type { ReadProblem, ReadResult } from '../source.types.ts';
import type { DecodedText } from './decode.ts';
import { countReplacements, decodeText, looksBinary } from './decode.ts';
import { readDocx } from './docx.reader.ts';
import { readHtml } from './html.reader.ts';
import { readText } from './text.reader.ts';
import { readXlsx } from './xlsx.reader.ts';
import { InflatedTooLarge, NOTICE_INFLATE_LIMITS } from '../zip/inflate-limits.ts';
import { openOfficeText, type OfficeText } from '../zip/office-zip.ts';
import { IMPORT_LIMITS, unlimitedTime, WorkBudget } from '../work-budget.ts';
import { boundSource, cutText } from './bounds.ts';

export interface ReadInput {
  bytes: Uint8Array;
  fileName?: string;
  mediaType?: string;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const NBSP = '\u00a0';

/**
 * Never throws and never rejects: unreadable input comes back as `source: null` with a problem. What
 * is past the budget's sizes is left out and recorded on the budget (`budget.cut`).
 */
export async function readSource(
  input: ReadInput,
  budget = new WorkBudget(IMPORT_LIMITS, unlimitedTime),
): Promise<ReadResult> {
  try {
    const read = await detectAndRead(input, budget);
    return read.source ? { ...read, source: boundSource(read.source, budget) } : read;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('input.unreadable', `无法读取文件:${reason}`);
  }
}

async function detectAndRead(input: ReadInput, budget: WorkBudget): Promise<ReadResult> {
  const { bytes } = input;
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    return withHint(await readZip(bytes, budget), input);
  }
  const refusal = refuse(bytes);
  if (refusal) return refusal;
  const decoded = decodeText(bytes);
  const read = isHtml(decoded.text, hintOf(input))
    ? readHtml(decoded.text, { format: 'html', encoding: decoded.encoding, lines: 'offset' }, budget)
    : readText(cutText(decoded.text, budget), decoded.encoding);
  if (read.source?.kind === 'paragraphs' && read.source.lines.every((l) => l.text === NBSP)) {
    return fail('input.empty', '文件中没有任何文字');
  }
  return withHint({ source: read.source, problems: [...decodeProblems(decoded), ...read.problems] }, input);
}

const REFUSED: [number[], string][] = [
  [OLE2, '这是旧版Word/Excel文件(.doc/.xls)或加密文件,请另存为.docx或.xlsx后再导入'],
  [PDF, '暂不支持PDF文件,请提供网页、Word、Excel或文本文件'],
];

/** Inputs refused before any decoding: nothing, formats the product does not read, binary data. */
function refuse(bytes: Uint8Array): ReadResult | null {
  if (bytes.length === 0) return fail('input.empty', '文件是空的');
  for (const [magic, message] of REFUSED) {
    if (startsWith(bytes, magic)) return fail('input.unsupported_format', message);
  }
  if (looksBinary(bytes)) return fail('input.binary', '文件内容不是文本,也不是Word或Excel文件');
  return null;
}

/** Only the text parts are inflated, within the limits: a zip bomb is refused before memory grows. */
async function readZip(bytes: Uint8Array, budget: WorkBudget): Promise<ReadResult> {
  let office: OfficeText | null;
  try {
    office = openOfficeText(bytes, NOTICE_INFLATE_LIMITS);
  } catch (error) {
    if (error instanceof InflatedTooLarge) return fail(error.code, error.message);
    return fail('input.corrupt_zip', '文件是损坏的压缩包(.docx/.xlsx文件可能不完整)');
  }
  if (office?.kind === 'docx') return readDocx(office, budget);
  if (office?.kind === 'xlsx') {
    const sheets = office.within(budget.limits.elements);
    if (sheets.cut) budget.stop({ reason: 'elements', line: null, total: null });
    return readXlsx(sheets.bytes);
  }
  return fail('input.unsupported_zip', '压缩包中既没有Word文档也没有Excel工作簿');
}

/** Markup from its first character (after a BOM and blank space), or markup in a file named as a web page. */
function isHtml(text: string, hint: SourceFormat | null): boolean {
  const head = text.replace(/^[\ufeff\s]+/, '').slice(0, 200);
  if (/^<[!?a-z]/i.test(head)) return true;
  return hint === 'html' && /<(table|p|div|br|html|body)\b/i.test(text.slice(0, 64 * 1024));
}

function hintOf(input: ReadInput): SourceFormat | null {
  const name = (input.fileName ?? '').toLowerCase();
  const type = (input.mediaType ?? '').toLowerCase();
  if (/\.(html?|xhtml|shtml)$/.test(name) || type.includes('html')) return 'html';
  if (name.endsWith('.docx') || type.includes('wordprocessingml')) return 'docx';
  if (name.endsWith('.xlsx') || type.includes('spreadsheetml')) return 'xlsx';
  if (name.endsWith('.txt') || type.startsWith('text/plain')) return 'text';
  return null;
}

/** A file named or typed as one format whose content is another: read by content, and say so. */
function withHint(result: ReadResult, input: ReadInput): ReadResult {
  const hint = hintOf(input);
  const actual = result.source?.format;
  if (hint === null || actual === undefined || hint === actual) return result;
  const message = `文件名或类型表明是${hint},内容实际是${actual},已按内容读取`;
  return { ...result, problems: [{ code: 'format.hint_mismatch', message, line: null }, ...result.problems] };
}

function decodeProblems({ text, cutCharacter }: DecodedText): ReadProblem[] {
  const problems: ReadProblem[] = [];
  if (cutCharacter) {
    problems.push({
      code: 'text.cut_character',
      message: '文件在一个字的中间结束,文件可能不完整',
      line: null,
    });
  }
  const lost = countReplacements(text);
  if (lost > 0) {
    problems.push({
      code: 'text.undecodable',
      message: `有${lost}处字节无法识别为文字,已替换为�`,
      line: null,
    });
  }
  return problems;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function fail(code: string, message: string): ReadResult {
  return { source: null, problems: [{ code, message, line: null }] };
}
