// The quarter's hotline records (热线记录): the supervisor logs a call or message about a task (its
// units are told), and every record of the quarter's tasks is listed with the units' answers.
import { App, Button, Empty, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { HOTLINE_LIMITS } from '../../../../../src/core/supervision/hotline.ts';
import {
  formatMoment,
  getTaskHotline,
  HOTLINE_CHANNEL_LABELS,
  HOTLINE_CHANNELS,
  logHotline,
  type HotlineChannel,
  type HotlineRecord,
} from '../../../api/hotline.ts';
import type { Matrix } from '../../../api/matrix.ts';
import { useRequest } from '../../../api/use-request.ts';
import { AsyncContent } from '../../../components/AsyncContent.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { namesOf } from './request-names.ts';

interface LogValues {
  taskId: number;
  channel: HotlineChannel;
  caller?: string;
  content: string;
}

export function ConsoleHotline(props: { matrix: Matrix; canLog: boolean }) {
  const names = useMemo(() => namesOf(props.matrix), [props.matrix]);
  const taskIds = useMemo(() => props.matrix.rows.map((row) => row.task.id), [props.matrix]);
  const list = useRequest(
    async () =>
      (await Promise.all(taskIds.map((id) => getTaskHotline(id))))
        .flat()
        .sort((a, b) => b.loggedAt.localeCompare(a.loggedAt)),
    [taskIds],
  );
  const [logging, setLogging] = useState(false);
  const { message } = App.useApp();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {props.canLog && (
        <Button type="primary" onClick={() => setLogging(true)}>
          登记热线
        </Button>
      )}
      <AsyncContent loaded={list} isEmpty={(rows) => rows.length === 0} emptyText="本季度暂无热线记录">
        {(rows) => (
          <List<HotlineRecord>
            dataSource={rows}
            renderItem={(record) => (
              <List.Item key={record.id}>
                <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                  <Space wrap>
                    <Tag color="blue">{HOTLINE_CHANNEL_LABELS[record.channel]}</Tag>
                    <Typography.Text strong>{names.task(record.taskId)}</Typography.Text>
                  </Space>
                  <Typography.Text type="secondary">
                    {formatMoment(record.loggedAt)}
                    {record.caller ? ` · 来电人:${record.caller}` : ''}
                  </Typography.Text>
                  <Typography.Paragraph style={{ margin: 0 }}>{record.content}</Typography.Paragraph>
                  {record.answers.length === 0 ? (
                    <Tag color="warning">待答复</Tag>
                  ) : (
                    record.answers.map((answer) => (
                      <Typography.Text key={answer.id}>
                        <Tag color="success">{names.unit(answer.unitId)}答复</Tag>
                        {answer.text}
                      </Typography.Text>
                    ))
                  )}
                </Space>
              </List.Item>
            )}
          />
        )}
      </AsyncContent>
      <FormModal<LogValues>
        open={logging}
        title="登记热线"
        okText="登记"
        initialValues={{ channel: 'phone' }}
        onClose={() => setLogging(false)}
        onSubmit={async (values) => {
          const caller = values.caller?.trim();
          const logged = await logHotline({
            taskId: values.taskId,
            channel: values.channel,
            caller: caller ? caller : null,
            content: values.content.trim(),
          });
          void message.success(`已登记,已通知${logged.notifiedUnitIds.length}个责任单位`);
          list.reload();
        }}
      >
        {taskIds.length === 0 ? (
          <Empty description="本季度没有任务" />
        ) : (
          <>
            <Form.Item name="taskId" label="任务" rules={[{ required: true, message: '请选择任务' }]}>
              <Select
                showSearch
                optionFilterProp="label"
                placeholder="按序号选择任务"
                options={props.matrix.rows.map((row) => ({
                  value: row.task.id,
                  label: `第${row.task.seq}项 ${row.task.text}`,
                }))}
              />
            </Form.Item>
            <Form.Item name="channel" label="渠道" rules={[{ required: true, message: '请选择渠道' }]}>
              <Select
                options={HOTLINE_CHANNELS.map((channel) => ({
                  value: channel,
                  label: HOTLINE_CHANNEL_LABELS[channel],
                }))}
              />
            </Form.Item>
            <Form.Item name="caller" label="来电人" extra="选填,只有督查办和领导能看到">
              <Input maxLength={HOTLINE_LIMITS.caller} />
            </Form.Item>
            <Form.Item
              name="content"
              label="内容"
              rules={[{ required: true, whitespace: true, message: '请填写来电或留言的内容' }]}
            >
              <Input.TextArea rows={4} maxLength={HOTLINE_LIMITS.text} showCount />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Space>
  );
}
