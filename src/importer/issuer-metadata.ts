// A notice's title often names its issuer by its level only (区人民政府办公室关于印发…), while the page
// that publishes it names the office in full in its metadata (发布机构 | 江汉区人民政府办公室, 来源:洪山区
// 人民政府办公室, ∙【制定机关】武汉市人民政府办公厅). The full name is the same office: the place is the only
// thing the title left out.

/** Metadata fields that name the office that issued or published a document. */
const FIELD =
  '(?:发布机构|發布機構|发文单位|發文單位|发文机关|發文機關|制定机关|制定機關|信息来源|來源|来源)';

/**
 * The issuer in full when `issuer` is a bare level name (区人民政府办公室, 县人民政府) and a metadata field
 * names one office that ends with it after a place name; else null. Two different places: null.
 */
export function fullIssuerFromMetadata(issuer: string, text: string): string | null {
  if (!/^[省市县区縣區]/u.test(issuer)) return null;
  const escaped = issuer.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const named = new RegExp(`${FIELD}[\\s|:\\uff1a\\u3011\\]]*([\\u4e00-\\u9fff]{1,12}?${escaped})`, 'gu');
  const found = new Set<string>();
  for (const match of text.matchAll(named)) if (match[1]) found.add(match[1]);
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
