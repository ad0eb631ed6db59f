// How people write unit names, without any directory: what a unit looks like, and how a written list
// of units expands (市发改委、经贸委 = 市发改委 + 市经贸委; 黄埔区、南沙区政府 = 黄埔区政府 + 南沙区政府;
// a trailing 等 is not part of a name).

import { foldRuleWords } from '../traditional-forms.ts';

/** Endings of the names of bodies that can be given work. */
const UNIT_END =
  /(局|委|办|厅|院|署|处|科|(?<![入控参持炒配])股|所|站|队|部|中心|政府|管委会|管委|委员会|公司|集团|街道|乡镇|专班|指挥部|小组|组|会|联|社|行|馆|团|司|台|校|室|园|区|县|市|镇|乡|村|港|场|关|庭|库|网|协|办事处|部门|各地|单位|机构|企业|医院|学校|大学|银行|分行|支行|协会|商会|学会|廳|辦|處|隊|門|會|聯|團|館|區|縣|鎮|鄉|園|場|庫|網|協|辦事處|單位)$/u;
/** Openings of collective mentions: 各县市区政府, 全区各部门, 有关单位. */
const COLLECTIVE = /^(各|全|有关|相关|其他|驻|有關|相關|駐)/u;
/** Administrative level a name opens with, shared by the names after it in one list. */
const LEVEL_PREFIX = /^(省|市|县|区|州|旗|镇|乡)(?![直级委政])/u;
/**
 * A name that carries its own place or issuer: it takes no prefix from its neighbour. 国土 (land:
 * 国土资源厅, 国土局) is a department's own word, not the state's.
 */
const OWN_PLACE = /^(国(?!土)|中|人行|团|共青团|民航|铁路|驻|各|全|有关|相关)|[省市县区州旗镇乡]/u;
/** Words that name a kind of body, shared from the last name of a list of bare places. */
const SHARED_SUFFIX = /^(.{1,12}?(?:区|县|市|镇|乡|旗|街道))(人民政府|政府|管委会|党工委|办事处)$/u;
const BARE_PLACE = /^[\u4e00-\u9fff]{1,10}(区|县|市|镇|乡|旗|街道)$/u;
/** A department's own short name, the part after a shared level prefix (经贸委, 财政局). */
/** Words whose 乡 names no place (住房城乡建设厅, 乡村振兴局): a bare department, not a township's. */
const NOT_A_PLACE = /城乡|乡村/gu;
const DEPARTMENT_STEM = /^[\u4e00-\u9fff]{1,8}(局|委|办|厅|署|中心|委员会)$/u;
/** A trailing 等, with the kind of body it stands for: 等单位, 等有关部门, 等市级有关部门, 等区直相关单位. */
const TRAILING_ETC =
  /(?<=.{2})等(?:(?:[省市县区州旗]|自治区)(?:级|直))?(?:单位|部门|相关单位|有关单位|相关部门|有关部门)?$/u;
const PERSON = /^[\u4e00-\u9fff]{2,3}(?:同志)?$/u;

/** Words a task opens with and a body's name never does: 开工建设老年大学 is work, not a unit. */
const WORK_VERB =
  /^(开工|建设|推进|实施|完成|新建|加快|启动|开展|建成|迁建|改造|提升|推动|加强|深化|优化|落实|确保|组织|支持|打造|新增|扩建|改扩建|做好|全面|持续|积极|坚持|强化|健全|完善|促进|实现|培育|引导|争取|力争)/u;

/** True when the text reads as the name of a body (or a collective of them). */
export function looksLikeUnit(text: string): boolean {
  const name = text.replace(/[(\uff08][^()\uff08\uff09]*[)\uff09]/gu, '').replace(/\s+/gu, '');
  if (name.length < 2 || name.length > 40 || WORK_VERB.test(name)) return false;
  if (/[。;\uff1b:\uff1a!?\uff01\uff1f]/u.test(name) || /\d{3,}/u.test(name)) return false;
  return COLLECTIVE.test(name) || UNIT_END.test(name);
}

