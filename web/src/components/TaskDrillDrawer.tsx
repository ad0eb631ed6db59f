// The tasks behind a number: a chart slice, a bar or a count opens this list, each task linking to
// its page with the units whose filings were counted.
import { Drawer, Empty, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { MatrixCell, MatrixRow } from '../api/matrix.ts';
import { PROGRESS_COLORS, PROGRESS_LABELS, markTextColor, sectionLabel } from './progress-states.ts';

export interface DrillDown {
  title: string;
  period: string;
  /** Tasks with only the cells that were counted. */
  rows: MatrixRow[];
}

export const taskPath = (taskId: number, period: string) =>
  `/tasks/${taskId}?period=${encodeURIComponent(period)}`;

export function CellTag({ cell }: { cell: MatrixCell }) {
  return (
    <Tag
      color={PROGRESS_COLORS[cell.state]}
      style={{ color: markTextColor(cell.state), marginBottom: 4 }}
      title={`${cell.roleLabel}单位 · ${PROGRESS_LABELS[cell.state]}${cell.late ? ' · 迟报' : ''}`}
    >
      {cell.name} · {PROGRESS_LABELS[cell.state]}
      {cell.late ? ' · 迟报' : ''}
    </Tag>
  );
}

export function TaskDrillDrawer({ drill, onClose }: { drill: DrillDown | null; onClose: () => void }) {
  return (
    <Drawer open={drill !== null} onClose={onClose} size={760} title={drill?.title} destroyOnHidden>
      {drill && drill.rows.length === 0 && <Empty description="没有符合条件的任务" />}
      {drill && drill.rows.length > 0 && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">共 {drill.rows.length} 项任务</Typography.Text>
          <Table<MatrixRow>
            rowKey={(row) => row.task.id}
            size="small"
            dataSource={drill.rows}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: '序号', width: 64, render: (_, row) => row.task.seq },
              {
                title: '任务',
                render: (_, row) => (
                  <Link to={taskPath(row.task.id, drill.period)}>
                    <Typography.Text ellipsis={{ tooltip: row.task.text }} style={{ maxWidth: 320 }}>
                      {row.task.text}
                    </Typography.Text>
                  </Link>
                ),
              },
              { title: '板块', width: 80, render: (_, row) => sectionLabel(row.section.path) },
              {
                title: '单位',
                render: (_, row) => row.cells.map((cell) => <CellTag key={cell.unitId} cell={cell} />),
              },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}
