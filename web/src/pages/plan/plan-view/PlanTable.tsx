// The plan as the notice's table: 序号 | 目标与任务 | 牵头责任单位 | 责任单位, plus this quarter's state;
// under a task's text, what the notice plans for the chosen quarter (本季度计划), when it plans any.
import { Table, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { periodMilestone } from '../../../../../src/core/plan/task-milestones.ts';
import { FilingStateTag } from '../../../components/FilingStateTag.tsx';
import type { PlanRow } from './plan-rows.ts';

const HEADING_STYLES = [
  { fontWeight: 700, fontSize: 15, background: '#e6f0fa' },
  { fontWeight: 600, background: '#f3f7fb' },
  { fontWeight: 500, background: '#fafafa' },
];

const names = (units: readonly { name: string }[]) => units.map((u) => u.name).join('、');

export function PlanTable(props: { rows: PlanRow[]; periodKey: string; showState: boolean; phone: boolean }) {
  const { periodKey } = props;
  const span = 3 + (props.phone ? 0 : 1) + (props.showState ? 1 : 0);
  // Heading rows put their text in the first cell across the whole width.
  const spanHeading = (first: boolean) => (row: PlanRow) =>
    row.kind === 'heading'
      ? { colSpan: first ? span : 0, style: HEADING_STYLES[Math.min(row.depth, 2)] }
      : {};
  const columns: ColumnType<PlanRow>[] = [
    {
      title: '序号',
      width: 60,
      align: 'center',
      onCell: spanHeading(true),
      render: (_, row) =>
        row.kind === 'heading' ? (
          <span style={{ textAlign: 'left', display: 'block' }}>{row.text}</span>
        ) : (
          row.task.seq
        ),
    },
    {
      title: '目标与任务',
      onCell: spanHeading(false),
      render: (_, row) =>
        row.kind === 'task' && (
          <>
            {/* A thumb-sized target on a phone (web/src/app/readable.css), a line of text on a desk. */}
            <Link
              className="duban-tap-link"
              to={`/tasks/${row.task.id}?period=${periodKey}`}
              style={{ color: 'inherit' }}
            >
              {row.task.text}
            </Link>
            <QuarterPlanLine milestones={row.task.milestones} periodKey={periodKey} />
          </>
        ),
    },
    {
      title: '牵头责任单位',
      width: 160,
      onCell: spanHeading(false),
      render: (_, row) => row.kind === 'task' && names(row.task.leadUnits),
    },
  ];
  if (!props.phone) {
    columns.push({
      title: '责任单位',
      width: 220,
      onCell: spanHeading(false),
      render: (_, row) =>
        row.kind === 'task' && (
          <Typography.Paragraph
            ellipsis={{ rows: 3, tooltip: names(row.task.responsibleUnits) }}
            style={{ margin: 0 }}
          >
            {names(row.task.responsibleUnits)}
          </Typography.Paragraph>
        ),
    });
  }
  if (props.showState) {
    columns.push({
      title: '本季度',
      width: 110,
      onCell: spanHeading(false),
      render: (_, row) =>
        row.kind === 'task' &&
        row.standing && <FilingStateTag state={row.standing.state} late={row.standing.late} />,
    });
  }
  return (
    <Table<PlanRow>
      rowKey="key"
      size="small"
      bordered
      pagination={false}
      dataSource={props.rows}
      columns={columns}
      scroll={props.phone ? { x: 520 } : undefined}
    />
  );
}

/** 本季度计划:… under the task's text, or nothing when the notice plans nothing for the quarter. */
function QuarterPlanLine(props: {
  milestones: readonly { quarter: number; text: string }[];
  periodKey: string;
}) {
  const plan = periodMilestone(props.milestones, props.periodKey);
  if (plan === null) return null;
  return (
    <Typography.Paragraph style={{ margin: '4px 0 0', overflowWrap: 'anywhere' }}>
      <Typography.Text type="secondary">本季度计划:</Typography.Text>
      {plan}
    </Typography.Paragraph>
  );
}
