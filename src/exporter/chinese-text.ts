// Official Chinese text uses full-width punctuation (,:;() as ，：；（）). The literal parts of a
// sentence are written here with ASCII marks and turned full-width by `zh`, while the values put into
// the sentence (a task's text, a figure like 1,500) stay exactly as given.

const FULL_WIDTH: Record<string, string> = {
  ',': '\uff0c',
  ':': '\uff1a',
  ';': '\uff1b',
  '(': '\uff08',
  ')': '\uff09',
};

export function fullWidthPunctuation(text: string): string {
  return text.replace(/[,:;()]/g, (mark) => FULL_WIDTH[mark] ?? mark);
}

/** A template literal whose own punctuation becomes full-width; interpolated values are left alone. */
export function zh(strings: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  return strings.reduce((text, part, index) => {
    const value = index < values.length ? String(values[index]) : '';
    return text + fullWidthPunctuation(part) + value;
  }, '');
}

export const COMMA = '\uff0c';
export const SEMICOLON = '\uff1b';
