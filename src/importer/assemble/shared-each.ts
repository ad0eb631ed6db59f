// A leading 各 (各有关) shared over one 、 run of kinds of body, and the body the run's last place names
// shared back over the bare places before it (各县、市、区政府 = 各县政府 + 各市政府 + 各区政府).

/**
 * Kinds of body that a leading 各 (各有关) covers in one 、 run: 各乡镇人民政府、街道办事处 = 各… +
 * 各街道办事处; 各区、县级市 = 各区 + 各县级市; 各有关区、县级市 = 各有关区 + 各有关县级市.
 */
const EACH_KIND =
  /^(街道办事处|街道|(?:开发区|开发园区|园区)管委会|乡镇(人民政府)?|镇(人民政府)?|乡(人民政府)?|部门|单位|直属单位|有关单位|园区|开发区|管委会|社区|村|区|县|市|旗|县级市|县区|区县|市区|县市区|镇街|苏木乡镇)$/u;
const EACH_OPENING = /^各(?:有关|相关)?/u;
/** A bare level of place in a 各 run (县, 市, 州), and the last one naming its government (区政府). */
const PLACE = '(?:县级市|县|市|区|州|盟|旗|乡|镇)';
const BARE_PLACE = new RegExp(`^${PLACE}$`, 'u');
const PLACE_GOVERNMENT = new RegExp(`^(${PLACE})(人民政府|政府)$`, 'u');
const END_STOP = /[。.]$/u;

export function shareEach(cell: string): string {
  return cell
    .split(/([,\uff0c;\uff1b\s]+)/u)
    .map((run) => {
      const items = splitOutsideBrackets(run);
      const opening = EACH_OPENING.exec(items[0] ?? '')?.[0];
      if (items.length < 2 || opening === undefined) return run;
      const governments = sharePlaceGovernment(items, opening);
      if (governments) return governments.join('\u3001');
      return items
        .map((item, i) => (i > 0 && EACH_KIND.test(item.replace(END_STOP, '')) ? `${opening}${item}` : item))
        .join('\u3001');
    })
    .join('');
}

/** 各县、市、区政府: every place of the run with the 各 and the government the last one names; else null. */
function sharePlaceGovernment(items: string[], opening: string): string[] | null {
  const last = PLACE_GOVERNMENT.exec((items.at(-1) ?? '').replace(END_STOP, ''));
  if (!last) return null;
  const places = [(items[0] ?? '').slice(opening.length), ...items.slice(1, -1)];
  if (!places.every((place) => BARE_PLACE.test(place))) return null;
  return [...places, last[1] ?? ''].map((place) => `${opening}${place}${last[2] ?? ''}`);
}

/** The items of one 、 run; a 、 inside a bracket (各区(县、市)政府) separates none. */
function splitOutsideBrackets(run: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let item = '';
  for (const ch of run) {
    if (ch === '(' || ch === '\uff08') depth += 1;
    else if ((ch === ')' || ch === '\uff09') && depth > 0) depth -= 1;
    if (ch === '\u3001' && depth === 0) {
      items.push(item);
      item = '';
    } else item += ch;
  }
  items.push(item);
  return items;
}
