// The size bounds of the work budget, applied to what the readers produce: decoded text past the
// characters, paragraphs or rows past the lines, a table past the cells. Each cut keeps the start of
// the input and records the first line it left out, so the importer reads what it kept and says what it left.
import type { Source, SourceRow } from '../source.types.ts';
import type { WorkBudget } from '../work-budget.ts';

/** Text past the budget's characters, cut at the last line break before the bound when there is one. */
export function cutText(text: string, budget: WorkBudget, atLineBreak = true): string {
  const limit = budget.limits.characters;
  if (text.length <= limit) return text;
  budget.stop({ reason: 'characters', line: null, total: text.length });
  const lastBreak = atLineBreak ? text.lastIndexOf('\n', limit) : -1;
  return text.slice(0, lastBreak > limit / 2 ? lastBreak : limit);
}

/** Paragraphs or rows past the budget's lines, or rows past its cells, are left out. */
export function boundSource(source: Source, budget: WorkBudget): Source {
  const { lines, cells } = budget.limits;
  if (source.kind === 'paragraphs') {
    if (source.lines.length <= lines) return source;
    const line = source.lines[lines]?.line ?? null;
    budget.stop({ reason: 'lines', line, total: source.lines.length });
    return { ...source, lines: source.lines.slice(0, lines) };
  }
  const within = rowsWithin(source.rows, cells);
  if (source.rows.length <= lines && within === source.rows.length) return source;
  const byCells = within < lines;
  const kept = Math.min(lines, within);
  const total = byCells ? source.rows.reduce((n, r) => n + r.cells.length, 0) : source.rows.length;
  budget.stop({ reason: byCells ? 'cells' : 'lines', line: source.rows[kept]?.line ?? null, total });
  return { ...source, rows: source.rows.slice(0, kept) };
}

/** How many rows from the start hold at most `cells` cells together. */
function rowsWithin(rows: SourceRow[], cells: number): number {
  let count = 0;
  for (const [index, row] of rows.entries()) {
    count += row.cells.length;
    if (count > cells) return index;
  }
  return rows.length;
}
