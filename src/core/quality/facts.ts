// What counts as a fact in a progress text: a figure (312.4亿元, 126个, ３成, 百分之六, 三千余人),
// a date (4月15日, 十月), a named project or document (龙窝湖湿地公园项目, 《实施方案》) or a
// measurable outcome (已获批, 正式投产). Stock words (一批, 进一步, 一是) are not facts.
import type { FactKind, TextRange } from './quality.types.ts';
import { foldWidth } from './numbers.ts';

export interface Fact {
  kind: FactKind;
  range: TextRange;
}

const NUMERAL = '[零〇一二两三四五六七八九十百千万亿]';
const CLASSIFIER =
  '(?:余|多)?(?:万|亿)?(?:个|家|项|户|人次|人|名|件|座|所|条|公里|千米|米|亩|公顷|吨|元|场|次|期|批次|套|台|辆|艘|栋|间|处|张|份|倍|成|年|天)';
const PROJECT_SUFFIX =
  '(?:项目|工程|大桥|大道|公园|医院|学校|中心|基地|产业园|物流园|码头|隧道|工厂|电站|研究院|片区|公司|集团)';

const PATTERNS: ReadonlyArray<readonly [FactKind, RegExp]> = [
  // Digits not part of a name (G60, PM2.5, 5G) nor a list marker (1、 (2)).
  ['figure', /(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d]|[、.)）](?!\d))/g],
  [
    'figure',
    new RegExp(
      `百分之${NUMERAL}+|(?<!${NUMERAL})(?:[二两三四五六七八九十]|一[十百千万])${NUMERAL}*${CLASSIFIER}(?!规定|原则|要求|方面)`,
      'g',
    ),
  ],
  ['figure', /[一二三四五六七八九]成(?![员为立果效本])/g],
  ['date', new RegExp(`${NUMERAL}{1,3}月(?:${NUMERAL}{1,3}日)?|${NUMERAL}{1,3}日`, 'g')],
  ['namedProject', /《[^》]{2,40}》/g],
  ['namedProject', new RegExp(`[\\p{Script=Han}A-Za-z\\d()()]{2,12}?(?=${PROJECT_SUFFIX})`, 'gu')],
  [
    'outcome',
    /(?:已|正式|顺利|成功|均已|率先)\p{Script=Han}{0,4}?(?:获批|入选|获评|挂牌|揭牌|印发|出台|签订|签约|通车|投产|投用|运营|上线|竣工|开工|验收|落地|发布|建成|获得|上报|报送|批复|通过)/gu,
  ],
];

/** Words right before a 项目/工程… that make it generic (重点项目, 在建工程), not a named one. */
const GENERIC_BEFORE =
  /(?:以上|以下|主体|配套|工作|领域|行业|类型|重点|相关|各类|各项|一批|民生|建设|在建|续建|新建|储备|谋划|招引|签约|开工|竣工|产业|设施|有关|宅|全市|我市|这些|上述|示范|试点|服务|创新|公共|的|类|等|和|及|与|批|个|了|在|各|该|此|好|新|大)$/;
/** A verb inside the run means it is a clause (加快推进…项目), not a name. */
const ACTION_INSIDE =
  /推进|推动|加快|开展|完成|实施|谋划|加强|做好|抓好|积极|支持|确保|督促|调度|保障|落实|跟踪|对接|围绕|聚焦|强化|持续|核对|逐一|梳理|申报|办理|协调|研究|与/;

export function findFacts(text: string): Fact[] {
  const plain = foldWidth(text);
  const facts: Fact[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of plain.matchAll(pattern)) {
      if (kind === 'namedProject' && !isNamed(match[0])) continue;
      facts.push({ kind, range: { start: match.index, end: match.index + match[0].length } });
    }
  }
  return facts;
}

export function hasFact(text: string): boolean {
  return findFacts(text).length > 0;
}

function isNamed(found: string): boolean {
  if (found.startsWith('《')) return true;
  return !GENERIC_BEFORE.test(found) && !ACTION_INSIDE.test(found);
}
