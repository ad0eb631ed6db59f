// Small text helpers shared by the assemblers: digits, numerals, the empty-cell marker.

export const NBSP = '\u00a0';

/**
 * The marks a number is closed with before an item's text, for a regular expression's character class:
 * the full stop in its ASCII, full-width (．), small (﹒ U+FE52) and half-width ideographic (｡) forms
 * and the middle dots (· ・) some offices type in its place. A comma never closes a number (2022,).
 */
export const NUMBER_STOPS = '.\\uff0e\\ufe52\\uff61\\u3002\\u00b7\\u30fb';

/** The notice's attachment mark on a line of its own: 附件 / 附件1 / 附件2: */
export const ATTACHMENT = /^附\s*件\s*\d{0,2}\s*[:\uff1a]?$/u;

/**
 * Lines a web page or a sharing site adds around the notice: print and share links, page markers, and
 * an image's bare file name (640.webp.jpg).
 */
export const FURNITURE =
  /^(?:【?(?:打印|关闭|打印本页|关闭窗口|返回顶部|收藏|分享)】?|分享到[:\uff1a]?.*|字体[:\uff1a].*|扫一扫.*|上一篇.*|下一篇.*|相关链接.*|第\s*\d+\s*页(?:\s*[/,\uff0c]?\s*共\s*\d+\s*页)?|-\s*\d+\s*-|[\w.-]+\.(?:jpe?g|png|gif|webp|bmp))$/iu;

const FULL_WIDTH_DIGIT = /[０-９]/g;

/** Full-width digits to ASCII: government files mix both. */
export function toAsciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const BLANK = /^[\s\u00a0\u3000]*$/u;

/** A cell or paragraph that holds nothing but blanks (incl. U+00A0): an empty cell. */
export function isBlankCell(text: string): boolean {
  return BLANK.test(text);
}

/** Trim ASCII, ideographic and no-break spaces. */
export function trimCell(text: string): string {
  return text.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
}

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一..九十九 as a number; null for anything else. */
export function chineseNumeral(text: string): number | null {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(text)) return null;
  const [tensPart, onesPart] = text.includes('十') ? text.split('十') : ['', text];
  const tens = text.includes('十') ? (tensPart === '' ? 1 : (CHINESE_DIGITS[tensPart ?? ''] ?? NaN)) : 0;
  const ones = onesPart === '' || onesPart === undefined ? 0 : (CHINESE_DIGITS[onesPart] ?? NaN);
  const value = tens * 10 + ones;
  return Number.isNaN(value) || value === 0 ? null : value;
}

const NUMBER_CELL = new RegExp(`^(\\d{1,4})[${NUMBER_STOPS}、]?$`, 'u');

/** A whole paragraph that is only a task or subsection number ("12", "１２", "12."). */
export function parseNumberCell(text: string): number | null {
  const match = NUMBER_CELL.exec(toAsciiDigits(trimCell(text)));
  return match ? Number(match[1]) : null;
}

const CJK = '\\u4e00-\\u9fff\\u3001-\\u3011\\uff01-\\uff1f\\u201c\\u201d\\u2018\\u2019\\u300a\\u300b';
const WRAP_SPACE = new RegExp(`([${CJK}]) +(?=[${CJK}])`, 'gu');

/** Spaces a PDF or a page left where it wrapped a line between two Chinese characters (工作机 制). */
export function joinWrappedText(text: string): string {
  return text.replace(WRAP_SPACE, '$1');
}
