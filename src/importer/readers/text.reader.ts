// Plain text -> paragraphs (the flattened web page: one table cell per paragraph), or a '|' table.
import { parseLabels } from '../assemble/columns.ts';
import { NUMBER_STOPS } from '../assemble/text-normalise.ts';
import { splitAfterUnitBrackets } from './bracket-run-on.ts';
import { splitRunOnCircled } from './run-on-circled.ts';
import { splitBracketLabels } from './bracket-labels.ts';
import { moveLeadingBracket } from './leading-bracket.ts';
import { splitTrailingLabels } from './trailing-labels.ts';
import { splitTrailingRoles } from './trailing-roles.ts';
import { asRunTogetherTable } from './run-together-table.ts';
import { asSpacedTable } from './spaced-table.ts';
import { pipesAreFurniture } from './page-furniture.ts';
import { withoutGlossesInLabels } from './pinyin-glosses.ts';
import type { ParagraphSource, ReadProblem, SourceLine, SourceRow, TableSource } from '../source.types.ts';

const NBSP = '\u00a0';
/** Trimmed at both ends of a paragraph: ASCII space and tab, ideographic space, no-break space. */
const EDGE_SPACE = /^[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+$/g;
const HEADER_WORDS = /序[号號]|[编編][号號]/u;
const SEPARATOR_LINE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export interface TextRead {
  source: ParagraphSource | TableSource;
  problems: ReadProblem[];
}

export function readText(text: string, encoding: string | null): TextRead {
  const lines = toParagraphs(withoutGlossesInLabels(text));
  const table = asPipeTable(lines, encoding) ?? asSpacedTable(lines, encoding);
  if (table) return table;
  const runTogether = asRunTogetherTable(lines, encoding);
  if (runTogether) return { source: runTogether, problems: [] };
  return {
    source: {
      kind: 'paragraphs',
      format: 'text',
      encoding,
      lines: unpipeCells(lines)
        .flatMap(unrunItems)
        .flatMap(splitAfterUnitBrackets)
        .flatMap(splitRunOnCircled)
        .flatMap(moveLeadingBracket)
        .flatMap(splitBracketLabels)
        .flatMap(splitTrailingLabels)
        .flatMap(splitTrailingRoles),
    },
    problems: [],
  };
}

/** A paragraph this long may be a whole list a page ran together into one line. */
const RUN_ON_LENGTH = 150;
/** An item number inside a paragraph, after a space: " 2.新增…", " 3、推进…". */
const INLINE_NUMBER = new RegExp(
  `(?<=[ \\t\\u3000\\u00a0])(\\d{1,3})[${NUMBER_STOPS}、](?=[\\u4e00-\\u9fff“"])`,
  'gu',
);
/** A label inside a paragraph, after a space: " 责任单位:…". */
const INLINE_LABEL = /(?<=[ \t\u3000\u00a0])[\u4e00-\u9fff]{2,10}[:：]/gu;
const MAX_PIECES = 2_000;

/** A known label, or one after a few words of its own (项目责任人:, 实际完成情况:). */
function isLabel(label: string): boolean {
  for (let k = 0; k + 3 <= label.length; k += 1) if (parseLabels(`${label.slice(k)}x`) !== null) return true;
  return false;
}

/** A part heading inside a paragraph, after a space: " 二、曹惠明常务副县长牵头重点工作". */
const INLINE_PART = /(?<=[ \t\u3000\u00a0])[一二三四五六七八九十]{1,3}、(?=[\u4e00-\u9fff])/gu;
/** A part heading is a short title: no sentence ends in it before the item that follows. */
const PART_TITLE = /^[一二三四五六七八九十]{1,3}、[^。;;::]{1,40}$/u;

/**
 * The part heading that stands right before an item numbered 1 (between `from` and `at`), if any:
 * where a run-together list's numbering starts again under its next part.
 */
function partHeadingBefore(text: string, from: number, at: number): number | null {
  let found: number | null = null;
  for (const match of text.slice(from, at).matchAll(INLINE_PART)) found = from + match.index;
  if (found === null) return null;
  return PART_TITLE.test(text.slice(found, at).replace(EDGE_SPACE, '')) ? found : null;
}

/**
 * A list that a news page or a repost ran into one paragraph ("… 1.轨道交通…。 牵头领导:林静国
 * 责任单位:市轨道交通工程建设指挥部 2.新增…"): split before each item number, when they run 1, 2, 3…
 * at least twice, and before each known label, so that every item and label reads as its own line.
 * Numbering that starts again at 1 under a part heading (一、… 1. 2. 二、… 1. 2.) runs on: the list
 * is split before each part heading that stands right before its 1 as well.
 */
function unrunItems(line: SourceLine): SourceLine[] {
  if (line.text.length < RUN_ON_LENGTH) return [line];
  const cuts = new Set<number>();
  let expected = 0;
  const numbers: number[] = [];
  const parts: number[] = [];
  for (const match of line.text.matchAll(INLINE_NUMBER)) {
    const value = Number(match[1]);
    const part = value === 1 ? partHeadingBefore(line.text, numbers.at(-1) ?? 0, match.index) : null;
    const restart = numbers.length > 0 && part !== null;
    if (numbers.length > 0 && value !== expected && !restart) continue;
    if (numbers.length === 0 && value !== 1) continue;
    numbers.push(match.index);
    if (part !== null) parts.push(part);
    expected = value + 1;
    if (numbers.length > MAX_PIECES) break;
  }
  if (numbers.length < 2) return [line];
  for (const at of [...numbers, ...parts]) cuts.add(at);
  for (const match of line.text.matchAll(INLINE_LABEL)) {
    if (match.index < (numbers[0] ?? 0) || cuts.size > MAX_PIECES) continue;
    if (isLabel(match[0])) cuts.add(match.index);
  }
  const points = [0, ...[...cuts].sort((a, b) => a - b), line.text.length];
  return points
    .slice(0, -1)
    .map((from, i) => line.text.slice(from, points[i + 1]).replace(EDGE_SPACE, ''))
    .filter((text) => text !== '')
    .map((text) => ({ text, line: line.line }));
}

const ONE_CELL = /^\s*\|?([^|]*?)\|?\s*$/;
/** A row of empty cells printed as pipes only ("||||||"): it holds nothing. */
const EMPTY_ROW = /^\s*\|{3,}\s*$/;

/**
 * A table exported one cell per line ("序号 |", "1 |"): no two cells share a line, so the pipes only
 * close cells. Without them the lines read as a table flattened to one cell per paragraph.
 */
function unpipeCells(lines: SourceLine[]): SourceLine[] {
  const real = lines.filter((l) => l.text !== NBSP);
  const piped = real.filter((l) => l.text.includes('|'));
  const cellLine = (l: SourceLine) => ONE_CELL.test(l.text) || EMPTY_ROW.test(l.text);
  if (piped.length * 2 <= real.length || !piped.every(cellLine)) return lines;
  return lines
    .filter((l) => !EMPTY_ROW.test(l.text))
    .map((l) => {
      const cell = ONE_CELL.exec(l.text)?.[1]?.replace(EDGE_SPACE, '') ?? l.text;
      return { ...l, text: l.text.includes('|') && cell === '' ? NBSP : cell };
    });
}

/**
 * One paragraph per physical line. Blank lines are dropped, except a line of only no-break spaces:
 * that is an empty table cell, kept as a single U+00A0.
 */
export function toParagraphs(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    if (/^\s*$/.test(raw)) {
      if (raw.includes(NBSP)) out.push({ text: NBSP, line });
      return;
    }
    out.push({ text: raw.replace(EDGE_SPACE, ''), line });
  });
  return out;
}

