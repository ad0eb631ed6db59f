// Word lists the indicator reader matches against. Lists are written as space-separated words
// and sorted longest-first, so 不低于 is tried before 低于 and 人次 before 人.
import type { Comparator } from '../../core/plan/plan.types.ts';

export type WordTable = ReadonlyArray<readonly [word: string, comparator: Comparator]>;

const words = (list: string): string[] =>
  list
    .split(/\s+/)
    .filter((word) => word !== '')
    .sort((a, b) => b.length - a.length);

const COMPARATORS: readonly Comparator[] = ['ge', 'gt', 'approx', 'le', 'lt', 'eq'];

function table(byComparator: Partial<Record<Comparator, string>>): WordTable {
  const rows = COMPARATORS.flatMap((comparator) =>
    words(byComparator[comparator] ?? '').map((word) => [word, comparator] as const),
  );
  return rows.sort((a, b) => b[0].length - a[0].length);
}

/**
 * Written right before the number. 突破/超/超过 are strictly more (gt): the target is met only
 * once the figure is passed. 达/达到 and 提高至/提升至 are at least (ge).
 */
export const PREFIX_COMPARATORS = table({
  ge: '不低于 不少于 达到 达 提高至 提高到 提升至 提升到 增至 增加至 增加到 增长至 增长到 上升至 升至',
  gt: '突破 超过 超 高于 多于 大于',
  le: `不超过 不高于 不多于 不大于 降至 降到 降低至 降低到 下降至 下降到 控制在 控制到 压降至
       压减至 压缩至 压缩到 缩短至 缩短到 减少至 减少到 减至`,
  lt: '低于 少于 小于',
  approx: '稳定在 保持在',
});

/** 达 ends many words that are not a comparator (下达, 发达, 抵达…). */
export const NOT_BEFORE_DA = new Set(words('下 发 抵 到 传 表 送 转 通'));

/** Written right after the number and unit; they win over a prefix (达到…左右 is approx). */
export const SUFFIX_COMPARATORS = table({
  ge: '及以上 以上',
  approx: '左右',
  le: '及以下 以内 之内 以下',
});

/** A change (增长7.5%) rather than a level: the word stays in the metric and in raw. */
export const CHANGE_WORDS = words('增长 下降 降低 减少 增加 提高 提升 上升');

/** Stretch words: the targets they govern are 力争 targets. */
export const STRETCH_WORDS = words('力争 争取 争创');

/** Multipliers written between the number and the unit, as powers of ten. */
export const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 12],
  ['千亿', 11],
  ['百亿', 10],
  ['千万', 7],
  ['百万', 6],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
];

/** Units as written, mapped to the stored unit where a classifier (个) is dropped. */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  个百分点: '百分点',
  个工作日: '工作日',
  个月: '月',
};

const CJK_UNITS = words(`
  % ‰ 个百分点 百分点 平方公里 平方千米 平方米 立方米 公顷 亩 公里 千米 米 吨 千克 标准箱 标箱
  人次 人 名 户 家 个 项 条 所 座 套 辆 台 件 间 张 床 场 次 批 栋 幢 处 部 篇 本 门 支 艘 架
  株 棵 头 只 宗 笔 起 册 片 块 位 种 元 美元 千瓦时 千瓦 千伏安 千伏 瓦 度 天 个工作日 工作日
  小时 分钟 个月 微克/立方米`);

/** Latin units must not run on into more letters (5G is a name, not 5 of unit G). */
const LATIN_UNITS = words('PFLOPS EFLOPS TFLOPS MWh GWh kWh TEU MW GW kW km TB PB EB P');

export function matchUnit(text: string, at: number): { written: string; unit: string } | null {
  const cjk = CJK_UNITS.find((unit) => text.startsWith(unit, at));
  if (cjk !== undefined) return { written: cjk, unit: UNIT_ALIASES[cjk] ?? cjk };
  const latin = LATIN_UNITS.find(
    (unit) => text.startsWith(unit, at) && !/[A-Za-z]/.test(text.charAt(at + unit.length)),
  );
  return latin === undefined ? null : { written: latin, unit: latin };
}

/** Verbs that open a new clause: a stretch word's reach stops before such a clause. */
export const ACTION_VERBS = words(`
  推动 推进 实施 开展 加快 加强 加大 建成 建设 新建 续建 改造 改扩建 培育 打造 创建 完成 提升
  提高 引导 开通 申建 强化 完善 深化 持续 积极 扩大 支持 实现 落实 组织 推广 探索 构建 发挥
  做强 做优 做好 做实 做大 优化 健全 建立 开发 利用 选派 征集 举办 出台 制定 编制 谋划 筹集
  设立 运营 迭代 挖掘 拓展 申报 吸引 招引 引进 引育 开工 保障 巩固 全面 大力 着力 统筹 促进
  新增 启动 确保 坚持 鼓励 加速 上线 覆盖 聚焦 围绕 紧扣 依托 形成 滚动 靶向 开拓 申请 发布
  争创 力争 争取`);

const VERBS_BY_FIRST_CHAR = new Map<string, string[]>();
for (const verb of ACTION_VERBS) {
  const first = verb.charAt(0);
  VERBS_BY_FIRST_CHAR.set(first, [...(VERBS_BY_FIRST_CHAR.get(first) ?? []), verb]);
}

/** Whether an action verb starts at `at` (looked up by first character: texts can be long). */
export function opensWithVerb(text: string, at: number): boolean {
  const verbs = VERBS_BY_FIRST_CHAR.get(text.charAt(at));
  return verbs !== undefined && verbs.some((verb) => text.startsWith(verb, at));
}

/** A clause opening with one of these says what work is about; its counts are not targets. */
export const SCOPE_VERBS = words('聚焦 围绕 依托 立足 对照 紧扣 按照 根据 面向 对标 瞄准');
