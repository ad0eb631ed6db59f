// One unit's filing of the quarter next to its filing of the quarter before: the figures with what
// changed, then each text with the repeated, new and dropped words marked.
import { Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { periodLabel } from '../../../api/calendar.ts';
import type { ComparedUnit, QuarterComparison } from '../../../api/quality.ts';
import { FILING_KIND_LABELS } from '../../../api/review.ts';
import { formatIndicatorValue } from '../../../components/filing/indicator-scale.ts';
import { SELF_STATUS_LABELS } from '../../../components/filing/SelfStatusTag.tsx';
import { percentText } from '../../../components/quality/marked-runs.ts';
import { REPORT_STATE_LABELS } from '../../../../../src/core/report/report-labels.ts';
import { DiffText, repeatedShare } from './DiffText.tsx';

type Version = NonNullable<ComparedUnit['current']>;
type TaskIndicator = QuarterComparison['task']['indicators'][number];

const FIELD_LABELS = { progress: '进展情况', problems: '存在问题', nextSteps: '下步打算' } as const;

const stateOf = (version: Version | null) =>
  version
    ? (REPORT_STATE_LABELS[version.state as keyof typeof REPORT_STATE_LABELS] ?? version.state)
    : '未报送';

function Figure(props: { before: string; now: string }) {
  const changed = props.before !== props.now;
  return (
    <span>
      {props.before} → {changed ? <strong>{props.now}</strong> : props.now}
      {changed ? '' : '(未变)'}
    </span>
  );
}

function figures(unit: ComparedUnit, indicators: readonly TaskIndicator[]) {
  const { previous: before, current: now } = unit;
  const percent = (v: Version | null) =>
    v?.percentComplete === null || v?.percentComplete === undefined ? '未填' : `${v.percentComplete}%`;
  const status = (v: Version | null) => (v?.selfStatus ? SELF_STATUS_LABELS[v.selfStatus] : '未选');
  const value = (v: Version | null, indicator: TaskIndicator) =>
    formatIndicatorValue(v?.indicators.find((i) => i.indicatorId === indicator.id)?.value ?? null, indicator);
  return [
    { key: 'state', label: '报送状态', children: <Figure before={stateOf(before)} now={stateOf(now)} /> },
    { key: 'status', label: '推进状态', children: <Figure before={status(before)} now={status(now)} /> },
    { key: 'percent', label: '完成进度', children: <Figure before={percent(before)} now={percent(now)} /> },
    ...indicators.map((indicator) => ({
      key: `indicator-${indicator.id}`,
      label: indicator.metric,
      children: <Figure before={value(before, indicator)} now={value(now, indicator)} />,
    })),
    {
      key: 'evidence',
      label: '佐证材料',
      children: <Figure before={`${before?.evidenceCount ?? 0}份`} now={`${now?.evidenceCount ?? 0}份`} />,
    },
  ];
}

export function CompareUnitCard(props: { unit: ComparedUnit; comparison: QuarterComparison }) {
  const { unit, comparison } = props;
  const previousName = comparison.previousPeriod ? periodLabel(comparison.previousPeriod, true) : '上季度';
  const currentName = periodLabel(comparison.period, true);
  const progress = unit.changes.find((change) => change.field === 'progress');
  const share = progress ? repeatedShare(progress.runs) : null;
  return (
    <Card
      size="small"
      data-testid="compare-unit"
      title={
        <Flex wrap gap={8} align="center">
          <span>{unit.name}</span>
          <Tag color={unit.role === 'lead' ? 'geekblue' : undefined}>
            {unit.role === 'lead' ? '牵头' : '责任'}
          </Tag>
          <Tag>{FILING_KIND_LABELS[unit.kind]}</Tag>
          {share !== null && share > 0 && (
            <Tag color={share >= 0.7 ? 'orange' : 'default'}>进展情况与上季度相同 {percentText(share)}</Tag>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={1}
          bordered
          title={`${previousName} → ${currentName}`}
          items={figures(unit, comparison.task.indicators)}
        />
        {unit.changes.map((change) => (
          <div key={change.field}>
            <Typography.Text strong>{FIELD_LABELS[change.field]}</Typography.Text>
            <Row gutter={[12, 8]} style={{ marginTop: 4 }}>
              <Col xs={24} md={12}>
                <Typography.Text type="secondary">{previousName}</Typography.Text>
                <DiffText
                  runs={change.runs}
                  side="previous"
                  label={`${previousName}${FIELD_LABELS[change.field]}`}
                />
              </Col>
              <Col xs={24} md={12}>
                <Typography.Text type="secondary">{currentName}</Typography.Text>
                <DiffText
                  runs={change.runs}
                  side="current"
                  label={`${currentName}${FIELD_LABELS[change.field]}`}
                />
              </Col>
            </Row>
          </div>
        ))}
      </Flex>
    </Card>
  );
}