/** Cells of one '|' line: the outer pipes are optional; `<br>` inside a cell is a line break. */
function splitCells(text: string): string[] {
  const inner = text.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((cell) => cleanCell(cell));
}

function cleanCell(cell: string): string {
  return cell
    .split(/<br\s*\/?>/i)
    .map((part) => part.replace(EDGE_SPACE, ''))
    .filter((part) => part !== '')
    .join('\n');
}

/** The usual number of cells of the '|' lines: the table's width. */
function modalWidth(pipeLines: SourceLine[]): number {
  const counts = new Map<number, number>();
  for (const { text } of pipeLines) {
    const width = splitCells(text).length;
    if (width >= 2) counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [width, count] of counts) {
    if (count > bestCount) [best, bestCount] = [width, count];
  }
  return bestCount >= 2 ? best : 0;
}

/**
 * A '|' table when most paragraphs are '|' lines and at least two of them share a width.
 * A '|' line with a single cell is a heading merged across the table; a shorter line is padded.
 */
function asPipeTable(lines: SourceLine[], encoding: string | null): TextRead | null {
  const all = lines.filter((l) => l.text !== NBSP);
  if (pipesAreFurniture(all)) return null;
  // A cover letter before the table: the table starts at its header (序号 | …).
  const headerAt = all.findIndex((l) => HEADER_WORDS.test(l.text) && splitCells(l.text).length >= 3);
  const mostlyPiped = (from: SourceLine[]) =>
    from.filter((l) => l.text.includes('|')).length * 2 > from.length;
  const start = !mostlyPiped(all) && headerAt > 0 && mostlyPiped(all.slice(headerAt)) ? headerAt : 0;
  const real = all.slice(start);
  const pipeLines = real.filter((l) => l.text.includes('|'));
  if (pipeLines.length * 2 <= real.length) return null;
  const width = modalWidth(pipeLines.filter((l) => !SEPARATOR_LINE.test(l.text)));
  if (width === 0) return null;
  const rows: SourceRow[] = [];
  const preamble: SourceLine[] = all.slice(0, start);
  const problems: ReadProblem[] = [];
  for (const line of real) {
    if (!line.text.includes('|')) preamble.push(line);
    else if (!SEPARATOR_LINE.test(line.text)) rows.push(toRow(line, width, problems));
  }
  const source: TableSource = { kind: 'table', format: 'text', encoding, preamble, rows };
  return { source, problems };
}

function toRow(line: SourceLine, width: number, problems: ReadProblem[]): SourceRow {
  const cells = splitCells(line.text);
  if (cells.length === 1) {
    return { cells: [cells[0] ?? '', ...Array<string>(width - 1).fill('')], line: line.line, merged: true };
  }
  if (cells.length !== width) {
    const message = `第${line.line}行有${cells.length}个单元格,表格为${width}列`;
    problems.push({ code: 'text.ragged_row', message, line: line.line });
  }
  while (cells.length < width) cells.push('');
  return { cells, line: line.line };
}
