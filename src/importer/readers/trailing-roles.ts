// A task's units written as the last sentence of its own paragraph, with role verbs and no label:
// "新建学校3所。由市教育局牵头,市财政局配合,2025年6月底前完成。" or "…。市教育局为牵头单位,市财政局为配合单位。"
// The sentence goes on a line of its own (the way a notice writes it under the task), and a deadline
// clause closing it becomes a 完成时限 line, so both are read as the task's own lines are.
import { isDeadlineText } from '../assemble/cell-kinds.ts';
import { parseRoleSentence } from '../assemble/roles.ts';
import { splitUnitMentions } from '../units/unit-directory.ts';
import { looksLikeUnit, stripEtc } from '../units/unit-grammar.ts';
import type { SourceLine } from '../source.types.ts';

const MAX_LENGTH = 600;
/** A line that opens with a task's number: its first clause is the task's text, never a unit. */
const NUMBERED = /^[\d(\uff08\u2460-\u2473]/u;
/** The last sentence: after the paragraph's last 。 or ; that is not its end. */
const LAST_SENTENCE = /(?:^|[。;\uff1b])([^。;\uff1b]+)[。;\uff1b]?\s*$/u;
/** A closing clause that only gives the time: 2025年6月底前完成, 年底前完成到位. */
const DEADLINE_CLAUSE =
  /[,\uff0c]\s*([^,\uff0c]{2,20}?)(?:前)?(?:全面|全部)?(?:完成|办结|建成|到位|完成到位)?\s*$/u;

/** The units a role sentence names, every one of them a unit's name; null otherwise. */
function isRoleSentence(text: string): boolean {
  const roles = parseRoleSentence(text);
  if (roles === null || roles.lead.length === 0) return false;
  const mentions = [...roles.lead, ...roles.co].flatMap((part) => splitUnitMentions(part)).map(stripEtc);
  return mentions.length > 0 && mentions.every(looksLikeUnit);
}

/**
 * The last clauses of a sentence that name its units (新建农村公路100公里,县交通运输局牵头,县财政局配合):
 * the most clauses that read as a role sentence, after at least one clause of the task's own words.
 */
function roleClauses(sentence: string): { head: string; roles: string } | null {
  const clauses = sentence.split(/[,\uff0c]/u);
  for (let k = clauses.length - 1; k >= 1; k -= 1) {
    const roles = clauses.slice(-k).join('\uff0c').trim();
    if (isRoleSentence(roles)) return { head: clauses.slice(0, -k).join('\uff0c').trim(), roles };
  }
  return null;
}

export function splitTrailingRoles(line: SourceLine): SourceLine[] {
  const text = line.text.trim();
  if (text.length > MAX_LENGTH || /[:\uff1a]/u.test(text)) return [line];
  const last = LAST_SENTENCE.exec(text);
  if (!last || last[1] === undefined) return [line];
  const sentenceStart = last.index + (last[0].length - last[0].replace(/^[。;\uff1b]/u, '').length);
  const before = text.slice(0, sentenceStart).trim();
  let sentence = last[1].trim();
  let deadline = '';
  const clause = DEADLINE_CLAUSE.exec(sentence);
  if (clause && isDeadlineText(clause[1] ?? '')) {
    deadline = clause[0].replace(/^[,\uff0c]\s*/u, '');
    sentence = sentence.slice(0, clause.index).trim();
  }
  // A unit bracket is read as a bracket (cell-kinds.ts).
  if (/^[(\uff08\u3010[]/u.test(sentence)) return [line];
  let head = before;
  const numbered = before === '' && NUMBERED.test(sentence);
  if (numbered || !isRoleSentence(sentence)) {
    const clauses = roleClauses(sentence);
    if (clauses === null) return [line];
    head = `${before}${clauses.head}`;
    sentence = clauses.roles;
  }
  // A line with no sentence before its units must be the unit line itself, not a numbered task.
  if (head === '' && (deadline === '' || NUMBERED.test(sentence))) return [line];
  const lines = head === '' ? [] : [{ ...line, text: head }];
  lines.push({ ...line, text: `${sentence}。` });
  if (deadline !== '') lines.push({ ...line, text: `完成时限:${deadline}` });
  return lines;
}
