// The seed notice and a deliberately simple, independent reading of it for cross-checks.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const seedPath = fileURLToPath(new URL('../../samples/wuhu-2024-notice.txt', import.meta.url));
export const seedBytes = (): Uint8Array => readFileSync(seedPath);

/** Each task's paragraphs after its text, as written, '\u00a0' for an empty cell. */
export function seedUnitParagraphs(): Map<number, string[]> {
  const paragraphs = readFileSync(seedPath, 'utf8')
    .split('\n')
    .map((line) => (/^[\u00a0\s]+$/.test(line) && line.includes('\u00a0') ? '\u00a0' : line.trim()))
    .filter((line) => line !== '');
  const bySeq = new Map<number, string[]>();
  let expected = 1;
  let current: string[] | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    const text = paragraphs[i] ?? '';
    if (/^\d+$/.test(text) && Number(text) === expected) {
      current = [];
      bySeq.set(expected, current);
      expected += 1;
      i += 1; // skip the task's text
    } else if (/^\d+$/.test(text) || /^[一二三]、|^\([一二三四五六七八九十]+\)/.test(text)) {
      current = null;
    } else if (current) current.push(text);
  }
  return bySeq;
}
