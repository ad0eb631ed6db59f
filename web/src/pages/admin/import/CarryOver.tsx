// The previous year's tasks still open at its end, which the admin may carry into this plan.
import { Checkbox, Table, Typography } from 'antd';
import type { ImportDecision, ImportPreview } from '../../../api/plan-import.ts';

type Candidate = ImportPreview['carryCandidates'][number];

export function CarryOver(props: {
  preview: ImportPreview;
  busy: boolean;
  onDecide: (decision: ImportDecision) => Promise<boolean>;
}) {
  const { carryCandidates } = props.preview;
  return (
    <>
      <Typography.Paragraph type="secondary">
        上一年度未核验办结的任务可以延续到本年度,延续的任务排在本年度任务之后,并保留与原任务的关联。
      </Typography.Paragraph>
      <Table<Candidate>
        rowKey="taskId"
        size="small"
        scroll={{ x: 'max-content' }}
        dataSource={carryCandidates}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          {
            title: '延续',
            width: 64,
            render: (_, c) => (
              <Checkbox
                aria-label={`延续${c.year}年第${c.seq}项`}
                checked={c.carried}
                disabled={props.busy}
                onChange={(e) =>
                  void props.onDecide({ kind: 'carry', taskId: c.taskId, carry: e.target.checked })
                }
              />
            ),
          },
          { title: '原序号', width: 72, render: (_, c) => `${c.year}-${c.seq}` },
          {
            title: '任务',
            render: (_, c) => (
              <Typography.Text ellipsis={{ tooltip: c.text }} style={{ maxWidth: 320 }}>
                {c.text}
              </Typography.Text>
            ),
          },
          { title: '牵头单位', render: (_, c) => c.leadUnits.join('、') },
        ]}
      />
    </>
  );
}
