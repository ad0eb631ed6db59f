// HTML (a government site's page, or Word converted to HTML) -> the main table's rows and the text around it.
import { MAX_HTML_DEPTH, scanTags } from './html-depth.ts';
import { HTMLElement, TextNode, parse } from 'node-html-parser';
import type { Node } from 'node-html-parser';
import type { SourceFormat } from '../../core/plan/plan.types.ts';
import type { ReadProblem, Source, SourceLine, SourceRow } from '../source.types.ts';
import { IMPORT_LIMITS, unlimitedTime, WorkBudget } from '../work-budget.ts';
import { cutText } from './bounds.ts';
import { joinedTables, openingHeading, type PlacedTable } from './joined-tables.ts';
import { splitRunOnCircled } from './run-on-circled.ts';
import { splitBracketLabels } from './bracket-labels.ts';
import { moveLeadingBracket } from './leading-bracket.ts';
import { splitTrailingLabels } from './trailing-labels.ts';
import { splitTrailingRoles } from './trailing-roles.ts';

export interface HtmlOptions {
  format: SourceFormat;
  encoding: string | null;
  /** 'offset': line in the HTML text (a web page); 'index': 1-based row or paragraph index (converted Word). */
  lines: 'offset' | 'index';
}

export interface HtmlRead {
  source: Source | null;
  problems: ReadProblem[];
}

interface GridCell {
  text: string;
  colspan: number;
  rowspan: number;
}

interface Block {
  text: string;
  offset: number;
}

/** Elements that end a line of text, as a browser lays them out. */
const BLOCK_TAGS = new Set(
  `ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM
   H1 H2 H3 H4 H5 H6 HEADER HR HTML LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TFOOT TH THEAD TR UL`.split(
    /\s+/,
  ),
);
/** Elements whose content is never part of the page's text. */
const SKIPPED_TAGS = new Set([
  'HEAD',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TITLE',
  'SELECT',
  'OBJECT',
]);
const EDGE_SPACE = /^[ \u3000\u00a0]+|[ \u3000\u00a0]+$/g;

