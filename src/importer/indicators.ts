// Reads the quantitative targets out of one task's text (地区生产总值增长7.5%左右 ->
// { metric: 地区生产总值增长, value: 7.5, unit: %, comparator: approx }).
//
// Conventions, so that every task reads the same way:
// - value is in base units: 万, 亿 and 千 (where it multiplies: 5千家, not 千瓦) are applied
//   on the decimal digits, so 1.2亿元 is 120000000 元 exactly; full-width digits and ％ count.
// - comparator: 以上/不低于/达到/达/提高至/提升至 ge; 突破/超/超过/高于 gt; 左右/稳定在 approx;
//   降至/控制在/以内/以下/不超过 le; 低于 lt; nothing written eq. A word after the figure
//   wins over one before it (达到10%左右 is approx).
// - stretch and metric: see stretch.ts and metric.ts.
// - A figure is not a target when it is part of a name (G60, PM2.5, “1%工作法), an ordinal
//   (第3批), a year or date (no unit), a count of what a clause is about (聚焦…25个优势细分领域),
//   or a qualifier of the noun that carries the real figure (亿元以上技改项目150个以上,
//   收入50万元以上村占比超95%). Chinese-numeral counts in prose (三个重点, 一期) are not read;
//   一半以上/左右 is, as 50%.
import type { Indicator } from '../core/plan/plan.types.ts';
import { CONNECTOR, cleanMetric, splitEach, trailingNoun } from './indicators/metric.ts';
import { scanQuantities } from './indicators/quantity.ts';
import type { Quantity } from './indicators/quantity.ts';
import { stretchTest } from './indicators/stretch.ts';
import type { StretchTest } from './indicators/stretch.ts';
import { clauseFirstChar, clauseIndexAt, foldWidth, splitClauses } from './indicators/text.ts';
import type { Clause } from './indicators/text.ts';
import { SCOPE_VERBS, opensWithVerb } from './indicators/lexicon.ts';

interface Placed {
  quantity: Quantity;
  clauseIndex: number;
}

export function extractIndicators(text: string): Indicator[] {
  if (typeof text !== 'string' || text === '') return [];
  const plain = foldWidth(text);
  const clauses = splitClauses(plain);
  const placed = scanQuantities(plain).map((quantity) => ({
    quantity,
    clauseIndex: clauseIndexAt(clauses, quantity.start),
  }));
  const targets = placed.filter((item, index) => isTarget(plain, clauses, item, placed[index + 1]));
  const stretched = stretchTest(plain, clauses);
  return targets.flatMap((item, index) =>
    toIndicators(text, plain, clauses, stretched, item, targets[index - 1], targets[index + 1]),
  );
}

function isTarget(plain: string, clauses: readonly Clause[], item: Placed, next?: Placed): boolean {
  const clause = clauses[item.clauseIndex];
  if (clause === undefined) return false;
  const opening = clauseFirstChar(plain, clause);
  if (SCOPE_VERBS.some((verb) => plain.startsWith(verb, opening))) return false;
  if (next === undefined || next.clauseIndex !== item.clauseIndex) return true;
  // A figure followed, in the same clause, by a noun and then another figure qualifies that
  // noun (亿元以上技改项目150个); a connector or a new verb starts a target of its own.
  const between = plain.slice(item.quantity.end, next.quantity.start);
  const nounAt = between.length - between.trimStart().length;
  return between.trim() === '' || CONNECTOR.test(between) || opensWithVerb(between, nounAt);
}

function toIndicators(
  text: string,
  plain: string,
  clauses: readonly Clause[],
  stretched: StretchTest,
  item: Placed,
  previous?: Placed,
  next?: Placed,
): Indicator[] {
  const { quantity, clauseIndex } = item;
  const clause = clauses[clauseIndex];
  if (clause === undefined) return [];
  const afterPrevious = previous?.clauseIndex === clauseIndex;
  const start = afterPrevious ? previous.quantity.end : clause.start;
  const words = plain.slice(start, quantity.metricEnd);
  const before = afterPrevious ? words.replace(CONNECTOR, '') : words;
  const last = next?.clauseIndex !== clauseIndex;
  const after = last ? trailingNoun(plain.slice(quantity.end, clause.end)) : '';
  const metric = cleanMetric(`${before}${after}`);
  const shared = {
    value: quantity.value,
    unit: quantity.unit,
    comparator: quantity.comparator,
    stretch: stretched(quantity.start, clauseIndex),
    raw: text.slice(quantity.start, quantity.end),
  };
  return (quantity.each ? splitEach(metric) : [metric]).map((name) => ({ metric: name, ...shared }));
}
