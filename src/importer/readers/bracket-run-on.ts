// A repost that lost a line break between two tasks: "(一)…。(省发改委负责)(二)公共财政…" or
// "…(省工信委主办,省发改委协办)2.重点抓好…". The unit bracket closes one task; the next number opens
// the next. Split there, so that each task is its own line.
import { parseRoleSentence } from '../assemble/roles.ts';
import type { SourceLine } from '../source.types.ts';

/** A closing bracket, then (after optional spaces) an item number: (二) (2) 2. 2、 2。 */
const AFTER_BRACKET =
  /[)\uff09][ \t\u3000\u00a0]*(?=(?:[(\uff08](?:[一二三四五六七八九十]{1,3}|\d{1,3})[)\uff09]|\d{1,3}[.\uff0e\u3002、])[\u4e00-\u9fff“"])/gu;
const OPENING = /[(\uff08]/gu;

/** The bracket that closes just before `end`: its content, or null when it does not open on this line. */
function bracketBefore(text: string, end: number): string | null {
  let open = -1;
  for (const match of text.slice(0, end).matchAll(OPENING)) open = match.index;
  return open < 0 ? null : text.slice(open + 1, end);
}

/** The line cut after every unit bracket (one that names units by their roles) that a task number follows. */
export function splitAfterUnitBrackets(line: SourceLine): SourceLine[] {
  const cuts: number[] = [];
  for (const match of line.text.matchAll(AFTER_BRACKET)) {
    const content = bracketBefore(line.text, match.index);
    if (content === null || parseRoleSentence(content) === null) continue;
    cuts.push(match.index + match[0].length);
  }
  if (cuts.length === 0) return [line];
  const points = [0, ...cuts, line.text.length];
  return points
    .slice(0, -1)
    .map((from, i) => ({ ...line, text: line.text.slice(from, points[i + 1]).trim() }));
}
