// The quarter's extension requests (延期申请): the supervisor approves, with the date asked for or
// another, or denies with a reason; other office roles read.
import { App, Button, DatePicker, Form, Input, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { Matrix } from '../../../api/matrix.ts';
import {
  approveExtension,
  denyExtension,
  EXTENSION_STATUS_LABELS,
  getExtensions,
  type Extension,
} from '../../../api/supervision.ts';
import { useRequest } from '../../../api/use-request.ts';
import { AsyncContent } from '../../../components/AsyncContent.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { DecisionState, decisionColumn } from './decision-columns.tsx';
import { namesOf } from './request-names.ts';
import { wideOnPhone } from '../../../components/wide-table.ts';

const STATUS_COLORS: Record<Extension['status'], string> = {
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
};

type Deciding = { extension: Extension; action: 'approve' | 'deny' } | null;

export function ConsoleExtensions(props: { matrix: Matrix; canDecide: boolean }) {
  const period = props.matrix.period.key;
  const names = useMemo(() => namesOf(props.matrix), [props.matrix]);
  const list = useRequest(() => getExtensions(period), [period]);
  const [deciding, setDeciding] = useState<Deciding>(null);
  const { message } = App.useApp();
  return (
    <>
      <AsyncContent loaded={list} isEmpty={(rows) => rows.length === 0} emptyText="本季度暂无延期申请">
        {(rows) => (
          <Table<Extension>
            rowKey="id"
            size="middle"
            {...wideOnPhone(960)}
            dataSource={rows}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: '单位', key: 'unit', width: 140, render: (_, row) => names.unit(row.unitId) },
              { title: '任务', key: 'task', render: (_, row) => names.task(row.taskId) },
              { title: '申请截止日期', dataIndex: 'requestedDueOn', width: 120 },
              { title: '理由', dataIndex: 'reason' },
              {
                title: '状态',
                key: 'status',
                width: 180,
                render: (_, row) => (
                  <DecisionState
                    color={STATUS_COLORS[row.status]}
                    label={row.statusLabel || EXTENSION_STATUS_LABELS[row.status]}
                    notes={[
                      row.grantedDueOn && `批准至 ${row.grantedDueOn}`,
                      row.decisionReason && `意见:${row.decisionReason}`,
                    ]}
                  />
                ),
              },
              ...decisionColumn<Extension>(
                props.canDecide,
                150,
                (row) =>
                  row.status === 'pending' && (
                    <Space>
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => setDeciding({ extension: row, action: 'approve' })}
                      >
                        批准
                      </Button>
                      <Button
                        size="small"
                        danger
                        onClick={() => setDeciding({ extension: row, action: 'deny' })}
                      >
                        驳回
                      </Button>
                    </Space>
                  ),
              ),
            ]}
          />
        )}
      </AsyncContent>
      <FormModal<{ dueOn?: Dayjs | null }>
        open={deciding?.action === 'approve'}
        title="批准延期申请"
        okText="批准"
        onClose={() => setDeciding(null)}
        onSubmit={async (values) => {
          if (!deciding) return;
          await approveExtension(deciding.extension.id, values.dueOn?.format('YYYY-MM-DD'));
          void message.success('已批准延期申请');
          list.reload();
        }}
      >
        {deciding && (
          <Typography.Paragraph>
            {names.unit(deciding.extension.unitId)} 申请将截止日期延至 {deciding.extension.requestedDueOn}
          </Typography.Paragraph>
        )}
        <Form.Item name="dueOn" label="另定截止日期" extra="不填则按申请的日期批准">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
      <FormModal<{ reason: string }>
        open={deciding?.action === 'deny'}
        title="驳回延期申请"
        okText="驳回"
        danger
        onClose={() => setDeciding(null)}
        onSubmit={async (values) => {
          if (!deciding) return;
          await denyExtension(deciding.extension.id, values.reason.trim());
          void message.success('已驳回延期申请');
          list.reload();
        }}
      >
        <Form.Item
          name="reason"
          label="驳回理由"
          rules={[{ required: true, whitespace: true, message: '请写明驳回理由' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </FormModal>
    </>
  );
}
