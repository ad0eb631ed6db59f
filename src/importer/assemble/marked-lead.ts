// A unit list that marks its lead in a bracket after the name: 县教育局(牵头)、县财政局、县自然资源局,
// 责任单位:市发改委(牵头单位)、市财政局, or a star right after the name that singles it out of the
// list (区财政局*、区发改局). The marked units lead; the others in the list are co-responsible.

/** The mark after a unit's name, in simplified or traditional characters (牽頭); nothing else may stand in the bracket. */
const LEAD_MARK =
  /[(\uff08](?:[牵牽][头頭](?:[单單]位|部[门門]|[负負][责責])?|主[责責](?:[单單]位|部[门門])?|主[办辦])[)\uff09]/gu;
const SEPARATOR = /[\u3001,\uff0c;\uff1b/\uff0f\s]+/u;
/** A star (*, ＊, ※, ★) right after a unit's name, at the end of its mention. */
const STAR_MARK = /[*\uff0a\u203b\u2605]{1,2}$/u;
/** The same star after a name inside a list, before a separator or the list's end. */
const STAR_IN_LIST =
  /(?<=[\u4e00-\u9fff)\uff09])[*\uff0a\u203b\u2605]{1,2}(?=[\u3001,\uff0c;\uff1b/\uff0f\s。]|$)/gu;

/** The list with the stars after its names dropped, for reading the names themselves. */
export function withoutStarMarks(cell: string): string {
  return cell.replace(STAR_IN_LIST, '');
}

export interface MarkedLead {
  lead: string[];
  co: string[];
}

/**
 * The list's units split by the mark, each without it; null when no unit is marked. Splits on the
 * list's separators outside brackets only (县医保局(县医保中心) stays whole).
 */
export function splitMarkedLead(cell: string): MarkedLead | null {
  LEAD_MARK.lastIndex = 0;
  STAR_IN_LIST.lastIndex = 0;
  if (!LEAD_MARK.test(cell) && !STAR_IN_LIST.test(cell)) return null;
  const split: MarkedLead = { lead: [], co: [] };
  for (const mention of mentionsOutsideBrackets(cell)) {
    const bare = mention.replace(LEAD_MARK, '').replace(STAR_MARK, '').trim();
    if (bare === '') continue;
    (bare === mention ? split.co : split.lead).push(bare);
  }
  return split.lead.length > 0 ? split : null;
}

function mentionsOutsideBrackets(cell: string): string[] {
  const mentions: string[] = [];
  let current = '';
  let depth = 0;
  for (const char of cell) {
    if (char === '(' || char === '\uff08') depth += 1;
    if ((char === ')' || char === '\uff09') && depth > 0) depth -= 1;
    if (depth === 0 && SEPARATOR.test(char)) {
      mentions.push(current);
      current = '';
    } else current += char;
  }
  mentions.push(current);
  return mentions.map((m) => m.trim()).filter((m) => m !== '');
}
