// Naming what a target measures.
//
// Convention: the metric is the clause's own words before the figure, with the stretch word
// (力争…), framing words (其中, 全年, 确保…), quote marks and the comparator removed; a change
// word stays (地区生产总值增长 is a growth rate, 地区生产总值 would be a level). When the
// figure comes before its noun (建成10个以上创新园区) the noun after it joins the name
// (建成创新园区). Action verbs stay: 新增小微企业首贷户 counts new first-time borrowers.
import { ACTION_VERBS } from './lexicon.ts';

const STRETCH = /(?:积极)?(?:力争|争取|争创)/g;
const QUOTES = /[“”‘’「」『』"]/g;
const FRAMING = /^(?:[\s、]|其中|同时|全年|年内|今年|当年|确保)+/;
/** Words that join a second figure to the first (…以上、科技型企业贷款200亿元以上); 和美 is a name. */
export const CONNECTOR = /^\s*(?:[、;;]|以及|和(?!美)|及|与|并)/;

export function cleanMetric(words: string): string {
  return words.replace(STRETCH, '').replace(QUOTES, '').replace(FRAMING, '').trim();
}

/** Words after a figure that precedes its noun: 70%的社区… -> 社区… */
export function trailingNoun(words: string): string {
  return CONNECTOR.test(words) ? '' : words.replace(/^\s*的/, '');
}

/**
 * 新增高新技术企业、科技型中小企业各360家 sets one target per listed item; a leading
 * verb of the first item carries over to the others (新增科技型中小企业).
 */
export function splitEach(metric: string): string[] {
  const items = metric.split('、').filter((item) => item.trim() !== '');
  if (items.length < 2) return [metric];
  const first = items[0] ?? '';
  const verb = ACTION_VERBS.find((candidate) => first.startsWith(candidate));
  return items.map((item, index) =>
    index === 0 || verb === undefined || ACTION_VERBS.some((v) => item.startsWith(v))
      ? item
      : `${verb}${item}`,
  );
}
