// The year's completion claims (办结): the supervisor verifies a claim, taking the task out of the
// quarterly loop, or sends it back with a reason; other office roles read.
import { App, Button, Form, Input, Popconfirm, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import type { Matrix } from '../../../api/matrix.ts';
import {
  COMPLETION_STATE_LABELS,
  getCompletions,
  rejectCompletion,
  verifyCompletion,
  type Completion,
} from '../../../api/supervision.ts';
import { describeError } from '../../../api/client.ts';
import { useRequest } from '../../../api/use-request.ts';
import { AsyncContent } from '../../../components/AsyncContent.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { DecisionState, decisionColumn } from './decision-columns.tsx';
import { namesOf } from './request-names.ts';
import { wideOnPhone } from '../../../components/wide-table.ts';

const STATE_COLORS: Record<Completion['state'], string> = {
  claimed: 'processing',
  verified: 'success',
  rejected: 'error',
};

export function ConsoleCompletions(props: { matrix: Matrix; canDecide: boolean }) {
  const year = Number(props.matrix.period.key.slice(0, 4));
  const names = useMemo(() => namesOf(props.matrix), [props.matrix]);
  const list = useRequest(() => getCompletions(year), [year]);
  const [rejecting, setRejecting] = useState<Completion | null>(null);
  const { message } = App.useApp();
  const verify = async (row: Completion) => {
    try {
      await verifyCompletion(row.id);
      void message.success('已核验办结');
    } catch (e) {
      void message.error(describeError(e));
    }
    list.reload();
  };
  return (
    <>
      <AsyncContent loaded={list} isEmpty={(rows) => rows.length === 0} emptyText="本年度暂无办结申请">
        {(rows) => (
          <Table<Completion>
            rowKey="id"
            size="middle"
            {...wideOnPhone(860)}
            dataSource={rows}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: '任务', key: 'task', render: (_, row) => names.task(row.taskId) },
              { title: '牵头单位', key: 'unit', width: 140, render: (_, row) => names.unit(row.unitId) },
              { title: '办结依据', dataIndex: 'evidence' },
              {
                title: '状态',
                key: 'state',
                width: 180,
                render: (_, row) => (
                  <DecisionState
                    color={STATE_COLORS[row.state]}
                    label={row.stateLabel || COMPLETION_STATE_LABELS[row.state]}
                    notes={[row.decisionReason && `意见:${row.decisionReason}`]}
                  />
                ),
              },
              ...decisionColumn<Completion>(
                props.canDecide,
                170,
                (row) =>
                  row.state === 'claimed' && (
                    <Space>
                      <Popconfirm
                        title="核验通过后,该任务不再参与季度填报"
                        okText="核验通过"
                        cancelText="取消"
                        onConfirm={() => void verify(row)}
                      >
                        <Button size="small" type="primary">
                          核验通过
                        </Button>
                      </Popconfirm>
                      <Button size="small" danger onClick={() => setRejecting(row)}>
                        退回
                      </Button>
                    </Space>
                  ),
              ),
            ]}
          />
        )}
      </AsyncContent>
      <FormModal<{ reason: string }>
        open={rejecting !== null}
        title="退回办结申请"
        okText="确认退回"
        danger
        onClose={() => setRejecting(null)}
        onSubmit={async (values) => {
          if (!rejecting) return;
          await rejectCompletion(rejecting.id, values.reason.trim());
          void message.success('已退回办结申请');
          list.reload();
        }}
      >
        <Form.Item
          name="reason"
          label="退回理由"
          rules={[{ required: true, whitespace: true, message: '请写明退回理由' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </FormModal>
    </>
  );
}
