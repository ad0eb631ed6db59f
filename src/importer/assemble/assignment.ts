// Unit cells -> lead and co-responsible units. Only what the layout proves is certain.
import type { Assignment, ImportIssue } from '../../core/plan/plan.types.ts';
import type { UnitDirectory } from '../units/unit-directory.ts';
import { rejoinWrappedUnits, splitUnitMentions } from '../units/unit-directory.ts';
import type { UnitCells } from './items.types.ts';
import { clip, issue } from './structure.ts';
import { expandUnitList } from '../units/unit-grammar.ts';
import { isBlankCell } from './text-normalise.ts';
import { splitMarkedLead, withoutStarMarks } from './marked-lead.ts';
import { shareEach } from './shared-each.ts';

export interface ResolvedAssignment {
  leadUnits: string[];
  responsibleUnits: string[];
  assignment: Assignment;
  /** Why the split is inferred, for the person who confirms it. */
  reason: string | null;
}

export interface AssignmentContext {
  directory: UnitDirectory;
  issues: ImportIssue[];
  seq: number;
  line: number;
  /** The task is the last thing in the input, so a unit name may have been cut off mid-way. */
  lastOfInput?: boolean;
  /** Set when the input ended inside a unit's name: that fragment is not a unit. */
  cutUnit?: string;
  /** The notice says the unit listed first is the lead (列第一位者为牵头单位). */
  firstIsLead?: boolean;
  /** The places the notice is about (海曙): a unit opening with one takes no prefix from its neighbour. */
  ownPlaces?: readonly string[];
}

export function resolveAssignment(units: UnitCells, ctx: AssignmentContext): ResolvedAssignment {
  if (units.mode === 'cells') return splitCells(units, ctx);
  // Loose unit paragraphs that mark their lead (区财政局*、区发改局) say where the lead ends themselves.
  const paragraphs = units.paragraphs.filter((p) => !isBlankCell(p));
  if (paragraphs.some((p) => splitMarkedLead(p) !== null))
    return splitCells({ mode: 'cells', lead: [], responsible: paragraphs }, ctx);
  return splitParagraphs(units.paragraphs, ctx);
}

/**
 * Real or labelled cells. 责任单位 beside a lead is co-responsible; with no lead named it is the lead
 * itself (无牵头单位的,责任单位即为牵头单位), or only its first unit when the notice says so.
 */
