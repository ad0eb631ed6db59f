// Closing the quarter (supervisor): its records freeze and a snapshot of lights, cards and scores
// is kept. Once closed, anyone in the office can read what changed against the quarter before.
import { DiffOutlined, LockOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { describeError } from '../../../api/client.ts';
import { forgetPlanCalendar, periodLabel } from '../../../api/calendar.ts';
import type { Matrix } from '../../../api/matrix.ts';
import {
  CARD_LABELS,
  CARD_STATE_LABELS,
  closePeriod,
  getSnapshotDiff,
  LIGHT_LABELS,
  LIGHT_TAG_COLORS,
  type LightColor,
  type SnapshotDiff,
} from '../../../api/supervision.ts';
import { useRequest } from '../../../api/use-request.ts';
import { AsyncContent } from '../../../components/AsyncContent.tsx';
import { namesOf, type Names } from './request-names.ts';

function LightTag({ light }: { light: LightColor | null }) {
  return light ? <Tag color={LIGHT_TAG_COLORS[light]}>{LIGHT_LABELS[light]}</Tag> : <Tag>无</Tag>;
}

/** One part of the comparison: a heading with its count and a table that says when nothing changed. */
function DiffTable<Row extends object>(props: {
  title: string;
  rows: Row[];
  rowKey: TableProps<Row>['rowKey'];
  empty: string;
  columns: TableColumnsType<Row>;
}) {
  return (
    <div>
      <Typography.Title level={5}>
        {props.title}({props.rows.length})
      </Typography.Title>
      <Table
        size="small"
        rowKey={props.rowKey}
        dataSource={props.rows}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={props.empty} /> }}
        columns={props.columns}
      />
    </div>
  );
}

/** The task and the unit a changed light or a new card belongs to, by name. */
function taskUnitColumns<Row extends { taskId: number; unitId: number }>(
  names: Names,
): TableColumnsType<Row> {
  return [
    { title: '任务', key: 'task', render: (_, row) => names.task(row.taskId) },
    { title: '单位', key: 'unit', width: 120, render: (_, row) => names.unit(row.unitId) },
  ];
}

function DiffView({ diff, names }: { diff: SnapshotDiff; names: Names }) {
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {diff.previousPeriod
          ? `对比${periodLabel(diff.previousPeriod)}的快照`
          : '这是本年度第一个关闭的季度,没有可对比的上一季度快照'}
      </Typography.Text>
      <DiffTable
        title="亮灯变化"
        rows={diff.lightsChanged}
        rowKey={(row) => `${row.taskId}:${row.unitId}`}
        empty="亮灯无变化"
        columns={[
          ...taskUnitColumns<SnapshotDiff['lightsChanged'][number]>(names),
          {
            title: '变化',
            key: 'change',
            width: 150,
            render: (_, row) => (
              <Space size={4}>
                <LightTag light={row.from} />→<LightTag light={row.to} />
              </Space>
            ),
          },
        ]}
      />
      <DiffTable
        title="新亮牌"
        rows={diff.newCards}
        rowKey="id"
        empty="本季度没有新亮牌"
        columns={[
          ...taskUnitColumns<SnapshotDiff['newCards'][number]>(names),
          {
            title: '牌',
            key: 'color',
            width: 140,
            render: (_, row) => (
              <Space size={4}>
                <Tag color={row.color === 'red' ? 'red' : 'gold'}>{CARD_LABELS[row.color]}</Tag>
                {CARD_STATE_LABELS[row.state]}
              </Space>
            ),
          },
        ]}
      />
      <DiffTable
        title="得分变化"
        rows={diff.scoreDeltas}
        rowKey="unitId"
        empty="得分无变化"
        columns={[
          { title: '单位', key: 'unit', render: (_, row) => names.unit(row.unitId) },
          { title: '上季度', dataIndex: 'before', width: 90 },
          { title: '本季度', dataIndex: 'after', width: 90 },
          {
            title: '变化',
            dataIndex: 'delta',
            width: 90,
            render: (delta: number) => (
              <Typography.Text type={delta < 0 ? 'danger' : delta > 0 ? 'success' : undefined}>
                {delta > 0 ? `+${delta}` : delta}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Space>
  );
}

function DiffDrawer(props: { open: boolean; matrix: Matrix; onClose: () => void }) {
  const period = props.matrix.period.key;
  const names = useMemo(() => namesOf(props.matrix), [props.matrix]);
  const diff = useRequest(
    () => (props.open ? getSnapshotDiff(period) : Promise.resolve(null)),
    [period, props.open],
  );
  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      title={`${periodLabel(period)} · 季度快照对比`}
      size={720}
      destroyOnHidden
    >
      <AsyncContent loaded={diff} isEmpty={(data) => data === null}>
        {(data) => data && <DiffView diff={data} names={names} />}
      </AsyncContent>
    </Drawer>
  );
}

export function ClosePeriod(props: { matrix: Matrix; canClose: boolean; onClosed: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [showDiff, setShowDiff] = useState(false);
  const period = props.matrix.period.key;
  const closed = props.matrix.period.state === 'closed';
  const close = async () => {
    setBusy(true);
    try {
      await closePeriod(period);
      forgetPlanCalendar();
      void message.success(`${periodLabel(period)}已关闭,快照已留存`);
      props.onClosed();
      setShowDiff(true);
    } catch (e) {
      void message.error(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {closed ? (
        <Space>
          <Tag icon={<LockOutlined />}>本季度已关闭</Tag>
          <Button icon={<DiffOutlined />} onClick={() => setShowDiff(true)}>
            季度对比
          </Button>
        </Space>
      ) : (
        props.canClose && (
          <Popconfirm
            title={`关闭${periodLabel(period)}?`}
            description={
              <div style={{ maxWidth: 320 }}>
                关闭后本季度的填报记录将冻结,不能再修改;系统会留存本季度亮灯、亮牌和得分的快照,用于与上一季度对比。
              </div>
            }
            okText="确认关闭"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() => void close()}
          >
            <Button danger icon={<LockOutlined />} loading={busy}>
              关闭本季度
            </Button>
          </Popconfirm>
        )
      )}
      <DiffDrawer open={showDiff} matrix={props.matrix} onClose={() => setShowDiff(false)} />
    </>
  );
}
