// The burden meter (减负): how much the product asks a unit to fill in. Every quarterly filing is
// one form with the same editable fields, plus one figure per indicator of the task. Nothing ever
// asks for a screenshot, a check-in photo or any other proof of presence (过度留痕).
import type { ReportContent } from '../report/report.types.ts';

/** The fields of the quarterly form besides indicator figures; evidence files are optional. */
export const INPUT_FORM_FIELDS = [
  'progress',
  'selfStatus',
  'percentComplete',
  'problems',
  'nextSteps',
  'attachmentIds',
] as const satisfies readonly Exclude<keyof ReportContent, 'indicatorActuals'>[];

export const NO_SCREENSHOTS_STATEMENT =
  '本系统从不要求截图、打卡、拍照等留痕材料:每项填报只需文字、进度和指标数值,佐证材料可选。';

export interface Burden {
  /** Filings owed (forms to fill). */
  forms: number;
  /** Editable form fields × forms. */
  formFields: number;
  /** Indicator figures asked for across the owed filings. */
  indicatorFields: number;
  fields: number;
  screenshotsRequired: 0;
}

export function burdenOf(owed: readonly { indicatorCount: number }[]): Burden {
  const formFields = owed.length * INPUT_FORM_FIELDS.length;
  const indicatorFields = owed.reduce((sum, filing) => sum + filing.indicatorCount, 0);
  return {
    forms: owed.length,
    formFields,
    indicatorFields,
    fields: formFields + indicatorFields,
    screenshotsRequired: 0,
  };
}
