// What a column title or a line's label means, under the many names notices give it.
import type { ColumnRole as PlanColumnRole } from '../../core/plan/plan.types.ts';

/**
 * seq: 序号; text: the task; lead: 牵头单位; responsible: 责任单位 (lead when no lead is named);
 * co: 配合单位 (and 数据提供单位, the unit that reports the figure of a target); roles: 部门分工 (a sentence with role verbs); leader: a person (分管市领导);
 * deadline: 完成时限; progress: 进展情况; milestone-qN: the plan for quarter N (a schedule's
 * sub-column, quarter-milestones.ts: never a title or label on its own); other: a known column that
 * holds nothing we keep.
 */
export type ColumnRole = Exclude<PlanColumnRole, 'ignore'> | 'other';

/** The period a progress column reports on: 1-10月, 一季度, 截至6月底, 上半年. */
const PERIOD =
  '(?:(?:截至|截止)?(?:20\\d{2}年)?(?:\\d{1,2}(?:[-—~至]\\d{1,2})?月(?:底|份)?|[一二三四1-4]季度|上半年|下半年|全年))?';

const ROLE_TESTS: [ColumnRole, RegExp][] = [
  ['seq', /^(序号|编号|序列|项次)$/u],
  [
    'leader',
    /^((?:[省市区县州旗](?:人民)?政府)?(分管|牵头|责任|联系|牵头负责|包保|督办)(省|市|区|县|州|旗|镇|乡|政府|区政府|县政府|市政府)*(负责)?领导(同志)?|责任人|负责人|领导)$/u,
  ],
  [
    'lead',
    /^(牵头(责任)?(单位|部门|股室|科室|处室)|主要责任(单位|部门)|主责(单位|部门)|主办(单位|部门)|牵头责任部门|责任主体|牵头单位及责任人)$/u,
  ],
  [
    'co',
    /^(配合(单位|部门|股室|科室|处室)|协同(配合|责任)?(单位|部门)|协办(单位|部门)|参与(单位|部门)|协助(单位|部门)|协作(单位|部门)|数据(提供|报送|来源)(单位|部门))$/u,
  ],
  [
    'responsible',
    /^(责任(单位|部门|股室|科室|处室)|承办(单位|部门)|实施(单位|部门)|落实(单位|部门)|责任单位及责任人|(责任|实施)(主体|单位)(与|和|及)(协同|配合|协作|参与)(单位|部门))$/u,
  ],
  ['roles', /^(部门分工|责任分工|分工|职责分工|单位分工)$/u],
  [
    'deadline',
    /^(完成时限|时间节点|完成时间|时限要求|时限|完成期限|计划完成时间|时间安排|进度安排|时间要求|完成时间要求|完成时限要求|办结时限|截止时间|完成节点|(项目)?实施(时间|期限|周期))$/u,
  ],
  [
    'progress',
    new RegExp(
      `^${PERIOD}(进展情况|推进情况|工作进展|完成情况|进度情况|落实情况|(?:当前|目前|最新|实际|项目|完成)?(?:进度|进展))$`,
      'u',
    ),
  ],
  [
    'other',
    /^(备注|说明|(事项|项目|任务)?(类别|类型)|([省市区县镇乡]?本级)?(任务数|任务量|目标值|指标值)|考核分值|分值|权重|是否(达序|完成|达标|按序时|按期)(推进|完成)?|(建设|实施|项目)(地点|地址|年限|时间|规模|性质)|(20\d{2}年)?(年度|计划|总|项目)?投资(金额|额|总额)?(\((万元|亿元)\))?)$/u,
  ],
  [
    'text',
    /^(目标与任务|目标任务|(?:工作)?(?:内容|任务|目标)(?:与|和|及)(?:要求|措施|标准)|(重点)?(工作)?任务(内容)?|重点工作(任务)?|工作(内容|事项)|主要(内容|任务|目标)|具体(任务|内容|措施|工作)|民生实事(项目)?|项目(名称|内容)?|事项|任务名称|工作措施|主要措施|建设内容|目标(任务)?及(工作)?措施|指标(要求|内容)?|(工作|年度|具体|预期)?目标(要求)?|.{0,8}(任务|工作|实事|事项|内容|措施|举措)(清单|名称|分解)?)$/u,
  ],
];

/**
 * The traditional forms of the characters column titles are written with (牽頭單位, 責任單位, 分管領導,
 * 完成時限), one for one, so a notice reposted in traditional characters names its columns the same way.
 */
const TRADITIONAL_FORMS =
  '單牽頭責協辦參與門領導時間節號務點進況負實項內備註說類別權標區縣鄉鎮聯體細劃計舉績數條級設現續達稱資額萬億規模';
const SIMPLIFIED_FORMS =
  '单牵头责协办参与门领导时间节号务点进况负实项内备注说类别权标区县乡镇联体细划计举绩数条级设现续达称资额万亿规模';
