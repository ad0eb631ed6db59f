// Returning a filing needs reasons: the unit reads them and revises the report.
import { App, Form, Input } from 'antd';
import { MAX_REASON_LENGTH, returnReport } from '../../../api/review.ts';
import { FormModal } from '../../../components/FormModal.tsx';

export function ReturnReportModal(props: {
  target: { reportId: number; title: string } | null;
  onClose: () => void;
  onReturned: () => void;
}) {
  const { message } = App.useApp();
  const { target } = props;
  return (
    <FormModal<{ reasons: string }>
      open={target !== null}
      title="退回报告"
      okText="确认退回"
      danger
      onClose={props.onClose}
      onSubmit={async ({ reasons }) => {
        if (target === null) return;
        await returnReport(target.reportId, reasons.trim());
        void message.success('已退回,单位将收到退回理由');
        props.onReturned();
      }}
    >
      <p>{target?.title}</p>
      <Form.Item
        name="reasons"
        label="退回理由"
        rules={[
          { required: true, whitespace: true, message: '请填写退回理由,单位将据此修改' },
          { max: MAX_REASON_LENGTH, message: `退回理由最多${MAX_REASON_LENGTH}字` },
        ]}
      >
        <Input.TextArea
          rows={4}
          showCount
          maxLength={MAX_REASON_LENGTH}
          placeholder="例如:进展情况缺少具体数据,请补充"
        />
      </Form.Item>
    </FormModal>
  );
}
