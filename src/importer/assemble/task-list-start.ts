// Where a notice's task list starts: after its table header, its attachment mark or its cover
// letter's signature, so that a cover letter's own numbered requirements are not read as tasks.
import type { SourceLine } from '../source.types.ts';
import { columnRole, parseLabels } from './columns.ts';
import { inlineHeaderRoles } from './inline-header.ts';
import { parseNumbered } from './numbering.ts';
import { splitTrailingBracket } from './cell-kinds.ts';
import { readNumberlessHeader } from './numberless-table.ts';
import { ATTACHMENT } from './text-normalise.ts';
import { opensLabelledTask } from './labelled-paragraphs.ts';

export { ATTACHMENT };

/**
 * Where the task list starts: the table's 序号, else the first numbered line after the notice's
 * attachment mark (附件 / 附件1 on a line of its own), else the first numbered line, else the header
 * of a table with no number column, else the first unnumbered paragraph followed by its unit labels.
 */
export function findTableStart(lines: SourceLine[]): number {
  const header = lines.findIndex((l) => {
    const titles = l.text.trim().split(/[\s\u3000]+/u);
    const known = columnRole(titles[0] ?? '') === 'seq' && titles.every((t) => columnRole(t) !== null);
    return known || inlineHeaderRoles(l.text) !== null;
  });
  if (header >= 0) return header;
  const attachment = lines.findIndex((l) => ATTACHMENT.test(l.text.trim()));
  const from = Math.max(attachment >= 0 ? attachment + 1 : 0, afterCoverLetter(lines));
  const first = lines.findIndex((l, i) => {
    if (i < from) return false;
    const numbered = parseNumbered(l.text);
    return numbered !== null && (numbered.body !== '' || numbered.form === 'arabic');
  });
  if (first >= 0) return first;
  // A table with no number column (牵头单位 | 目标任务 | 责任单位) starts at its header.
  const numberless = lines.findIndex((_, i) => i >= from && readNumberlessHeader(lines, i) !== null);
  if (numberless >= 0) return numberless;
  // Tasks without numbers, each a paragraph followed by its labelled lines, start at the first one.
  const labelled = lines.findIndex((_, i) => i >= from && opensLabelledTask(lines, i));
  if (labelled >= 0) return labelled;
  return attachment >= 0 ? findTableStart(lines.slice(0, attachment)) : lines.length;
}

/** A signature's date on a line of its own: 2021年1月25日, 二○○七年四月十三日. */
const SIGNED_ON =
  /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/u;

/**
 * A cover letter's numbered requirements (1.明确任务,压实责任。) come before its signature and name no
 * unit; the task list, when the copy holds it, follows the signature. Where nothing before the
 * signature assigns a unit (a unit label or a unit bracket), the list starts after it.
 */
function afterCoverLetter(lines: SourceLine[]): number {
  const signed = lines.findIndex((l) => SIGNED_ON.test(l.text.trim()));
  if (signed < 0) return 0;
  const assigns = lines
    .slice(0, signed)
    .some((l) => parseLabels(l.text) !== null || splitTrailingBracket(l.text) !== null);
  return assigns ? 0 : signed + 1;
}
