// What triggered a flag, for a person to check: the two texts side by side with the shared parts
// marked, the stock phrases in the text, the figure against the pace, the values of both quarters.
import { Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { periodLabel } from '../../api/calendar.ts';
import type { QualityEvidence } from '../../api/quality.ts';
import { MarkedText } from './MarkedText.tsx';
import { percentText } from './marked-runs.ts';

type Evidence<K extends QualityEvidence['kind']> = Extract<QualityEvidence, { kind: K }>;

const LOOKED_FOR = { figure: '数字', date: '日期', namedProject: '具体项目或文件', outcome: '可衡量的成果' };
const CLAIMED_BY = { status: '状态为“已完成”', percent: '完成进度100%', text: '文中称已完成' };
const MISSING = { evidence: '未上传佐证材料', completionStatement: '进展情况未写明完成了什么' };
const FILING_KIND = { unit_input: '责任单位反馈', task_report: '牵头单位报告' };

export const figure = (value: number): string => value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

function SideBySide(props: {
  evidence: Evidence<'repeated'> | Evidence<'copied'>;
  mine: string;
  other: string;
}) {
  const { evidence } = props;
  return (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary">
        相同内容占本次进展情况的{percentText(evidence.similarity)},相同部分以黄色标出
      </Typography.Text>
      <Row gutter={[12, 8]}>
        <Col xs={24} md={12}>
          <Typography.Text strong>{props.mine}</Typography.Text>
          <MarkedText text={evidence.text} ranges={evidence.textRanges} label={props.mine} />
        </Col>
        <Col xs={24} md={12}>
          <Typography.Text strong>{props.other}</Typography.Text>
          <MarkedText text={evidence.other} ranges={evidence.otherRanges} label={props.other} />
        </Col>
      </Row>
    </Flex>
  );
}

function Vague({ evidence, progress }: { evidence: Evidence<'vague'>; progress: string | null }) {
  return (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary">
        套话约占进展情况的{percentText(evidence.share)}(提示线 {percentText(evidence.threshold)})
      </Typography.Text>
      <Flex wrap gap={4}>
        {evidence.phrases.map((found) => (
          <Tag key={found.phrase}>
            {found.phrase}
            {found.ranges.length > 1 ? ` ×${found.ranges.length}` : ''}
          </Tag>
        ))}
      </Flex>
      {progress !== null && (
        <MarkedText
          text={progress}
          ranges={evidence.phrases.flatMap((found) => found.ranges)}
          label="进展情况(套话已标出)"
        />
      )}
    </Flex>
  );
}

function Completion(props: { evidence: Evidence<'unsupportedCompletion'>; progress: string | null }) {
  const { evidence } = props;
  return (
    <Flex vertical gap={4}>
      <Typography.Text>
        完成依据:{evidence.claimedBy.map((by) => CLAIMED_BY[by]).join('、')};佐证材料 {evidence.evidenceCount}{' '}
        份
      </Typography.Text>
      <Typography.Text type="danger">
        缺少:{evidence.missing.map((m) => MISSING[m]).join('、')}
      </Typography.Text>
      {props.progress !== null && evidence.statementRanges.length > 0 && (
        <MarkedText
          text={props.progress}
          ranges={evidence.statementRanges}
          label="进展情况(完成表述已标出)"
        />
      )}
    </Flex>
  );
}

function OffPace({ evidence }: { evidence: Evidence<'indicatorOffPace'> }) {
  const items = [
    { key: 'metric', label: '指标', children: evidence.metric },
    {
      key: 'value',
      label: '填报数值',
      children: (
        <mark className="duban-mark">
          {figure(evidence.value)}
          {evidence.unit}
        </mark>
      ),
    },
    { key: 'target', label: '全年目标', children: evidence.targetRaw },
  ];
  if (evidence.reason === 'behind') {
    items.push(
      {
        key: 'expected',
        label: `第${evidence.quarter}季度应达`,
        children: `${figure(evidence.expected)}${evidence.unit}`,
      },
      { key: 'gap', label: '差距', children: `${figure(evidence.gap)}${evidence.unit}` },
    );
  }
  return (
    <Flex vertical gap={4}>
      <Descriptions size="small" column={1} bordered items={items} />
      <Typography.Text type="secondary">
        {evidence.reason === 'noBasis'
          ? '该指标要求注明统计口径或数据来源,填报时未注明。'
          : evidence.explanation}
      </Typography.Text>
    </Flex>
  );
}

function Regression({ evidence }: { evidence: Evidence<'regression'> }) {
  const what = evidence.subject === 'percentComplete' ? '完成进度' : `指标“${evidence.metric ?? ''}”`;
  const suffix = evidence.subject === 'percentComplete' ? '%' : '';
  const before = evidence.previousPeriod ? periodLabel(evidence.previousPeriod) : '上季度';
  return (
    <Typography.Text>
      {what}:{before} {figure(evidence.previous)}
      {suffix} → 本季度{' '}
      <mark className="duban-mark">
        {figure(evidence.current)}
        {suffix}
      </mark>
      ,存在问题、进展情况和说明中均未写明原因
    </Typography.Text>
  );
}

/** `progress`: the text the flag was judged on, to mark phrases and statements in (when known). */
export function FlagEvidence(props: { evidence: QualityEvidence; progress: string | null }) {
  const { evidence, progress } = props;
  switch (evidence.kind) {
    case 'repeated':
      return <SideBySide evidence={evidence} mine="本季度" other={periodLabel(evidence.otherPeriod)} />;
    case 'copied':
      return (
        <SideBySide
          evidence={evidence}
          mine="本次填报"
          other={`${evidence.otherUnit}(${FILING_KIND[evidence.otherKind]})`}
        />
      );
    case 'noFacts':
      return (
        <Typography.Text>
          未找到:{evidence.lookedFor.map((kind) => LOOKED_FOR[kind]).join('、')}(共 {evidence.length} 字)
        </Typography.Text>
      );
    case 'vague':
      return <Vague evidence={evidence} progress={progress} />;
    case 'unsupportedCompletion':
      return <Completion evidence={evidence} progress={progress} />;
    case 'indicatorOffPace':
      return <OffPace evidence={evidence} />;
    case 'regression':
      return <Regression evidence={evidence} />;
  }
}
