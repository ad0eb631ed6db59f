// The task's hotline and public feedback (热线与公众反馈): what callers said and the units' answers;
// an account of one of the task's units may answer.
import { App, Button, Card, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { HOTLINE_LIMITS } from '../../../../../src/core/supervision/hotline.ts';
import {
  answerHotline,
  formatMoment,
  getTaskHotline,
  HOTLINE_CHANNEL_LABELS,
  type HotlineRecord,
} from '../../../api/hotline.ts';
import { useRequest } from '../../../api/use-request.ts';
import { AsyncContent } from '../../../components/AsyncContent.tsx';
import { FormModal } from '../../../components/FormModal.tsx';

export function TaskHotline(props: {
  taskId: number;
  canAnswer: boolean;
  unitName: (unitId: number) => string;
}) {
  const list = useRequest(() => getTaskHotline(props.taskId), [props.taskId]);
  const [answering, setAnswering] = useState<HotlineRecord | null>(null);
  const { message } = App.useApp();
  return (
    <Card
      title="热线与公众反馈"
      size="small"
      style={{ marginTop: 16 }}
      role="region"
      aria-label="热线与公众反馈"
    >
      <AsyncContent loaded={list} isEmpty={(rows) => rows.length === 0} emptyText="暂无热线与公众反馈">
        {(rows) => (
          <List<HotlineRecord>
            dataSource={rows}
            renderItem={(record) => (
              <List.Item
                key={record.id}
                actions={
                  props.canAnswer
                    ? [
                        <Button key="answer" size="small" onClick={() => setAnswering(record)}>
                          答复
                        </Button>,
                      ]
                    : []
                }
              >
                <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                  <Space wrap>
                    <Tag color="blue">{HOTLINE_CHANNEL_LABELS[record.channel]}</Tag>
                    <Typography.Text type="secondary">
                      {formatMoment(record.loggedAt)}
                      {record.caller ? ` · 来电人:${record.caller}` : ''}
                    </Typography.Text>
                  </Space>
                  <Typography.Paragraph style={{ margin: 0 }}>{record.content}</Typography.Paragraph>
                  {record.answers.length === 0 ? (
                    <Tag color="warning">待答复</Tag>
                  ) : (
                    record.answers.map((answer) => (
                      <Typography.Text key={answer.id}>
                        <Tag color="success">{props.unitName(answer.unitId)}答复</Tag>
                        {answer.text}
                        <Typography.Text type="secondary">
                          {' '}
                          ({formatMoment(answer.answeredAt)})
                        </Typography.Text>
                      </Typography.Text>
                    ))
                  )}
                </Space>
              </List.Item>
            )}
          />
        )}
      </AsyncContent>
      <FormModal<{ text: string }>
        open={answering !== null}
        title="答复热线"
        okText="提交答复"
        onClose={() => setAnswering(null)}
        onSubmit={async (values) => {
          if (!answering) return;
          await answerHotline(answering.id, values.text.trim());
          void message.success('已答复');
          list.reload();
        }}
      >
        {answering && <Typography.Paragraph>{answering.content}</Typography.Paragraph>}
        <Form.Item
          name="text"
          label="答复内容"
          rules={[{ required: true, whitespace: true, message: '请填写答复内容' }]}
        >
          <Input.TextArea rows={4} maxLength={HOTLINE_LIMITS.text} showCount />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