/** True when the name ends the way names of bodies do (局, 公司, 街道…), brackets aside. */
export function endsLikeUnit(text: string): boolean {
  return UNIT_END.test(text.replace(/[(\uff08][^()\uff08\uff09]*[)\uff09]$/u, ''));
}

/** A short name of two or three characters that is not a unit: a person (叶林, 林克庆). */
export function looksLikePerson(text: string): boolean {
  // A two-character name is often spaced out to the width of a three-character one (周 斐).
  const name = text.trim().replace(/^([\u4e00-\u9fff])[\s\u3000]+([\u4e00-\u9fff])$/u, '$1$2');
  return PERSON.test(name) && !UNIT_END.test(name.replace(/同志$/u, '')) && !COLLECTIVE.test(name);
}

const OFFICIAL =
  /^[\u4e00-\u9fff]{0,6}(省长|市长|区长|县长|州长|旗长|镇长|乡长|秘书长|书记|部长|厅长|局长)$/u;

/** A person named by office (分管副省长, 协管副秘书长): a leader, never a unit. */
export function looksLikeOfficial(text: string): boolean {
  return OFFICIAL.test(foldRuleWords(text));
}

/** Drops a trailing 等 / 等单位 from one mention (市卫生健康委等 -> 市卫生健康委). */
export function stripEtc(mention: string): string {
  return mention.replace(TRAILING_ETC, '');
}

/** A bracket opened after a name and never closed (a copy cut inside 各区人民政府〈含开发区): the name. */
const UNCLOSED_TAIL = /(?<=.{2})[(\uff08\u3008<\u300a[\u3010][^)\uff09\u3009>\u300b\]\u3011]*$/u;

function dropUnclosed(mention: string): string {
  return mention.replace(UNCLOSED_TAIL, '').trim();
}

/**
 * Expands one written list: trailing 等 dropped, a shared level prefix restored on a bare department
 * right after a prefixed one, a shared suffix given to bare places before a place that carries it.
 * `known` says whether a name as written is already a known unit; such names are never rewritten, nor
 * are names opening with one of `ownPlaces`, the places the notice is about (海曙生态环境分局).
 */
export function expandUnitList(
  mentions: string[],
  known: (name: string) => boolean = () => false,
  ownPlaces: readonly string[] = [],
): string[] {
  const plain = mentions.map((m) => stripEtc(dropUnclosed(m))).filter((m) => m !== '');
  return shareSuffix(sharePrefix(plain, known, ownPlaces), known);
}

function sharePrefix(
  mentions: string[],
  known: (name: string) => boolean,
  ownPlaces: readonly string[],
): string[] {
  const out: string[] = [];
  for (const mention of mentions) {
    const previous = out.at(-1);
    const prefix = previous === undefined ? null : (LEVEL_PREFIX.exec(previous)?.[1] ?? null);
    const ownPlace =
      OWN_PLACE.test(mention.replace(NOT_A_PLACE, '')) || ownPlaces.some((p) => mention.startsWith(p));
    const bare = !ownPlace && DEPARTMENT_STEM.test(mention) && !known(mention);
    out.push(prefix !== null && bare ? prefix + mention : mention);
  }
  return out;
}

function shareSuffix(mentions: string[], known: (name: string) => boolean): string[] {
  const out = [...mentions];
  for (let end = out.length - 1; end > 0; end -= 1) {
    const suffix = SHARED_SUFFIX.exec(out[end] ?? '')?.[2];
    if (suffix === undefined) continue;
    for (let i = end - 1; i >= 0; i -= 1) {
      const place = out[i] ?? '';
      if (!BARE_PLACE.test(place) || known(place) || COLLECTIVE.test(place)) break;
      out[i] = place + suffix;
    }
  }
  return out;
}
