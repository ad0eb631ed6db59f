// What the clerk filling the form should do about each flag, in the clerk's words.
import type { QualityFlagKind } from '../../api/quality.ts';

export const FLAG_ADVICE: Record<QualityFlagKind, string> = {
  repeated: '进展情况与本单位往期填报的内容大部分相同。请写明本季度新做了哪些工作、取得了什么成效。',
  copied: '进展情况与其他单位填报的内容大部分相同。请写明本单位自己做了什么、数据是多少。',
  noFacts:
    '进展情况中没有数字、日期、具体项目或成果。请补充做了什么、做到什么程度,例如“完成投资3.2亿元”“开工项目5个”。',
  vague: '进展情况以“稳步推进”“有序开展”等套话为主。请用具体的事实和数据代替这些表述。',
  unsupportedCompletion: '已标为完成,但缺少佐证材料或完成情况的说明。请上传佐证材料,并写明完成了什么。',
  indicatorOffPace:
    '指标数值低于本季度应达到的进度,或未注明统计口径、数据来源。请核对数值,并在指标说明中写明原因和数据来源。',
  regression: '完成进度或指标数值比上季度低,但没有说明原因。请核对数值,或在“存在问题”中写明原因。',
};
