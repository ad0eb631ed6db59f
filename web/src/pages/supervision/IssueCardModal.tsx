// 亮牌: the office gives a unit a yellow or red card on a task, with a reason and a rectification
// deadline.
import { Form, Input, Radio, Typography } from 'antd';
import { DateField } from '../../components/DateField.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { issueCard, type CardColor, type SupervisionCard } from '../../api/supervision.ts';
import { MAX_REASON_LENGTH } from '../../api/review.ts';

export interface CardTarget {
  taskId: number;
  unitId: number;
  period: string;
  /** 第N项 · 单位名 */
  title: string;
}

interface Values {
  color: CardColor;
  reason: string;
  rectifyBy: string;
}

export function IssueCardModal(props: {
  target: CardTarget | null;
  onClose: () => void;
  onIssued: (card: SupervisionCard) => void;
}) {
  const { target } = props;
  return (
    <FormModal<Values>
      open={target !== null}
      title={`亮牌 · ${target?.title ?? ''}`}
      okText="亮牌"
      danger
      initialValues={{ color: 'yellow' }}
      onClose={props.onClose}
      onSubmit={async (values) => {
        if (!target) return;
        const card = await issueCard({
          taskId: target.taskId,
          unitId: target.unitId,
          period: target.period,
          color: values.color,
          reason: values.reason.trim(),
          rectifyBy: values.rectifyBy,
        });
        props.onIssued(card);
      }}
    >
      <Typography.Paragraph type="secondary">亮牌后将通知该单位,并计入年度考核。</Typography.Paragraph>
      <Form.Item name="color" label="牌色" rules={[{ required: true, message: '请选择牌色' }]}>
        <Radio.Group
          options={[
            { value: 'yellow', label: '黄牌' },
            { value: 'red', label: '红牌' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label="亮牌理由"
        rules={[{ required: true, whitespace: true, message: '请写明亮牌理由' }]}
      >
        <Input.TextArea rows={4} maxLength={MAX_REASON_LENGTH} showCount />
      </Form.Item>
      <Form.Item name="rectifyBy" label="整改期限" rules={[{ required: true, message: '请填写整改期限' }]}>
        <DateField aria-label="整改期限" />
      </Form.Item>
    </FormModal>
  );
}
