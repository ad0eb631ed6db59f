// Tasks numbered ① ② ③ that a page ran on in one paragraph, one after another's semicolon:
// "①积极宣传推介园区…;②积极协调落实…;③负责党建…。" Each circled number starts its own task.
import type { SourceLine } from '../source.types.ts';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** What ends one task before the next number: a semicolon, a full stop, a space. */
const CLAUSE_END = /[;\uff1b。\s\u3000]$/u;
/** The semicolon left at the end of a piece once it stands on its own. */
const TRAILING_SEMICOLON = /[;\uff1b]\s*$/u;

/**
 * Splits a paragraph that opens with ① and holds ② ③ … in order, each right after a clause's end,
 * into one paragraph per number. A paragraph whose circled numbers do not run ①, ②, ③ from its start,
 * or stand inside a sentence (分为①②两类), is kept whole.
 */
export function splitRunOnCircled(line: SourceLine): SourceLine[] {
  const text = line.text;
  if (text.charAt(0) !== CIRCLED.charAt(0)) return [line];
  const cuts = [0];
  let expected = 1;
  for (let at = 1; at < text.length && expected < CIRCLED.length; at += 1) {
    if (text.charAt(at) !== CIRCLED.charAt(expected)) continue;
    if (!CLAUSE_END.test(text.slice(0, at))) continue;
    cuts.push(at);
    expected += 1;
  }
  if (cuts.length < 2) return [line];
  return cuts.map((from, i) => ({
    ...line,
    text: text
      .slice(from, cuts[i + 1] ?? text.length)
      .replace(TRAILING_SEMICOLON, '')
      .trim(),
  }));
}
