// A filing read back: narrative, status, indicator actuals against their targets, problems, next
// steps and evidence. Used for accepted filings, co-units' inputs and the task page.
import { Descriptions, Typography } from 'antd';
import type { Attachment, FilingContent, Indicator } from '../../api/reports.types.ts';
import { AttachmentLinks } from './AttachmentLinks.tsx';
import { formatIndicatorValue } from './indicator-scale.ts';
import { SelfStatusTag } from './SelfStatusTag.tsx';

const Text = ({ value }: { value: string }) =>
  value.trim() === '' ? (
    <Typography.Text type="secondary">未填写</Typography.Text>
  ) : (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{value}</Typography.Paragraph>
  );

export function IndicatorActualsView(props: {
  indicators: readonly Indicator[];
  actuals: FilingContent['indicatorActuals'];
}) {
  return (
    <>
      {props.indicators.map((indicator) => {
        const actual = props.actuals.find((a) => a.indicatorId === indicator.id);
        return (
          <div key={indicator.id}>
            {indicator.metric}:<strong>{formatIndicatorValue(actual?.value ?? null, indicator)}</strong>
            <Typography.Text type="secondary">(目标 {indicator.raw})</Typography.Text>
            {actual?.note ? <div>说明:{actual.note}</div> : null}
          </div>
        );
      })}
    </>
  );
}

export function FilingView(props: {
  content: FilingContent;
  indicators: readonly Indicator[];
  attachments?: readonly Attachment[];
  compact?: boolean;
}) {
  const { content, indicators } = props;
  const items = [
    {
      key: 'status',
      label: '当前状态',
      children: <SelfStatusTag status={content.selfStatus} percent={content.percentComplete} />,
    },
    { key: 'progress', label: '进展情况', children: <Text value={content.progress} /> },
    ...(indicators.length > 0
      ? [
          {
            key: 'indicators',
            label: '指标完成',
            children: <IndicatorActualsView indicators={indicators} actuals={content.indicatorActuals} />,
          },
        ]
      : []),
    { key: 'problems', label: '存在问题', children: <Text value={content.problems} /> },
    { key: 'next', label: '下步打算', children: <Text value={content.nextSteps} /> },
    ...(props.attachments
      ? [{ key: 'files', label: '佐证材料', children: <AttachmentLinks files={props.attachments} /> }]
      : []),
  ];
  return (
    <Descriptions
      column={1}
      size={props.compact ? 'small' : 'middle'}
      bordered
      items={items}
      styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}
    />
  );
}