/** The page is cut to the budget's characters and tags before it is parsed (the parser's cost). */
export function readHtml(
  whole: string,
  options: HtmlOptions,
  budget = new WorkBudget(IMPORT_LIMITS, unlimitedTime),
): HtmlRead {
  const text = cutText(whole, budget, options.lines === 'offset');
  const tags = scanTags(text, budget.limits.elements);
  const html = tags.cutAt === null ? text : text.slice(0, tags.cutAt);
  if (tags.cutAt !== null) budget.stop({ reason: 'elements', line: null, total: null });
  if (tags.deepest > MAX_HTML_DEPTH) {
    const message = `页面的元素嵌套超过${MAX_HTML_DEPTH}层(例如大量未闭合的<div>或层层嵌套的表格),不像是一份通知,已放弃读取`;
    return { source: null, problems: [{ code: 'input.too_complex', message, line: null }] };
  }
  const root = parse(html, {
    comment: false,
    blockTextElements: { script: true, style: true, noscript: true },
  });
  const body = root.querySelector('body') ?? root;
  const found = mainTable(root);
  const { format, encoding } = options;
  const placed = (table: HTMLElement, trs: HTMLElement[]): Placed => ({
    table,
    trs,
    grid: layoutRows(trs.map(rowCells)),
    start: table.range[0],
    end: table.range[1],
  });
  const main = found ? placed(found.table, found.rows) : null;
  const others = found && main ? found.others.map((o) => placed(o.table, o.rows)) : [];
  const parts = main ? joinedTables(main, others, format === 'docx') : [];
  const lineOf = lineFinder(html);
  const blocks = collectBlocks(body, new Set(parts.map((p) => p.table.table)));
  const place = (offset: number, index: number): number =>
    options.lines === 'offset' ? lineOf(offset) : index + 1;
  const lines: SourceLine[] = blocks.map((b, i) => ({ text: b.text, line: place(b.offset, i) }));
  if (!main) {
    const problems = blocks.length
      ? [{ code: 'html.no_table', message: '页面中没有表格,按段落读取', line: null }]
      : [];
    return {
      source: {
        kind: 'paragraphs',
        format,
        encoding,
        lines: lines
          .flatMap(splitRunOnCircled)
          .flatMap(moveLeadingBracket)
          .flatMap(splitBracketLabels)
          .flatMap(splitTrailingLabels)
          .flatMap(splitTrailingRoles),
      },
      problems,
    };
  }
  const width = main.grid[0]?.cells.length ?? 0;
  const rows: SourceRow[] = [];
  const between = new Set<number>();
  parts.forEach(({ table, from: skip }, k) => {
    let from = skip;
    const before = parts[k - 1]?.table;
    if (before) {
      blocks.forEach((b, i) => {
        if (b.offset < before.end || b.offset >= table.start) return;
        between.add(i);
        const cells = Array.from({ length: width }, (_, c) => (c === 0 ? b.text : ''));
        rows.push({ cells, line: place(b.offset, rows.length), merged: true });
      });
    }
    const trs = table.trs;
    if (k === 0 && parts.length > 1) {
      const opening = openingHeading(blocks, table.start);
      if (opening !== null) {
        between.add(opening);
        const b = blocks[opening];
        const cells = Array.from({ length: width }, (_, c) => (c === 0 ? (b?.text ?? '') : ''));
        table.grid
          .slice(0, 1)
          .forEach((row) => rows.push({ cells: row.cells, line: place(trs[0]?.range[0] ?? 0, 0) }));
        rows.push({ cells, line: place(b?.offset ?? 0, rows.length), merged: true });
        from = 1;
      }
    }
    table.grid.slice(from).forEach((row, j) => {
      rows.push({
        cells: Array.from({ length: width }, (_, c) => row.cells[c] ?? ''),
        line: place(trs[j + from]?.range[0] ?? 0, rows.length),
        ...(row.merged ? { merged: true } : {}),
        ...(row.carried ? { carried: row.carried } : {}),
      });
    });
  });
  const preamble = lines.filter((_, i) => !between.has(i));
  return { source: { kind: 'table', format, encoding, preamble, rows }, problems: [] };
}

/**
 * The table with the most rows of its own: a page's layout tables hold few rows, the task table many.
 * One walk of the tree files every row under its nearest table, so nested tables cost no more than flat
 * ones (asking each table for its rows and each row for its table was cubic on tables in tables).
 */
type Placed = PlacedTable<ReturnType<typeof layoutRows>[number]> & { trs: HTMLElement[] };

interface FoundTable {
  table: HTMLElement;
  rows: HTMLElement[];
}

function mainTable(root: HTMLElement): (FoundTable & { others: FoundTable[] }) | null {
  const rowsOf = new Map<HTMLElement, HTMLElement[]>();
  const stack: [Node, HTMLElement | null][] = [[root, null]];
  while (stack.length > 0) {
    const [node, table] = stack.pop() as [Node, HTMLElement | null];
    if (!(node instanceof HTMLElement)) continue;
    if (node.tagName === 'TR' && table) rowsOf.get(table)?.push(node);
    const inner = node.tagName === 'TABLE' ? node : table;
    if (node.tagName === 'TABLE') rowsOf.set(node, []);
    for (let index = node.childNodes.length - 1; index >= 0; index--) {
      const child = node.childNodes[index];
      if (child) stack.push([child, inner]);
    }
  }
  let best: FoundTable | null = null;
  for (const [table, rows] of rowsOf) if (rows.length > (best?.rows.length ?? 0)) best = { table, rows };
  if (!best) return null;
  const others = [...rowsOf]
    .filter(([table, rows]) => table !== best.table && rows.length > 0)
    .map(([table, rows]) => ({ table, rows }));
  return { ...best, others };
}

