// A leader (people) column a run-together table writes before the task's text or its units
// (序号 | 责任领导 | 工作任务 | …, 序号 | 分管区领导 | 牵头单位 | …): "1张伟推进…", "1何海平区教育局…".
// Nothing separates the person from what follows, so the name ends where the rest reads as what the
// header says comes next: a unit with a department's stem, or the words a task opens with. A name the
// table already gave elsewhere wins; failing every signal, no leader is taken and the row stays whole.
import { departmentStemAt } from '../units/department-stems.ts';
import { endsLikeUnit, looksLikeOfficial } from '../units/unit-grammar.ts';
import { unitsFrom, WORK_VERB } from './run-together-units.ts';

/** What the header puts right after the leader's cell. */
export type AfterLeader = 'units' | 'text';

/**
 * Common surnames, without those that mostly open a task's words (全, 国, 平…): a name starts with
 * one, so 围绕推进… and 聚焦… are never read as a person.
 */
const SURNAMES = new Set(
  `王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤
常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚
岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆冀郁胥南栗燕楚鄢谌奚粟冼蔺厉伊仝郜阚花权强帅屠豆朴盖练廉禹井祖漆巴丰卿狄容敬扈晁芮阙戈鹿
薄邸雍辜羊阿乌母裘亓邰赫杭鲜逯诸慕亢嵇哈湛宾戎勾茅於尉冶檀阴昝智幸奉尧闭`.replace(/\s/gu, ''),
);
const COMPOUND_SURNAME =
  /^(欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|令狐|宇文|长孙|夏侯|轩辕|端木|独孤|南宫|西门|司徒|申屠|呼延)/u;
/** Two to four characters: 张伟, 何海平, 欧阳明辉; three first, as most names are. */
const NAME_LENGTHS = [3, 2, 4];
const OFFICIAL_LENGTHS = [8, 7, 6, 5, 4, 3];
const HAN = /^[\u4e00-\u9fff]+$/u;
const NAME_LIST_MARK = /^[、，,\s]/u;
const TITLE_BRACKET = /^[(（][^()（）]{1,10}[)）]/u;
/** A leader cell holds a few people at most. */
const MAX_NAMES = 4;

export interface LeaderCell {
  leader: string;
  end: number;
}

/**
 * The leader's cell at `at`: one or more people (张伟、李红), each with an optional title in brackets,
 * ended where `next` begins. `known` holds the names read from other rows of the same table.
 */
export function leaderAt(body: string, at: number, next: AfterLeader, known: Set<string>): LeaderCell {
  let pos = at;
  for (let count = 0; count < MAX_NAMES; count += 1) {
    const end = oneLeader(body, pos, next, known, MAX_NAMES - count);
    if (end === null) break;
    pos = end;
    if (!NAME_LIST_MARK.test(body.charAt(pos))) break;
    pos += 1;
  }
  if (pos === at) return { leader: '', end: at };
  // A list mark read past the last person belongs to no one.
  const end = NAME_LIST_MARK.test(body.charAt(pos - 1)) ? pos - 1 : pos;
  return { leader: body.slice(at, end), end };
}

/**
 * Where one person (with a bracketed title) ends, or null when no reading fits: what follows is what
 * the header puts next, or a list mark and another person (up to `left` people in all).
 */
function oneLeader(
  body: string,
  at: number,
  next: AfterLeader,
  known: Set<string>,
  left: number,
): number | null {
  if (left <= 0) return null;
  const lengths = [
    ...OFFICIAL_LENGTHS.filter((length) => looksLikeOfficial(body.slice(at, at + length))),
    ...NAME_LENGTHS,
  ];
  for (const length of lengths) {
    const name = body.slice(at, at + length);
    if (name.length !== length || !HAN.test(name) || !isPerson(name)) continue;
    const end = withTitle(body, at + length);
    if (opensNext(body, end, next)) return end;
    if (NAME_LIST_MARK.test(body.charAt(end)) && oneLeader(body, end + 1, next, known, left - 1) !== null)
      return end;
  }
  // No reading fits: a person this table already named (the longest) is taken as written.
  const seen = [...known].filter((name) => body.startsWith(name, at)).sort((a, b) => b.length - a.length)[0];
  return seen === undefined ? null : withTitle(body, at + seen.length);
}

/** A title in brackets after a name goes with the name: 王立新(副区长). */
function withTitle(body: string, end: number): number {
  const title = TITLE_BRACKET.exec(body.slice(end));
  return title ? end + title[0].length : end;
}

/** A person's name opens with a surname, and never reads as a unit or as the start of a task's words. */
function isPerson(name: string): boolean {
  if (looksLikeOfficial(name)) return true;
  if (!SURNAMES.has(name.charAt(0)) && !COMPOUND_SURNAME.test(name)) return false;
  return !endsLikeUnit(name) && !WORK_VERB.test(name) && departmentStemAt(name) === null;
}

function opensNext(body: string, at: number, next: AfterLeader): boolean {
  if (next === 'text') return WORK_VERB.test(body.slice(at, at + 2));
  const units = unitsFrom(body, at);
  return units.names.length > 0 && departmentStemAt(units.names[0] ?? '') !== null;
}

/** Remembers a row's leaders so that rows whose words give no clue can still be cut at a known name. */
export function rememberLeaders(known: Set<string>, leader: string): void {
  for (const name of leader.split(/[、，,\s]+/u)) {
    const bare = name.replace(/[(（][^()（）]*[)）]$/u, '');
    if (bare.length >= 2) known.add(bare);
  }
}
