// Unit names in a run-together table's text: read one after another from where a unit group starts,
// each name ending where the unit grammar says a unit ends and going on over a bracket or a place's body.
import { departmentStemAt } from '../units/department-stems.ts';
import { endsLikeUnit, looksLikeUnit } from '../units/unit-grammar.ts';

/** What a unit name never holds. */
const NOT_IN_UNIT = /[\d,，、。;；:：!！?？“”"'‘’\s\ue000]/u;
/** Words that open task text, never a unit's name. */
export const WORK_VERB =
  /^(开工|建设|推进|实施|完成|新建|加快|启动|开展|建成|改造|提升|推动|加强|深化|优化|落实|确保|组织|支持|打造|新增|扩建|做好|全面|持续|积极|坚持|强化|健全|完善|促进|实现|培育|引导|争取|力争|增加|提高|对|为|在|将|按)/u;
const PLACE_BODY = /^(人民政府|政府|管委会|管委|党工委|工委|办事处)/u;
const PARTY_OFFICE = /^[省市区县](委|政府)$/u;
const PARTY_OFFICE_TAIL = /^(办公室|办|宣传部|组织部|统战部|政法委|编办|网信办)/u;
const MAX_UNIT = 20;
const UNIT_LIST_MARK = /[、，,]/u;
/** A name is not over while the next characters are a unit's own ending (人社|局, 市场监管|局). */
const SUFFIX_GOES_ON = /^(局|委|办|厅|院|中心|公司|集团|政府|管委会|办事处|分局|支队|大队|街道)/u;
/** Unit names written one after another from `at`, until text that is not a unit. */
export function unitsFrom(body: string, at: number): { names: string[]; end: number } {
  const names: string[] = [];
  let pos = at;
  for (let unit = nextUnit(body, pos); unit; unit = nextUnit(body, pos)) {
    names.push(unit.name);
    pos = unit.end;
    // A cell that lists its units with 、 or ,: the mark goes with the list when a unit follows it.
    if (UNIT_LIST_MARK.test(body.charAt(pos)) && nextUnit(body, pos + 1)) pos += 1;
  }
  return { names, end: pos };
}

function nextUnit(body: string, at: number): { name: string; end: number } | null {
  if (WORK_VERB.test(body.slice(at, at + 2)) || NOT_IN_UNIT.test(body.charAt(at))) return null;
  const ahead = body.slice(at, at + MAX_UNIT);
  for (let end = at + 2; end <= Math.min(body.length, at + MAX_UNIT); end += 1) {
    const name = body.slice(at, end);
    if (NOT_IN_UNIT.test(name.charAt(name.length - 1))) return null;
    if (/[(（)）]/u.test(name.charAt(name.length - 1)) || !endsLikeUnit(name) || !looksLikeUnit(name))
      continue;
    if (SUFFIX_GOES_ON.test(body.slice(end)) || tooShort(name, ahead)) continue;
    const stop = extend(body, end);
    return { name: body.slice(at, stop), end: stop };
  }
  return null;
}

/**
 * 区市 and 各乡 end like units but are only a prefix and a place (区市场监管局, 各乡镇); a name that
 * opens with a department's stem runs past it (区市场监管局, not 区市).
 */
function tooShort(name: string, ahead: string): boolean {
  const body = name.replace(/^(各|全|有关|相关)/u, '');
  if (body.length < 2 || /^[省市县区州旗][市县区州旗镇乡]$/u.test(body)) return true;
  const stem = departmentStemAt(ahead.replace(/^(各|全)/u, ''));
  return stem !== null && body.replace(/^[省市县区州旗镇乡]/u, '').length <= stem.length;
}

/** A unit name goes on over a bracket (高新园(邹区镇)) and over the body a place names (高新区管委会). */
function extend(body: string, end: number): number {
  let stop = end;
  const rest = body.slice(stop);
  const bracket = /^[(（][^()（）]{1,12}[)）]/u.exec(rest);
  if (bracket) return stop + bracket[0].length;
  const name = body.slice(0, stop);
  const place = /(区|县|市|镇|乡|街道)$/u.test(name) ? PLACE_BODY.exec(rest) : null;
  if (place) stop += place[0].length;
  else if (
    PARTY_OFFICE.test(body.slice(Math.max(0, stop - 3), stop)) ||
    PARTY_OFFICE.test(body.slice(stop - 2, stop))
  ) {
    const tail = PARTY_OFFICE_TAIL.exec(rest);
    if (tail) stop += tail[0].length;
  }
  return stop;
}
