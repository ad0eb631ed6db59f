// A task's labels written in its own paragraph after its text, each after a sentence's end:
// "新建学校3所。牵头单位:市教育局。配合单位:市财政局、市自然资源局。完成时限:2025年9月底。"
// The labels go on a line of their own, as if the notice had broken the line there, so they are read
// as the task's labelled lines are.
import { parseLabels } from '../assemble/columns.ts';
import type { SourceLine } from '../source.types.ts';

/** A place after a sentence's end where a label (two to ten characters and a colon) may start. */
const AFTER_SENTENCE = /(?<=[。;\uff1b!\uff01])[ \u3000\u00a0]*(?=[\u4e00-\u9fff]{2,10}[:\uff1a])/gu;
/** The sentence ends tried per paragraph: a task's labels follow its first sentences. */
const MAX_PLACES = 8;
/** Paragraphs longer than this are prose or a run-together table, read elsewhere. */
const MAX_LENGTH = 2_000;

export function splitTrailingLabels(line: SourceLine): SourceLine[] {
  const text = line.text;
  if (text.length > MAX_LENGTH || !/[:\uff1a]/u.test(text)) return [line];
  let tried = 0;
  for (const match of text.matchAll(AFTER_SENTENCE)) {
    // Each place costs a read of the rest of the line: a few places bound the work per line.
    if ((tried += 1) > MAX_PLACES) break;
    if (insideBracket(text, match.index)) continue;
    const rest = text.slice(match.index).trim();
    if (parseLabels(rest) === null) continue;
    const before = text.slice(0, match.index).trim();
    if (before === '' || parseLabels(before) !== null) return [line];
    return [
      { ...line, text: before },
      { ...line, text: rest },
    ];
  }
  return [line];
}

const OPENING = /[(\uff08[\u3010\uff3b\u3014]/u;
const CLOSING = /[)\uff09\]\u3011\uff3d\u3015]/u;

/** A label inside a bracket belongs to the bracket (…(牵头单位:X;责任单位:Y)), read as a whole. */
function insideBracket(text: string, at: number): boolean {
  let depth = 0;
  for (const char of text.slice(0, at)) {
    if (OPENING.test(char)) depth += 1;
    else if (CLOSING.test(char) && depth > 0) depth -= 1;
  }
  return depth > 0;
}
