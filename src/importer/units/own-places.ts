// The places a notice is about, read from the governments it names (宁波市人民政府, 海曙区政府): a
// unit whose name opens with one carries its own place (海曙生态环境分局, 河池公积金管理中心) and takes no
// level prefix from the unit written before it.

/** A two-character place before the level of the government it names. */
const GOVERNMENT = /([\u4e00-\u9fff]{2})(?:省|市|区|县|州|旗)(?:人民政府|政府)/gu;
/** Characters no place name holds: the words around a level (各区, 全市, 本县, 2023年莲都区). */
const NOT_A_PLACE = /[各全本该我其有相年月日的和及与省市区县州旗镇乡人政府]/u;

export function readOwnPlaces(lines: readonly string[]): string[] {
  const places = new Set<string>();
  for (const line of lines) {
    for (const match of line.matchAll(GOVERNMENT)) {
      const place = match[1] ?? '';
      if (!NOT_A_PLACE.test(place)) places.add(place);
    }
  }
  return [...places];
}