function splitCells(
  units: Extract<UnitCells, { mode: 'cells' }>,
  ctx: AssignmentContext,
): ResolvedAssignment {
  const marked = units.responsible.map(splitMarkedLead);
  const unmarked = units.responsible.filter((_, i) => marked[i] === null);
  const markedLead = marked.flatMap((m) => m?.lead ?? []);
  const markedCo = marked.flatMap((m) => m?.co ?? []);
  const lead = unique([...units.lead, ...markedLead].flatMap((cell) => resolveLines(cell, ctx)));
  const responsible = unique(unmarked.flatMap((cell) => resolveLines(cell, ctx)));
  const co = unique([...markedCo, ...(units.co ?? [])].flatMap((cell) => resolveLines(cell, ctx)));
  const certain = (l: string[], c: string[]): ResolvedAssignment => ({
    leadUnits: l,
    responsibleUnits: unique(c),
    assignment: 'certain',
    reason: null,
  });
  // 责任单位 beside a lead is kept as written, the lead among them when the notice repeats it there
  // (the seed notice does, and a plan exported by Duban reads back so).
  if (lead.length > 0 || responsible.length === 0) return certain(lead, [...responsible, ...co]);
  if (ctx.firstIsLead) return certain(responsible.slice(0, 1), [...responsible.slice(1), ...co]);
  return certain(responsible, co);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

/** A real cell whose lines may wrap a unit (国家金融监管 / 总局芜湖分局) just as loose paragraphs do. */
function resolveLines(cell: string, ctx: AssignmentContext): string[] {
  const lines = cell.split('\n').filter((line) => !isBlankCell(line));
  return rejoinWrappedUnits(lines, ctx.directory).flatMap((joined) => resolveCell(joined.text, ctx));
}

function resolveCell(cell: string, ctx: AssignmentContext): string[] {
  const known = (name: string): boolean => ctx.directory.resolve(name) !== null;
  return expandUnitList(splitUnitMentions(shareEach(withoutStarMarks(cell))), known, ctx.ownPlaces)
    .map((mention) => resolveMention(mention, ctx))
    .filter((name) => name !== '');
}

function resolveMention(mention: string, ctx: AssignmentContext): string {
  const known = ctx.directory.resolve(mention);
  if (known) return known;
  if (ctx.lastOfInput && ctx.directory.isKnownPrefix(mention)) {
    ctx.cutUnit = mention;
    return '';
  }
  const name = ctx.directory.addUnknown(mention);
  ctx.issues.push(
    issue('warning', 'unit.unknown', `单位"${clip(name)}"不在单位名录中,已按原文保留`, ctx.line, ctx.seq),
  );
  return name;
}

/** One paragraph group that belongs to one cell, and the empty-cell marks around it. */
interface Piece {
  units: string[];
  /** Paragraph groups before this one that were followed by an empty-cell mark. */
  afterBlank: boolean;
}

function toPieces(paragraphs: string[], ctx: AssignmentContext): { pieces: Piece[]; trailingBlank: boolean } {
  const pieces: Piece[] = [];
  let run: string[] = [];
  let afterBlank = false;
  const flush = (): void => {
    for (const [i, cell] of rejoinWrappedUnits(run, ctx.directory).entries()) {
      pieces.push({ units: resolveCell(cell.text, ctx), afterBlank: afterBlank && i === 0 });
    }
    run = [];
  };
  for (const paragraph of paragraphs) {
    if (!isBlankCell(paragraph)) {
      run.push(paragraph);
      continue;
    }
    flush();
    afterBlank = pieces.length > 0;
  }
  const trailingBlank = run.length === 0 && pieces.length > 0 && isBlankCell(paragraphs.at(-1) ?? '');
  flush();
  return { pieces: pieces.filter((p) => p.units.length > 0), trailingBlank };
}

/**
 * With n paragraph groups the lead cell holds the first k of them, 1 <= k <= n. An empty-cell mark
 * after the last group proves k = n; a unit named twice proves the boundary lies between its two
 * places. Anything else is a guess a person must confirm.
 */
function splitParagraphs(paragraphs: string[], ctx: AssignmentContext): ResolvedAssignment {
  const { pieces, trailingBlank } = toPieces(paragraphs, ctx);
  const n = pieces.length;
  if (n === 0) return { leadUnits: [], responsibleUnits: [], assignment: 'certain', reason: null };
  const blankAt = pieces.findIndex((p) => p.afterBlank);
  let [low, high] = duplicateBounds(pieces);
  if (trailingBlank && blankAt < 0) low = high = n;
  if (n === 1) low = high = 1;
  if (low === high && blankAt < 0) return split(pieces, low, 'certain', null);
  if (blankAt > 0 && blankAt >= low && blankAt <= high) {
    return split(pieces, blankAt, 'inferred', '空白段落可能是单元格分界');
  }
  const reason =
    low === high ? '单位列表中夹有空白段落' : `原文丢失了单元格分界,可能的牵头单位数为${low}–${high}`;
  return split(pieces, low, 'inferred', reason);
}

/** Bounds on k from units named twice: the first place is a lead, the second a co-responsible. */
function duplicateBounds(pieces: Piece[]): [number, number] {
  let low = 1;
  let high = pieces.length;
  const firstSeen = new Map<string, number>();
  pieces.forEach((piece, index) => {
    for (const unit of piece.units) {
      const first = firstSeen.get(unit);
      if (first === undefined) firstSeen.set(unit, index);
      else if (first < index) {
        low = Math.max(low, first + 1);
        high = Math.min(high, index);
      }
    }
  });
  return low <= high ? [low, high] : [1, pieces.length];
}

function split(
  pieces: Piece[],
  k: number,
  assignment: Assignment,
  reason: string | null,
): ResolvedAssignment {
  return {
    leadUnits: pieces.slice(0, k).flatMap((p) => p.units),
    responsibleUnits: pieces.slice(k).flatMap((p) => p.units),
    assignment,
    reason,
  };
}
