// A task's unit bracket written right after its number, before its text: "1.(牵头单位:市教育局)新建学校3所。"
// The bracket goes after the text, where notices usually write it, so it is read as a unit bracket.
import { parseLabels } from '../assemble/columns.ts';
import { parseNumbered } from '../assemble/numbering.ts';
import type { SourceLine } from '../source.types.ts';

const LEADING = /^([(\uff08\u3010[])([^()\uff08\uff09\u3010\u3011[\]]{2,120})([)\uff09\u3011\]])\s*(\S.*)$/u;
const UNIT_ROLES = new Set(['lead', 'responsible', 'co', 'roles']);

export function moveLeadingBracket(line: SourceLine): SourceLine[] {
  const numbered = parseNumbered(line.text);
  if (!numbered || numbered.body === '') return [line];
  const match = LEADING.exec(numbered.body);
  if (!match) return [line];
  const [, open = '', inner = '', close = '', rest = ''] = match;
  const labels = parseLabels(inner);
  if (!labels || !labels.some((l) => UNIT_ROLES.has(l.role) && l.value !== '')) return [line];
  return [{ ...line, text: `${numbered.label}${rest}${open}${inner}${close}` }];
}
