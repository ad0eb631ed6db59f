// Sentences that carry the roles with verbs: 省发展改革委牵头,各地、各部门配合;
// X、Y牵头,Z按职责分工负责; X、Y分别牵头; X负责; X主办,Y协办; X、Y分别负责. Each clause names its units, then its role.

import { splitUnitMentions } from '../units/unit-directory.ts';
import { looksLikeUnit, stripEtc } from '../units/unit-grammar.ts';
import { foldRuleWords } from '../traditional-forms.ts';

export interface RoleSplit {
  lead: string[];
  co: string[];
}

/** Verbs after a co-responsible clause; tried before the lead verbs (按职责分工负责 ends in 负责). */
const CO_VERB =
  /(?:按职责分工?负责|按职责分工落实|按职责落实|按职能分工负责|按照职责分工负责|共同负责|协同推进|配合落实|配合推进|分别配合|参与|配合|协助|协办|协同|为(?:配合|协办|协助|参与|协同|责任)(?:单位|部门))$/u;
/** The co verbs that share the duty itself (not 配合 or 协助): with no lead named, their units lead. */
const SHARED_DUTY =
  /(?:按职责分工?负责|按职责分工落实|按职责落实|按职能分工负责|按照职责分工负责|共同负责|为责任(?:单位|部门))$/u;
/** A copy cut inside 按职责分工负责 leaves its first characters after the last unit (…总队等按职责分). */
const CUT_VERB = /等?按(?:职(?:责(?:分(?:工(?:负)?)?)?)?)?$/u;
/** 主办 (runs the task, beside 协办 units) and 分别负责 (each unit its own part) name leads too. */
const LEAD_VERB =
  /(?:分别牵头负责|分别牵头|分别负责|牵头负责|牵头落实|牵头推进|牵头|负总责|主责|主办|负责|为(?:牵头|主责|主办)(?:单位|部门))$/u;
/** 由 (by) before the first unit of a clause: 由市教育局牵头. */
const LEADING_BY = /^由/u;
const CLAUSE_BREAK = /[,\uff0c;\uff1b。]/u;

/**
 * Text before a role verb too long for a list of a few units is prose, unless every name in it reads
 * as a unit (nine departments and a bank 等负责).
 */
function isLongProse(text: string): boolean {
  if (text.length <= 60) return false;
  const names = splitUnitMentions(text)
    .map(stripEtc)
    .filter((name) => name !== '');
  return names.length === 0 || !names.every(looksLikeUnit);
}

/** A lead verb followed by 、 and the next units (X和Y分别牵头、Z): the verb closes its clause. */
const LEAD_THEN_LIST = /(分别牵头负责|分别牵头|牵头负责|牵头|分别负责|负责)、/gu;

/** X和Y分别牵头、Z -> X和Y分别牵头,Z (matched on the folded words, so 分別牽頭、 too). */
function closeLeadLists(text: string): string {
  let out = '';
  let last = 0;
  for (const match of foldRuleWords(text).matchAll(LEAD_THEN_LIST)) {
    const end = match.index + (match[1] ?? '').length;
    out += `${text.slice(last, end)},`;
    last = end + 1;
  }
  return out + text.slice(last);
}

const ROLE_WORD = /牵头|负责|配合|协助|协办|参与|主责|主办|会同|为责任(?:单位|部门)/u;

/** X会同Y、Z负责, (由)X牵头会同Y推进, 会同Y落实: X leads, Y works with it (会同: together with). */
const JOINTLY =
  /^(.*?)(?:牵头)?会同(.+?)(?:共同)?(?:牵头负责|牵头|负责|推进|落实|实施|办理|开展|组织实施)?$/u;

/** The lead (before 会同, '' when the clause opens with it) and the co units (after) of a clause. */
function jointly(clause: string, folded: string): { lead: string; co: string } | null {
  const match = JOINTLY.exec(folded);
  if (!match) return null;
  const before = (match[1] ?? '').length;
  const at = folded.indexOf('会同', before);
  const lead = clause.slice(0, before).trim().replace(LEADING_BY, '');
  const co = clause.slice(at + 2, at + 2 + (match[2] ?? '').length).trim();
  return co !== '' && namesUnits(co) && (lead === '' || namesUnits(lead)) ? { lead, co } : null;
}

/** Every name in `text` reads as a unit (市财政局、市商务局; not 市财政局研究制定). */
function namesUnits(text: string): boolean {
  const names = splitUnitMentions(text)
    .map(stripEtc)
    .filter((name) => name !== '');
  return names.length > 0 && names.every(looksLikeUnit);
}

/**
 * A sentence after the one that gives the roles, holding words that name no unit (具体任务均涉及相关市
 * (州)人民政府,不再做分工,下同。): a note on the list, not more units. The text before it.
 */
function withoutTrailingNote(text: string): string {
  const sentences = text.split(/(?<=。)/u);
  for (let i = 1; i < sentences.length; i += 1) {
    const clauses = (sentences[i] ?? '').split(CLAUSE_BREAK).filter((c) => c.trim() !== '');
    const note = clauses.some((c) => !ROLE_WORD.test(foldRuleWords(c)) && !looksLikeUnit(stripEtc(c.trim())));
    if (note) return sentences.slice(0, i).join('');
  }
  return text;
}

/** Lead and co units named by role verbs, or null when the text has no role verb at all. */
export function parseRoleSentence(text: string): RoleSplit | null {
  const clean = closeLeadLists(
    withoutTrailingNote(text.trim().replace(/^[(\uff08【[]|[)\uff09】\]]$/gu, '')),
  );
  if (!ROLE_WORD.test(foldRuleWords(clean))) return null;
  const split: RoleSplit = { lead: [], co: [] };
  let pending: string[] = [];
  let shared = 0;
  for (const raw of clean.split(CLAUSE_BREAK)) {
    const clause = raw.trim();
    if (clause === '') continue;
    const folded = foldRuleWords(clause);
    const joint = jointly(clause, folded);
    if (joint) {
      const lead = [...pending, joint.lead].filter((u) => u !== '');
      if ([...lead, joint.co].some(isLongProse)) return null;
      split.lead.push(...lead);
      split.co.push(joint.co);
      pending = [];
      continue;
    }
    const co = CO_VERB.exec(folded);
    const match = co ?? LEAD_VERB.exec(folded);
    if (!match) {
      pending.push(clause);
      continue;
    }
    // 由X牵头: the preposition opens the clause, not the unit's name.
    const named = clause.slice(0, match.index).trim().replace(LEADING_BY, '');
    const units = [...pending, named].filter((u) => u !== '');
    if (units.length === 0 || units.some(isLongProse)) return null;
    (co ? split.co : split.lead).push(...units);
    if (co && SHARED_DUTY.test(folded)) shared += 1;
    pending = [];
  }
  if (split.lead.length + split.co.length === 0) return null;
  split.co.push(...pending.map((unit) => unit.replace(CUT_VERB, '')).filter((unit) => unit !== ''));
  // X、Y按职责分工负责 with no 牵头 anywhere: every unit named answers for the task.
  if (split.lead.length === 0 && shared > 0) return { lead: split.co, co: [] };
  return split;
}
