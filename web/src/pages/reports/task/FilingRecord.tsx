// One unit's filing on the task page: where it stands, its content as the viewer may see it, and
// its history.
import { Card, Collapse, Flex, Tag, Typography } from 'antd';
import type { Indicator, Report } from '../../../api/reports.types.ts';
import { FilingView } from '../../../components/filing/FilingView.tsx';
import { RevisionTimeline } from '../../../components/filing/RevisionTimeline.tsx';

const STATE_COLORS: Record<Report['state'], string> = {
  draft: 'blue',
  submitted: 'gold',
  signed_off: 'cyan',
  returned: 'volcano',
  accepted: 'green',
};

export function FilingRecord({ report, indicators }: { report: Report; indicators: readonly Indicator[] }) {
  return (
    <Card
      size="small"
      title={
        <Flex align="center" gap={8} wrap>
          <span>{report.unit.name}</span>
          <Tag color={STATE_COLORS[report.state]}>{report.stateLabel}</Tag>
          {report.late && <Tag color="orange">迟报</Tag>}
        </Flex>
      }
    >
      {report.returnReasons && report.state === 'returned' && (
        <Typography.Paragraph type="danger" style={{ whiteSpace: 'pre-wrap' }}>
          退回理由:{report.returnReasons}
        </Typography.Paragraph>
      )}
      {report.content ? (
        <FilingView
          content={report.content}
          indicators={indicators}
          attachments={report.content.attachments}
        />
      ) : (
        <Typography.Text type="secondary">尚未报送,内容暂不可见</Typography.Text>
      )}
      <Collapse
        ghost
        size="small"
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'history',
            label: `修改历史(${report.revisions.length} 个版本)`,
            children: <RevisionTimeline revisions={report.revisions} indicators={indicators} />,
          },
        ]}
      />
    </Card>
  );
}
