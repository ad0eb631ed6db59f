// A unit written with its other names in a bracket: 综合办公室(党群工作部、监察室、督查室、财务室),
// 招商合作局(行政审批局、政务服务中心): one office under several names, not an office and its units.
import type { Labelled } from './columns.ts';

/** An office's name: a few words ending in what offices are called. */
const OFFICE = /^[\u4e00-\u9fff]{1,12}(?:办公室|室|局|办|部|委|厅|中心|所|站|队|处|科)$/u;
const NAME_WITH_BRACKET = /^([^()\uff08\uff09]+)[(\uff08]([^()\uff08\uff09]+)[)\uff09]$/u;

/**
 * The text as one unit when it is an office's name followed by a bracket of other offices' names only;
 * null for anything else (a task's words before a bracket of the units that carry it out).
 */
export function unitWithOtherNames(text: string): { text: string; labels: Labelled[] } | null {
  const whole = text.trim();
  const match = NAME_WITH_BRACKET.exec(whole);
  if (!match) return null;
  const names = (match[2] ?? '').split(/[、,\uff0c]/u).map((n) => n.trim());
  if (!OFFICE.test((match[1] ?? '').trim()) || !names.every((n) => OFFICE.test(n))) return null;
  return { text: whole, labels: [{ role: 'responsible', value: whole }] };
}
