// A notice reposted in traditional characters states its rules and headings in the same words as the
// simplified original: (列第一位的爲牽頭或彙總單位,下同), 一、王浩省長牽頭重點工作. The rules are read on
// the words folded to their simplified forms, one character for one, so a match's place in the folded
// text is its place in the text as printed (names are then taken from the text as printed).

const TRADITIONAL = '牽頭負責單門為爲彙匯總標註長點項務領導級關於組織屬職協辦參與別擔實進會';
const SIMPLIFIED = '牵头负责单门为为汇汇总标注长点项务领导级关于组织属职协办参与别担实进会';
const FORMS = new RegExp(`[${TRADITIONAL}]`, 'gu');

/** `text` with the traditional forms of rule and heading words folded to simplified, length kept. */
export function foldRuleWords(text: string): string {
  return text.replace(FORMS, (c) => SIMPLIFIED.charAt(TRADITIONAL.indexOf(c)));
}
