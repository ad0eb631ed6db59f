// What one loose paragraph or bracket holds when nothing labels it: prose, a deadline, a person,
// a list of units, or labelled / role-verb units.
import { looksLikeUnit, stripEtc } from '../units/unit-grammar.ts';
import { splitUnitMentions } from '../units/unit-directory.ts';
import type { Labelled } from './columns.ts';
import { parseLabels } from './columns.ts';
import { parseRoleSentence } from './roles.ts';
import { withoutStarMarks } from './marked-lead.ts';

const DEADLINE =
  /^(?:(?:20\d{2}|\d{2})\s*年)?\s*(?:\d{1,2}\s*月(?:份)?(?:\d{1,2}\s*日)?|年底|年末|年内|全年|当年|长期|持续|常态化|每季度?|每月|每年|上半年|下半年|[一二三四1-4]季度|第[一二三四1-4]季度|\d{4}\s*年)/u;

/** A short cell that gives a time: 12月底前, 9月投入使用, 全年, 2025年6月底, 长期坚持. */
export function isDeadlineText(text: string): boolean {
  const clean = text.replace(/\s+/gu, '');
  return clean.length <= 24 && DEADLINE.test(clean) && !/[;\uff1b]/u.test(clean);
}

/**
 * A unit list whose last item is a deadline (A、B,6月底完成): the units before it and the deadline;
 * the deadline is '' when the list ends with a unit.
 */
export function splitTrailingDeadline(value: string): { units: string; deadline: string } {
  const last = /(?:^|[,\uff0c;\uff1b、])\s*([^,\uff0c;\uff1b、]+)$/u.exec(value);
  const deadline = last?.[1]?.trim() ?? '';
  // 长期护理保险中心 opens like a deadline but is a unit.
  if (!last || !isDeadlineText(deadline) || looksLikeUnit(deadline)) return splitSpacedDeadline(value);
  return { units: value.slice(0, last.index).trim(), deadline };
}

/** A unit list, a space, then the time (县住建局 年底前, 县交通运输局 2025年6月底前): a flattened row's last cells. */
function splitSpacedDeadline(value: string): { units: string; deadline: string } {
  for (const gap of value.matchAll(/[ \t\u3000\u00a0]+/gu)) {
    const units = value.slice(0, gap.index).trim();
    const deadline = value.slice(gap.index + gap[0].length).trim();
    if (units !== '' && isDeadlineText(deadline) && !looksLikeUnit(deadline) && isUnitList(units)) {
      return { units, deadline };
    }
  }
  return { units: value, deadline: '' };
}

/** Each mention of the text reads as a unit: a list of units, not prose. */
export function isUnitList(text: string): boolean {
  const mentions = splitUnitMentions(withoutStarMarks(text).replace(/[。.;\uff1b,\uff0c、]+$/u, ''))
    .map(stripEtc)
    .filter((m) => m !== '');
  return mentions.length > 0 && mentions.every(looksLikeUnit);
}

/** Text a person writes as a sentence: not a unit list, and long or punctuated like prose. */
export function isProse(text: string): boolean {
  if (/[:\uff1a]$/u.test(text.trim())) return true;
  if (isUnitList(text)) return false;
  return text.length >= 14 || /[。;\uff1b!?\uff01\uff1f]/u.test(text);
}

/** Round, square and lenticular brackets, and the tortoise-shell ones (〔责任单位:X〕). */
const OPENERS = '(\uff08[\uff3b\u3010\u3014';
const CLOSERS = ')\uff09]\uff3d\u3011\u3015';

/**
 * The bracket that closes the text (before a final 。 or ;), with brackets nested inside it
 * ([牵头单位:X;责任单位:各街办(新区)]): its content and where it opens; null when the text does not
 * end with a bracket.
 */
function trailingBracket(text: string): { inner: string; start: number; stop: boolean } | null {
  const tail = /[。.;\uff1b]?\s*$/u.exec(text);
  const end = (tail?.index ?? text.length) - 1;
  if (end < 1 || !CLOSERS.includes(text.charAt(end))) return null;
  let depth = 0;
  for (let i = end; i >= 0; i -= 1) {
    const char = text.charAt(i);
    if (CLOSERS.includes(char)) depth += 1;
    else if (OPENERS.includes(char)) depth -= 1;
    if (depth === 0) {
      const inner = text.slice(i + 1, end);
      if (inner.length < 2 || inner.length > 300) return null;
      return { inner, start: i, stop: /[。.]/u.test(tail?.[0] ?? '') };
    }
  }
  return null;
}

/**
 * A bracket of unit labels the paragraph ends inside (〔牵头单位:X;配合单位:Y,…): a copy cut before the
 * bracket closes. Its content and where it opens; null unless the content reads as labels.
 */
function unclosedLabelBracket(text: string): { inner: string; start: number; stop: boolean } | null {
  let start = -1;
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (OPENERS.includes(char) && (depth += 1) === 1) start = i;
    else if (CLOSERS.includes(char) && depth > 0) depth -= 1;
  }
  if (depth === 0 || start < 1) return null;
  const inner = text.slice(start + 1).trim();
  return parseLabels(inner) === null ? null : { inner, start, stop: false };
}

/** The labels a stand-alone unit text carries: "牵头单位:X", "X牵头,Y配合", "X、Y" (no role named). */
export function readUnitText(text: string): Labelled[] | null {
  const labels = parseLabels(text);
  if (labels) return labels;
  const roles = parseRoleSentence(text);
  if (roles) {
    return [
      ...roles.lead.map((value) => ({ role: 'lead' as const, value })),
      ...roles.co.map((value) => ({ role: 'co' as const, value })),
    ];
  }
  return null;
}

/**
 * A bracket at the end of a task's text or its detail paragraph that assigns units: returns the
 * text before it and what it assigns, or null when the bracket is part of the text.
 */
export function splitTrailingBracket(text: string): { text: string; labels: Labelled[] } | null {
  const bracket = trailingBracket(text) ?? unclosedLabelBracket(text);
  if (!bracket) return null;
  const inner = bracket.inner.trim();
  const head = text.slice(0, bracket.start).trim();
  if (head === '') return null;
  const stop = bracket.stop && !/[。;\uff1b,\uff0c.]$/u.test(head) ? '。' : '';
  const before = head + stop;
  const labels = readUnitText(inner);
  if (labels && labels.some((l) => l.value !== '')) return { text: before, labels };
  if (isUnitList(inner) && !isDeadlineText(inner)) {
    return { text: before, labels: [{ role: 'responsible', value: inner }] };
  }
  return null;
}
