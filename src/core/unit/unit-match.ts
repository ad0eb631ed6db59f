// Which directory unit a name of a new year's notice most likely is, and why: its name or an alias,
// an abbreviation written out (发改 ↔ 发展改革, 经信 ↔ 工业和信息化), the same head and tail with the
// short form's characters in order (市场监管局 ↔ 市场监督管理局), or plain similarity.
import type { UnitOnDate } from './unit.types.ts';

export type MatchReason = 'name' | 'alias' | 'abbreviation' | 'pattern' | 'similarity';

export interface UnitMatchProposal {
  unitId: number;
  /** The directory's current name. */
  name: string;
  reason: MatchReason;
  /** 0..1: how alike the names are after the rule. */
  score: number;
  /** The rule that matched, as shown to the admin (经信 ↔ 工业和信息化). */
  detail: string;
}

/** Short forms and what they stand for; the first long form is the one current names use. */
const ABBREVIATIONS: readonly (readonly [string, readonly string[]])[] = [
  ['发改', ['发展改革', '发展和改革']],
  ['经信', ['工业和信息化', '经济和信息化', '经济信息化']],
  ['工信', ['工业和信息化']],
  ['人社', ['人力资源社会保障', '人力资源和社会保障']],
  ['自规', ['自然资源和规划', '自然资源规划']],
  ['住建', ['住房城乡建设', '住房和城乡建设']],
  ['卫健', ['卫生健康']],
  ['市场监管', ['市场监督管理']],
  ['文旅', ['文化和旅游', '文化旅游']],
  ['应急', ['应急管理']],
  ['医保', ['医疗保障']],
  ['城管', ['城市管理']],
  ['教体', ['教育体育']],
  ['数据', ['数据资源管理', '数据资源']],
  ['国资委', ['国有资产监督管理委']],
  ['退役军人', ['退役军人事务']],
  ['政务服务', ['政务服务管理']],
  ['机关事务', ['机关事务管理']],
  ['投促', ['投资促进']],
  ['地方金融', ['金融工作', '地方金融监督管理']],
  ['生态环境', ['生态环境保护']],
];

const SUFFIXES = [
  '管委会',
  '委员会',
  '办公室',
  '政府',
  '中心',
  '集团',
  '公司',
  '专班',
  '局',
  '委',
  '办',
  '厅',
  '院',
  '会',
];

/** One spelling for comparing: no spaces, 委员会 -> 委, 办公室 -> 办, 人民政府 -> 政府. */
function plain(name: string): string {
  return name
    .replace(/\s+/gu, '')
    .replace(/[（]/gu, '(')
    .replace(/[）]/gu, ')')
    .replace(/委员会$/u, '委')
    .replace(/办公室$/u, '办')
    .replace(/人民政府$/u, '政府');
}

/** Every long form shortened and 和 dropped: the form two spellings of one name share. */
function expanded(name: string): string {
  let text = plain(name);
  for (const [short, longs] of ABBREVIATIONS) {
    for (const long of longs) text = text.replaceAll(long, short);
  }
  return text.replaceAll('和', '');
}

function ruleBetween(a: string, b: string): string {
  for (const [short, longs] of ABBREVIATIONS) {
    const long = longs.find((l) => a.includes(l) || b.includes(l));
    if (long && (a.includes(short) || b.includes(short))) return `${short} ↔ ${long}`;
  }
  return '简称与全称';
}

const suffixOf = (name: string) => SUFFIXES.find((s) => name.endsWith(s)) ?? '';
/** The area a name starts with: 市, 省, or a place ending in 市/区/县. */
const headOf = (name: string) => /^(?:[^市区县省]{0,6}[市区县省])/u.exec(name)?.[0] ?? '';

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const char of long) if (char === short[i]) i += 1;
  return i === short.length;
}

/** The same head and tail, and the shorter middle's characters in order in the longer one. */
function samePattern(a: string, b: string): boolean {
  const [head, suffix] = [headOf(a), suffixOf(a)];
  if (head === '' || suffix === '' || head !== headOf(b) || suffix !== suffixOf(b)) return false;
  const middle = (name: string) => name.slice(head.length, name.length - suffix.length);
  const [x, y] = [middle(a), middle(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 2 && short !== long && isSubsequence(short, long);
}

/** Dice coefficient of character pairs. */
export function similarity(a: string, b: string): number {
  const pairs = (text: string) =>
    Array.from({ length: Math.max(text.length - 1, 0) }, (_, i) => text.slice(i, i + 2));
  const [x, y] = [pairs(a), pairs(b)];
  if (x.length + y.length === 0) return a === b ? 1 : 0;
  const pool = [...y];
  let shared = 0;
  for (const pair of x) {
    const at = pool.indexOf(pair);
    if (at >= 0) {
      shared += 1;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

export const SIMILARITY_THRESHOLD = 0.6;

function compare(written: string, unit: UnitOnDate): UnitMatchProposal | null {
  const at = (reason: MatchReason, score: number, detail: string) => ({
    unitId: unit.id,
    name: unit.name,
    reason,
    score: Math.round(score * 100) / 100,
    detail,
  });
  if (unit.name === written) return at('name', 1, '名称相同');
  const alias = unit.aliases.find((a) => a.alias === written);
  if (alias) return at('alias', 1, `名录别名:${alias.alias}`);
  const names = [unit.name, ...unit.aliases.map((a) => a.alias)];
  const spelled = names.find((name) => expanded(name) === expanded(written));
  if (spelled) return at('abbreviation', 0.95, ruleBetween(spelled, written));
  const patterned = names.find((name) => samePattern(plain(name), plain(written)));
  if (patterned)
    return at('pattern', 0.8, `同为"${headOf(plain(written))}…${suffixOf(plain(written))}",简称字序一致`);
  const score = Math.max(...names.map((name) => similarity(plain(name), plain(written))));
  if (score >= SIMILARITY_THRESHOLD && suffixOf(plain(unit.name)) === suffixOf(plain(written)))
    return at('similarity', score, `名称相似度${Math.round(score * 100)}%`);
  return null;
}

const RANK: Record<MatchReason, number> = { name: 5, alias: 4, abbreviation: 3, pattern: 2, similarity: 1 };

/** The best match among the units not excluded (those the notice names as themselves), else null. */
export function proposeUnitMatch(
  written: string,
  directory: readonly UnitOnDate[],
  excluded: ReadonlySet<number> = new Set(),
): UnitMatchProposal | null {
  let best: UnitMatchProposal | null = null;
  for (const unit of directory) {
    if (excluded.has(unit.id) || unit.successorId !== null) continue;
    const found = compare(written.trim(), unit);
    if (!found) continue;
    if (
      !best ||
      RANK[found.reason] > RANK[best.reason] ||
      (RANK[found.reason] === RANK[best.reason] && found.score > best.score)
    )
      best = found;
  }
  return best;
}
