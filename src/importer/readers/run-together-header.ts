// The header of a run-together table (序号项目名称主要内容牵头单位配合单位1…): the titles written with
// nothing between them, split into the most titles the column vocabulary knows, and each title's role.
import type { SourceLine } from '../source.types.ts';
import { columnRole, type ColumnRole } from '../assemble/columns.ts';

export const UNIT_ROLES = new Set<ColumnRole>(['lead', 'responsible', 'co']);
/** Where a header's run of titles may begin. */
const HEADER_START = /序号|编号/gu;
const MAX_HEADER = 80;

export interface Header {
  titles: string[];
  roles: ColumnRole[];
  /** Offset of 序号 in its line, and the header's length. */
  at: number;
  length: number;
  lineIndex: number;
}

/** A line holding 序号 and at least two more column titles written with nothing between them. */
export function findHeader(lines: SourceLine[]): Header | null {
  for (const [lineIndex, line] of lines.entries()) {
    if (line.text.length > 20_000) continue;
    for (const match of line.text.matchAll(HEADER_START)) {
      const titles = longestTitles(line.text.slice(match.index, match.index + MAX_HEADER));
      if (!titles) continue;
      const roles = titles.map((t) => columnRole(t) ?? columnRole(t.slice(-4)) ?? 'other');
      const fromTail = titles.map((t) => roleOfTitle(t));
      const resolved = roles.map((r, i) => (r === 'other' ? (fromTail[i] ?? 'other') : r));
      if (!resolved.includes('text') || !resolved.some((r) => UNIT_ROLES.has(r))) continue;
      const length = titles.join('').length;
      // The first row starts on the header's own line: cells on lines of their own read as paragraphs.
      if (!/^1(?!\d)/u.test(line.text.slice(match.index + length))) continue;
      return { titles, roles: resolved, at: match.index, length, lineIndex };
    }
  }
  return null;
}

/** A column title, or a title after a few words of its own (区政府分管领导). */
function roleOfTitle(title: string): ColumnRole | null {
  for (let cut = 0; cut <= 4 && title.length - cut >= 2; cut += 1) {
    const role = columnRole(title.slice(cut));
    if (role !== null) return role;
  }
  return null;
}

/** The longest opening of `text` that splits wholly into three or more titles, as most titles. */
function longestTitles(text: string): string[] | null {
  // best[j]: the most titles text[0, j) splits into, and the split.
  const best: (string[] | null)[] = [[]];
  for (let j = 1; j <= text.length; j += 1) {
    best[j] = null;
    for (let i = Math.max(0, j - 12); i <= j - 2; i += 1) {
      const before = best[i];
      if (!before) continue;
      const piece = text.slice(i, j);
      if (/[\s\d]/u.test(piece) || roleOfTitle(piece) === null) continue;
      if (!best[j] || (best[j]?.length ?? 0) < before.length + 1) best[j] = [...before, piece];
    }
  }
  for (let j = text.length; j > 0; j -= 1) {
    const split = best[j];
    if (split && split.length >= 3 && columnRole(split[0] ?? '') === 'seq') return split;
  }
  return null;
}