function rowCells(tr: HTMLElement): GridCell[] {
  return tr.childNodes
    .filter((n): n is HTMLElement => n instanceof HTMLElement && (n.tagName === 'TD' || n.tagName === 'TH'))
    .map((td) => ({
      text: collectBlocks(td, null)
        .map((b) => b.text)
        .join('\n'),
      colspan: spanOf(td, 'colspan'),
      rowspan: spanOf(td, 'rowspan'),
    }));
}

/** A span as written; 0 for rowspan means "to the end of the table", handled by the grid. */
function spanOf(td: HTMLElement, name: 'colspan' | 'rowspan'): number {
  const value = Number.parseInt(td.getAttribute(name) ?? '1', 10);
  if (!Number.isFinite(value) || value < 0) return 1;
  return name === 'colspan' ? Math.min(Math.max(value, 1), 100) : value;
}

/**
 * Cells placed on a grid. A colspan pads '' to its right; a rowspan repeats nothing: the rows below get ''
 * in the covered columns so their own cells keep their column, and the merged cell's text as `carried`.
 * A lone cell spanning the width is a merged row.
 */
function layoutRows(rows: GridCell[][]): { cells: string[]; merged: boolean; carried: string[] | null }[] {
  const below: number[] = [];
  const from: string[] = [];
  const laid = rows.map((row, index) => {
    const cells: string[] = [];
    const carried: string[] = [];
    const fresh: [number, number, string][] = [];
    let col = 0;
    const cover = (): void => {
      carried[col] = from[col] ?? '';
      cells[col++] = '';
    };
    for (const cell of row) {
      while ((below[col] ?? 0) > 0) cover();
      cells[col] = cell.text;
      for (let k = 1; k < cell.colspan; k++) cells[col + k] = '';
      const down = cell.rowspan === 0 ? rows.length - index - 1 : cell.rowspan - 1;
      for (let k = 0; down > 0 && k < cell.colspan; k++)
        fresh.push([col + k, down, k === 0 ? cell.text : '']);
      col += cell.colspan;
    }
    while (col < below.length) {
      if ((below[col] ?? 0) > 0) cover();
      else col += 1;
    }
    below.forEach((n, c) => (below[c] = Math.max(0, n - 1)));
    for (const [c, n, text] of fresh) {
      below[c] = n;
      from[c] = text;
    }
    const spans = row.length === 1 ? (row[0]?.colspan ?? 1) : 0;
    return { cells, spans, carried: carried.some((t) => t !== '') ? carried : null };
  });
  const width = laid.reduce((max, r) => Math.max(max, r.cells.length), 0);
  return laid.map(({ cells, spans, carried }) => ({
    cells: Array.from({ length: width }, (_, i) => cells[i] ?? ''),
    merged: width > 1 && spans >= width,
    carried: carried ? Array.from({ length: width }, (_, i) => carried[i] ?? '') : null,
  }));
}

/** Text blocks in document order: a block element or a <br> ends a block. `skip` (the main table) is left out. */
function collectBlocks(start: HTMLElement, skip: ReadonlySet<HTMLElement> | null): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let offset = -1;
  const flush = (): void => {
    const clean = text
      .replace(/[\u200b\ufeff]/g, '')
      .replace(/[ \t\n\r\f]+/g, ' ')
      .replace(EDGE_SPACE, '');
    if (clean !== '') blocks.push({ text: clean, offset });
    text = '';
    offset = -1;
  };
  const visit = (node: Node): void => {
    if (node instanceof TextNode) {
      if (offset < 0) offset = node.range[0];
      text += node.text;
      return;
    }
    if (node instanceof HTMLElement && skip?.has(node)) return flush();
    if (!(node instanceof HTMLElement) || SKIPPED_TAGS.has(node.tagName)) return;
    if (node.tagName === 'BR') return flush();
    const block = BLOCK_TAGS.has(node.tagName);
    if (block) flush();
    node.childNodes.forEach(visit);
    if (block) flush();
  };
  start.childNodes.forEach(visit);
  flush();
  return blocks;
}

/** 1-based line of a character offset. */
function lineFinder(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((breaks[mid] ?? 0) < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}
