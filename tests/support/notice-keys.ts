// How the corpus compares an expected task with an imported one. Both sides go through the same
// normalisation, so the importer's canonical unit names and the document's wording compare equal.
import type { Task } from '../../src/core/plan/plan.types.ts';
import { createUnitDirectory } from '../../src/importer/units/unit-directory.ts';
import { wuhuDirectory } from '../../src/importer/units/wuhu-directory.ts';
import type { ExpectedTask } from './notice-corpus.ts';

const TRAILING = /[\u3002.;\uff1b,\uff0c\u3001:\uff1a]+$/u;

/** Text as compared: NFKC (full-width forms and NBSP/U+3000 folded), no whitespace, no final 。;, */
export function textKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').replace(TRAILING, '');
}

const directory = createUnitDirectory(wuhuDirectory);

/** A unit as compared: textKey, a final 等 (等部门, 等单位) dropped, then the directory's canonical name; groups expand to members. */
export function unitKeys(unit: string): string[] {
  const key = textKey(unit).replace(/等(部门|单位)?$/u, '');
  const record = directory.recordFor(key);
  if (record && record.kind === 'group' && record.members.length > 0) return [...record.members];
  return [directory.resolve(key) ?? key];
}

export function unitsMatch(expected: readonly string[], actual: readonly string[]): boolean {
  const sorted = (units: readonly string[]): string => units.flatMap(unitKeys).sort().join('|');
  return sorted(expected) === sorted(actual);
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const DIGITS = '零一二三四五六七八九';

function chineseValue(text: string): number | null {
  if (!/^[零一二三四五六七八九十百]+$/u.test(text)) return null;
  let total = 0;
  let current = 0;
  for (const char of text) {
    if (char === '百') [total, current] = [total + Math.max(current, 1) * 100, 0];
    else if (char === '十') [total, current] = [total + Math.max(current, 1) * 10, 0];
    else current = DIGITS.indexOf(char);
  }
  return total + current;
}

/** The value of a printed number: `1.` `(1)` `(一)` `①` `第12项` → 1, 1, 1, 1, 12; null if none. */
export function numberValue(printed: string): number | null {
  const bare = printed.normalize('NFKC').replace(/[\s()[\]【】.。、,:第项条]/gu, '');
  if (/^\d+$/u.test(bare)) return Number(bare);
  const circled = CIRCLED.indexOf(bare);
  if (bare.length === 1 && circled >= 0) return circled + 1;
  return chineseValue(bare);
}

/** The importer's number for a task: its printed label when it keeps one, else its seq. */
function actualNumber(actual: Task): number | null {
  const printed =
    (actual as { number?: unknown; label?: unknown }).number ?? (actual as { label?: unknown }).label;
  return typeof printed === 'string' ? numberValue(printed) : actual.seq;
}

export function numberMatches(printed: string, actual: Task): boolean {
  const value = numberValue(printed);
  return value !== null && value === actualNumber(actual);
}

function names(text: string): string[] {
  return textKey(text)
    .split(/[\u3001,;/]+/u)
    .filter((name) => name !== '')
    .sort();
}

export function leadersMatch(expected: readonly string[], actual: Task): boolean {
  const given = (actual as { leaders?: unknown }).leaders;
  const actualNames = Array.isArray(given)
    ? given.map(String).flatMap(names)
    : names(actual.leaderName ?? '');
  return expected.flatMap(names).sort().join('|') === actualNames.sort().join('|');
}

export function deadlineMatches(expected: { text: string; iso: string | null }, actual: Task): boolean {
  const given = (actual as { deadline?: unknown }).deadline;
  const candidates: unknown[] =
    given !== null && typeof given === 'object' ? Object.values(given as Record<string, unknown>) : [given];
  return candidates.some(
    (value) =>
      typeof value === 'string' &&
      ((expected.iso !== null && value === expected.iso) || textKey(value) === textKey(expected.text)),
  );
}

export interface TaskPair {
  wanted: ExpectedTask;
  actual: Task | null;
  /** The pair was made on equal text (not only on the number). */
  textRight: boolean;
}

/**
 * Pairs every expected task with at most one imported task: first on equal text (preferring an equal
 * number), then, for the rest, on an equal number whose text starts the same way (so that a task
 * whose text is slightly off still has its units scored).
 */
export function matchTasks(expected: readonly ExpectedTask[], actual: readonly Task[]): TaskPair[] {
  const used = new Set<Task>();
  const pairs = expected.map((wanted) => {
    const sameText = actual.filter((t) => !used.has(t) && textKey(t.text) === textKey(wanted.text));
    const chosen = sameText.find((t) => numberMatches(wanted.number, t)) ?? sameText[0] ?? null;
    if (chosen) used.add(chosen);
    return { wanted, actual: chosen, textRight: chosen !== null };
  });
  for (const pair of pairs) {
    if (pair.actual) continue;
    const head = textKey(pair.wanted.text).slice(0, 8);
    const near = actual.find(
      (t) => !used.has(t) && numberMatches(pair.wanted.number, t) && textKey(t.text).startsWith(head),
    );
    if (near) [pair.actual, pair.textRight] = [near, false];
    if (near) used.add(near);
  }
  return pairs;
}
