// Per unit: filings still missing after the due day and filings that reached the office late.
import { Empty, List, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { Matrix, MatrixRow } from '../../../api/matrix.ts';
import { taskPath } from '../../../components/TaskDrillDrawer.tsx';
import { lapsesByUnit, type UnitLapses } from '../../../components/matrix-filters.ts';

function TaskLinks(props: { rows: MatrixRow[]; period: string; tag: string; color: string }) {
  return (
    <List
      size="small"
      dataSource={props.rows}
      renderItem={(row) => (
        <List.Item>
          <Tag color={props.color}>{props.tag}</Tag>
          <Link to={taskPath(row.task.id, props.period)}>
            第{row.task.seq}项 {row.task.text.length > 60 ? `${row.task.text.slice(0, 60)}…` : row.task.text}
          </Link>
          <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
            {row.cells.map((cell) => cell.roleLabel).join('、')}单位
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}

export function LapsesList({ matrix }: { matrix: Matrix }) {
  const lapses = useMemo(() => lapsesByUnit(matrix), [matrix]);
  const period = matrix.period.key;
  if (lapses.length === 0) return <Empty description="本季度没有逾期未报或迟报的单位" />;
  return (
    <Table<UnitLapses>
      rowKey="unitId"
      size="middle"
      dataSource={lapses}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      expandable={{
        expandedRowRender: (unit) => (
          <>
            {unit.missing.length > 0 && (
              <TaskLinks rows={unit.missing} period={period} tag="逾期未报" color="red" />
            )}
            {unit.late.length > 0 && (
              <TaskLinks rows={unit.late} period={period} tag="迟报" color="volcano" />
            )}
          </>
        ),
      }}
      columns={[
        { title: '单位', dataIndex: 'name' },
        { title: '应报', dataIndex: 'owed', width: 90 },
        {
          title: '逾期未报',
          width: 110,
          sorter: (a, b) => a.missing.length - b.missing.length,
          render: (_, unit) => (
            <Typography.Text type={unit.missing.length ? 'danger' : undefined}>
              {unit.missing.length}
            </Typography.Text>
          ),
        },
        {
          title: '迟报',
          width: 90,
          sorter: (a, b) => a.late.length - b.late.length,
          render: (_, unit) => unit.late.length,
        },
      ]}
    />
  );
}
