// The notice's tasks as read; rows whose lead/co boundary was guessed (or that have problems) are
// settled right in the table.
import { Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ImportDecision, ImportPreview, PreviewTask } from '../../../api/plan-import.ts';
import { QuarterPlans } from '../../../components/QuarterPlans.tsx';
import { needsAttention, type Decisions, type RowDecision } from './import-decisions.ts';
import { SplitEditor } from './SplitEditor.tsx';
import { TaskActions } from './TaskActions.tsx';

function Units({ task }: { task: PreviewTask }) {
  return (
    <Space wrap size={4}>
      {task.leadUnits.map((unit) => (
        <Tag key={unit} color="blue">
          牵头 · {unit}
        </Tag>
      ))}
      {task.responsibleUnits.map((unit) => (
        <Tag key={unit}>{unit}</Tag>
      ))}
    </Space>
  );
}

export function PreviewTasksTable(props: {
  preview: ImportPreview;
  decisions: Decisions;
  onRow: (line: number, decision: RowDecision) => void;
  unitOptions: string[];
  busy: boolean;
  onDecide: (decision: ImportDecision) => Promise<boolean>;
}) {
  const { preview, decisions } = props;
  const attention = preview.tasks.filter((task) => needsAttention(preview, task));
  const [show, setShow] = useState<'attention' | 'all'>(attention.length > 0 ? 'attention' : 'all');
  const problemsOf = (task: PreviewTask) =>
    preview.problems.filter((p) => p.key === task.key && p.code !== 'task.unconfirmed');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Segmented
        aria-label="显示哪些任务"
        value={show}
        onChange={setShow}
        options={[
          { value: 'attention', label: `需确认(${attention.length})` },
          { value: 'all', label: `全部任务(${preview.tasks.length})` },
        ]}
      />
      <Table<PreviewTask>
        rowKey="key"
        size="small"
        scroll={{ x: 'max-content' }}
        dataSource={show === 'attention' ? attention : preview.tasks}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        onRow={(task) => (task.excluded ? { style: { opacity: 0.6 } } : {})}
        columns={[
          { title: '序号', dataIndex: 'seq', width: 64 },
          { title: '行', dataIndex: 'line', width: 64 },
          {
            title: '目标与任务',
            render: (_, task) => (
              <Space orientation="vertical" size={2}>
                <Typography.Text ellipsis={{ tooltip: task.text }} style={{ maxWidth: 360 }}>
                  {task.text}
                </Typography.Text>
                {task.milestones.length > 0 && (
                  <div aria-label={`第${task.seq}项季度计划`} role="group">
                    <Typography.Text type="secondary">季度计划</Typography.Text>
                    <QuarterPlans milestones={task.milestones} compactWidth={360} />
                  </div>
                )}
                {!task.complete && <Tag color="red">内容不完整</Tag>}
                {task.excluded && <Tag>不是任务</Tag>}
                {task.merged.length > 0 && <Tag color="blue">已合并</Tag>}
                {task.splitPart && <Tag color="blue">拆分所得</Tag>}
                {problemsOf(task).map((p) => (
                  <Typography.Text key={p.code} type="danger">
                    {p.message}
                  </Typography.Text>
                ))}
              </Space>
            ),
          },
          {
            title: '牵头 / 责任单位',
            width: 460,
            render: (_, task) =>
              needsAttention(preview, task) && !task.confirmed && !task.excluded ? (
                <SplitEditor
                  task={task}
                  decision={decisions.rows[task.line]}
                  onChange={(decision) => props.onRow(task.line, decision)}
                />
              ) : (
                <Units task={task} />
              ),
          },
          { title: '指标', width: 64, render: (_, task) => task.indicators.length || '' },
          {
            title: '处理',
            width: 200,
            render: (_, task) => (
              <TaskActions
                task={task}
                first={preview.tasks[0]?.key === task.key}
                unitOptions={props.unitOptions}
                busy={props.busy}
                onDecide={props.onDecide}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
