// Two things a notice's title says that its first line alone may not: the rest of a title wrapped
// onto a second line (关于印发平安县2025年重点工作任务 / 分解方案的通知), and the place a title names before
// its year when no issuer precedes 关于 (福田区2025年民生实事项目责任分解表, 关于印发桃源县2025年…).
import type { SourceLine } from './source.types.ts';

/** The words a whole title ends with. */
const TITLE_END =
  /(?:通知|方案|清单|清單|表|决定|決定|意见|意見|计划|計劃|要点|要點|分工|台账|台賬|任务书|责任书)$/u;
const MAX_TITLE = 80;
const MAX_WRAP = 40;

/**
 * The title line joined with the line after it when the title stops before its last word and that
 * line ends the title; otherwise the line as it is.
 */
export function joinWrappedTitle(lines: readonly SourceLine[], title: SourceLine): string {
  const text = title.text.trim();
  if (TITLE_END.test(text)) return text;
  const next = lines[lines.indexOf(title) + 1]?.text.trim() ?? '';
  if (next === '' || next.length > MAX_WRAP || /[。:\uff1a,\uff0c]/u.test(next)) return text;
  const joined = text + next;
  return TITLE_END.test(joined) && joined.length <= MAX_TITLE ? joined : text;
}

/** A place the title opens with (or names after 关于印发) right before a year: its last character. */
const PLACE_BEFORE_YEAR =
  /(?:^|关于印发|關于印發|關於印發|关于|印发|《)([\u4e00-\u9fff]{1,12}?(?:自治区|[省市州盟县縣旗区區]))\s*(?:20\d{2}|\d{4})\s*(?:—|-|－|至)?/u;

/** The place named before the title's year (福田区 in 福田区2025年民生实事…), or null. */
export function placeBeforeYear(title: string): string | null {
  return PLACE_BEFORE_YEAR.exec(title)?.[1] ?? null;
}
