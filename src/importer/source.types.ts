// What every reader hands to the assembler: either loose paragraphs or a real table.
import type { SourceFormat } from '../core/plan/plan.types.ts';

/** One paragraph of text; line is 1-based in the source (row number for spreadsheets). */
export interface SourceLine {
  text: string;
  line: number;
}

/** One row of a real table. Cells keep inner line breaks as '\n'; merged cells repeat nothing (empty). */
export interface SourceRow {
  cells: string[];
  line: number;
  /** True when the row's cells were merged across the whole width (a part/section heading row). */
  merged?: boolean;
  /**
   * By column: the text of a cell merged down from a row above (rowspan, Word's vMerge) that covers this
   * row's column, '' where none does. The row's own cells stay '' there.
   */
  carried?: string[];
}

export interface TableSource {
  kind: 'table';
  format: SourceFormat;
  encoding: string | null;
  /** Paragraphs outside the table (title, 发布时间, 监督电话…), in document order. */
  preamble: SourceLine[];
  rows: SourceRow[];
}

export interface ParagraphSource {
  kind: 'paragraphs';
  format: SourceFormat;
  encoding: string | null;
  /** Non-empty paragraphs in order. A paragraph of only U+00A0 is kept as '\u00a0': an empty cell. */
  lines: SourceLine[];
}

export type Source = TableSource | ParagraphSource;

/** A problem found while reading bytes, before any structure is known. */
export interface ReadProblem {
  code: string;
  message: string;
  line: number | null;
}

export interface ReadResult {
  source: Source | null;
  problems: ReadProblem[];
}