const TRADITIONAL_TITLE = new RegExp(`[${TRADITIONAL_FORMS}]`, 'gu');

/** A title without spaces, marks or a final colon, in simplified characters. */
export function toSimplifiedTitle(title: string): string {
  return title
    .replace(/[\s\u00a0\u3000*※]/gu, '')
    .replace(/[:\uff1a]$/u, '')
    .replace(/[\uff08\u3010\uff3b[]/gu, '(')
    .replace(/[\uff09\u3011\uff3d\]]/gu, ')')
    .replace(TRADITIONAL_TITLE, (c) => SIMPLIFIED_FORMS.charAt(TRADITIONAL_FORMS.indexOf(c)));
}

/** The role of a column title or label, or null for a title we do not know. */
export function columnRole(title: string): ColumnRole | null {
  const name = toSimplifiedTitle(title);
  const role = roleOfName(name);
  if (role !== null || !TRAILING_NOTE.test(name)) return role;
  return roleOfName(name.replace(TRAILING_NOTE, ''));
}

/**
 * A note in brackets after a column's name: its measure (年度投资(万元), 完成时限(月)) or the notice's
 * rule for the list (责任单位(排在第一位的为牵头单位), which the whole notice's rules read on their own).
 */
const TRAILING_NOTE = /\([^()]{1,24}\)$/u;

function roleOfName(name: string): ColumnRole | null {
  if (name === '' || name.length > 16) return null;
  return ROLE_TESTS.find(([, test]) => test.test(name))?.[0] ?? null;
}

const LABEL_NAMES = ROLE_TESTS.filter(([role]) => role !== 'seq' && role !== 'text' && role !== 'other');

/** One "label:value" found in a line. */
export interface Labelled {
  role: Exclude<ColumnRole, 'seq' | 'text' | 'other'>;
  value: string;
}

const UNIT_LABELS = new Set<ColumnRole>(['lead', 'responsible', 'co', 'roles']);
/**
 * The item whose units a label names, written before it at a line's start (项目责任单位:, 任务牵头单位:):
 * the label still opens the line. Any other words before a unit label make it prose (请各牵头单位:).
 */
const ITEM_WORD = /^(?:项目|任务|工作|事项|本项(?:工作|任务)?)$/u;
const LABEL_AT = /([\u4e00-\u9fff]{2,10})\s*[:\uff1a]/gu;

/**
 * The labelled parts of a line ("牵头单位:X;责任单位:A、B", "分管省领导:林克庆"), or null when the line
 * does not open with a known label. Each value runs to the next known label.
 */
export function parseLabels(text: string): Labelled[] | null {
  if (!/[:\uff1a]/u.test(text)) return null;
  const starts: { index: number; end: number; role: Labelled['role'] }[] = [];
  for (const match of text.matchAll(LABEL_AT)) {
    const found = labelRole(match[1] ?? '');
    if (found !== null) {
      // A line may open with a person's or a progress label after a word of its own (项目责任人:,
      // 实际完成情况:); a unit label must open the line itself (请各牵头单位: is prose).
      const opensLine =
        match.index === 0 &&
        (!UNIT_LABELS.has(found.role) || ITEM_WORD.test((match[1] ?? '').slice(0, found.offset)));
      starts.push({
        index: opensLine ? 0 : match.index + found.offset,
        end: match.index + match[0].length,
        role: found.role,
      });
    }
  }
  if (starts.length === 0 || (starts[0]?.index ?? 1) !== 0) return null;
  return starts.map((start, i) => {
    const stop = starts[i + 1]?.index ?? text.length;
    const value = text
      .slice(start.end, stop)
      .trim()
      .replace(/[;\uff1b,\uff0c。]+$/u, '')
      .trim();
    return { role: start.role, value };
  });
}

/**
 * The role verb alone as a whole label, in a unit cell or a bracket ("牵头:市教育局;配合:市财政局"): a
 * label only, never a column title (a table's header names its columns in full).
 */
const VERB_LABELS = new Map<string, Labelled['role']>([
  ['牵头', 'lead'],
  ['主责', 'lead'],
  ['主办', 'lead'],
  ['配合', 'co'],
  ['协办', 'co'],
  ['协助', 'co'],
  ['参与', 'co'],
]);

/** A label is the column name itself, or ends with it after a few words ("本项工作牵头单位"). */
function labelRole(name: string): { role: Labelled['role']; offset: number } | null {
  const verb = VERB_LABELS.get(toSimplifiedTitle(name));
  if (verb) return { role: verb, offset: 0 };
  for (let offset = 0; offset < name.length - 1; offset += 1) {
    const role = columnRole(name.slice(offset));
    if (role !== null && LABEL_NAMES.some(([r]) => r === role))
      return { role: role as Labelled['role'], offset };
  }
  return null;
}

/** A paragraph that is only a column title. */
export function isColumnTitle(text: string): boolean {
  return columnRole(text) !== null;
}
