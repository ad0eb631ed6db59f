// Labels written in square brackets instead of before a colon: "新建学校3所。【牵头单位】市教育局【配合单位】
// 市财政局【完成时限】6月底前". The labels go on a line of their own, written with colons, so they are
// read as the task's labelled lines are; a bracket that holds no known label stays as written.
import { parseLabels } from '../assemble/columns.ts';
import type { SourceLine } from '../source.types.ts';

const BRACKETED = /[\u3010\uff3b[]\s*([\u4e00-\u9fff]{2,10})\s*[\u3011\uff3d\]]\s*/gu;

function isLabel(name: string): boolean {
  return parseLabels(`${name}:x`)?.length === 1;
}

/** The text with each bracketed label written as `label:`, separated by ;; null when none is a label. */
export function unbracketLabels(text: string): { at: number; labels: string } | null {
  let first = -1;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(BRACKETED)) {
    const name = match[1] ?? '';
    if (!isLabel(name)) continue;
    if (first < 0) first = match.index;
    else
      out += `${text
        .slice(last, match.index)
        .trim()
        .replace(/[;\uff1b,\uff0c。]+$/u, '')};`;
    out += `${name}:`;
    last = match.index + match[0].length;
  }
  if (first < 0) return null;
  return { at: first, labels: out + text.slice(last).trim() };
}

export function splitBracketLabels(line: SourceLine): SourceLine[] {
  const found = unbracketLabels(line.text);
  if (found === null) return [line];
  const before = line.text.slice(0, found.at).trim();
  const labels = { ...line, text: found.labels };
  return before === '' ? [labels] : [{ ...line, text: before }, labels];
}
