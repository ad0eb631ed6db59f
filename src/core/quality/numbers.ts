// Reading figures as units write them: ASCII or full-width digits, 万/亿 multipliers, and Chinese
// numerals (百分之六, 三成, 一千二百). Positions are kept so evidence can point at the passage.

/** Full-width digits, ％ and ． to ASCII, one UTF-16 unit in and one out (offsets stay valid). */
export function foldWidth(text: string): string {
  return text.replace(/[\uff05\uff0e\uff10-\uff19]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL = '[零〇一二两三四五六七八九十百千万亿点]+';

/** 一千二百 -> 1200, 十五 -> 15, 六点五 -> 6.5; null for anything else. */
export function chineseNumber(text: string): number | null {
  if (text === '') return null;
  const [whole = '', fraction] = text.split('点');
  const integer = chineseInteger(whole);
  if (integer === null) return null;
  if (fraction === undefined) return integer;
  let digits = '';
  for (const char of fraction) {
    const digit = DIGITS[char];
    if (digit === undefined) return null;
    digits += String(digit);
  }
  return digits === '' ? null : Number(`${integer}.${digits}`);
}

function chineseInteger(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const char of text) {
    const small = SMALL_UNITS[char];
    const large = LARGE_UNITS[char];
    if (DIGITS[char] !== undefined) {
      digit = DIGITS[char];
    } else if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
    } else if (large !== undefined) {
      total = (total + section + (digit ?? 0)) * large;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** 1.2 with 亿 -> 120000000 exactly (scaling on the decimal digits avoids 1.2 * 1e8 drift). */
export function scaled(value: number, multiplier: string): number {
  const power = multiplier === '亿' ? 8 : multiplier === '万' ? 4 : multiplier === '千' ? 3 : 0;
  return power === 0 ? value : Number(`${value}e${power}`);
}
