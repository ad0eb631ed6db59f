// A repost that glosses characters with their pinyin in brackets (區(qū)域, 責(zé)任單位:): in a line's
// label the glosses hide the label's word, so they are dropped there; the rest keeps them as printed.

const TONED = '\u00e0-\u00fc\u0101-\u01dc';
/** After a character, a bracket of a few latin letters with at least one tone mark: (qū) (xué). */
const GLOSS = new RegExp(
  `(?<=[\\u4e00-\\u9fff])[(\\uff08](?=[a-z]{0,5}[${TONED}])[a-z${TONED}]{1,6}[)\\uff09]`,
  'gu',
);
/** The words before a colon at a line's start: where a label (主管領(lǐng)導(dǎo):) stands. */
const LINE_LABEL = /^[^\n:\uff1a]{1,40}(?=[:\uff1a])/gmu;

export function withoutGlossesInLabels(text: string): string {
  return text.replace(LINE_LABEL, (label) => label.replace(GLOSS, ''));
}
