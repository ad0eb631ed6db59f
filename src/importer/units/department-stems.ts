// The short names of the departments almost every Chinese government has (教育局, 人社局, 民政局…), as
// their stems. Where a copy runs a person's name into a unit name (何海平教育局, 张菁民政局) they say
// where the unit begins; nothing else depends on them, and a unit not listed here is still read.

const STEMS =
  `教育 教体 人社 人力资源和社会保障 民政 住建 住房和城乡建设 文体旅 文旅 文广旅 文化和旅游 文广新旅 财政
发改 发展改革 发展和改革 公安 卫健 卫生健康 卫计 自然资源 自规 资规 生态环境 环保 交通运输 交通 农业农村 农业 农委
商务 商务和投资促进 应急 应急管理 市场监管 市场监督管理 医保 医疗保障 统计 审计 城管 城市管理 综合执法 水利 水务
工信 经信 工业和信息化 经济和信息化 科技 科学技术 司法 退役军人事务 退役军人 信访 数据资源 大数据 行政审批 人防
体育 税务 金融 国资 机关事务 档案 残联 妇联 团委 总工会 科协 工商联 红十字 住保 房管 规划 林业 园林 园林绿化
粮食 气象 地震 消防 外事 侨办 台办 民宗 宣传 组织 统战 政法 编办 网信 融媒体 广电 供销 邮政 电力 供电 烟草
乡村振兴 扶贫 文明办 政务服务 营商 投促 招商 口岸 海关 海事 港航 铁路 机场 城投 建投 交投 水投 国投`.split(
    /\s+/u,
  );

/** Longest first, so 人力资源和社会保障 wins over 人社-like prefixes. */
const ORDERED = [...new Set(STEMS)].sort((a, b) => b.length - a.length);

/** The stem a text opens with, after an optional level prefix (市/区/县…), or null. */
export function departmentStemAt(text: string): string | null {
  const body = text.replace(/^[省市县区州旗镇乡]/u, '');
  return ORDERED.find((stem) => body.startsWith(stem)) ?? null;
}
