// The numbers people put before a part, a section or a task: 一、 (一) 1. 1、 (1) ① 第N项 (第N項).
import { chineseNumeral, NUMBER_STOPS, toAsciiDigits } from './text-normalise.ts';

/** cn: 一、; cn-paren: (一); arabic: 1. 1、 or a bare 1; paren: (1); circled: ①; ordinal: 第1项. */
export type NumberForm = 'cn' | 'cn-paren' | 'arabic' | 'paren' | 'circled' | 'ordinal';

/** The forms that number a part (一、) or a section ((一)) in the usual outline. */
export const HEADING_FORMS: ReadonlySet<NumberForm> = new Set<NumberForm>(['cn', 'cn-paren']);

export interface NumberedLine {
  form: NumberForm;
  number: number;
  /** The number as printed, with its punctuation: "1." "(一)" "①". */
  label: string;
  body: string;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CN = '[一二三四五六七八九十]{1,3}';

/** 、 or a full stop in any of its forms (1﹒ 1． 1·): what closes a number. */
const STOP = `[、${NUMBER_STOPS}]`;

const FORMS: [NumberForm, RegExp][] = [
  ['cn', new RegExp(`^(${CN})${STOP}\\s*`, 'u')],
  ['cn-paren', new RegExp(`^[(\\uff08]\\s*(${CN})\\s*[)\\uff09]${STOP}?\\s*`, 'u')],
  ['paren', new RegExp(`^[(\\uff08]\\s*(\\d{1,3})\\s*[)\\uff09]${STOP}?\\s*`, 'u')],
  ['ordinal', new RegExp(`^第\\s*(\\d{1,4}|${CN})\\s*[项条項條](?:[、${NUMBER_STOPS}:：]\\s*|\\s+)`, 'u')],
  ['arabic', new RegExp(`^(\\d{1,4})\\s*(?:${STOP}(?!\\d)|[)\\uff09](?!\\s*$))\\s*`, 'u')],
];

/**
 * A number closed by a full stop and followed by a digit: 2.50个小区 (a figure, unless it is the next
 * task). A middle dot between digits is a date's (3·15), never a task's number.
 */
const FIGURE = /^(\d{1,4})([.\uff0e\ufe52\uff61])(?=\d)/u;
/** 1.6月底前…, 1.2025年…: a month or a year after the stop, never the decimals of a figure. */
const DATE_AFTER_STOP = /^\d{1,4}[.\uff0e\ufe52\uff61](?:(?:1[0-2]|0?[1-9])\s*月|20\d{2}\s*年)/u;
const BARE = new RegExp(`^(\\d{1,4})${STOP}?$`, 'u');

/**
 * The number a line opens with and the text after it, or null. A bare number ("12") has no body.
 * `expected` is the next task number: "2.50个小区…" is task 2 when 2 comes next, not the figure 2.50.
 */
export function parseNumbered(text: string, expected?: number): NumberedLine | null {
  const line = toAsciiDigits(text.trim());
  const figure = FIGURE.exec(line);
  if (figure && (Number(figure[1]) === expected || DATE_AFTER_STOP.test(line))) {
    const label = `${figure[1]}${figure[2]}`;
    return { form: 'arabic', number: Number(figure[1]), label, body: line.slice(label.length).trim() };
  }
  const circled = CIRCLED.indexOf(line.charAt(0));
  if (circled >= 0) {
    return { form: 'circled', number: circled + 1, label: line.charAt(0), body: line.slice(1).trim() };
  }
  for (const [form, pattern] of FORMS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const number = toNumber(match[1] ?? '');
    if (number === null) return null;
    return { form, number, label: match[0].trim(), body: line.slice(match[0].length).trim() };
  }
  const bare = BARE.exec(line);
  if (bare) return { form: 'arabic', number: Number(bare[1]), label: bare[0], body: '' };
  return null;
}

function toNumber(text: string): number | null {
  if (/^\d+$/u.test(text)) return Number(text);
  return chineseNumeral(text);
}
